"""Disambiguation (tidings.places.resolve): population prior, context, hierarchy, dateline."""

from __future__ import annotations

from tidings.places.gazetteer import GeoEntry
from tidings.places.resolve import Mention, fold, prior, resolve_mentions, unplaced

PARIS_FR = GeoEntry("Paris", 1, 48.85, 2.35, "FRA", "", "city", 2_000_000, capital=True)
PARIS_TX = GeoEntry("Paris", 2, 33.66, -95.56, "USA", "Texas", "city", 25_000)
TEXAS = GeoEntry("Texas", 3, 31.0, -99.0, "USA", "Texas", "admin1", 20_000_000)
DALLAS = GeoEntry("Dallas", 4, 32.78, -96.8, "USA", "Texas", "city", 1_300_000)
GEORGIA_US = GeoEntry("Georgia", 5, 32.7, -83.1, "USA", "Georgia", "admin1", 4_000_000)
GEORGIA = GeoEntry("Georgia", 6, 42.0, 43.5, "GEO", "", "country", 3_700_000)
ATHENS_GR = GeoEntry("Athens", 7, 37.98, 23.72, "GRC", "", "city", 660_000, capital=True)
ATHENS_GA = GeoEntry("Athens", 8, 33.96, -83.38, "USA", "Georgia", "city", 115_000)
TBILISI = GeoEntry("Tbilisi", 9, 41.7, 44.8, "GEO", "", "city", 1_000_000, capital=True)


def mention(text, *cands, within=()):
    return Mention(0, 1, 0, len(text), text, tuple(cands), tuple(within))


def test_population_prior_alone():
    assert resolve_mentions([mention("Paris", PARIS_FR, PARIS_TX)]) == [PARIS_FR]


def test_hierarchy_wins():
    assert resolve_mentions([mention("Paris", PARIS_FR, PARIS_TX, within=[TEXAS])]) == [PARIS_TX]


def test_other_places_give_the_context():
    got = resolve_mentions([mention("Athens", ATHENS_GR, ATHENS_GA), mention("Georgia", GEORGIA_US, GEORGIA)])
    assert got == [ATHENS_GA, GEORGIA_US]


def test_country_context():
    assert resolve_mentions([mention("Georgia", GEORGIA_US, GEORGIA), mention("Tbilisi", TBILISI)]) == [
        GEORGIA, TBILISI]


def test_dateline_prior():
    assert resolve_mentions([mention("Athens", ATHENS_GR, ATHENS_GA)], dateline=(DALLAS,)) == [ATHENS_GA]
    assert resolve_mentions([mention("Athens", ATHENS_GR, ATHENS_GA)]) == [ATHENS_GR]


def test_prior_orders_by_population_and_capital():
    assert prior(PARIS_FR) > prior(PARIS_TX)


def test_a_named_division_draws_its_cities():
    got = resolve_mentions([mention("Paris", PARIS_FR, PARIS_TX), mention("Texas", TEXAS)])
    assert got == [PARIS_TX, TEXAS]


def test_most_places_in_one_country_draw_the_rest():
    dallas = mention("Dallas", DALLAS)
    assert resolve_mentions([mention("Athens", ATHENS_GR, ATHENS_GA), dallas, mention("Paris", PARIS_TX)])[0] \
        == ATHENS_GA


def test_most_places_in_one_division_draw_the_rest():
    athens_oh = GeoEntry("Athens", 10, 39.33, -82.1, "USA", "Ohio", "city", 24_000)
    columbus = GeoEntry("Columbus", 11, 39.96, -83.0, "USA", "Ohio", "city", 900_000)
    dayton = GeoEntry("Dayton", 12, 39.76, -84.19, "USA", "Ohio", "city", 140_000)
    got = resolve_mentions([mention("Athens", ATHENS_GA, athens_oh), mention("Columbus", columbus),
                            mention("Dayton", dayton)])
    assert got[0] == athens_oh


