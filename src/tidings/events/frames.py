"""Read the argument frame of a trigger from the dependency parse.

A ``Frame`` holds, for a verb or event noun, the tokens heading its subject (the doer), object (the
one done to; the passive subject for passives), indirect object, prepositional objects by
preposition, complement verb and particle. Missing subjects are inherited the way English controls
them: "urged Washington to provide" gives provide the subject Washington (object control);
"agreed to meet" gives meet the subject of agreed; coordinated verbs share a subject; a participle
modifying a noun ("a resolution condemning X") takes the subject of the verb governing that noun.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

__all__ = ["Frame", "frame_of", "LIGHT_VERBS", "lemma_candidates", "is_light", "unwrap"]

_SUBJ = ("nsubj", "csubj")
_RELATIVE = frozenset({"which", "who", "that", "whom"})
#: verbs whose object noun carries the event ("launched an attack", "imposed sanctions").
LIGHT_VERBS = frozenset(
    "launch carry conduct stage hold make impose announce order begin start continue mount step "
    "issue deliver give take resume approve pass adopt file lodge open complete carry organize organise "
    "call declare engage involve fly adopt reiterate renew repeat press continue proceed sail wage perpetrate "
    "commit conclude activate submit".split()
)


def lemma_candidates(tok: Token) -> list[str]:
    """The parser's lemma, then regular-inflection guesses from the word itself: the small English
    model sometimes lemmatizes badly ("staged" -> "stag"). A verb's own form comes first: a dictionary
    that lists an inflected form as a verb of its own (PETRARCH's ``LEFT [032:033]`` beside
    ``LEAVE [012]``) means that form."""
    low = tok.lower_
    out = [tok.lemma_.lower()]
    if tok.pos_ in ("VERB", "AUX") and low != out[0]:
        out.insert(0, low)
    if tok.pos_ in ("VERB", "AUX"):
        if low.endswith("ied"):
            out.append(low[:-3] + "y")
        if low.endswith("ed"):
            out += [low[:-1], low[:-2]]
        if low.endswith("ing"):
            out += [low[:-3], low[:-3] + "e"]
        if low.endswith("s"):
            out.append(low[:-1])
    return out


def is_light(tok: Token) -> bool:
    return any(c in LIGHT_VERBS for c in lemma_candidates(tok))


@dataclass(slots=True)
class Frame:
    trigger: Token
    subj: list[Token] = field(default_factory=list)
    obj: Token | None = None
    obj_raw: Token | None = None  # the object as parsed, before "tons of aid" -> aid
    iobj: Token | None = None
    preps: dict[str, list[Token]] = field(default_factory=dict)
    nested: dict[str, list[Token]] = field(default_factory=dict)  # preps of prepositional objects
    xcomp: Token | None = None
    particle: str = ""
    passive: bool = False
    light: bool = False  # an event noun carried by a light verb ("launched an attack")

    def slot_all(self, name: str) -> list[Token]:
        """Every token filling a slot (a verb may have two "on" phrases: "on Monday", "on Iran")."""
        if name.startswith("prep:"):
            return list(self.preps.get(name[5:], ())) + list(self.nested.get(name[5:], ()))
        if name == "iobj" and self.iobj is None:
            return list(self.preps.get("to", ())) + list(self.nested.get("to", ()))
        tok = self.slot(name)
        return [] if tok is None else [tok]

    def slot(self, name: str) -> Token | None:
        if name == "obj":
            return self.obj
        if name == "iobj":
            return self.iobj or (self.preps.get("to") or [None])[0]
        if name == "subj":
            return unwrap(self.subj[0]) if self.subj else None
        if name == "xsubj":  # "demanded that Israel withdraw": the complement's subject
            if self.xcomp is None:
                return None
            return next((c for c in self.xcomp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if name.startswith("prep:"):
            found = self.preps.get(name[5:])
            return found[0] if found else None
        return None


#: nouns that measure or portion what follows "of": "25,000 tons of food aid", "part of a stronghold"
_MEASURES = frozenset(
    "ton tonne kilogram kg litre liter barrel unit part portion piece batch shipment consignment load "
    "package round lot number dozen hundred thousand million billion quantity amount supply set kind type "
    "series wave campaign spate deployment contingent patch group team most some all many much half rest "
    "bulk majority edition phase stage session text draft day week month hour night delivery transfer "
    "salvo volley barrage cylinder canister container crate sack section stretch segment".split()
)

#: sums of money, and the kinds of aid a sum can be given "in": "$10 million in humanitarian aid"
_SUMS = frozenset("$ dollar euro pound yen yuan rupee franc million billion trillion".split())
_AID_KINDS = frozenset("humanitarian military food medical emergency relief defence defense security lethal".split())


#: words that can be a verb's particle though the parser tags them otherwise ("brushed aside")
_PARTICLES = frozenset("aside off out away back down together".split())
#: participles that, passive in form, say what their subject does: "Israel is opposed to the plan"
_STATIVE_PASSIVES = frozenset({"oppose"})


def unwrap(tok: Token | None) -> Token | None:
    """The thing measured: "tons of aid" -> aid; "$10 million in humanitarian aid" -> aid (a sum in a
    named kind of aid is that aid; a bare sum, or a sum "in loans", stays money)."""
    if tok is None:
        return tok
    if tok.lemma_.lower() in _SUMS:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for g in prep.children:
                    if g.dep_ == "pobj" and any(m.dep_ in ("amod", "compound") and m.lower_ in _AID_KINDS
                                                for m in g.children):
                        return g
        return tok
    if tok.lemma_.lower() not in _MEASURES:
        return tok
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                if g.dep_ == "pobj":
                    return g
    return tok


def _participle_subject(prep: Token) -> list[Token]:
    """The object of a preposition left without one because the parser made it the subject of a
    participle that follows it: "granted asylum to five officers holed up in the embassy" (officers is
    the subject of "holed", which hangs on "granted" beside "to")."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return []
    tok = doc[prep.i + 1]
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.i == tok.i or tok.head.i <= prep.i:
            break
        tok = tok.head
    verb = tok.head
    if (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBN", "VBD")
            and verb.i > tok.i and verb.head.i == prep.head.i):
        return [tok]
    return []


