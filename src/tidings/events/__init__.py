"""Events stage: who did what to whom, as CAMEO and PLOVER codes.

Reads a parsed ``Doc``, its ``Article`` and the ``ActorIndex`` of the actors stage; writes ``Event``
records. For each token whose lemma has patterns it reads the argument frame, picks the most
specific pattern whose conditions hold, lets a complement event refine the code ("urged X to provide
arms" is 0232), applies negation, modality and intention, and emits one event per (source, target)
pair with provenance (sentence, spans, pattern id). Dates are filled in by the dates stage.

``EventStage(patterns)`` takes any ``PatternDictionary`` (default: the built-in one), such as one imported
from a PETRARCH verb dictionary (``tidings.dictionaries``). A pattern's ``reverse_code`` adds the paired
event from the target back to the source; a code outside the CAMEO codebook (imported dictionaries keep
theirs verbatim) gives an event with that code, no CAMEO name and no Goldstein value (logged once).
"""

from __future__ import annotations

import dataclasses
import logging

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from tidings.codebook import Codebook, load_codebook
from tidings.events import participants
from tidings.events.context import Modality, modality_of
from tidings.events.matching import Match, PatternMatcher, rule_id
from tidings.events.patterns import PatternDictionary, load_builtin_patterns
from tidings.records import INTERNATIONAL_ROOTS, Actor, ActorCode, ActorIndex, Article, Event, EventSpans, Span

__all__ = ["EventStage", "PatternDictionary", "load_builtin_patterns"]

log = logging.getLogger(__name__)

_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
_COERCIVE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
#: roots where "X and Y <verb>" with no target means they did it to each other ("met", "clashed")
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "08", "19"})
#: codes of other roots that are mutual in the same way: "X and Y said they shared a common position" (019)
_RECIPROCAL_CODES = frozenset({"019"})


def _reciprocal(code: str) -> bool:
    return code[:2] in _RECIPROCAL_ROOTS or code in _RECIPROCAL_CODES
#: roots of events that happen somewhere: with no target, the place's country is the target (09: an
#: investigation into crimes committed in Libya is about Libya)
_LOCATED_ROOTS = frozenset({"07", "08", "09", "14", "15", "17", "18", "19", "20"})
#: roots whose events without a named target are domestic: the doer's own country is the target
_DOMESTIC_ROOTS = frozenset({"08", "09", "14", "15", "17"})
#: shows of force and alerts aimed at no one named are aimed at no one, not at the doer's own country
#: ("fired missiles into the sea", "staged naval drills near the strait", "raised its terror alert");
#: deploying police or troops (153, 154) at home is domestic
_UNAIMED_CODES = frozenset({"150", "151", "152"})
_CONTEXT_RULES = ("location:", "context:domestic")
#: roots of visits, hosting, cooperation and retreats that sport also has (a ban or a boycott of a sporting
#: event is political, and stays)
_SPORTING_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09"})
_SPORT_SLOTS = frozenset({"dobj", "prep", "agent", "npadvmod", "attr", "pobj"})
#: source roles of non-state armed or civilian actors: their attacks are CAMEO 18 (assault), not 19
_IRREGULAR_ROLES = frozenset({"REB", "INS", "UAF", "CRM", "CVL", "SEP", "RAD", "SET"})
_IRREGULAR_ROOTS = frozenset({"IMG"})
_AIRCRAFT = frozenset(
    "warplane warplanes jet jets aircraft drone drones helicopter helicopters bombers gunships planes".split()
)

#: participles that give the reason for the act before them: ", accusing Kyiv of ...", ", blaming Iran for ..."
_ACCUSING_PARTICIPLES = frozenset({"accuse", "blame"})
#: roles of the crowds whose violence in protest is rioting (145)
_CROWD = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR", "REF"})
#: people whose arrival somewhere is a journey, not a visit (CAMEO 042 is a visit by a political actor)
_PRIVATE_TRAVELLERS = frozenset({"CVL", "REF"})
_MISSILES = frozenset("missile missiles rocket rockets".split())

#: verbs of a personal attack whose assailant may go unnamed: "was shot dead", "was stabbed"
_ASSAULT_VERBS = frozenset({"shoot", "stab", "assassinate", "kill", "murder", "gun", "attack"})
_KILLING = frozenset({"kill", "execute", "murder", "slaughter", "massacre", "shoot"})
#: words for a military exercise: held by the forces of two or more countries it is military cooperation
_EXERCISES = frozenset(
    "exercise exercises drill drills manoeuvre manoeuvres maneuver maneuvers game games wargame wargames".split()
)


def _joint_exercise(m: Match, sources) -> bool:
    """"Indian and French warships began a naval exercise": forces of several countries exercising
    together cooperate militarily (062) with each other; one country's exercise is a show of force (152)."""
    if m.code not in _UNAIMED_CODES or len({s.code.country for s in sources}) < 2:
        return False
    words = {m.token.lemma_.lower(), m.token.lower_}
    if m.frame.obj is not None:
        words.add(m.frame.obj.lemma_.lower())
    return bool(words & _EXERCISES)


