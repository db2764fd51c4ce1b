from tidings.places.counties import MAX_STATES, county_states, us_counties


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
