"""Who did it and to whom: the doers and targets of a matched trigger, as actors.

Reads a ``Match`` and the ``ActorIndex`` of the actors stage. Doers come from the frame's subjects
(for event nouns: a by-phrase, a possessor, a light verb's subject); targets from the pattern's target
slots, then from the event noun inside an object ("condemned Israel's strikes"), the refining
complement, deeper "to" phrases, participles ("drills encircling Taiwan") and infinitival complements.
``located`` gives the place of a material event as its target when none is named.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import sequences
from tidings.events.frames import INTRANSITIVE_NOUNS, frame_of, parties_between
from tidings.events.matching import Match
from tidings.nlp import HYPHENS
from tidings.records import Actor, ActorCode, ActorIndex

__all__ = ["marked", "first_actors", "doers", "targets", "guessed", "event_noun_actor", "located", "answered",
           "unbound", "phrase_actors", "adjacent", "in_protest", "protested_in", "across_border", "backed_fighters",
           "armed_backers", "in_object", "shared"]

#: adverbs that make "to" a place: "close to the border", "next to the frontier"
_NEAR = frozenset({"close", "next"})
_LOCATIVE_PREPS = ("in", "at", "near", "outside", "around", "across", "through", "along", "inside", "into", "on", "off")


#: nouns that recall an event long past: its anniversary is no report of it
_REMEMBERED = frozenset({"anniversary", "commemoration", "memory", "remembrance", "memorial"})


def first_actors(tokens, actors: ActorIndex) -> tuple[Actor, ...]:
    for tok in tokens:
        found = actors.at(tok.i)
        if found:
            return found + hyphen_partners(tok, found, actors)
    return ()


def hyphen_partners(tok: Token, found: tuple[Actor, ...], actors: ActorIndex) -> tuple[Actor, ...]:
    """The other side of a hyphenated pair of countries, which the actors stage reads as one ("Ethiopia-Egypt
    talks", "the French-U.S. proposal"): the actors of a modifier joined to ``tok`` by a hyphen, of another
    country. Only for things of two countries, not for a person or a role."""
    doc = tok.doc
    own = {a.code.country for a in found}
    out: list[Actor] = []
    if any(a.name or a.code.roles for a in found):
        return ()  # a French-Algerian novelist, a U.S.-Iranian dual national: one person
    for c in tok.children:
        if c.dep_ not in ("compound", "amod", "nmod") or c.i > tok.i:
            continue
        if c.i == tok.i - 2 and doc[c.i + 1].text in HYPHENS and not (c.whitespace_ or doc[c.i + 1].whitespace_):
            if not actors.at(c.i + 1) and not guessed(actors.at(c.i)):  # not one title: "Secretary-General"
                out += [a for a in actors.at(c.i) if a.code.country not in own]
        elif actors.at(c.i) and {a.code.country for a in actors.at(c.i)} == own:
            # "the French-U.S. truce proposal": the modifier the phrase's actor comes from
            out += hyphen_partners(c, found, actors)
    return tuple(out)


def guessed(found: tuple[Actor, ...]) -> bool:
    """Actors whose country was inferred from context ("police" in a Kenyan story), not named."""
    return bool(found) and all("context:" in a.rule for a in found)


def targets(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """The first target the pattern's slots name; an actor whose country was only guessed yields to a
    named one in a later slot ("deported 40 men to China": China)."""
    if m.pattern.speech or m.code.startswith("01"):
        return _speech_target(m, actors)
    fallback: tuple[Actor, ...] = ()
    for slot in m.pattern.target:
        for tok in (marked(m, slot[4:]) if slot.startswith("seq:") else m.frame.slot_all(slot)):
            if slot.startswith("prep:") and any(c.dep_ == "nsubj" for c in tok.children):
                continue  # "with their ministers meeting in Beijing": a clause of what went on, not a partner
            found = actors.at(tok.i)
            found = (found + hyphen_partners(tok, found, actors) if found else
                     event_noun_actor(tok, actors) or _measure_owner(m, slot, tok, actors))
            if found and not guessed(found):
                return found
            fallback = fallback or found
    if fallback:
        return fallback
    if m.complement is not None:
        if m.complement.pattern.pos == "NOUN":  # "agreed to Turkish mediation": whoever mediates
            found = event_noun_actor(m.complement.token, actors)
            if found:
                return found
        return targets(m.complement, actors)
    deep = _deep_prep(m, actors)
    if deep:
        return deep
    # "drills encircling Taiwan", "strikes targeting power plants in Kyiv"; also when a verb carries the
    # event noun ("staged drills encircling Taiwan")
    carrier = m.token if m.pattern.pos == "NOUN" else m.frame.obj if any(
        c.slot == "obj" and c.words for c in m.pattern.conditions) else None
    if carrier is not None:
        for acl in (c for c in carrier.children if c.dep_ == "acl"):
            for obj in (g for g in acl.children if g.dep_ == "dobj"):
                if actors.at(obj.i):
                    return actors.at(obj.i)
    xcond = any(c.slot in ("xcomp", "xsubj", "to") for c in m.pattern.conditions)
    if (m.pattern.refine or xcond) and m.frame.xcomp is not None:  # "threatened to use force against X"
        permitted = _permitted(m.frame.xcomp, actors)
        if permitted:
            return permitted
        comp = frame_of(m.frame.xcomp)
        for slot in ("prep:against", "prep:on", *m.pattern.target, "obj", "prep:with", "iobj", "prep:for"):
            for tok in comp.slot_all(slot):
                if actors.at(tok.i):
                    return actors.at(tok.i)
    if m.frame.obj is not None:  # "accepted an invitation to visit Moscow", "a proposal to hold talks with Kyiv"
        for acl in (c for c in m.frame.obj.children if c.dep_ == "acl" and c.tag_ == "VB"):
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in acl.children):
                continue
            comp = frame_of(acl)
            for slot in ("obj", "prep:with", "prep:to", "prep:against", "prep:on", "iobj"):
                for tok in comp.slot_all(slot):
                    if actors.at(tok.i):
                        return actors.at(tok.i)
    return _purpose(m, actors) or _brokered(m, actors) or _accused(m, actors) or _protested(m, actors)


def _measure_owner(m: Match, slot: str, tok: Token, actors: ActorIndex) -> tuple[Actor, ...]:
    """The owner of a measured object: "criticised China's three days of drills" (the object is the
    drills, "China's" hangs on the measure)."""
    raw = m.frame.obj_raw
    if slot != "obj" or raw is None or raw.i == tok.i or not any(c.dep_ == "poss" for c in raw.children):
        return ()
    return actors.at(raw.i)


def _protested(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """Whom a march or rally protests, named only in its purpose clause: "marched through Nairobi to
    protest against Chinese loans" (the object or the "against" phrase, or its possessor or adjective,
    of another country than the marchers')."""
    if m.code[:2] != "14":
        return ()
    own = {a.code.country for a in first_actors(m.frame.subj, actors)}
    for c in m.token.children:
        if c.dep_ != "advcl" or c.lemma_.lower() not in ("protest", "demonstrate", "rally") or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        comp = frame_of(c)
        for tok in (*comp.slot_all("obj"), *comp.slot_all("prep:against")):
            # a common noun counts by its possessor or adjective only: "the government's suspension of EU talks"
            named = event_noun_actor(tok, actors) if tok.pos_ == "NOUN" else actors.at(tok.i)
            found = [a for a in named if a.code.country not in own]
            if found:
                return tuple(found)
    return ()


#: participles that name whom an act is aimed at: "filed a case at the ICJ accusing Myanmar of genocide"
_ACCUSING = frozenset({"accuse", "charge", "blame"})


def _accused(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """The one accused in a participle that explains a complaint or a lawsuit with no target."""
    if m.code[:2] != "11":
        return ()
    for c in m.token.children:
        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in _ACCUSING:
            found = first_actors([g for g in c.children if g.dep_ == "dobj"], actors)
            if found:
                return found
    return ()


#: verbs of letting: refusing (or agreeing, promising) to let someone do something is done to them
_PERMIT_VERBS = frozenset({"let", "allow", "permit", "enable"})


def _permitted(comp: Token, actors: ActorIndex) -> tuple[Actor, ...]:
    """The one let or allowed, when the complement is a verb of letting: "refused to let Hungary send
    weapons" and "declined to allow Israel to deploy troops" target Hungary and Israel, not whoever the
    weapons or troops were for."""
    if comp.lemma_.lower() not in _PERMIT_VERBS:
        return ()
    for c in comp.children:
        if c.dep_ == "dobj" and actors.at(c.i):
            return actors.at(c.i)
        if c.dep_ in ("ccomp", "xcomp"):
            for g in c.children:
                if g.dep_ in ("nsubj", "nsubjpass") and actors.at(g.i):
                    return actors.at(g.i)
    return ()


def _brokered(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """The parties to a deal a mediator brokered, when the deal is where they act: "Ukraine and Russia
    swapped prisoners in a deal brokered by the UAE" (the UAE mediated between Ukraine and Russia)."""
    if m.code[:3] != "045" or m.token.dep_ != "acl" or m.token.tag_ != "VBN":
        return ()
    deal = m.token.head
    verb = deal.head.head if deal.dep_ == "pobj" else deal.head if deal.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return ()
    return first_actors(frame_of(verb).subj, actors)


def _purpose(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """Whom an act of help or intent is for, named only in its purpose clause: "promised to provide $4.5
    billion to help rebuild Ukraine's economy", "sent planes to help fight fires in Greece"."""
    if m.code[:2] not in ("03", "05", "06", "07"):
        return ()
    own = {a.code.country for a in first_actors(m.frame.subj, actors)}
    heads = [m.token] + ([m.frame.xcomp] if m.frame.xcomp is not None else [])
    for head in heads:
        for c in head.children:
            if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                found = [a for a in _countries_in(c, actors) if a.code.country not in own]
                if found:
                    return tuple(found[:1])
    return ()

def marked(m: Match, marker: str) -> list[Token]:
    """The tokens a marker of the pattern's word sequence stands for ("- * (WITH +)": the target)."""
    for cond in m.pattern.conditions:
        if cond.steps and any(st.marker == marker for st in cond.steps):
            return sequences.marker_tokens(cond, m.token, marker)
    return []


def _deep_prep(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """A target preposition attached deeper than the parse lets the frame see: "returned treasures
    looted during the colonial era to Benin". Only "to" and "into", only inside the object; and "for" when
    it names who receives aid: "announced a package of interceptors and armoured vehicles for Ukraine"."""
    deep = {"to", "into", "for"} if m.code[:2] == "07" else {"to", "into"}
    wanted = {s[5:] for s in m.pattern.target if s.startswith("prep:")} & deep
    if not wanted or m.frame.obj is None:
        return ()
    for tok in m.frame.obj.subtree:
        if tok.dep_ == "prep" and tok.lower_ in wanted:
            for g in tok.children:
                if g.dep_ == "pobj" and actors.at(g.i):
                    return actors.at(g.i)
    return ()

#: roles of non-state armed groups, which are a side of their own within their country
_ARMED_ROLES = frozenset({"REB", "INS"})


_NO_COMMENT = frozenset({"decline", "refuse"})


def _speech_target(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """What a statement is about: the first actor in what was said that is not the speaker. For the
    statements of CAMEO 01 that are not verbs of saying ("expressed confidence that a deal with
    Washington ...", "denied Congolese accusations"), the object and its phrases count too."""
    speakers = first_actors(m.frame.subj, actors)
    sources = {a.code.country for a in speakers}
    # a country's own armed group is another side: "the army chief saw little hope of a deal with the RSF"
    rebels = {a.code.code for a in speakers if set(a.code.roles) & _ARMED_ROLES}
    scope = [m.frame.xcomp] if m.frame.xcomp is not None else []
    if not m.pattern.speech and m.frame.obj is not None:
        scope.append(m.frame.obj)
    # "expressed alarm at North Korea's launches", "laid a wreath at Seoul's national cemetery"
    preps = ("on", "about") if m.pattern.speech else ("on", "about", "over", "for", "with", "to", "regarding", "at")
    scope += [t for p in preps for t in m.frame.slot_all(f"prep:{p}")]
    # "declined to comment on reports that Beijing was financing a pier at Cambodia's base": a refusal to
    # comment is aimed at no one the report names
    reported = {t.i for root in scope for c in root.subtree if c.dep_ == "acl" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for t in c.subtree} \
        if m.token.lemma_.lower() in _NO_COMMENT else set()
    for root in scope:
        for tok in root.subtree:
            if tok.i in reported:
                continue
            found = [a for a in actors.at(tok.i) if a.code.country not in sources or (
                set(a.code.roles) & _ARMED_ROLES and not rebels and not a.rule.startswith("coref:"))]
            if found:
                return tuple(found)
    return ()

#: nouns whose "that" clause says what they report: "reports that the army shelled the town"
_REPORT_NOUNS = frozenset({"report", "allegation", "claim", "accusation", "rumour", "rumor", "suggestion", "evidence"})


def event_noun_actor(tok: Token, actors: ActorIndex) -> tuple[Actor, ...]:
    """The doer named inside an object phrase: "condemned Israel's strikes" targets Israel."""
    if tok.pos_ != "NOUN":
        return ()
    for child in tok.children:
        # a possessive pronoun names the doer's own thing ("towards its border with Guyana"), not a target
        if child.dep_ in ("poss", "amod", "compound") and child.pos_ != "PRON" and actors.at(child.i):
            return actors.at(child.i) + hyphen_partners(child, actors.at(child.i), actors)
        if child.dep_ == "prep" and (child.lower_ in ("by", "from", "between") or (
                child.lower_ == "of" and tok.lemma_.lower() in INTRANSITIVE_NOUNS)):  # "an offer from Kabul"
            for g in child.children:
                if actors.at(g.i):
                    return actors.at(g.i)
        if child.dep_ == "prep" and child.lower_ == "of":  # "the shelling of a district ... by Russian forces"
            for g in child.subtree:
                if g.dep_ == "pobj" and g.head.lower_ == "by" and actors.at(g.i):
                    return actors.at(g.i)
        if child.dep_ == "acl" and tok.lemma_.lower() in _REPORT_NOUNS and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            # "investigating reports that Bangladeshi forces used force": whom the report is about
            found = first_actors([g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")], actors)
            if found:
                return found
        if child.dep_ == "acl":  # "war crimes committed by Russian forces", "a tanker belonging to Russia's fleet"
            links = [c for c in child.children
                     if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("to", "from"))]
            for link in links:
                for g in link.children:
                    if actors.at(g.i):
                        return actors.at(g.i)
    return ()


#: nouns of an attack whose doer did what a passive verb of harm reports: "was killed in an Israeli strike"
_ATTACK_NOUNS = frozenset(
    "strike airstrike attack raid bombing ambush shelling bombardment assault explosion blast".split())


def doers(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
    """Doers. An event noun inside another verb's object ("responded to Israeli attacks") only
    takes a doer from a possessor or a by-phrase, not from an adjective."""
    subj = m.frame.subj
    tok = m.token
    if m.pattern.pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return ()  # "sat down for negotiations": what something is for has not happened
    if m.pattern.pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in _REMEMBERED):
        return ()  # "days before the anniversary of Russia's invasion": a past event recalled, not reported
    if m.pattern.pos == "NOUN" and tok.dep_ in ("dobj", "pobj") and not m.frame.light:
        subj = [t for t in subj if t.dep_ == "poss" or t.head.lower_ == "by" or t.dep_ == "pobj"]
        if not subj and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim" and \
                tok.lemma_.lower() in _ATTACK_NOUNS:  # "Islamic State claimed the bombing": who claims an attack did it
            subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    found = first_actors(subj, actors)
    if guessed(found):
        found = _affiliation(subj, actors) or found
    if found and all(a.rule.startswith("gazetteer:") for a in found) and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and actors.at(t.i) == found for t in subj):
        return ()  # a city that is no capital, bare as the doer ("Sydney welcomed the new year"), is no state actor
    if not found and m.frame.passive and m.frame.obj is not None and m.code[:2] in ("03", "04", "05", "06"):
        # "a trade agreement between India and EFTA was signed": its parties signed it
        found = _parties(m.frame.obj, actors)
        if found:
            return found
    if not found and len(subj) == 1 and subj[0].pos_ == "NOUN" and subj[0].dep_ == "nsubj" and (
            m.code[:2] in ("03", "04", "05", "06", "08")):
        # "a ceasefire between Israel and Hezbollah took effect": the parties of the subject's "between" phrase
        found = _parties(subj[0], actors)
        if found:
            return found
    if not found and m.frame.passive and m.code[:2] == "15" and m.frame.obj is not None:
        found = actors.at(m.frame.obj.i)  # "French police were placed on alert": a state's own forces, by it
        if found:
            return found
    if not found and m.frame.passive:  # "was killed in an Israeli strike", "in a bomb attack carried out by X"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for g in prep.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _ATTACK_NOUNS:
                    found = actors.at(g.i) or event_noun_actor(g, actors)
                    if found:
                        return found
    if not found:  # "a car bomb planted by FARC dissidents exploded": the bomb's planter did it
        for s in subj:
            for acl in (c for c in s.children if c.dep_ == "acl"):
                # "planted by FARC dissidents", "blamed on FARC dissidents"
                for agent in (c for c in acl.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "on")):
                    found = first_actors([g for g in agent.children if g.dep_ == "pobj"], actors)
                    if found:
                        return found
    return found

def _parties(tok: Token, actors: ActorIndex) -> tuple[Actor, ...]:
    """The actors of the "between" phrase on ``tok``, when they are two or more: () otherwise."""
    found = tuple(a for g in parties_between(tok) for a in actors.at(g.i))
    return found if len({a.code for a in found}) > 1 else ()


_FORCE_ROOTS = frozenset({"18", "19", "20"})
#: participles of armed backing: "rebels backed by Rwandan troops seized the city"
_BACKED = frozenset({"backed", "supported", "aided", "assisted", "helped", "reinforced"})


def backed_fighters(tok: Token) -> bool:
    """``tok`` is "backed" (and the like) in "rebels backed by Rwandan troops", hanging on a subject."""
    return tok.dep_ == "acl" and tok.lower_ in _BACKED and tok.head.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "agent" for c in tok.children)


def armed_backers(m: Match, found, actors: ActorIndex) -> tuple[Actor, ...]:
    """Armed forces that back the doers of an act of force fight alongside them: "M23 rebels, backed by
    Rwandan troops, seized Goma" is done by Rwanda too. Only troops (a MIL role) of another country."""
    if m.code[:2] not in _FORCE_ROOTS or m.pattern.pos != "VERB":
        return ()
    own = {a.code.country for a in found}
    out: list[Actor] = []
    for s in m.frame.subj:
        for acl in (c for c in s.children if backed_fighters(c)):
            for agent in (c for c in acl.children if c.dep_ == "agent"):
                out.extend(a for g in agent.children if g.dep_ == "pobj" for a in actors.at(g.i)
                           if "MIL" in a.code.roles and a.code.country not in own)
    return tuple(out[:1])


#: participles that tie a doer to the group it acts for: "a suicide bomber linked to the Islamic State"
_AFFILIATED = frozenset({"linked", "affiliated", "loyal", "allied", "tied", "connected"})


def _affiliation(subj, actors: ActorIndex) -> tuple[Actor, ...]:
    """The named group a doer whose country was only guessed is tied to by a participle: "a suicide
    bomber linked to the Islamic State", "gunmen affiliated with al-Shabaab", "fighters loyal to X"."""
    for s in subj:
        for mod in (c for c in s.children if c.dep_ in ("acl", "amod") and c.lower_ in _AFFILIATED):
            for prep in (c for c in mod.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
                found = first_actors([g for g in prep.children if g.dep_ == "pobj"], actors)
                if found and not guessed(found):
                    return found
    return ()


def _countries_in(phrase, actors: ActorIndex) -> list[Actor]:
    """Actors with a country anywhere inside a phrase, leaving out pronouns resolved by coreference."""
    return [a for t in phrase.subtree for a in actors.at(t.i) if a.code.country and not a.rule.startswith("coref:")]


#: verbs of arriving whose place is where what was sent went: "aid sent by Japan arrived in Lima"
_ARRIVALS = frozenset({"arrive", "reach", "land", "enter"})


def arrival_of(tok: Token) -> Token | None:
    """The verb of arriving whose subject a participle describes ("[tons of] aid sent by X arrived")."""
    if tok.dep_ != "acl":
        return None
    noun = tok.head
    for _ in range(4):  # "hundreds of tonnes of food sent by X": up the "of" phrases to the subject, and
        # from the load to its carrier: "a plane carrying tents and supplies sent by X landed in Y"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        elif noun.dep_ == "dobj" and noun.head.dep_ == "acl" and noun.head.tag_ == "VBG":
            noun = noun.head.head
        else:
            break
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _ARRIVALS:
        return noun.head
    return None


def _arrived_in(m: Match, actors: ActorIndex) -> list[Actor]:
    """The place where the thing a participle describes arrived: "medicine sent by Japan arrived in Lima",
    "supplies delivered by the UN reached Gaza"."""
    verb = arrival_of(m.frame.trigger)
    if verb is None:
        return []
    return [a for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("in", "at", "into"))
            for a in _countries_in(c, actors)]


def located(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """The country where a material event happened, as its target when none is named: first a
    place in another country, else a place in the doer's own country (a domestic event)."""
    found: list[Actor] = []
    for prep in _LOCATIVE_PREPS:
        for tok in m.frame.slot_all(f"prep:{prep}"):
            # "along its border with Guyana": any actor inside the place phrase counts
            found.extend(_countries_in(tok, actors))
    for tok in m.frame.slot_all("prep:to"):  # "held drills close to the border with Azerbaijan"
        if tok.head.head.lower_ in _NEAR:
            found.extend(_countries_in(tok, actors))
    if not found:
        found.extend(_arrived_in(m, actors))
    obj = m.frame.obj_raw or m.frame.obj
    if not found and obj is not None:
        # "struck targets across the Gaza Strip", "hijacked a train carrying people in Balochistan"
        for t in obj.subtree:
            if t.dep_ == "prep" and t.lower_ in _LOCATIVE_PREPS and t.head.pos_ in ("NOUN", "PROPN", "VERB"):
                found.extend(_countries_in(t, actors))
            elif t.dep_ == "prep" and t.lower_ == "to" and t.head.lower_ in _NEAR:  # "drills close to the border"
                found.extend(_countries_in(t, actors))
    own = {s.code.country for s in sources}
    for prep in ("with", "against", "toward", "towards"):  # "along the border with North Korea"
        for tok in m.frame.slot_all(f"prep:{prep}"):
            found.extend(a for a in actors.at(tok.i) if a.code.country and a.code.country not in own)
    foreign = [a for a in found if a.code.country not in own]
    pick = foreign[:1] or found[:1]
    return tuple(Actor(a.text, a.span, ActorCode(a.code.country), a.name, f"location:{a.rule}") for a in pick)


def conditioned(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """Whom a threat is aimed at when it names no target: the actor in its condition ("threatened to call
    protests unless the government cut prices", "threatened that Moscow would strike if a Ukrainian
    offensive succeeded"), the doers left out."""
    own = {id(a) for a in sources}
    for tok in m.token.subtree:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            for t in tok.subtree:
                found = tuple(a for a in actors.at(t.i) if id(a) not in own and a.code.country)
                if found:
                    return found
    return ()


_REASON_MARKS = frozenset({"as", "after", "when", "while", "because", "since"})
_REASON_PREPS = frozenset({"amid", "after", "over", "following"})
_CITING = frozenset({"cite", "fear", "warn"})
_BORDERS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def across_border(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """The neighbour whose border a show of force at home is massed on: "sent tanks to Surin province along
    the Cambodian frontier" (the actor in a border phrase anywhere in the verb's place phrases)."""
    own = {s.code.country for s in sources}
    for prep in (c for c in m.token.children if c.dep_ in ("prep", "dative")):
        for t in prep.subtree:
            if t.lower_ in _BORDERS and t.pos_ == "NOUN":
                found = [a for a in _countries_in(t, actors) if a.code.country not in own]
                if found:
                    return tuple(found[:1])
    return ()


def answered(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """Whom a show of force answers, when it names no target: the foreign actor in its purpose or
    reason clause ("scrambled jets to shadow Russian bombers", "put its forces on alert as Chinese
    warships massed") or in an "amid"/"after" phrase ("raised its alert level amid North Korean tests")."""
    own = {s.code.country for s in sources}
    scopes = []
    tok = m.token
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)  # "put its forces on alert and dispatched warships to shadow Chinese vessels"
    for c in (c for v in verbs for c in v.children):
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or (
                c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in _REASON_MARKS for k in c.children)):
            scopes.append(c)
        elif c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _CITING:
            scopes.append(c)  # "..., citing intelligence that India was preparing a strike"
        elif c.dep_ == "prep" and c.lower_ in _REASON_PREPS:
            scopes.append(c)
        elif c.dep_ == "advcl" and c.lower_ == "following" and any(g.dep_ in ("pobj", "dobj") for g in c.children):
            scopes.append(c)  # "on alert following the Indian strikes": the parser takes the preposition for a verb
    for scope in sorted(scopes, key=lambda t: t.i):
        found = [a for a in _countries_in(scope, actors) if a.code.country not in own]
        if found:
            return tuple(found[:1])
    return ()


def phrase_actors(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """The first actor named after the trigger inside its phrase (objects, prepositional phrases,
    complements; ``sequences.region``), in text order, leaving out the doers: PETRARCH's reading of a
    pattern that marks no target ("appealed for peace in Ithilen" targets Ithilen)."""
    own = {id(a) for a in sources}
    for t in sequences.region(m.token, "after"):
        found = tuple(a for a in actors.at(t.i) if id(a) not in own)
        if found:
            return found
    return ()


def unbound(m: Match, sources, targets, actors: ActorIndex) -> tuple[Actor, ...]:
    """An object pronoun of a participle cannot be the participle's own doer: in "ordered the mission to
    leave, accusing it of fuelling tensions", "it" is the mission, not the junta that coreference found;
    nor is "the aid group" in "expelled the Red Cross, accusing the aid group of ..." the doer's own
    country. The governing verb's object takes its place; otherwise the targets stand."""
    tok = m.token
    own = {s.code.country for s in sources}
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") or m.frame.obj is None:
        return targets
    # "accusing him of ...": a pronoun (or "the group", its country only guessed) resolved to the doer or to no one
    if not all((t.rule.startswith("coref:pronoun") or "context:" in t.rule) and t.code.country in own
               for t in targets) or not (targets or m.frame.obj.pos_ == "PRON" or any(
                c.dep_ == "det" and c.lower_ == "the" for c in m.frame.obj.children)):
        return targets
    obj = frame_of(tok.head).obj
    if obj is not None:
        found = tuple(a for a in actors.at(obj.i) if a.code.country not in own)
        if found:
            return found
    return targets


def shared(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """A threat or a promise conjoined to an act on someone is aimed at them: "accused Israel of the killing
    and vowed harsh retaliation" threatens Israel; "apologised to Namibia and agreed to fund projects"
    promises Namibia. Only the first verb's object (or its "to" or "with" phrase), and only another country."""
    tok = m.token
    if tok.dep_ != "conj" or tok.head.pos_ != "VERB":
        return ()
    frame = frame_of(tok.head)
    own = {s.code.country for s in sources}
    for slot in ("obj", "iobj", "prep:to", "prep:with"):
        for t in frame.slot_all(slot):
            found = tuple(a for a in actors.at(t.i) if a.code.country not in own)
            if found:
                return found
    return ()


#: words that can open an object phrase before its actor: "any", "the", "fresh", "European Union"
_OPENERS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})


def adjacent(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """The actor that opens the words right after a verb whose object the parser lost: "rebuffed European
    Union calls to free ...", "denounced ECOWAS sanctions" (the small model reads "calls" and "ECOWAS" as
    verbs). Within three words of the trigger, only another country than the doers'."""
    if m.pattern.pos != "VERB" or not m.pattern.target or any(c.dep_ == "dobj" for c in m.token.children):
        return ()  # an object parsed ("ignored the UN resolution"), or a pattern that names no target
    own = {s.code.country for s in sources}
    doc = m.token.doc
    for i in range(m.token.i + 1, min(m.token.i + 4, m.token.sent.end)):
        t = doc[i]
        if t.pos_ not in _OPENERS and not t.ent_type_:
            break
        found = tuple(a for a in actors.at(i) if a.code.country and a.code.country not in own)
        if found:
            return found
    return ()


_PROTEST_PREPS = frozenset({"against", "at", "over", "of"})


def in_protest(tok: Token) -> Token | None:
    """The "in protest" phrase of an act, or of the first of coordinated acts: "torched shops and clashed
    with police in protest at the reform"."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    if tok.dep_ == "conj":
        verbs.append(tok.head)
    for verb in verbs:
        for p in verb.subtree:
            if p.dep_ == "pobj" and p.lemma_.lower() == "protest" and p.head.lower_ == "in" and _clause_of(p) == verb.i:
                return p  # "burned cars for a third night in protest against ...": however the phrase hangs
    return None


def _clause_of(tok: Token) -> int:
    """The index of the nearest verb above ``tok``."""
    up, hops = tok.head, 0
    while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i and hops < 8:
        up, hops = up.head, hops + 1
    return up.i


def protested_in(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """Whom an act "in protest against/at/over X" protests: the actor in X of another country than the
    doers' ("in protest against French plans", "in protest at a Paris-backed reform")."""
    protest = in_protest(m.token)
    if protest is None:
        return ()
    own = {s.code.country for s in sources}
    for prep in protest.children:
        if prep.dep_ == "prep" and prep.lower_ in _PROTEST_PREPS:
            found = [a for a in _countries_in(prep, actors) if a.code.country not in own]
            if found:
                return tuple(found[:1])
    return ()


def in_object(m: Match, sources, actors: ActorIndex) -> tuple[Actor, ...]:
    """The first actor of another country inside the object phrase of a rejection, outside its clauses:
    "rejected any proposal for joint military operations with US forces" rejects the United States'
    part in it."""
    obj = m.frame.obj_raw
    if obj is None or m.pattern.pos != "VERB" or not m.pattern.target:
        return ()  # a pattern that names no target ("ignored the UN resolution") keeps none
    own = {s.code.country for s in sources}
    clauses = {t.i for c in obj.subtree if c.dep_ in ("acl", "relcl") and c.i != obj.i for t in c.subtree}
    for t in obj.subtree:
        if t.i in clauses:
            continue
        found = tuple(a for a in actors.at(t.i) if a.code.country and a.code.country not in own
                      and not a.rule.startswith("coref:"))
        if found:
            return found
    return ()