def _at_least(obj, threshold: float) -> bool:
    """The object phrase counts ``threshold`` people or more: "at least 184 people", "thousands of"."""
    words = [obj, *obj.children, *(g for c in obj.children for g in c.children)]
    for w in words:
        if w.lower_ in ("thousands", "millions", "million") or (w.lower_ == "hundreds" and threshold <= 100):
            return True
        if w.like_num:
            try:
                if float(w.text.replace(",", "")) >= threshold:
                    return True
            except ValueError:
                continue
    return False


def _mass_killing(m: Match, code: str) -> str:
    """Killing a hundred people or more is mass killing (202): "Gunmen killed at least 184 people".
    Expelling a thousand or more is mass expulsion (201): "deported more than 10,000 Haitians" (the gold
    sets code 28, 170 or 222 deportees as 174 and thousands as 201)."""
    if m.frame.obj_raw is None:
        return code
    if code[:2] in ("18", "19") and m.token.lemma_.lower() in _KILLING and _at_least(m.frame.obj_raw, 100):
        return "202"
    if code == "174" and _at_least(m.frame.obj_raw, 1000):
        return "201"
    return code


#: office-holders whose killing, one of them, is an assassination: "a senior general was killed in a bomb attack"
_OFFICE_HOLDERS = frozenset(
    "leader minister general commander chief president governor mayor official judge prosecutor lawmaker "
    "politician candidate envoy ambassador diplomat colonel".split()
)


def _assassination(m: Match, code: str, sources) -> str:
    """Killing one named person or one office-holder is assassination (186): "Hamas leader Ismail Haniyeh
    was killed in an Israeli strike", "the refugee minister was killed in a suicide attack". By someone
    named: "a mayor was shot dead outside his home" stays an assault by no one known (180)."""
    obj = m.frame.obj_raw
    if code[:2] not in ("18", "19") or obj is None or m.token.lemma_.lower() not in ("kill", "murder", "shoot"):
        return code
    if any(s.rule.startswith("context:unknown-assailant") for s in sources):
        return code
    if obj.tag_ not in ("NN", "NNP") or any(c.dep_ in ("nummod", "conj") for c in obj.children):
        return code
    if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in _OFFICE_HOLDERS:
        return "186"
    return code


#: chemical agents; and the munitions that can carry them
_CHEMICALS = frozenset("chemical chemicals chlorine sarin mustard chloropicrin novichok vx nerve phosgene".split())
_MUNITIONS = frozenset(
    "barrel barrels bomb bombs grenade grenades canister canisters cylinder cylinders munition munitions shell "
    "shells rocket rockets mortar mortars projectile projectiles missile missiles weapon weapons".split()
)


def _chemical(m: Match, code: str) -> str:
    """Force used with chemical agents is CAMEO 2041: "dropped chlorine-filled barrels on ...", "shelled
    the town with sarin". Only a munition object or a "with" phrase counts, so that "struck a chemical
    plant" stays an attack on a plant."""
    if code[:2] not in ("18", "19"):
        return code
    carriers = list(m.frame.slot_all("prep:with"))
    obj = m.frame.obj_raw
    if obj is not None and obj.lower_ in _MUNITIONS:
        carriers.append(obj)
    if any(t.lower_ in _CHEMICALS for c in carriers for t in c.subtree):
        return "2041"
    return code


_PROTESTERS = frozenset(
    "protester protesters protestor protestors demonstrator demonstrators marchers rioters".split()
)


def _named_protesters(actors) -> bool:
    return bool(actors) and all(_PROTESTERS & set(a.text.lower().split()) for a in actors)


def _repression(code: str, sources, targets) -> str:
    """Police or troops beating or shooting protesters repress them (175), as firing tear gas at them does.
    (Protesters demanding something stay a demand: the gold sets disagree on 10 and 14 there.)"""
    if code[:2] in ("18", "19") and code != "186" and _named_protesters(targets) and all(
            set(s.code.roles) & {"COP", "MIL", "SPY"} for s in sources):
        return "175"
    return code


#: what one is told to do that ends one's presence: "ordered X to leave the country", "to close its office"
_DEPARTURES = frozenset({"leave", "quit", "depart", "exit"})
_ORDERING = frozenset({"order", "instruct", "direct", "command"})
_CLOSED = frozenset("office offices embassy embassies mission missions consulate consulates bureau bureaus".split())


