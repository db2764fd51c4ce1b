"""The pipeline keeps going: a defect inside a stage becomes that article's failure."""

import datetime as dt

import pytest

from tidings.errors import CodingError
from tidings.records import Article

DAY = dt.date(2024, 6, 29)


def test_a_stage_defect_is_reported_and_the_batch_goes_on(coder, monkeypatch):
    real_run = coder.events.run

    def flaky(doc, article, actors, keep=False):
        if article.id == "bad":
            raise RuntimeError("boom")
        return real_run(doc, article, actors, keep)

    monkeypatch.setattr(coder.events, "run", flaky)
    arts = [Article("bad", "Russia attacked Ukraine.", DAY), Article("good", "India and Japan signed a pact.", DAY)]
    bad, good = list(coder.code(arts))
    assert bad.events == () and bad.errors[0].code == "T300" and "boom" in bad.errors[0].message
    assert good.errors == () and {e.cameo.code for e in good.events} == {"057"}


def test_strict_raises_a_coding_error(coder, monkeypatch):
    monkeypatch.setattr(coder.events, "run", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    monkeypatch.setattr(coder, "settings", coder.settings.replace(strict=True))
    with pytest.raises(CodingError, match="T300"):
        coder.code_one(Article("bad", "Russia attacked Ukraine.", DAY))
