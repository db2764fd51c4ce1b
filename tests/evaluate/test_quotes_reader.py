"""The PolNeAR reader and scorer (tidings.evaluate.quotes) on a tiny invented brat folder."""

from __future__ import annotations

import pytest

from tidings.errors import InputError
from tidings.evaluate.quotes import read_polnear, score_quotes
from tidings.records import Actor, ActorCode, ArticleResult, Quote, Span

TEXT = '\u201cWe will win,\u201d said Ann Lee.\nThe party said it was confident.\n'
ANN = ("T1\tContent 0 14\t\u201cWe will win,\u201d\nT2\tCue 15 19\tsaid\nT3\tSource 20 27\tAnn Lee\n"
       "T4\tAttribution 15 19\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n"
       "T5\tSource 29 38\tThe party\nT6\tCue 39 43\tsaid\nT7\tContent 44 62;62 63\tit was confident .\n"
       "T8\tAttribution 39 43\tsaid\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
       "T9\tDiscuss 0 3\tnote\n")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_4b22.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "a_ef2d.ann").write_text("", encoding="utf-8")  # a later annotator: unused
    return tmp_path


def test_reads_attributions_and_discontinuous_spans(folder):
    articles, gold = read_polnear(folder)
    assert [a.id for a in articles] == ["a"]
    assert len(gold) == 2
    assert gold[0].direct and not gold[1].direct
    assert gold[1].content == ((44, 62), (62, 63)) and gold[1].source_text == "The party"
    assert all(g.reported_speech for g in gold)


def test_not_a_polnear_folder(tmp_path):
    with pytest.raises(InputError):
        read_polnear(tmp_path)


class _Coder:
    def code(self, articles):
        for art in articles:
            spk = Actor("Ann Lee", Span(20, 27, "Ann Lee"), ActorCode(), "Ann Lee")
            yield ArticleResult(art, quotes=(Quote(Span(1, 13, art.text[1:13]), "direct", Span(15, 19, "said"), spk),))


def test_scores(folder):
    s = score_quotes(folder, _Coder()).scores
    assert (s["direct_precision"], s["direct_recall"], s["speaker_accuracy"]) == (1.0, 1.0, 1.0)
    assert s["reported_speech_recall"] == 0.5
