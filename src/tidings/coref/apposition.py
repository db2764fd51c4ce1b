"""Apposition: a name and the role it is introduced with ("the oil minister, Bola Adeyemi", "Selam
Tadesse, Ethiopia's ambassador"), including the parse that hangs the name on the role's place:
in "India's high commissioner in Dhaka, Rajiv Sethi, said" the small model often makes "Sethi" an
apposition of "Dhaka", which no reader would take for a name of the city; nor "Anna Berg" a name of
the office in "a spokesman for the Foreign Office, Anna Berg".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["apposed", "apposed_name", "name_like", "relative_role_name"]

_PLACES = frozenset({"GPE", "LOC"})
#: verbs by which a relative clause gives a person's role: "X, who is Sweden's ambassador", "who also
#: serves as Fiji's minister for ...", "who was appointed defence minister", "who is expected to become ..."
_ROLE_VERBS = frozenset({"be", "serve", "become", "remain", "act", "appoint", "name", "elect", "nominate"})


def _place_of_role(tok: Token) -> bool:
    """Is ``tok`` the place of a role phrase ("in Dhaka" under "commissioner")?"""
    return tok.dep_ == "pobj" and tok.ent_type_ in _PLACES and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ == "NOUN" and tok.head.head.i != tok.head.i


def _body_of_role(tok: Token) -> bool:
    """Is ``tok`` the body or place a role phrase names ("for the Foreign Office" under "spokesman")?"""
    return tok.dep_ == "pobj" and tok.ent_type_ != "PERSON" and tok.head.dep_ == "prep" \
        and tok.head.head.pos_ == "NOUN" and tok.head.head.i != tok.head.i


def _hung_name(tok: Token, on: Token) -> bool:
    """Is ``tok``, in apposition with ``on``, a person's name the parser hung on the place or body of a
    role ("high commissioner in Dhaka, Rajiv Sethi"; "a spokesman for the Foreign Office, Anna Berg":
    a name tagged as a person's is no name of an office)?"""
    if tok.i < on.i:
        return False
    return (_place_of_role(on) and name_like(tok)) or (_body_of_role(on) and tok.ent_type_ == "PERSON")


def name_like(tok: Token) -> bool:
    """A proper noun that can be a person's name in apposition: not a lone place name ("Tirana,
    Albania"), though the model may tag a two-word name as one ("Giulia Ferraresi")."""
    if tok.pos_ != "PROPN":
        return False
    return tok.ent_type_ not in _PLACES or any(c.dep_ in ("compound", "flat") for c in tok.children)


def apposed(tok: Token) -> Token:
    """The noun the apposition ``tok`` belongs to: its head, or the role above the place the parser
    hung a name on ("high commissioner in Dhaka, Rajiv Sethi")."""
    head = tok.head
    if _hung_name(tok, head):
        return head.head.head
    return head


def apposed_name(role: Token) -> Token | None:
    """The name in apposition with the role noun ``role``, if any."""
    for c in role.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
    for c in role.children:
        if c.dep_ != "prep" or c.i < role.i:
            continue
        for place in c.children:
            name = next((a for a in place.children if a.dep_ == "appos" and _hung_name(a, place)), None)
            if name is not None:
                return name
    return None


def relative_role_name(role: Token) -> Token | None:
    """The person's name a role noun is given to by a relative clause right after the name ("Anna
    Berg, who is Sweden's ambassador", "X, who also serves as Fiji's minister for climate change",
    "X, who is expected to become secretary of trade"), if any: the role is as much the person's
    as in apposition."""
    if role.pos_ not in ("NOUN", "PROPN") or role.ent_type_:
        return None
    verb = role.head
    if role.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
        verb = verb.head
    elif role.dep_ not in ("attr", "oprd"):
        return None
    if verb.lemma_.lower() not in _ROLE_VERBS:
        return None
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "who is expected to become ..."
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in verb.children):
        return None
    name = verb.head
    return name if name.ent_type_ == "PERSON" and name.i < role.i else None
