"""Reading the store: events and mentions by filter, counts by day and root, top actors.

All functions take a ``Store`` and an ``EventFilter`` and yield frozen records or plain tuples, in a
stable order (event id, mention id). Actor filters match a code prefix: ``KEN`` matches ``KENCOP``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from tidings.codebook import load_codebook
from tidings.records import ActorCode, EventSpans, PloverCode, Span, StoredEvent, StoredMention
from tidings.store.store import Store

__all__ = ["EventFilter", "events", "mentions", "counts_by_day", "top_actors"]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: a date range (inclusive), an actor on either side, a dyad, CAMEO roots."""

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    roots: tuple[str, ...] = ()

    def where(self, alias: str = "e") -> tuple[str, list]:
        clauses, params = ["1 = 1"], []
        if self.since:
            clauses.append(f"{alias}.event_date >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append(f"{alias}.event_date <= ?")
            params.append(self.until.isoformat())
        if self.actor:
            clauses.append(f"({alias}.source_code LIKE ? OR {alias}.target_code LIKE ?)")
            params += [self.actor.upper() + "%"] * 2
        if self.source:
            clauses.append(f"{alias}.source_code LIKE ?")
            params.append(self.source.upper() + "%")
        if self.target:
            clauses.append(f"{alias}.target_code LIKE ?")
            params.append(self.target.upper() + "%")
        if self.roots:
            clauses.append(f"{alias}.root_code IN ({', '.join('?' * len(self.roots))})")
            params += [r.zfill(2) for r in self.roots]
        return " AND ".join(clauses), params


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _code(value: str) -> ActorCode:
    try:
        return ActorCode.parse(value)
    except ValueError:
        return ActorCode(value)


_EVENT_COLUMNS = ("e.id, e.event_date, e.source_code, e.source_name, e.target_code, e.target_name, e.cameo_code,"
                  " e.family, e.plover_type, e.plover_mode, e.num_mentions, e.num_sources, e.num_articles,"
                  " e.first_seen, e.last_seen, a.url, a.outlet, a.article_key,"
                  " (SELECT MIN(m.sentence) FROM mentions m WHERE m.event_id = e.id AND m.article_id = a.id)")


def events(store: Store, flt: EventFilter | None = None) -> Iterator[StoredEvent]:
    where, params = (flt or EventFilter()).where()
    book = load_codebook()
    rows = store.db.execute(f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.first_article"
                            f" WHERE {where} ORDER BY e.id", params).fetchall()
    for r in rows:
        yield StoredEvent(
            id=int(r[0]), date=_date(r[1]), source=_code(r[2]), source_name=r[3],
            target=_code(r[4]) if r[4] else None, target_name=r[5], cameo=book.cameo_or_foreign(r[6]),
            family=r[7], plover=PloverCode(r[8], r[9]), num_mentions=int(r[10]), num_sources=int(r[11]),
            num_articles=int(r[12]), first_seen=r[13], last_seen=r[14], url=r[15], outlet=r[16],
            sentence=int(r[18] or 0), article_key=r[17])


def mentions(store: Store, flt: EventFilter | None = None) -> Iterator[StoredMention]:
    where, params = (flt or EventFilter()).where()
    rows = store.db.execute(
        "SELECT m.event_id, a.article_key, a.url, a.outlet, a.title, a.pub_date, m.sentence, m.cameo_code,"
        " m.event_date, m.source_text, m.source_start, m.source_end, m.verb_text, m.verb_start, m.verb_end,"
        " m.target_text, m.target_start, m.target_end, m.rule, m.added_at, LENGTH(a.text), m.date_granularity"
        " FROM mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id"
        f" WHERE {where} ORDER BY m.event_id, m.id", params).fetchall()
    for r in rows:
        target = Span(int(r[16]), int(r[17]), r[15]) if r[16] is not None else None
        spans = EventSpans(Span(int(r[10]), int(r[11]), r[9]), Span(int(r[13]), int(r[14]), r[12]), target)
        yield StoredMention(event_id=int(r[0]), article_key=r[1], url=r[2], outlet=r[3], title=r[4],
                            pub_date=_date(r[5]), sentence=int(r[6]), cameo=r[7], date=_date(r[8]), spans=spans,
                            rule=r[18], added_at=r[19], doc_len=int(r[20]), date_granularity=r[21] or "")


def counts_by_day(store: Store, flt: EventFilter | None = None) -> list[tuple[str, str, int, int]]:
    """(day, root, events, mentions) for the filtered events, by day then root."""
    where, params = (flt or EventFilter()).where()
    rows = store.db.execute(
        f"SELECT e.event_date, e.root_code, COUNT(*), SUM(e.num_mentions) FROM events e WHERE {where}"
        " GROUP BY e.event_date, e.root_code ORDER BY e.event_date, e.root_code", params).fetchall()
    return [(r[0] or "", r[1], int(r[2]), int(r[3])) for r in rows]


def top_actors(store: Store, flt: EventFilter | None = None, limit: int = 10) -> list[tuple[str, int, int, int]]:
    """(actor code, events as source, events as target, total), most events first."""
    where, params = (flt or EventFilter()).where()
    rows = store.db.execute(
        "SELECT code, SUM(src), SUM(tgt), SUM(src) + SUM(tgt) AS total FROM ("
        f" SELECT e.source_code AS code, 1 AS src, 0 AS tgt FROM events e WHERE {where}"
        " UNION ALL"
        f" SELECT e.target_code AS code, 0 AS src, 1 AS tgt FROM events e WHERE {where} AND e.target_code <> ''"
        ") t GROUP BY code ORDER BY total DESC, code LIMIT ?", [*params, *params, limit]).fetchall()
    return [(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows]
