"""Record types passed between pipeline stages.

Every record is a frozen, slotted dataclass. Codes are typed: ``CameoCode`` knows its name, root,
Goldstein value and quad class; ``ActorCode`` splits a CAMEO actor code into country, roles and groups.
Turning records into JSON, rows or export formats happens in ``tidings.export``, never here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "ROLE_CODES",
    "INTERNATIONAL_ROOTS",
    "Article",
    "Span",
    "ActorCode",
    "Actor",
    "ActorIndex",
    "CameoCode",
    "PloverCode",
    "EventSpans",
    "Event",
    "Quote",
    "DateRef",
    "Place",
    "CodingFailure",
    "ArticleResult",
    "StoredEvent",
    "StoredMention",
]

#: CAMEO role ("type"/"agent") codes; any other 3-letter segment after the root is a group code.
ROLE_CODES = frozenset(
    "COP GOV JUD MIL OPP REB SEP SPY UAF INS AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD "
    "RAD PTY REL SET".split()
)
#: Actor roots that are not states.
INTERNATIONAL_ROOTS = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS"})


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from input. ``path``/``line`` say where it came from."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets (end-exclusive) into ``Article.text`` and the text they cover."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A CAMEO actor code split into its parts: ``ActorCode("PAK", ("GOV",))`` is PAKGOV."""

    country: str = ""
    roles: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        return self.country + "".join(self.roles) + "".join(self.groups)

    def __str__(self) -> str:
        return self.code

    @classmethod
    def parse(cls, code: str) -> ActorCode:
        """Split ``"AFGINSTAL"`` into country AFG, roles (INS,), groups (TAL,)."""
        code = code.strip().upper()
        if not code or len(code) % 3 or not code.isalpha():
            raise ValueError(f"not a CAMEO actor code: {code!r}")
        parts = [code[i : i + 3] for i in range(0, len(code), 3)]
        country = "" if parts[0] in ROLE_CODES else parts.pop(0)
        roles = tuple(p for p in parts if p in ROLE_CODES)
        groups = tuple(p for p in parts if p not in ROLE_CODES)
        return cls(country, roles, groups)

    def with_roles(self, roles: tuple[str, ...]) -> ActorCode:
        return ActorCode(self.country, roles, self.groups)


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as coded in a sentence: its words, where they are, its code, and why."""

    text: str
    span: Span
    code: ActorCode
    name: str = ""  # resolved entity name, e.g. "Masood Khan" for "he"
    rule: str = ""  # id of the dictionary entry or rule that gave the code


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """The actors stage's answer for one document: for a token index, the actors of the noun phrase
    it heads (several for coordinated phrases such as "Indian and Pakistani troops")."""

    by_token: dict[int, tuple[Actor, ...]]
    dictionary_version: str = ""
    #: the article's coreference model (``tidings.coref.Entities``) the actors stage built and resolved
    #: with; the quotes stage resolves speakers with the same one. None without context (PETRARCH).
    coref: object = None

    def at(self, i: int) -> tuple[Actor, ...]:
        return self.by_token.get(i, ())


@dataclass(frozen=True, slots=True)
class CameoCode:
    """A CAMEO event code with its codebook facts. Build with ``tidings.codebook.cameo(code)``."""

    code: str
    name: str
    goldstein: float | None  # None only for an imported dictionary's code that CAMEO lacks
    quad: int  # 1-4; 0 only for such a code outside the 20 CAMEO roots

    @property
    def root(self) -> str:
        return self.code[:2]

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class PloverCode:
    """A PLOVER event type and mode (mode may be empty). ``type`` is empty where PLOVER drops the code."""

    type: str
    mode: str = ""


@dataclass(frozen=True, slots=True)
class EventSpans:
    """Where the source, verb (trigger) and target of an event are in the article text."""

    source: Span
    verb: Span
    target: Span | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event (one dyad). Events made by one trigger share ``group`` (PLOVER merges them)."""

    id: str
    article_id: str
    sentence: int
    source: Actor
    target: Actor | None
    cameo: CameoCode
    plover: PloverCode
    date: dt.date | None
    date_text: str
    date_reason: str
    spans: EventSpans
    rule: str
    group: str
    negated: bool = False
    hypothetical: bool = False
    place: Place | None = None
    dictionary_version: str = ""
    tone: float | None = None  # the tone of the event's sentence, GDELT AvgTone scale (tidings.tone)
    #: how exact ``place`` is: 0 none, 1 country, 2 first-level division, 3 city, 4 landmark
    place_precision: int = 0
    #: what ``date`` pins down: "day", or "week", "month", "quarter", "year" when the text named only
    #: that period ("in March": ``date`` is its first day); "" when there is no date
    date_granularity: str = "day"