def _add_preps(frame: Frame, tok: Token) -> None:
    heads = [c for c in tok.children if c.dep_ in ("prep", "agent")]
    # "along the line of contact and on the Armenian border": a conjoined phrase is the verb's too
    heads += [g for c in heads for g in c.children if g.dep_ == "conj" and g.pos_ == "ADP"]
    for child in heads:
        objs = [g for g in child.children if g.dep_ == "pobj"]
        if not objs:  # "on behalf of", "because of": one level deeper
            objs = [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        if not objs:  # "charged them with plotting": a gerund as the prepositional object
            objs = [g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        if not objs:
            objs = _participle_subject(child)
        if objs:
            frame.preps.setdefault(child.lower_, []).extend(objs)
            for obj in objs:  # "spoke by telephone with X", "extradited a man wanted for fraud to X"
                for p in obj.children:
                    if p.dep_ == "prep":
                        frame.nested.setdefault(p.lower_, []).extend(
                            g for g in p.children if g.dep_ == "pobj")


#: verbs of ending or changing a measure that only its owner can: in the passive with no "by" phrase, the
#: possessor of the measure did it ("Israel's blockade of Gaza was eased")
_OWN_MEASURE_VERBS = frozenset("lift ease relax renew resume scrap tighten expand cancel postpone end".split())


#: verbs whose object is the subject of their infinitive ("urged Washington to provide"); with other
#: verbs the infinitive is the subject's ("summoned the envoy to lodge a protest": the summoner lodges)
OBJECT_CONTROL = frozenset(
    "urge ask call press order tell force allow permit invite encourage persuade advise request "
    "implore beg require instruct direct authorize authorise compel push enable help prompt spur lead drive "
    "provoke trigger cause".split()
)


#: event nouns whose "of" phrase names the doer, not the one done to
INTRANSITIVE_NOUNS = frozenset(
    "withdrawal pullout pull-out retreat resignation departure surrender arrival visit exit".split()
)
#: verbs whose object does what the "of"-phrase says: "accused Iran of supplying drones"
ACCUSING = frozenset("accuse blame suspect charge convict praise thank criticize criticise condemn".split())


def _inherited_subject(tok: Token, depth: int = 0) -> list[Token]:
    """Subject for a verb with none of its own, from the verb that governs it."""
    if depth > 4 or tok.head.i == tok.i:
        return []
    head = tok.head
    if tok.dep_ in ("xcomp", "advcl") or (tok.dep_ == "ccomp" and tok.tag_ == "VB"):
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if tok.dep_ == "xcomp" and objs and head.lemma_ in OBJECT_CONTROL:
            return objs[:1]
        return _subjects(head, depth + 1)
    if tok.dep_ in ("acomp", "pcomp", "pobj", "prep"):  # "was willing to hold talks", "looked forward to meeting"
        if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_ in OBJECT_CONTROL | ACCUSING:
            objs = [c for c in head.head.children if c.dep_ == "dobj"]  # "accused Iran of supplying"
            if objs:
                return objs[:1]
        return _subjects(head, depth + 1)
    if tok.dep_ == "conj":
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        if passive and tok.tag_ != "VBN" and not any(c.dep_ == "auxpass" for c in tok.children):
            return passive  # "X was indicted by a court and will resign": X resigns, not the court
        return _subjects(head, depth + 1)
    if tok.dep_ == "acl" and tok.tag_ == "VB":  # "signalled its readiness to hold talks": whoever is ready
        poss = [c for c in head.children if c.dep_ == "poss"]
        if poss:
            return poss
        if head.dep_ in ("dobj", "pobj") and head.head.pos_ in ("VERB", "AUX"):
            return _subjects(head.head, depth + 1)
        return []
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        if head.lemma_.lower() in _CROWDS:
            return [head]  # "police shot protesters demanding lower prices": the protesters demand
        if head.dep_ in ("dobj", "pobj") and head.head.pos_ in ("VERB", "AUX"):
            return _subjects(head.head, depth + 1)
        return [head]
    if tok.dep_ == "relcl":
        return [head]
    return []


#: people who act on their own in a participle after them, whoever governs them
_CROWDS = frozenset(
    "protester protestor demonstrator marcher rioter civilian student worker resident villager farmer activist "
    "supporter refugee migrant crowd".split()
)


def _subjects(tok: Token, depth: int = 0) -> list[Token]:
    subj = [c for c in tok.children if c.dep_ in _SUBJ]
    if subj and subj[0].lower_ in _RELATIVE and tok.dep_ == "relcl":
        return [tok.head]
    agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agent:
        return agent
    if subj:
        return subj
    if tok.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in tok.children):
        return []  # "... after a hafling was reported": a clause of its own, its doer unnamed
    if tok.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBZ", "VBP"):
        fronted = _fronted_subject(tok)
        if fronted:
            return fronted
    return _inherited_subject(tok, depth)


def _fronted_subject(tok: Token) -> list[Token]:
    """A finite verb's subject the parser hung on a fronted phrase as an apposition: "On the sidelines
    of the summit in Vilnius, X and his counterpart Y met" (X is parsed as in apposition to Vilnius)."""
    for prep in tok.lefts:
        if prep.dep_ != "prep" or prep.i != tok.left_edge.i:
            continue
        for t in prep.subtree:
            if t.dep_ == "appos" and t.right_edge.i == tok.i - 1 and t.left_edge.i > prep.i and (
                    t.doc[t.left_edge.i - 1].lower_ == ","):
                return [t]
    return []


def parties_between(tok: Token) -> list[Token]:
    """The parties named by a "between" phrase on ``tok``, conjuncts included."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]


def infinitive_noun(tok: Token) -> bool:
    """A verb the parser tagged as a noun though it has its infinitive "to" and an object: "offered to
    host talks" (host/NN)."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)