def _demanded_departure(m: Match, code: str) -> str:
    """An order or a deadline whose complement is to leave the country or close an office is an expulsion (166):
    "ordered the Red Cross to close its office and leave the country", "gave the diplomats 48 hours to leave"
    (a demand that a mission leave, "demanded that MINUSMA leave", stays a demand). The more specific
    patterns (diplomats, peacekeepers, agencies) have coded theirs."""
    if code[:2] != "10" and code != "139":
        return code
    comp = m.frame.xcomp
    if comp is None and m.frame.obj_raw is not None:
        comp = next((c for c in m.frame.obj_raw.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if comp is None or comp.pos_ not in ("VERB", "AUX"):
        return code
    verbs = [comp, *(c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    ordered = code == "139" or m.token.lemma_.lower() in _ORDERING
    for v in (verbs if ordered else ()):
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if v.lemma_.lower() in _DEPARTURES and all(o.lemma_.lower() in ("country", "territory") for o in objs):
            return "166"
        if v.lemma_.lower() == "close" and any(o.lower_ in _CLOSED for o in objs):
            return "166"
    return code


def _ultimatum(m: Match) -> bool:
    """A demand to do something "or face" what follows is also an ultimatum (139): "told the junta to
    reinstate the president by Sunday or face the consequences" (a demand and a threat)."""
    comp = m.frame.xcomp
    if m.code[:2] != "10" or comp is None or not any(c.dep_ == "cc" and c.lower_ == "or" for c in comp.children):
        return False
    return any(c.dep_ == "conj" and c.lemma_.lower() == "face" for c in comp.children)


#: what a police alert can be aimed at at home: "placed on alert ahead of planned anti-government protests"
_PROTESTS = frozenset("protest protests demonstration demonstrations rally rallies march marches riot riots".split())


def _against_protests(m: Match) -> bool:
    """A police alert ahead of or amid protests is aimed at the protesters, at home; one ahead of a
    ceremony or a holiday is aimed at no one."""
    return any(t.lower_ in _PROTESTS for t in m.token.subtree if t.i > m.token.i)


def _reason_clause(tok) -> bool:
    """A clause that says what came first or why: "after France endorsed the plan", "because Rabat recalled
    its envoy". Not a clause of what goes on meanwhile ("as the leaders sought to ease tensions"): background.
    An accusation set off by a comma gives the reason too, wherever the parser hangs it ("threatened to expel
    the diplomats, accusing Brasilia of meddling")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in _ACCUSING_PARTICIPLES and (
            tok.i > 0 and tok.doc[tok.i - 1].text == ","):
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "because", "since")
                                       for c in tok.children)


def _judged_deed(m: Match) -> list:
    """What a praise or a criticism is for: "praised Kenya for leading the mission", "condemned Washington
    over allowing the visit". The judgement (051, 11x) is the event; the deed it gives as its grounds is its
    topic, as a noun there is ("condemned Russia for its invasion"), and is not coded again."""
    if not (m.code.startswith("051") or m.code[:2] == "11") or m.pattern.pos != "VERB":
        return []
    return [g for p in m.token.children if p.dep_ == "prep" and p.lower_ in ("for", "over")
            for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def _inferred(target: Actor | None) -> bool:
    return target is not None and target.rule.startswith(_CONTEXT_RULES)


def _elaborates(m: Match, matched_at: dict[int, str]) -> bool:
    """A participle after an event that restates or explains it: "..., saying ...", "..., accusing X of
    ...", "..., dismissing the vote as a sham". The report is the main event; the participle is not
    another one. A participle with consequences of its own ("shelled the city, killing five") is
    covered by the same rule: CAMEO codes the main act. An accusation that gives the reason for a
    coercive act (a protest, a break, an expulsion, repression, force) is an event of its own ("expelled the
    mission, accusing it of fuelling tensions", "protested outside the embassy, accusing Moscow of ..."), but
    not when the act is a charge or an arrest warrant, which the accusation only spells out (173). A statement
    in an absolute "with" phrase ("expelled the envoys, with the minister saying ...") tells the same act."""
    tok = m.token
    if m.pattern.speech and _with_clause(tok) and tok.head.head.i in matched_at:
        return True  # "expelled the envoys, with the minister saying they had meddled": the same act, told
    if tok.head.i not in matched_at or tok.head.i == tok.i or _own_accusation(m, matched_at):
        return False
    if m.pattern.speech and tok.dep_ in ("advcl", "conj", "xcomp"):
        return True
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and not own_subject


def _with_clause(tok) -> bool:
    """``tok`` heads an absolute "with" phrase hung on a verb: "..., with the minister saying ..."."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "with" and tok.head.dep_ == "prep" and tok.head.head.i != tok.i


def _own_accusation(m: Match, matched_at: dict[int, str]) -> bool:
    """An accusation in a participle after an act of another kind is an event of its own, the act's
    reason: "declared martial law, accusing the opposition of ..." (17 and 11), "threatened to cut aid, accusing
    Pretoria of ..." (13 and 11), "expelled the mission, accusing it of fuelling tensions". After a
    criticism or a rejection it restates it ("criticised Canada, accusing it of ...", "rebuffed EU demands,
    accusing Brussels of meddling"), and after a charge or an arrest warrant (173) it spells the charge out.
    It is kept only with a target."""
    head = m.token.head.i
    if head == m.token.i or head not in matched_at or m.code[:2] != "11" or m.pattern.speech:
        return False
    if matched_at[head] == "173":
        return False
    return matched_at[head][:2] not in ("11", "12")


class EventStage:
    """Finds events. One instance per pattern dictionary; reuse it across articles."""

    def __init__(self, patterns: PatternDictionary | None = None, codebook: Codebook | None = None,
                 context: bool = True) -> None:
        """``context`` off codes only what the sentence names, as PETRARCH does: no place or own
        country as the target of an event without one; instead the first actor in the verb's phrase."""
        self.patterns = patterns or load_builtin_patterns()
        self.context = context
        self.codebook = codebook or load_codebook()
        self.version = self.patterns.version
        self.matcher = PatternMatcher(self.patterns)
        self._unknown: set[str] = set()  # codes outside the codebook already reported

    def match(self, tok):
        """The pattern match at ``tok`` (see ``PatternMatcher.match``)."""
        return self.matcher.match(tok)

    # -- the stage --------------------------------------------------------------------------------
    def run(self, doc: Doc, article: Article, actors: ActorIndex, keep_unasserted: bool = False) -> list[Event]:
        events: list[Event] = []
        for s_i, sent in enumerate(doc.sents):
            events.extend(self._sentence(s_i, sent, article, actors, keep_unasserted))
        return events

    def _sentence(self, s_i: int, sent: SpacySpan, article: Article, actors: ActorIndex,
                  keep: bool) -> list[Event]:
        matches: list[Match] = []
        consumed: set[int] = set()
        for tok in sent:
            m = self.matcher.match(tok)
            if m is None:
                continue
            matches.append(m)
        triggers = {m.token.i for m in matches}
        carried = {m.token.head.i for m in matches if m.pattern.pos == "NOUN" and m.frame.light}
        for m in matches:
            tok = m.token
            if m.pattern.pos == "VERB" and tok.i in carried and not any(
                    c.slot == "obj" and c.words for c in m.pattern.conditions):
                consumed.add(tok.i)  # "flew a joint patrol over the sea": the patrol is the event, not the flight
            if m.pattern.pos == "NOUN" and tok.dep_ == "pobj" and not m.frame.light and (
                    tok.head.lower_ != "during") and (tok.head.head.i in triggers or tok.head.head.head.i in triggers
                                                      or tok.head.head.i in carried):
                # "severed ties over its offensive", "in protest at their detention", "opened an investigation
                # into the shelling of X by Y" (the light verb carries the investigation)
                consumed.add(tok.i)
            if m.pattern.pos == "NOUN" and m.frame.light and tok.head.dep_ == "pcomp" and (
                    tok.head.head.lower_ in ("on", "about") and tok.head.head.head.i in triggers):
                consumed.add(tok.i)  # "conferred on resuming a swap line": the topic talked about, not done
            if m.pattern.nominal and tok.dep_ == "dobj" and tok.head.i in triggers:
                consumed.add(tok.i)  # "condemned Russia's annexation of Crimea": the condemnation is the event
            if m.code[:2] == "07" and (arrival := participants.arrival_of(tok)) is not None:
                consumed.add(arrival.i)  # "aid sent by Japan arrived in Lima": the aid arrived, Japan did not visit
            if m.frame.xcomp is not None and any(c.slot in ("xcomp", "xsubj", "to") for c in m.pattern.conditions):
                consumed.add(m.frame.xcomp.i)  # "allowed inspectors to visit": one event, the allowing
            obj_cond = any(c.slot == "obj" and c.words for c in m.pattern.conditions)
            if obj_cond and m.frame.obj is not None and m.frame.obj.pos_ == "NOUN":
                consumed.add(m.frame.obj.i)  # "imposed sanctions": the verb's event covers the noun's
            for deed in _judged_deed(m):
                consumed.update(t.i for t in deed.subtree if t.i in triggers)
            c = m.complement
            while c is not None:
                consumed.add(c.token.i)
                c = c.complement
            if m.pattern.refine:  # what is appealed for, promised or threatened has not happened
                consumed.update(t.i for t in self.matcher.complements(m.frame))
                if m.frame.xcomp is not None:
                    # "threatened to withdraw its envoy after France endorsed the plan": the reason is no aim;
                    # nor is the occasion ("vowed ... during Kishida's visit")
                    reasons = {t.i for c in m.frame.xcomp.children if _reason_clause(c) for t in c.subtree}
                    consumed.update(t.i for t in m.frame.xcomp.subtree if t.i in triggers and t.i not in reasons
                                    and not (t.dep_ == "pobj" and t.head.lower_ == "during"))
        out: list[Event] = []
        seen: dict[tuple[str, str, str], int] = {}
        # triggers in a reported clause that have a doer: the report is about them, not a statement
        matched_at = {m.token.i: m.code for m in matches
                      if not m.pattern.speech and participants.doers(m, actors)}
        ordered = [m for m in matches if not m.pattern.speech] + [m for m in matches if m.pattern.speech]
        for m in ordered:
            if m.token.i in consumed:
                continue
            if m.code[:2] == "05" and participants.backed_fighters(m.token) and \
                    matched_at.get(m.token.head.head.i, "")[:2] in ("18", "19", "20"):
                continue  # "rebels backed by Rwandan troops seized Goma": the backers fight too (participants)
            if _elaborates(m, matched_at):
                continue  # "rejected the offer, saying ...", "criticised Canada, accusing it of ...": one event
            if m.pattern.speech:
                m = self._obligation(m, actors)
            if m.pattern.speech and self._reports_event(m, matched_at):
                continue
            if m.code.startswith("042") and m.token.dep_ == "relcl":
                continue  # "granted asylum to Gonzalez, who flew to Madrid": the trip describes him, background
            if m.pattern.speech and self.context and m.token.dep_ == "relcl":
                continue  # "over a law that it said contradicted its values": an attribution, not a statement
            own_accusation = _own_accusation(m, matched_at)
            for event in self._emit(s_i, m, article, actors):
                if (event.negated or event.hypothetical) and not keep:
                    continue
                if own_accusation and event.target is None:
                    continue  # "issued a warrant ..., accusing him of ...", "him" unresolved: no one accused
                # one event per country dyad and root in a sentence ("used tear gas to disperse protesters":
                # one repression); a named target beats one inferred from context
                key = (event.source.code.country, event.target.code.country if event.target else "", event.cameo.root)
                if not self.context:  # PETRARCH keeps each distinct (source, target, code) triple
                    key = (event.source.code.code, event.target.code.code if event.target else "", event.cameo.code)
                if key in seen:
                    old = out[seen[key]]
                    if _inferred(old.target) and event.target and not _inferred(event.target):
                        out[seen[key]] = event
                    continue
                seen[key] = len(out)
                out.append(event)
        if self.context:
            # an event with no target repeats one of the same doer and root that names its target ("met Xi ...,
            # their first meeting in five years"; "suspended aid to Niger, ... cutting off support")
            aimed = {(e.source.code.country, e.cameo.root) for e in out if e.target is not None}
            out = [e for e in out if e.target is not None or (e.source.code.country, e.cameo.root) not in aimed]
        return out

    def _obligation(self, m: Match, actors: ActorIndex) -> Match:
        """"X said Y must (should, has to) do Z" is X demanding of Y (CAMEO 10), not a plain statement."""
        comp = m.frame.xcomp
        if comp is None:
            return m
        modal = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in comp.children) or (
            comp.lemma_ == "have" and any(c.dep_ == "xcomp" for c in comp.children))
        subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not modal or not subj or not actors.at(subj[0].i):
            return m
        # "told Hamas that it must free the hostages": the one told, when the clause only says "it"
        target = ("obj", "iobj", "xsubj") if subj[0].pos_ == "PRON" else ("xsubj",)
        pattern = dataclasses.replace(m.pattern, id=m.pattern.id + "+obligation", code="100", target=target,
                                      conditions=())
        return Match(m.token, m.frame, pattern, "100", None)

    @staticmethod
    def _reports_event(m: Match, matched_at: dict[int, str]) -> bool:
        """A verb of saying whose complement reports an event (asserted or not) is not a statement."""
        comp = m.frame.xcomp
        return comp is not None and any(t.i in matched_at for t in comp.subtree)

    def _code_for(self, m: Match, mod: Modality) -> tuple[str, Modality]:
        """Final CAMEO code and modality after intention handling: "will send" is an intent (03);
        "will not meet" is a rejection (12), asserted."""
        code, hypo = m.code, mod.hypothetical
        if mod.if_clause and code[:2] in ("01", "13"):
            # "warned Manila of countermeasures if it kept sending vessels": the warning is made
            return code, dataclasses.replace(mod, hypothetical=False)
        if mod.if_clause and mod.future and m.token.pos_ in ("VERB", "AUX") and m.token.dep_ == "ccomp" \
                and (code[:2] not in _COERCIVE_ROOTS or mod.announced):
            # "said they would meet the envoy if he guaranteed their safety", "says it will not accept
            # refugees if war starts": a reported conditional commitment is made (an intent, a refusal or
            # a threat, when a verb of warning announces it); the narrator's "if Russia attacks, NATO will
            # impose sanctions" is not, nor a reported forecast of force ("would deploy troops only if ...")
            mod = dataclasses.replace(mod, hypothetical=False, announced=True)
            code, hypo = m.code, False
        if mod.negated and mod.future and code[:2] in _COOPERATIVE_ROOTS | {"03"} and not self._event_subject(m):
            return self.patterns.refine("reject", code) or "120", dataclasses.replace(mod, negated=False)
        if mod.announced and not mod.negated and code[:2] in _COERCIVE_ROOTS:
            # "said it would shoot down any aircraft", "would be jailed", "will suspend talks unless ...":
            # an announced coercive act is a threat (13), conditions and all
            return self.patterns.refine("threaten", code) or "130", dataclasses.replace(mod, hypothetical=False)
        if mod.future and not hypo:
            if code[:2] in _COOPERATIVE_ROOTS:
                code = self.patterns.refine("intent", code) or "030"
            elif code[:2] != "03":
                hypo = True  # a planned or expected conflict is not yet an event
        return code, dataclasses.replace(mod, hypothetical=hypo)

    def _event_subject(self, m: Match) -> bool:
        """The subject is itself an event noun ("the summit will no longer take place"): its not happening
        is no one's refusal; nor is an event noun's own ("the meeting will not take place")."""
        if m.pattern.pos == "NOUN":
            return m.token.dep_ in ("nsubj", "nsubjpass")
        subj = m.frame.subj[0] if m.frame.subj else None
        if subj is None or subj.pos_ != "NOUN":
            return False
        lemma = subj.lemma_.lower()
        return lemma in self.patterns.classes.get("TALKS", ()) or bool(self.patterns.patterns(lemma, "NOUN"))

    def _emit(self, s_i: int, m: Match, article: Article, actors: ActorIndex):
        sources = participants.doers(m, actors)
        passive_subject = False
        if not sources and not self.context and m.frame.passive and m.frame.obj is not None:
            # PETRARCH reads the words before the verb as the source whatever the voice ("X was criticized
            # over its dispute with Y": X->Y), unless the pattern marks them as the target ("- + WAS * ... $")
            sources = participants.first_actors([m.frame.obj], actors)
            passive_subject = True
        if not sources and not self.context and m.frame.subj:
            # PETRARCH's source is the first actor of the subject phrase, however deep: "Resumption of
            # ties between Arnor and Gondor may spur ..." is done by Arnor and Gondor
            sources = participants.first_actors([t for s in m.frame.subj[:1] for t in s.subtree], actors)
        if not sources and self.context:
            sources = self._unknown_assailant(m, actors)
            if sources:
                code = "180" if m.code[:2] == "19" else m.code  # an unnamed gunman's shooting is an assault
                m = dataclasses.replace(m, code=code)
        if not sources:
            return
        joint = self.context and _joint_exercise(m, sources)
        if joint:
            m = dataclasses.replace(m, code="062", pattern=dataclasses.replace(m.pattern, id=m.pattern.id + "+joint"))
        police = all("COP" in s.code.roles for s in sources)
        if m.code == "152" and police:  # "police were placed on high alert": a police alert (151)
            m = dataclasses.replace(m, code="151")
        targets = participants.targets(m, actors)
        if self.context:
            targets = participants.unbound(m, sources, targets, actors)
        if passive_subject:
            own = {id(a) for a in sources}
            targets = tuple(a for a in targets if id(a) not in own)
        if m.pattern.swap:  # "Ukraine received jets from France": France gave, Ukraine got
            if not targets:
                return
            sources, targets = targets, sources
        reciprocal = _reciprocal(m.code) and len({s.code for s in sources}) > 1
        if m.pattern.compound or joint:
            targets = ()  # the coordinated subjects act on each other
        elif not self.context:
            targets = targets or participants.phrase_actors(m, sources, actors)
        else:
            own = {s.code.country for s in sources}
            if reciprocal and len(own) > 1 and targets and {t.code.country for t in targets} <= own:
                # "India and France agreed to develop an engine for India's jets": the sides act on each other
                targets = ()
            if m.code[:2] == "13" and not targets:  # "threatened to strike unless Kyiv withdrew"
                targets = participants.conditioned(m, sources, actors) or participants.shared(m, sources, actors)
            if m.code[:2] in ("10", "11", "12") and not targets:  # "rebuffed EU calls", the parse lost
                targets = participants.adjacent(m, sources, actors)
            if m.code[:2] == "12" and not targets:  # "rejected any proposal for operations with US forces"
                targets = participants.in_object(m, sources, actors)
            if m.code[:2] in ("03", "05", "06", "07") and not targets:  # "apologised to X and agreed to fund ..."
                targets = participants.shared(m, sources, actors)
            if m.code[:2] in ("14", "17", "18") and participants.in_protest(m.token) is not None:
                # "torched shops in protest against French plans": a (violent) protest at France
                targets = participants.protested_in(m, sources, actors) or targets
            if m.code[:2] in ("14", "15") and (not targets or participants.guessed(targets)):
                # a show of force answers someone: "scrambled jets to shadow Russian bombers"; so does a
                # protest: "blocked a road to show their anger at Israeli policies"
                targets = participants.answered(m, sources, actors) or targets
            elif m.code[:2] == "15" and all(t.code.country in own for t in targets):
                # a deployment to a place at home aimed at the neighbour: "sent tanks to Surin along the
                # Cambodian frontier", "moved units to the border, citing Indian preparations"
                targets = participants.answered(m, sources, actors) or participants.across_border(
                    m, sources, actors) or targets
        if self.context and m.code[:2] in _LOCATED_ROOTS and not reciprocal and (
                not targets or participants.guessed(targets)):
            # a named place beats a guessed country: "seized a tanker off the coast of Venezuela"
            place = participants.located(m, sources, actors)
            own = {s.code.country for s in sources}
            if place and (not targets or place[0].code.country not in own) and not (
                    m.code in _UNAIMED_CODES and place[0].code.country in own):
                targets = place  # a show of force at home ("paraded missiles through Pyongyang") is aimed at no one
        if self.context and not targets and m.code[:2] in _DOMESTIC_ROOTS and not reciprocal and (
                m.code not in _UNAIMED_CODES or (m.code == "151" and police and _against_protests(m))):
            targets = tuple(Actor(s.text, s.span, ActorCode(s.code.country), s.name, "context:domestic")
                            for s in sources[:1] if s.code.country not in INTERNATIONAL_ROOTS)
        if m.pattern.nominal and not targets and not reciprocal:
            return  # "brandished its veto", "snubbed Seoul's offer": a verb's noun with no one it is aimed at
        governor = None
        if m.pattern.pos == "NOUN":
            governor = next((a for a in m.token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in m.token.children):
                governor = None  # "Monday's signing of the deal will allow ...": dated, it has happened
        # PETRARCH reads no modality: negation and mood are the patterns' business ("- NOT * ...")
        mod = modality_of(m.token, governor) if self.context else Modality()
        if mod.negated and m.pattern.reads_negation:  # "- NOT * RELATIONS [112]": the code is the negated act
            mod = dataclasses.replace(mod, negated=False)
        if self.context and not targets and mod.announced and not mod.negated and m.code[:2] in _COERCIVE_ROOTS:
            # an announced act of force is a threat to whoever its condition names: "warned it would
            # retaliate if Seoul continued the drills" (as "threatened to strike unless Kyiv withdrew")
            targets = participants.conditioned(m, sources, actors)
        if self.context and m.code[:2] in _SPORTING_ROOTS and self._sporting(m, sources, targets):
            return
        if self.context and m.code == "042" and sources and all(
                s.code.roles and set(s.code.roles) <= _PRIVATE_TRAVELLERS for s in sources):
            return  # "refugees arriving in Bangladesh", "civilians travelled to Poland": a journey, not a visit
        if self.context and targets:
            sources = (*sources, *participants.armed_backers(m, sources, actors))  # "rebels backed by X's troops"
        events: list[Event] = []
        self._coded(s_i, m, mod, sources, targets, article, events)
        if self.context and _ultimatum(m):
            self._coded(s_i, dataclasses.replace(m, code="139"), mod, sources, targets, article, events)
        named = tuple(t for t in targets if not t.rule.startswith(_CONTEXT_RULES))  # not a place or the doer's own
        if m.pattern.reverse_code and named:  # a paired code: the target's answer ("visited" / "hosted")
            self._coded(s_i, dataclasses.replace(m, code=m.pattern.reverse_code), mod, named, sources, article,
                        events)
        yield from events

    def _sporting(self, m: Match, sources, targets) -> bool:
        """A team or an athlete named by its country, or a fixture, is sport, not diplomacy: "Fiji's rugby
        team arrived in France", "will host the Kangaroos in a rugby league Test", "will host the World
        Cup", "the sprinter pulled out of the 200 metres". Its actors' phrases or the verb's own objects and
        prepositions (not its clauses) name a sport."""
        words = self.patterns.classes.get("SPORT", frozenset())
        if any(w in words for a in (*sources, *targets) for w in a.text.lower().split()):
            return True
        return any(t.lower_ in words for c in m.token.children if c.dep_ in _SPORT_SLOTS for t in c.subtree)

    def _coded(self, s_i: int, m: Match, mod: Modality, sources, targets, article: Article,
               out: list[Event]) -> None:
        """Append the events of ``m.code`` from ``sources`` to ``targets``; event ids go on from ``out``."""
        code, mod = self._code_for(m, mod)
        hypo = mod.hypothetical
        code = self._peacekeepers(self._riot(m, code, sources, targets), sources)
        code = _mass_killing(m, self._aerial(self._irregular(code, sources, targets), sources))
        code = _chemical(m, _assassination(m, code, sources))
        code = _demanded_departure(m, code)
        code = _repression(code, sources, targets)
        if code[:2] in ("17", "18") and self.context and participants.in_protest(m.token) is not None and all(
                set(s.code.roles) & _CROWD for s in sources):
            code = "145"  # "rioters torched shops in protest at the reform": a violent protest, not repression
        if code not in self.codebook.codes and code not in self._unknown:
            # an imported dictionary's own code (WEIS, local): kept verbatim, as PETRARCH would, without
            # a CAMEO name or Goldstein value
            self._unknown.add(code)
            log.info("pattern %s (%s) gives %r, which the CAMEO codebook lacks; kept as is",
                     m.pattern.id, m.pattern.rule, code)
        cameo = self.codebook.cameo_or_foreign(code)
        plover = self.codebook.plover_or_none(code)
        tok = m.token
        verb = Span(tok.idx, tok.idx + len(tok.text), tok.text)
        group = f"{article.id}:{s_i}:{tok.i}"
        for src, tgt in self._pairs(sources, targets, _reciprocal(code) or m.pattern.compound):
            out.append(Event(
                id=f"{group}:{len(out)}", article_id=article.id, sentence=s_i, source=src, target=tgt, cameo=cameo,
                plover=plover, date=None, date_text="", date_reason="", spans=EventSpans(src.span, verb,
                tgt.span if tgt else None), rule=rule_id(m), group=group, negated=mod.negated,
                hypothetical=hypo, dictionary_version=self.version,
            ))

    @staticmethod
    def _unknown_assailant(m: Match, actors: ActorIndex) -> tuple[Actor, ...]:
        """An attack on one named person by no one named ("the candidate was shot dead as he left a rally",
        "the prime minister was shot and wounded") is a domestic assault: the victim's country, for want of
        an assailant, did it to the victim. Only one person (a singular passive subject), only violent verbs;
        "five soldiers were killed" names no one to attack."""
        if not m.frame.passive or m.frame.obj is None or m.token.lemma_.lower() not in _ASSAULT_VERBS:
            return ()
        victim = m.frame.obj
        found = actors.at(victim.i)
        if victim.tag_ not in ("NN", "NNP") or not found:
            return ()
        v = found[0]
        if not v.code.country or v.code.country in INTERNATIONAL_ROOTS:
            return ()
        for prep in (c for c in m.token.children if c.dep_ in ("prep", "agent")):
            if any(a.code.country and a.code.country != v.code.country for t in prep.subtree for a in actors.at(t.i)):
                return ()  # "killed in an Israeli strike", "in a bomb attack carried out by Ukraine's SBU"
        return (Actor(v.text, v.span, ActorCode(v.code.country), "", "context:unknown-assailant"),)

    @staticmethod
    def _peacekeepers(code: str, sources) -> str:
        """An international body's forces are peacekeepers: the African Union or the EAC withdrawing its
        force from a country withdraws peacekeepers (1661), not a retreat in a war (0874)."""
        if code == "0874" and sources and all(s.code.country == "IGO" for s in sources):
            return "1661"
        return code

    @staticmethod
    def _riot(m: Match, code: str, sources, targets) -> str:
        """Civilians, students, workers or opposition supporters clashing with police protest violently
        (145): "protesters clashed with police", "opposition supporters burned tyres and clashed with police"."""
        if code != "190" or m.token.lemma_.lower() != "clash" or not targets:
            return code
        crowd = {"CVL", "OPP", "EDU", "LAB"}
        armed = {"MIL", "COP", "REB", "INS", "SPY"}
        if all(set(s.code.roles) & crowd and not set(s.code.roles) & armed for s in sources) and all(
                "COP" in t.code.roles for t in targets):
            return "145"
        return code

    @staticmethod
    def _aerial(code: str, sources) -> str:
        """Force used by aircraft ("Israeli warplanes struck ...") is CAMEO 195, aerial weapons; so is
        property destroyed by missiles, rockets or aircraft ("Russian missiles destroyed a power plant")."""
        if code in ("190", "193") and sources and all(_AIRCRAFT & set(s.text.lower().split()) for s in sources):
            return "195"
        if code == "1712" and sources and all((_AIRCRAFT | _MISSILES) & set(s.text.lower().split()) for s in sources):
            return "195"
        return code

    @staticmethod
    def _irregular(code: str, sources, targets) -> str:
        """Armed force used by non-state actors (militants, gunmen, settlers) on others than armed
        forces is assault (18), not fighting (19)."""
        armed = {"MIL", "REB", "INS"}
        if code in ("190", "193") and not any(armed & set(t.code.roles) for t in targets) and all(
            set(s.code.roles) & _IRREGULAR_ROLES or s.code.country in _IRREGULAR_ROOTS for s in sources
        ):
            return "180"
        return code

    @staticmethod
    def _pairs(sources, targets, reciprocal: bool) -> list[tuple[Actor, Actor | None]]:
        """One pair per dyad; coordinated subjects with no target of a reciprocal event act on each
        other ("X and Y met"), otherwise each acts alone."""
        if targets:
            # a place or the doer's own country as target may share the doer's code (domestic events)
            pairs = [(s, t) for s in sources for t in targets
                     if s.code != t.code or t.rule.startswith(_CONTEXT_RULES) or (t.name and t.name != s.name)]
            return pairs or [(s, None) for s in sources]
        distinct = {s.code for s in sources}
        if reciprocal and len(distinct) > 1:
            # two sides of one country ("Sudan's army and the RSF fought") are one dyad, not two
            pairs, dyads = [], set()
            for s in sources:
                for t in sources:
                    dyad = (s.code.country, t.code.country)
                    if s.code != t.code and (s.code.country != t.code.country or dyad not in dyads):
                        pairs.append((s, t))
                        dyads.add(dyad)
            return pairs
        return [(s, None) for s in sources]
