"""Golden cases for the tests: read a JSONL data file and give one pytest id per case.

A case with an "xfail" field runs as a strict xfail, so that a fix is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


def load_cases(name: str) -> list[dict]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def case_params(cases: list[dict]) -> list:
    out = []
    for c in cases:
        marks = [pytest.mark.xfail(strict=True, reason=c["xfail"])] if c.get("xfail") else []
        out.append(pytest.param(c, id=c["id"], marks=marks))
    return out
