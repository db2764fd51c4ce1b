from tidings.places.counties import MAX_STATES, county_states, names_us_county, us_counties


def test_county_table_knows_parishes_and_counties():
    table = us_counties()
    assert table["mcminn county"] == ("Tennessee",)
    assert table["orleans parish"] == ("Louisiana",)


def test_county_states_takes_the_longest_known_name():
    found = county_states("Officers from McMinn County met the Orleans Parish sheriff.")
    assert found == {"mcminn county": ("Tennessee",), "orleans parish": ("Louisiana",)}


def test_a_county_name_in_many_states_says_nothing():
    assert len(us_counties()["washington county"]) > MAX_STATES
    assert county_states("He lives in Washington County.") == {}


def test_any_known_county_sets_a_story_in_the_us():
    assert names_us_county("The Washington County sheriff said so.")
    assert not names_us_county("He moved to County Clare.")
    assert not names_us_county("Nothing about counties here.")
