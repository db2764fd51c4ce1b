"""The shared coreference model (tidings.coref): one reading of names, titles and pronouns for the
events and the quotes of an article. Invented sentences."""

from __future__ import annotations

import pytest

from golden import case_params, load_cases
from tidings.coref.words import parse_words
from tidings.errors import DictionaryError
from tidings.records import Article


def _code(coder, text):
    return coder.code_one(Article("t", text))


def _speaker(result, words):
    quote = next(q for q in result.quotes if words in q.span.text)
    assert quote.speaker is not None
    return quote.speaker


SPEAKER_CASES = load_cases("coref_speakers.jsonl")


@pytest.mark.model
@pytest.mark.parametrize("case", case_params(SPEAKER_CASES))
def test_speaker_resolved_through_the_article(coder, case):
    """Each case: an article, words of its quotes, and the speaker every one of them must resolve to
    (the resolved name, and the actor code and/or country where given)."""
    result = _code(coder, case["text"])
    for words in case["quotes"]:
        sp = _speaker(result, words)
        assert sp.name == case["name"], words
        if "code" in case:
            assert sp.code.code == case["code"], words
        if "country" in case:
            assert sp.code.country == case["country"], words


@pytest.mark.model
def test_pronoun_is_the_same_person_for_events_and_quotes(coder):
    text = ("Peruvian Foreign Minister Rosa Quispe visited Quito on Tuesday.\n\n"
            "She condemned the attack on the embassy. \u201cThis cannot happen again,\u201d she said.")
    result = _code(coder, text)
    sp = _speaker(result, "This cannot happen")
    event = next(e for e in result.events if e.source.text == "She")
    assert (sp.name, sp.code.code) == ("Rosa Quispe", "PERGOV")
    assert (event.source.name, event.source.code.code) == ("Rosa Quispe", "PERGOV")


@pytest.mark.model
def test_a_quoted_name_is_a_mixed_quote(coder):
    text = "Belarusian Foreign Minister Pavel Lukas called the measures \u201can act of economic aggression\u201d."
    result = _code(coder, text)
    quote = next(q for q in result.quotes if "economic aggression" in q.span.text)
    assert quote.kind == "mixed" and quote.speaker is not None and quote.speaker.code.country == "BLR"


def test_words_file_rules():
    words = parse_words("word\tkind\nmaria\tfemale\nhans\tmale\nbloc\torganisation\n", "w.tsv")
    assert words.gender(["Mrs."]) == "" and words.gender(["Maria", "Lopez"]) == "f"
    assert "bloc" in words.organisation
    with pytest.raises(DictionaryError, match="T172"):
        parse_words("word\tkind\nmaria\tneuter\n", "w.tsv")
    with pytest.raises(DictionaryError, match="T170"):
        parse_words("name\tgender\n", "w.tsv")


def test_surname_tagged_as_organisation_is_the_person():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from tidings.coref import Entities

    words = ["Kerem", "Aydinli", "arrived", ".", "Aydinli", "spoke", "."]
    doc = Doc(Vocab(), words=words, ents=["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"])
    entities = Entities(doc)
    person = entities.named("Kerem Aydinli")
    assert person is not None and entities.named("Aydinli") is person
    assert [e for i, _, e in entities.mentions if i == 4] == [person]


def test_words_file_has_no_quoted_or_duplicate_words():
    from importlib import resources

    rows = [line.split("\t")[0] for line in resources.files("tidings.coref").joinpath("data", "words.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert not [w for w in rows if not w[:1].isalpha()]
    assert len(rows) == len(set(rows))


@pytest.mark.model
@pytest.mark.parametrize(
    ("intro", "later"),
    [("Col. Daniyar Seitkali, deputy head of Kazakhstan's border service, said the post was calm.", "The colonel"),
     ("Gen. Aidos Zhakupov, the army's chief of staff, said the post was calm.", "The general")],
    ids=["abbreviated-colonel", "abbreviated-general"],
)
def test_title_words_name_the_person_again(coder, intro, later):
    text = f'{intro}\n\n{later} added that talks would resume.'
    result = _code(coder, text)
    quote = next(q for q in result.quotes if "talks would resume" in q.span.text)
    assert quote.speaker is not None and quote.speaker.name.split()[-1] in intro, quote.speaker


@pytest.mark.parametrize("known, given, other", [
    ("Evo Morales", "Andres Felipe", True),  # a known surname in another written name
    ("Vladimir Putin", "Vladimir V.", False),  # a given name in common
    ("Evo Morales", "", False),  # the surname alone says nothing
    ("Morales", "Ana", False),  # nor does a known name that is only a surname
    ("Evo Morales", ["andres", "felipe"], True),  # given names as tokens, any case
])
def test_other_person_is_one_rule_for_actors_coref_and_quotes(known, given, other):
    from tidings.coref import other_person

    assert other_person(known, given) is other


@pytest.mark.model
@pytest.mark.parametrize("text, words, not_name", [
    # the next paragraph's person has a role of their own (misparsed "under secretary")
    ("OTTAWA, Dec 1 - Canada's trade minister said on Wednesday that Ottawa had complied with the ruling.\n\n"
     "Brian Nordahl, under secretary of agriculture for trade, said in Washington that Canada's new rules still "
     "reserved most of the quotas for Canadian processors.", "Ottawa had complied", "Brian Nordahl"),
    # the lead's role is named in place, the name untagged
    ("The leader of Senegal's main opposition coalition, Mamadou Fall Diop, said the government was blaming its "
     "predecessors.\n\nPrime Minister Awa Ndiaye Sarr said the reforms would continue.",
     "the government was blaming", "Awa Ndiaye Sarr"),
])
def test_the_leads_role_is_not_just_the_next_person_named(coder, text, words, not_name):
    sp = _speaker(_code(coder, text), words)
    assert sp.name != not_name
    assert all(q.speaker is None or q.speaker.name != not_name or q.speaker.code.country != "CAN"
               for q in _code(coder, text).quotes if "Canada's new rules" in q.span.text)
