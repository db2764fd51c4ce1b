"""The real PETRARCH/Phoenix dictionaries in ../shared/gold/petrarch/dictionaries load (skipped where absent).

Nothing from those files is copied here: the tests check counts, structure and which lines are skipped
as defective (T-code and line number only). The files are pinned by ../shared/gold/MANIFEST.sha256.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from tidings.actors.dictionary import NULL_KIND, ActorDictionary
from tidings.dictionaries.petrarch_actors import read_petrarch_actors
from tidings.dictionaries.petrarch_agents import read_petrarch_agents
from tidings.dictionaries.petrarch_discards import read_petrarch_discards
from tidings.dictionaries.petrarch_issues import read_petrarch_issues
from tidings.errors import DictionaryError

pytestmark = pytest.mark.gold


@pytest.fixture(scope="module")
def dictionaries(shared_gold: Path) -> Path:
    folder = shared_gold / "petrarch" / "dictionaries"
    if not folder.is_dir():
        pytest.skip(f"PETRARCH dictionaries not found at {folder}; set TIDINGS_SHARED_GOLD to run these tests")
    return folder


def _skipped(errors: list[DictionaryError]) -> list[tuple[str, int]]:
    return [(e.code, e.line) for e in errors]


# file -> (entries, surfaces, defective lines skipped as (T-code, line))
ACTOR_FILES = {
    "PETR.Validate.actors.txt": (179, 159, [("T144", 112)]),
    "Phoenix.Countries.actors.txt": (39596, 25843, [
        ("T143", 2039), ("T143", 14190), ("T142", 15346), ("T143", 18010), ("T143", 22508), ("T143", 22519),
        ("T143", 22624), ("T143", 35563), ("T143", 38904), ("T143", 38927), ("T143", 41579), ("T143", 43613)]),
    "Phoenix.International.actors.txt": (7970, 6746, [
        ("T143", 40), ("T141", 266), ("T141", 3694), ("T142", 3696), ("T142", 3726), ("T142", 6605)]),
    "Phoenix.MilNonState.actors.txt": (1793, 1778, []),
}


@pytest.mark.parametrize("name", list(ACTOR_FILES))
def test_actor_file_loads(dictionaries, name):
    entries, surfaces, defects = ACTOR_FILES[name]
    skipped: list[DictionaryError] = []
    d = read_petrarch_actors(dictionaries / name, skipped=skipped)
    assert (len(d), len(d.entries), _skipped(skipped)) == (entries, surfaces, defects)
    for key, found in d.entries.items():
        for e in found:
            assert key == e.surface and e.rule.startswith(f"{name}:")
            assert e.code.code.isalnum() or (e.kind == NULL_KIND and e.code.code == "")
            assert e.valid_from is None or e.valid_to is None or e.valid_from < e.valid_to
    kinds = Counter(e.kind for found in d.entries.values() for e in found)
    assert set(kinds) <= {"country", "person", "organisation", NULL_KIND}


def test_strict_mode_stops_at_the_first_defect(dictionaries):
    with pytest.raises(DictionaryError) as info:
        read_petrarch_actors(dictionaries / "Phoenix.International.actors.txt")
    assert info.value.code == "T143" and info.value.line == 40


def test_phoenix_actors_and_agents_in_one_dictionary(dictionaries):
    d, skipped = ActorDictionary(), []
    for name in ("Countries", "International", "MilNonState"):
        read_petrarch_actors(dictionaries / f"Phoenix.{name}.actors.txt", d, skipped=skipped)
    read_petrarch_agents(dictionaries / "Phoenix.agents.txt", d, skipped=skipped)
    assert len(skipped) == 20 and len(d) == 39596 + 7970 + 1793 + 5210
    found = [d.lookup(key, day=dt.date(2014, 1, 1)) for key in d.entries]
    kinds = Counter(e.kind for e in found if e is not None)
    assert kinds["country"] > 1000 and kinds["agent"] > 4000 and kinds["person"] > 10000


AGENT_FILES = {
    "PETR.Validate.agents.txt": (165, []),
    "Phoenix.agents.txt": (5210, [("T142", 544), ("T141", 1927)]),
}


@pytest.mark.parametrize("name", list(AGENT_FILES))
def test_agent_file_loads(dictionaries, name):
    entries, defects = AGENT_FILES[name]
    skipped: list[DictionaryError] = []
    d = read_petrarch_agents(dictionaries / name, skipped=skipped)
    assert (len(d), _skipped(skipped)) == (entries, defects)
    found = [e for es in d.entries.values() for e in es]
    assert {e.kind for e in found} == {"agent"} and {e.role_kind for e in found} == {"person", "group"}
    assert all(e.code.country == "" and e.code.roles for e in found)
    assert any(e.agent_prefix for e in found)


@pytest.mark.parametrize(("name", "sentence", "story"), [("PETR.Validate.discards.txt", 5, 4),
                                                         ("Phoenix.discards.txt", 442, 64)])
def test_discard_file_loads(dictionaries, name, sentence, story):
    discards = read_petrarch_discards(dictionaries / name)
    assert (len(discards.sentence), len(discards.story)) == (sentence, story)


def test_issue_file_loads(dictionaries):
    skipped: list[DictionaryError] = []
    issues = read_petrarch_issues(dictionaries / "Phoenix.IssueCoding.txt", skipped=skipped)
    assert (len(issues.phrases), len(issues.codes()), len(issues.ignores())) == (4878, 111, 203)
    assert _skipped(skipped) == [
        ("T148", 141), ("T148", 142), ("T148", 143), ("T148", 144), ("T148", 145), ("T148", 146), ("T148", 147),
        ("T148", 481), ("T148", 1040), ("T148", 1162), ("T148", 1183), ("T142", 1198), ("T148", 1219),
        ("T148", 1220), ("T148", 1221), ("T148", 2250), ("T148", 2521), ("T142", 2889), ("T142", 3053)]