def test_own_name_beats_an_alternate_name_in_context():
    # "Berea" is an old name of Aleppo and the own name of a Kentucky town
    aleppo = GeoEntry("Aleppo", 10, 36.2, 37.16, "SYR", "", "city", 1_600_000)
    berea = GeoEntry("Berea", 11, 37.57, -84.3, "USA", "Kentucky", "city", 15_000)
    louisville = GeoEntry("Louisville", 12, 38.25, -85.76, "USA", "Kentucky", "city", 600_000)
    assert resolve_mentions([mention("Berea", aleppo, berea), mention("Louisville", louisville)])[0] == berea
    # alone, the much bigger city still wins ("Cologne" is Köln)
    assert resolve_mentions([mention("Berea", aleppo, berea)]) == [aleppo]


def test_fold_spells_out_abbreviated_generic_words():
    assert fold("St. Paul") == fold("Saint Paul") == "saint paul"
    assert fold("Mt. Vernon") == "mount vernon"
    assert fold("Zürich") == "zurich"


def test_a_division_name_alone_is_not_its_namesake_town():
    florida = GeoEntry("Florida", 13, 28.0, -82.0, "USA", "Florida", "admin1", 20_000_000)
    florida_ny = GeoEntry("Florida", 14, 41.33, -74.36, "USA", "New York", "city", 2_800)
    albany = GeoEntry("Albany", 15, 42.65, -73.75, "USA", "New York", "city", 98_000)
    new_york = GeoEntry("New York", 16, 43.0, -75.5, "USA", "New York", "admin1", 19_000_000)
    # a story full of New York places still means the state
    got = resolve_mentions([mention("Florida", florida, florida_ny), mention("Albany", albany),
                            mention("New York", new_york)])
    assert got[0] == florida
    # unless the text places the town: "Florida, N.Y."
    assert resolve_mentions([mention("Florida", florida, florida_ny, within=[new_york])]) == [florida_ny]
    # a big city of a division's name stays a candidate ("Washington")
    washington = GeoEntry("Washington", 17, 47.5, -120.5, "USA", "Washington", "admin1", 7_000_000)
    dc = GeoEntry("Washington", 18, 38.9, -77.04, "USA", "District of Columbia", "city", 690_000, capital=True)
    assert resolve_mentions([mention("Washington", washington, dc)]) == [dc]


def test_second_round_reads_the_other_names_choices():
    # invented: two towns of one name in two states, and a county of one name in the same two states;
    # the bigger town is chosen first, and the county follows it into its state
    elm_ks = GeoEntry("Elmdale", 20, 38.4, -97.0, "USA", "Kansas", "city", 9_000)
    elm_ok = GeoEntry("Elmdale", 21, 35.5, -97.5, "USA", "Oklahoma", "city", 2_000)
    elm_gb = GeoEntry("Elmdale", 22, 52.0, -1.0, "GBR", "", "city", 30_000)
    county_ok = GeoEntry("Birch County", None, 35.6, -97.4, "USA", "Oklahoma", "admin2", 0)
    county_ks = GeoEntry("Birch County", None, 38.5, -97.1, "USA", "Kansas", "admin2", 0)
    got = resolve_mentions([mention("Elmdale", elm_gb, elm_ks, elm_ok), mention("Birch County", county_ok, county_ks)])
    assert got == [elm_ks, county_ks]


def test_second_round_prefers_a_town_near_the_others():
    # invented: two towns of one name in one state; a firm town 20 km from the smaller one
    oak_a = GeoEntry("Oakridge", 30, 40.00, -90.00, "USA", "Illinois", "city", 5_000)
    oak_b = GeoEntry("Oakridge", 31, 37.00, -89.00, "USA", "Illinois", "city", 6_000)
    pine = GeoEntry("Pineville", 32, 40.15, -90.10, "USA", "Illinois", "city", 50_000)
    pine_far = GeoEntry("Pineville", 33, 10.0, 10.0, "NGA", "", "city", 1_000)
    got = resolve_mentions([mention("Oakridge", oak_b, oak_a), mention("Pineville", pine, pine_far)])
    assert got == [oak_a, pine]


def test_a_name_placed_where_the_index_has_none_of_it_is_unplaced():
    assert unplaced(mention("Paris", PARIS_FR, within=[TEXAS]))
    assert not unplaced(mention("Paris", PARIS_FR, PARIS_TX, within=[TEXAS]))
    assert not unplaced(mention("Paris", PARIS_FR))
