"""Shared fixtures: one Coder per test session (the model loads once), and the shared gold folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check properties, not speed: the CI machines are shared and noisy, so a slow example
# must not fail a run (hypothesis' default deadline is 200 ms per example).
settings.register_profile("tidings", deadline=None)
settings.load_profile("tidings")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_GOLD = Path(os.environ.get("TIDINGS_SHARED_GOLD", ROOT.parent / "shared" / "gold"))


@pytest.fixture(scope="session")
def coder():
    from tidings.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared_gold() -> Path:
    if not SHARED_GOLD.is_dir():
        pytest.skip(f"../shared/gold not found at {SHARED_GOLD}; "
                    "set TIDINGS_SHARED_GOLD to run the gold gates")
    return SHARED_GOLD
