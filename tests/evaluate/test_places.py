"""The places scorer (tidings.evaluate.places) on a small invented file in the LGL / TR-News shape."""

from __future__ import annotations

import pytest

from tidings.errors import InputError
from tidings.evaluate.places import distance_km, load_geo_gold, score_places

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Protesters marched in Nairobi and later in Kisumu. Talks opened at Sunnyvale Mall.]]></text>
    <toponyms count="3">
      <toponym><start>22</start><end>29</end><phrase>Nairobi</phrase>
        <gaztag geonameid="184745"><name>Nairobi</name><lat>-1.28333</lat><lon>36.81667</lon></gaztag></toponym>
      <toponym><start>43</start><end>49</end><phrase>Kisumu</phrase>
        <gaztag geonameid="1"><name>Elsewhere</name><lat>10.0</lat><lon>10.0</lon></gaztag></toponym>
      <toponym><start>67</start><end>81</end><phrase>Sunnyvale Mall</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_distance_km():
    assert distance_km(0, 0, 0, 0) == 0
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)


def test_load_geo_gold(tmp_path):
    path = tmp_path / "g.xml"
    path.write_text(XML, encoding="utf-8")
    (art,) = load_geo_gold(path)
    assert [t["phrase"] for t in art["toponyms"]] == ["Nairobi", "Kisumu", "Sunnyvale Mall"]
    assert art["toponyms"][2]["lat"] is None


def test_bad_file_is_an_input_error(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<articles>", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_geo_gold(path)
    assert err.value.code == "T240"


@pytest.mark.model
def test_score_places(tmp_path, coder):
    path = tmp_path / "g.xml"
    path.write_text(XML, encoding="utf-8")
    s = score_places(path, coder).scores
    # two scored toponyms, both found; Nairobi placed, Kisumu's (invented) gold point is far away
    assert (s["gold"], s["placed"], s["produced"], s["correct"]) == (2, 1, 2, 1)
    assert s["recall"] == 0.5 and s["precision"] == 0.5 and s["found"] == 1.0