def frame_of(tok: Token) -> Frame:
    """The frame of a verb (``pos_`` VERB/AUX) or an event noun."""
    frame = Frame(tok)
    if tok.pos_ in ("NOUN", "PROPN") and not infinitive_noun(tok):
        return _noun_frame(frame, tok)
    children = list(tok.children)
    frame.subj = _subjects(tok)
    if not frame.subj and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass"):
        frame.subj = parties_between(tok)  # a gerund as subject: "fighting between the army and the RSF raged"
    passive_subj = [c for c in children if c.dep_ == "nsubjpass"]
    if passive_subj and not frame.subj and tok.lemma_.lower() in _STATIVE_PASSIVES and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in children):
        frame.subj, passive_subj = passive_subj, []  # "X is opposed to Y": X opposes Y
    frame.passive = bool(passive_subj)
    if passive_subj and not frame.subj and any(c in _OWN_MEASURE_VERBS for c in lemma_candidates(tok)):
        # "France's sanctions against Mali were lifted": whose measure it is lifted it
        frame.subj = [c for c in passive_subj[0].children if c.dep_ == "poss"][:1]
    objs = [c for c in children if c.dep_ in ("dobj", "obj")]
    dative = [c for c in children if c.dep_ == "dative"]
    receiver = None
    if not objs and dative and dative[0].pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in ("back", "in", "out") and c.i > dative[0].i for c in children):
        objs, dative = dative, []  # "allow inspectors back into the sites": the parser calls the object a dative
    if len(objs) > 1 and not dative and (
            objs[1].tag_ == "CD" or any(g.dep_ in ("nummod", "quantmod") for g in objs[1].children)):
        receiver = objs.pop(0)  # "handed Lebanon's army $60 million": two objects, the first receives
    frame.obj_raw = passive_subj[0] if passive_subj else (objs[0] if objs else None)
    frame.obj = unwrap(frame.obj_raw)
    if passive_subj and not frame.subj:
        frame.subj = []
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and frame.obj is None:
        frame.obj = tok.head  # "protesters arrested by police"
    if dative and dative[0].pos_ == "ADP":  # "granted asylum to X": the parser calls "to" the dative
        prep = dative[0]
        dative = [g for g in prep.children if g.dep_ == "pobj"]
        frame.preps.setdefault(prep.lower_, []).extend(dative)  # patterns asking for "prep:to" see it too
    frame.iobj = dative[0] if dative else receiver
    # a clausal complement even when its verb is mis-tagged ("that Berlin hand over ...": hand/NOUN)
    comps = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "NOUN", "ADJ")]
    if not comps:  # "threatened on Sunday to impose ...": the parser sometimes calls it a purpose clause
        comps = [c for c in children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children
                                                                   if a.dep_ == "aux")]
    frame.xcomp = comps[0] if comps else None
    prt = [c for c in children if c.dep_ == "prt"]
    if not prt:  # the parser sometimes calls a particle an adverb ("brushed aside") or a preposition
        prt = [c for c in children if c.lower_ in _PARTICLES and c.i > tok.i and (
            c.dep_ == "advmod" or (c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)))]
    if not prt:  # "brought the envoys together in Doha": "together" hung on the phrase after it
        prt = [g for g in tok.rights for g in g.subtree if g.dep_ == "advmod" and g.lower_ == "together"
               and g.head.dep_ == "prep" and g.i == g.head.i - 1][:1]
    frame.particle = prt[0].lower_ if prt else ""
    _add_preps(frame, tok)
    for p in prt:  # "pulled out of Lebanon", "walk away from the talks", "pulled back from the corridor":
        if p.dep_ in ("prep", "advmod"):  # the phrase hung on the particle belongs to the verb
            _add_preps(frame, p)
    if frame.obj is not None:
        _add_preps(frame, frame.obj)
    if frame.obj_raw is not None and frame.obj_raw is not frame.obj and not passive_subj:
        _add_preps(frame, frame.obj_raw)  # "paused deliveries of weapons to Ukraine": "to" hangs on the measure
    return frame


