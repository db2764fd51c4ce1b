"""PLOVER records from tidings events.

tidings codes one CAMEO event per dyad; PLOVER wants one event per happening with lists of actors
and recipients. Events made by one trigger (same ``group``) are merged: their sources become the
actor list and their targets the recipient list; a reciprocal event ("X and Y met", coded X->Y and
Y->X) has all participants as actors and no recipients. Sectors follow the PLOVER manual: CAMEO
roles carry over, except MED (media) -> JRN, HLH (health) -> MED, INS and SEP -> REB.
"""

from __future__ import annotations

from collections.abc import Iterable

from tidings.records import Actor, ArticleResult, Event

__all__ = ["PLOVER_QUAD", "plover_events", "plover_records"]

#: PLOVER quad per type (PLOVER manual); SANCTION counts as material conflict, as its own section says.
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
_SECTORS = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB"}


def _entity(a: Actor) -> dict:
    roles = a.code.roles
    return {"code": a.code.country, "sector": _SECTORS.get(roles[0], roles[0]) if roles else "",
            "entity_text": a.text, "identifier_text": a.name, "actor_code": a.code.code}


def plover_events(events: Iterable[Event]) -> list[list[Event]]:
    """Events grouped by trigger, in order, leaving out codes PLOVER drops (CAMEO 01)."""
    groups: dict[str, list[Event]] = {}
    for ev in events:
        if ev.plover.type:
            groups.setdefault(ev.group, []).append(ev)
    return list(groups.values())


def _unique(actors: Iterable[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        if a.code.code not in seen:
            seen.add(a.code.code)
            out.append(a)
    return out


def plover_records(result: ArticleResult) -> list[dict]:
    """One PLOVER JSON record per merged event of an article (required fields and the usual optional ones)."""
    art = result.article
    out = []
    for group in plover_events(result.events):
        first = group[0]
        actors = _unique(e.source for e in group)
        recipients = _unique(e.target for e in group if e.target is not None)
        if {a.code.code for a in actors} == {r.code.code for r in recipients}:
            recipients = []  # reciprocal
        out.append({
            "id": first.group,
            "date": first.date.isoformat() if first.date else None,
            "actor": [_entity(a) for a in actors],
            "recipient": [_entity(r) for r in recipients],
            "event": first.plover.type,
            "mode": first.plover.mode or None,
            "quad_code": PLOVER_QUAD.get(first.plover.type),
            "event_text": first.spans.verb.text,
            "text_info": {"sequence": first.sentence, "start": first.spans.verb.start, "end": first.spans.verb.end},
            "cite_info": {"url": art.url, "title": art.title, "publication": art.source},
            "cameo": first.cameo.code,
            "rule": first.rule,
        })
    return out
