"""Tone: a document tone and a per-sentence tone on GDELT's AvgTone scale, from VADER.

Reads the parsed ``Doc`` and the coded events; writes the article's tone and the events with
``tone`` set to the tone of their sentence. Each sentence is scored once with VADER
(``vaderSentiment``, a lexicon and rules, no model download).

The mapping: GDELT's AvgTone is the percentage of a text's words that are positive minus the
percentage that are negative (-100..+100, news mostly within -10..+10). VADER's ``pos`` and ``neg``
are the shares of a sentence's sentiment-bearing weight that are positive and negative (0..1, with
``neu`` summing to 1), so a sentence's tone is ``100 * (pos - neg)``, rounded to 2 decimals: the same
"positive share minus negative share" in percent, on the same range. VADER's ``compound`` (a
normalised sum with negation and intensifiers) is not used: it saturates at +-1 on long sentences
and has no share interpretation. The document tone is the mean of its sentence tones weighted by
their word counts, as GDELT weighs every word of an article alike.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from tidings.records import Event

__all__ = ["ToneScorer", "tone_of_scores"]


def tone_of_scores(scores: dict[str, float]) -> float:
    """GDELT-style tone (-100..+100) from VADER's polarity scores: ``100 * (pos - neg)``."""
    return round(100.0 * (scores.get("pos", 0.0) - scores.get("neg", 0.0)), 2)


class ToneScorer:
    """Scores sentences with one VADER analyser (its lexicon loads once, when built)."""

    def __init__(self) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self._vader = SentimentIntensityAnalyzer()

    def sentence_tone(self, text: str) -> float:
        return tone_of_scores(self._vader.polarity_scores(text)) if text.strip() else 0.0

    def text_tone(self, sentences: list[str]) -> tuple[float | None, list[float]]:
        """(document tone, sentence tones) for a list of sentence texts; None for an empty text."""
        tones = [self.sentence_tone(s) for s in sentences]
        weights = [len(s.split()) for s in sentences]
        total = sum(weights)
        if not total:
            return None, tones
        return round(sum(t * w for t, w in zip(tones, weights, strict=True)) / total, 2), tones

    def run(self, doc: Doc, events: list[Event]) -> tuple[float | None, list[Event]]:
        """The document tone, and the events with the tone of their sentence."""
        doc_tone, tones = self.text_tone([s.text for s in doc.sents])
        out = [dataclasses.replace(e, tone=tones[e.sentence]) if 0 <= e.sentence < len(tones) else e
               for e in events]
        return doc_tone, out
