"""Every tidings module has a docstring, and every name it exports in ``__all__`` exists."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import tidings


def _modules() -> list[str]:
    names = ["tidings"]
    names += [m.name for m in pkgutil.walk_packages(tidings.__path__, prefix="tidings.")]
    return sorted(names)


MODULES = _modules()


def test_modules_are_found():
    assert {"tidings.records", "tidings.pipeline", "tidings.cli", "tidings.actors.compose",
            "tidings.events.patterns", "tidings.export"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_has_docstring(name):
    module = importlib.import_module(name)
    assert module.__doc__ and module.__doc__.strip(), f"{name} has no docstring"


@pytest.mark.parametrize("name", MODULES)
def test_all_names_exist(name):
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    assert exported is not None, f"{name} has no __all__"
    assert len(exported) == len(set(exported)), f"{name}.__all__ has duplicates"
    missing = [n for n in exported if not hasattr(module, n)]
    assert missing == [], f"{name}.__all__ names missing attributes: {missing}"
