"""The one exception tree of tidings.

Every message carries a stable code (``[T104] ...``) so that users can search for it and tests can
assert on it without matching prose. Codes are grouped by the class that raises them:

- T0xx  ConfigError      settings, profiles, model loading
- T1xx  DictionaryError  actor, agent and pattern dictionaries, the codebook
- T2xx  InputError       articles that cannot be read
- T3xx  CodingError      failures inside the coding pipeline
- T4xx  StoreError       the event store (later)

T230-T236 belong to ``tidings evaluate petr``: InputErrors about the PETRARCH validation file.
T240-T243 belong to ``tidings evaluate timex``: InputErrors about TimeML files.
"""

from __future__ import annotations

__all__ = [
    "TidingsError",
    "ConfigError",
    "DictionaryError",
    "InputError",
    "CodingError",
    "StoreError",
]


class TidingsError(Exception):
    """Base of every error tidings raises on purpose."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"[{code}] {message}")


class ConfigError(TidingsError):
    """Bad settings, unknown options, a model that cannot be loaded."""


class DictionaryError(TidingsError):
    """A dictionary or codebook file that does not follow its schema."""

    def __init__(self, code: str, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f" at {path}:{line}" if path is not None and line is not None else ""
        where = where or (f" in {path}" if path is not None else "")
        super().__init__(code, f"{message}{where}")


class InputError(TidingsError):
    """An article or input file that cannot be read; names the file and line."""

    def __init__(self, code: str, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}: " if path is not None and line is not None else (f"{path}: " if path else "")
        super().__init__(code, f"{where}{message}")


class CodingError(TidingsError):
    """The pipeline failed on one article."""


class StoreError(TidingsError):
    """The event store refused an operation."""