#: event nouns whose doer, in a "during" phrase with no possessor, is the subject of the clause
TIMED_VISITS = frozenset({"visit", "trip", "tour"})


#: participles whose "by" phrase names the doer of the event noun they modify: "the mobilisation announced
#: by Putin", "the raid carried out by Hamas", "a delivery of wheat financed by Germany"
_BACKING_PARTICIPLES = frozenset({"finance", "fund", "bankroll", "sponsor", "broker", "mediate", "organise",
                                  "organize", "plan", "lead"})


def _participle_agents(tok: Token) -> list[Token]:
    """The "by" phrase of a past participle of announcing or doing that modifies an event noun (not of a
    reaction: in "the strikes, condemned by France" France does not strike)."""
    return [g for acl in tok.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and (
                is_light(acl) or acl.lemma_.lower() in _BACKING_PARTICIPLES)
            for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"][:1]


def _by_on_object(of: list[Token] | None) -> list[Token]:
    """A "by" phrase the parser hung on the noun's "of" object: "the expulsion of two diplomats by Estonia"
    (not on an "into" object: in "an inquiry into abuses by the army" the army abused)."""
    return [g for p in (of[0].children if of else ()) if p.dep_ == "prep" and p.lower_ == "by"
            for g in p.children if g.dep_ == "pobj"]


def _noun_frame(frame: Frame, tok: Token) -> Frame:
    """Event nouns: "Iran's attack on Israel", "the arrest of X by police", "launched strikes on Y".
    Doers in order of trust: a by-phrase, a possessor, the subject of a light verb ("carried out
    patrols"), then adjectives and compounds ("Israeli strikes")."""
    _add_preps(frame, tok)
    carrier = tok
    for _ in range(4):  # "launched artillery, mortar and rocket fire": each conjunct is the verb's object
        if carrier.dep_ != "conj" or carrier.head.pos_ not in ("NOUN", "PROPN"):
            break
        carrier = carrier.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _MEASURES:
        carrier = tok.head.head  # "began the seventh edition of their joint exercise", "a package of sanctions"
    poss = [c for c in tok.children if c.dep_ == "poss"]
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    light: list[Token] = []
    if carrier.dep_ in ("dobj", "nsubjpass") and is_light(carrier.head):
        frame.light = True
        light = _subjects(carrier.head)
        _add_preps(frame, carrier.head)
        if carrier is not tok:
            _add_preps(frame, carrier)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "during" and tok.lemma_.lower() in TIMED_VISITS and not poss:
        frame.light = True  # "said during a visit to Kyiv": the speaker visits
        light = _subjects(tok.head.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "with") and is_light(tok.head.head):
        verb = tok.head.head  # "were engaged in ethnic cleansing": the passive subject does it
        frame.light = True
        light = _subjects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "forces began their exercises": a possessive pronoun defers to the light verb's subject
    named_poss = [p for p in poss if p.pos_ != "PRON"]
    pron_poss = [p for p in poss if p.pos_ == "PRON"]
    between = list(frame.preps.get("between", ()))  # "talks between Rubio and Lavrov lasted four hours"
    if not between and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        between = parties_between(tok.head)  # "heavy fighting broke out between Thai and Cambodian troops"
    if not between and frame.preps.get("of"):
        between = parties_between(frame.preps["of"][0])  # "the signing of a trade deal between the EU and Chile"
    by = list(frame.preps.get("by") or _by_on_object(frame.preps.get("of")))[:1]
    light += _participle_agents(tok)
    frame.subj = by + named_poss + light + pron_poss + mods + between
    comps = [c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    frame.xcomp = comps[0] if comps else None
    of = frame.preps.get("of")
    if of and tok.lemma_.lower() in INTRANSITIVE_NOUNS:
        frame.subj = [of[0], *frame.subj]  # "the withdrawal of Turkish forces": they withdraw
    else:
        frame.obj = of[0] if of else None
    return frame