@dataclass(frozen=True, slots=True)
class Quote:
    """Something said in the article: its words, ``kind`` (direct, mixed or indirect), the cue (the
    verb of saying or "according to") and the speaker, whose ``name`` is the resolved full name."""

    span: Span
    kind: str
    cue: Span
    speaker: Actor | None
    rule: str = ""  # how it was found: direct, continuation, mixed, indirect


@dataclass(frozen=True, slots=True)
class DateRef:
    """A time expression in the article: its span, TIMEX3 value (``2024-06-28``, ``2024-W26``,
    ``PAST_REF``, ``P3D``), what the value pins down (day, month, week, ...) and TIMEX3 kind."""

    span: Span
    value: str
    granularity: str
    kind: str = "DATE"  # DATE, TIME, DURATION or SET


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym and where it is. ``country`` is ISO 3166-1 alpha-3; ``feature`` is country, admin1,
    admin2 (a US county), city, region (a region, sea or mountain range) or continent. ``use`` says how
    the text uses the name: ``literal`` ("fighting in Aleppo"), ``metonym`` (the doer of a verb: "Egypt
    proposed"; an actor in events), ``embedded`` (part of a longer name: "Mansfield Police Department")
    or ``demonym`` ("Russian troops": the country). Geoparsing gold marks all four as toponyms; only
    literal places become event places."""

    span: Span
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str
    admin1: str
    feature: str
    use: str = "literal"


@dataclass(frozen=True, slots=True)
class CodingFailure:
    """An article that could not be read or coded; the batch goes on without it."""

    article_id: str | None
    code: str
    message: str
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything tidings found in one article."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateRef, ...] = ()
    places: tuple[Place, ...] = ()
    errors: tuple[CodingFailure, ...] = field(default=())
    #: sentences holding a phrase of a discard dictionary: (sentence index, "sentence" or "story");
    #: a story discard rejects the whole article
    discarded: tuple[tuple[int, str], ...] = ()
    #: the document's tone on GDELT's AvgTone scale (-100..+100, see tidings.tone); None when not scored
    tone: float | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A deduplicated event as the store holds it: one happening, however many articles report it.

    ``id`` is stable: it is given when the first mention is stored and kept when more arrive.
    ``family`` is the code family mentions were matched on (base code, root or full code).
    ``first_seen``/``last_seen`` are when the first and the latest mention were stored (UTC,
    ``YYYY-MM-DDTHH:MM:SSZ``). ``url``/``outlet``/``sentence``/``article_key`` come from the first mention.
    """

    id: int
    date: dt.date | None
    source: ActorCode
    source_name: str
    target: ActorCode | None
    target_name: str
    cameo: CameoCode
    family: str
    plover: PloverCode
    num_mentions: int
    num_sources: int
    num_articles: int
    first_seen: str
    last_seen: str
    url: str | None
    outlet: str
    sentence: int
    article_key: str = ""


@dataclass(frozen=True, slots=True)
class StoredMention:
    """One report of a stored event: the article, sentence and spans that produced it."""

    event_id: int
    article_key: str
    url: str | None
    outlet: str
    title: str | None
    pub_date: dt.date | None
    sentence: int
    cameo: str
    date: dt.date | None
    spans: EventSpans
    rule: str
    added_at: str
    doc_len: int
    date_granularity: str = ""  # what ``date`` pins down (day, week, month, year); "" when not recorded
