"""The shared coreference model (tidings.coref): one reading of names, titles and pronouns for the
events and the quotes of an article. Invented sentences."""

from __future__ import annotations

import pytest

from tidings.coref.words import parse_words
from tidings.errors import DictionaryError
from tidings.records import Article


def _code(coder, text):
    return coder.code_one(Article("t", text))


def _speaker(result, words):
    quote = next(q for q in result.quotes if words in q.span.text)
    assert quote.speaker is not None
    return quote.speaker


@pytest.mark.model
def test_she_is_the_last_woman_not_the_last_person(coder):
    text = ("Mrs. Lena Vogt, Austria's ambassador to Chile, met Chilean Interior Minister Carlos Rivas on Monday. "
            "\u201cWe agreed on a great deal,\u201d she said.")
    sp = _speaker(_code(coder, text), "We agreed")
    assert (sp.name, sp.code.country) == ("Lena Vogt", "AUT")


@pytest.mark.model
def test_title_and_surname_keep_the_code(coder):
    text = ("Kenyan Foreign Minister Amani Wekesa arrived in Kampala on Monday.\n\n"
            "The minister said the two countries would reopen the border crossing.\n\n"
            "Wekesa added that trade had fallen sharply.")
    result = _code(coder, text)
    for words in ("the two countries would reopen", "trade had fallen"):
        sp = _speaker(result, words)
        assert (sp.name, sp.code.code) == ("Amani Wekesa", "KENGOV"), words


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
def test_apposition_gives_the_name_the_role_code(coder):
    text = ("Ethiopia's ambassador to Kenya, Selam Tadesse, welcomed the move.\n\n"
            "Tadesse said the talks could start next month.")
    sp = _speaker(_code(coder, text), "the talks could start")
    assert (sp.name, sp.code.code) == ("Selam Tadesse", "ETHGOV")


@pytest.mark.model
def test_title_with_a_country_adjective(coder):
    text = ("Indian Foreign Minister Vikram Rao met his Bangladeshi counterpart, Nasima Karim, in Dhaka.\n\n"
            "\u201cThe gate will open again,\u201d the Bangladeshi minister said.")
    sp = _speaker(_code(coder, text), "The gate will open")
    assert (sp.name, sp.code.country) == ("Nasima Karim", "BGD")


@pytest.mark.model
def test_family_name_first(coder):
    text = ("Chinese foreign ministry spokeswoman Zhou Meilan said the vessel had entered Chinese waters.\n\n"
            "Zhou added that Beijing remained open to talks.")
    sp = _speaker(_code(coder, text), "Beijing remained open")
    assert (sp.name, sp.code.country) == ("Zhou Meilan", "CHN")


@pytest.mark.model
def test_hyphenated_name_is_kept_whole(coder):
    text = "Haitian Prime Minister Jean-Robert Celestin said the roads would reopen within days."
    sp = _speaker(_code(coder, text), "the roads would reopen")
    assert sp.name == "Jean-Robert Celestin"


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


@pytest.mark.model
def test_name_in_apposition_to_a_role_is_a_person(coder):
    text = ("Nigeria's oil minister, Bola Adeyemi, said on Sunday that output would rise.\n\n"
            "\u201cWe are back in the market,\u201d the minister told reporters. Mr. Adeyemi added that new "
            "licences would be sold.")
    result = _code(coder, text)
    for words in ("output would rise", "We are back", "new licences"):
        sp = _speaker(result, words)
        assert (sp.name, sp.code.code) == ("Bola Adeyemi", "NGAGOV"), words


@pytest.mark.model
def test_father_surname_of_two_is_the_person(coder):
    text = ("Foreign Minister Rodrigo Elizondo Avila met the envoy on Monday.\n\n"
            "\u201cThere is no secret clause in the deal,\u201d Elizondo told reporters.")
    sp = _speaker(_code(coder, text), "There is no secret")
    assert sp.name == "Rodrigo Elizondo Avila"


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


@pytest.mark.model
def test_surname_of_a_known_person_keeps_the_articles_person(coder):
    text = ("Austrian Foreign Minister Elena Lavrov visited the border on Sunday.\n\n"
            "\"There is no argument that can justify it,\" Lavrov told reporters.")
    sp = _speaker(_code(coder, text), "There is no argument")
    assert (sp.name, sp.code.country) == ("Elena Lavrov", "AUT")


@pytest.mark.model
def test_given_names_of_many_languages_tell_the_gender(coder):
    text = ("Ukrainian Foreign Minister Iryna Kovalenko met Igor Rusu, Moldova's defence minister, in Kyiv "
            "on Monday. \u201cOur borders are one border now,\u201d she said.")
    sp = _speaker(_code(coder, text), "Our borders")
    assert (sp.name, sp.code.country) == ("Iryna Kovalenko", "UKR")


def test_words_file_has_no_quoted_or_duplicate_words():
    from importlib import resources

    rows = [line.split("\t")[0] for line in resources.files("tidings.coref").joinpath("data", "words.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert not [w for w in rows if not w[:1].isalpha()]
    assert len(rows) == len(set(rows))


@pytest.mark.model
def test_hyphenated_surname_alone_is_the_person(coder):
    text = ('Saudi Deputy Foreign Minister Faisal al-Rasheed, whose government is mediating, said the truce held. '
            '"This is a first step," al-Rasheed said.')
    sp = _speaker(_code(coder, text), "This is a first step")
    assert (sp.name, sp.code.code) == ("Faisal al-Rasheed", "SAUGOV")


@pytest.mark.model
def test_a_later_speaker_phrase_codes_earlier_quotes_of_the_person(coder):
    text = ('Ethiopian State Minister for Foreign Affairs Tesfaye Gebremariam said his government had arrested 14 '
            'suspects. "The agreement signed here is not a piece of paper," he said.')
    sp = _speaker(_code(coder, text), "The agreement signed here")
    assert (sp.name, sp.code.code) == ("Tesfaye Gebremariam", "ETHGOV")


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
