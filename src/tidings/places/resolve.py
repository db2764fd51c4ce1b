"""Choosing among places of one name: population, capitals, the article's countries, admin hierarchy.

Reads mentions (a name with its candidate ``GeoEntry`` list and an optional hierarchy hint such as
"Illinois" in "Springfield, Illinois") and the dateline's entries; writes one chosen entry per mention.
Two passes: a prior from population alone picks a provisional place for every mention; the countries
and first-level divisions of the *other* mentions (and the dateline, which counts most) then form the
article's context, and each mention is scored again against it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from tidings.places.gazetteer import GeoEntry

__all__ = ["Mention", "resolve_mentions", "prior", "fold", "unplaced"]

_CAPITAL_BONUS = 1.0
_COUNTRY_BONUS = 1.5
_ADMIN1_BONUS = 1.5
_DATELINE_BONUS = 2.5
#: a candidate in the country most of the article's other places are in gains up to this much
_MAJORITY_BONUS = 2.0
#: a candidate in the division most of the article's other places are in gains up to this much
_MAJORITY_ADMIN1_BONUS = 2.0
#: a city in a division the article names ("Paris" in a story that names Texas)
_NAMED_ADMIN1_BONUS = 2.0
#: a place whose own name is the one written beats one that merely has it as an alternate name, unless
#: that one is much bigger or the article's other places lie near it ("Berea" in a story about Kentucky is
#: Berea, not Aleppo, whose old name it is; "Cologne" alone is still Köln)
_OWN_NAME_BONUS = 1.5
#: a town or county within _NEAR_KM of another name's firm first-round town or county gains this much
_NEAR_BONUS = 1.5
_NEAR_KM = 50.0
_LOCAL = frozenset({"city", "admin2"})
#: countries and first-level divisions are what a bare name most often means in news
_FEATURE_BONUS = {"country": 1.0, "continent": 1.0, "admin1": 0.0, "admin2": 0.0, "city": 0.0, "region": 1.0}
#: a town smaller than this named as a division is ("Florida", New York) is chosen only when the
#: text places it ("Florida, N.Y."); a bigger one stays a candidate ("Washington")
_NAMESAKE_TOWN = 100_000
#: a division's population is the sum of its cities'; a third of it keeps "New York" the city
_ADMIN1_SHARE = 1 / 3


@dataclass(slots=True)
class Mention:
    """A toponym found in the text: token range, character offsets, candidates, hierarchy hint."""

    start: int  # first token
    end: int  # token after the last
    char_start: int
    char_end: int
    text: str
    candidates: tuple[GeoEntry, ...]
    within: tuple[GeoEntry, ...] = ()  # a following ", Illinois": the places this one must lie in
    use: str = "literal"  # literal, metonym, embedded or demonym (see ``tidings.records.Place``)


_ABBREVIATIONS = {"st.": "saint", "st": "saint", "ste.": "sainte", "mt.": "mount", "mt": "mount", "ft.": "fort"}
_ABBREVIATED = re.compile(r"\b(st\.?|ste\.|mt\.?|ft\.)(?= )")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name without case, accents or abbreviated generic words ("Zürich" is "zurich", "St. Paul" is
    "saint paul")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return _ABBREVIATED.sub(lambda w: _ABBREVIATIONS[w.group(1)], folded.replace("\u2019", "'"))


def prior(e: GeoEntry) -> float:
    pop = e.population * _ADMIN1_SHARE if e.feature == "admin1" else e.population
    return math.log10(pop + 10) + (_CAPITAL_BONUS if e.capital else 0.0) + _FEATURE_BONUS[e.feature]


def _inside(e: GeoEntry, container: GeoEntry) -> bool:
    if e is container:
        return False
    if container.feature == "country":
        return e.country == container.country
    if container.feature == "admin1":
        return e.country == container.country and e.admin1 == container.admin1 and e.feature == "city"
    return False


def unplaced(m: Mention) -> bool:
    """Whether the text puts the mention in a division where the index knows no place of its name
    ("Bethel, Vt." when the index has only other states' Bethels): none of its namesakes is meant."""
    if not m.within:
        return False
    if any(e.feature != "city" for e in m.candidates):
        return False
    return not any(_inside(e, c) for e in m.candidates for c in m.within)


def _narrow(m: Mention) -> tuple[GeoEntry, ...]:
    """The candidates the text allows: those inside a following division ("Paris, Texas"); else, when
    the name is a division's own name, not the small towns named after it ("Florida" and "Wyoming" written
    alone are the states, not the towns in New York and Ohio). Countries keep their namesakes: local news
    names its own Lebanon or Jordan more often than a state's name means its town."""
    if m.within:
        inside = tuple(e for e in m.candidates if any(_inside(e, c) for c in m.within))
        if inside:
            return inside
    folded = fold(m.text)
    if any(e.feature == "admin1" and fold(e.name) == folded for e in m.candidates):
        return tuple(e for e in m.candidates if e.feature != "city" or e.population >= _NAMESAKE_TOWN
                     or fold(e.name) != folded)
    return m.candidates


def _context(pools: list[tuple[GeoEntry, ...]], names: list[str]) -> dict[str, Counter]:
    """The article's context, each distinct name counted once: the countries and divisions its
    candidates could lie in ("could"), the divisions it could itself name ("named": "Georgia" names
    the state), and the country of its provisional place, the best prior ("likely"; none for a tie)."""
    ctx: dict[str, Counter] = {k: Counter() for k in ("countries", "admins", "named", "likely", "likely_admin")}
    seen = set()
    for name, pool in zip(names, pools, strict=True):
        if name in seen:
            continue
        seen.add(name)
        ctx["countries"].update({e.country for e in pool if e.country})
        ctx["admins"].update({(e.country, e.admin1) for e in pool if e.admin1})
        ctx["named"].update({(e.country, e.admin1) for e in pool if e.feature == "admin1"})
        ranked = sorted(pool, key=prior, reverse=True)
        top = ranked[0]
        if len(ranked) > 1 and prior(ranked[1]) == prior(top) and (top.country, top.admin1) != (
                ranked[1].country, ranked[1].admin1):
            continue  # a tie (counties have no population) says nothing of where the name most likely is
        if top.country:
            ctx["likely"][top.country] += 1
        if top.admin1:
            ctx["likely_admin"][(top.country, top.admin1)] += 1
    return ctx


def _own(name: str, pool: tuple[GeoEntry, ...]) -> dict[str, Counter]:
    """One name's own share of the context (taken out when that name is scored)."""
    return _context([pool], [name])


def resolve_mentions(mentions: list[Mention], dateline: tuple[GeoEntry, ...] = (),
                     context: list[tuple[str, tuple[GeoEntry, ...]]] = ()) -> list[GeoEntry]:
    """The chosen place of each mention, in order. A candidate gains when the other names of the
    article could lie in its country or division, when most of them most likely lie in its country,
    when the article names its division ("Texas"), and most when the dateline is in its country.
    ``context`` adds names that are not mentions but place the article (a county's states).
    Two rounds: "most likely" is first each other name's best prior, then its choice of the first
    round ("Henry County" next to "Paris": Paris, Tennessee, chosen over its namesakes, puts the county
    in Tennessee, where ten states have one)."""
    pools = [_narrow(m) for m in mentions]
    names = [m.text.lower() for m in mentions]
    ctx = _context(pools + [c for _, c in context], names + [n for n, _ in context])
    home = {e.country for e in dateline}
    chosen, margins = _choose(pools, names, ctx, home)
    if len(set(names)) > 1:
        # a choice that beat every other candidate is firm; a tie ("Birch County" in two states, no
        # population) counts as in the first round
        firm = [(c,) if margin > 0 else pool for c, margin, pool in zip(chosen, margins, pools, strict=True)]
        again = _context(firm + [c for _, c in context], names + [n for n, _ in context])
        ctx["likely"], ctx["likely_admin"] = again["likely"], again["likely_admin"]
        first = [f[0] if len(f) == 1 else None for f in firm]
        points = [(n, e.lat, e.lon) for n, e in zip(names, first, strict=True)
                  if e is not None and e.feature in _LOCAL]
        chosen = _choose(pools, names, ctx, home, first, points)[0]
    return chosen


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _choose(pools: list[tuple[GeoEntry, ...]], names: list[str], ctx: dict[str, Counter], home: set[str],
            first: list[GeoEntry | None] | None = None, points: list[tuple[str, float, float]] = ()
            ) -> tuple[list[GeoEntry], list[float]]:
    """Each name's best candidate in the context, and its lead over the next one."""
    chosen, margins = [], []
    for k, (name, pool) in enumerate(zip(names, pools, strict=True)):
        if len(pool) == 1:
            chosen.append(pool[0])
            margins.append(math.inf)
            continue
        own = _own(name, pool if first is None or first[k] is None else (first[k],))
        other = {key: ctx[key] - own[key] for key in ctx}
        if first is not None:  # the "could" counts are the first round's, with this name's whole pool out
            mine = _own(name, pool)
            for key in ("countries", "admins", "named"):
                other[key] = ctx[key] - mine[key]
        folded = fold(name)
        others = max(sum(other["likely"].values()), 1)
        near = [(lat, lon) for n, lat, lon in points if n != name]

        def score(e: GeoEntry, folded=folded, other=other, others=others, near=near) -> float:
            s = prior(e) + (_OWN_NAME_BONUS if fold(e.name) == folded else 0.0)
            if near and e.feature in _LOCAL and any(_km(e.lat, e.lon, lat, lon) <= _NEAR_KM for lat, lon in near):
                s += _NEAR_BONUS
            if e.country:
                s += _COUNTRY_BONUS * min(other["countries"][e.country], 2) / 2
                s += _MAJORITY_BONUS * other["likely"][e.country] / others
            if e.admin1:
                s += _ADMIN1_BONUS if other["admins"][(e.country, e.admin1)] else 0.0
                if e.feature == "city" and other["named"][(e.country, e.admin1)]:
                    s += _NAMED_ADMIN1_BONUS
                s += _MAJORITY_ADMIN1_BONUS * other["likely_admin"][(e.country, e.admin1)] / others
            if e.country in home:
                s += _DATELINE_BONUS
            return s

        ranked = sorted(((score(e), -i) for i, e in enumerate(pool)), reverse=True)
        chosen.append(pool[-ranked[0][1]])
        margins.append(ranked[0][0] - ranked[1][0])
    return chosen, margins
