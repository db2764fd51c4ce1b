"""tidings' coder seen the way PETRARCH's validation harness sees a coder.

``make_petr_coder(directory, environment)`` loads the dictionaries a validation file's
``<Environment>`` names (the tidings built-ins stay out: the suite's invented countries and verbs are
the whole world) and returns an object whose ``code(text, date, options)`` gives the
(source, target, CAMEO) triples of a record as PETRARCH writes them: codes as strings, ``---`` for a
missing actor, each triple once. The options PETRARCH's harness changes between records are honoured
where they mean something to tidings: ``require_dyad`` (default true) drops events that lack a source
or a target. The ``comma_*`` options tune PETRARCH's clause deletion on its own parse trees and
``new_actor_length`` its unknown-name heuristic; tidings has neither, so they are accepted and ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from tidings.config import Settings
from tidings.dictionaries.profile import profile_from_dir
from tidings.errors import CodingError
from tidings.evaluate.petr import PetrCoding
from tidings.records import Article

__all__ = ["make_petr_coder", "PetrAdapter"]

NULL = "---"


def _truthy(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() not in ("false", "0", "no", "off")


class PetrAdapter:
    """Codes one validation record with a ``Coder`` built on imported dictionaries."""

    def __init__(self, coder) -> None:
        self.coder = coder

    def code(self, text: str, date: dt.date, options: Mapping[str, str]) -> PetrCoding:
        result = self.coder.code_one(Article("petr", text, date))
        if result.errors:
            err = result.errors[0]
            raise CodingError(err.code, err.message)
        if any(kind == "story" for _, kind in result.discarded):
            return PetrCoding((), "story")
        require_dyad = _truthy(options.get("require_dyad"), True)
        seen: dict[tuple[str, str, str], None] = {}
        for e in result.events:
            src = e.source.code.code if e.source is not None else ""
            tgt = e.target.code.code if e.target is not None else ""
            if require_dyad and not (src and tgt):
                continue
            seen.setdefault((src or NULL, tgt or NULL, e.cameo.code), None)
        discarded = "sentence" if result.discarded else ""
        return PetrCoding(tuple(seen), discarded)


def make_petr_coder(directory: Path, environment) -> PetrAdapter:
    """A coder for a validation file whose ``environment`` names dictionary files inside ``directory``."""
    from tidings.pipeline import Coder  # the pipeline imports this package; import it when used

    names = {"verbs": [environment.verb_file], "actors": list(environment.actor_files),
             "agents": [environment.agent_file]}
    if environment.discard_file:
        names["discards"] = [environment.discard_file]
    # PETRARCH's harness skipped malformed dictionary lines (the validation actors have one); so do we, logged
    profile = profile_from_dir(directory, names, skip_bad_lines=True, semantics="petrarch")
    coder = Coder(Settings(), profile=profile)
    return PetrAdapter(coder)
