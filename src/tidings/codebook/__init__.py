"""The CAMEO codebook shipped with tidings: names, Goldstein values, quad classes, PLOVER mapping.

Data: ``codebook/data/cameo.tsv`` (columns ``code name goldstein plover_type plover_mode``). Names and
Goldstein values follow the GDELT distribution of CAMEO 1.1b3. The PLOVER type follows the PLOVER
manual's cue-level rule (16 types): each CAMEO root maps to one type (03 AGREE, 04 CONSULT, 05 SUPPORT,
06 COOPERATE, 07 AID, 09 and 11 ACCUSE, 10 REQUEST, 12 REJECT, 13 THREATEN, 14 PROTEST, 15 MOBILIZE,
16 SANCTION, 17 COERCE, 18-20 ASSAULT), except 08, split into 080-083 CONCEDE and 084-087 RETREAT;
CAMEO 02 (appeal) maps to REQUEST and 01 (statements) has no PLOVER type. The code-level exceptions of
the 2021 draft translation table (163 to COERCE, 191/192 to COERCE, ...) are not used. Modes come
from that table where it names one of the manual's modes.

Quad classes are derived from the root by the one mapping tidings publishes (``QUAD_BY_ROOT``):
01-05 verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3),
14-20 material conflict (4).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tidings.errors import DictionaryError
from tidings.records import CameoCode, PloverCode

__all__ = ["QUAD_BY_ROOT", "QUAD_NAMES", "PLOVER_TYPES", "Codebook", "load_codebook", "cameo", "plover"]

QUAD_BY_ROOT = {f"{r:02d}": (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4) for r in range(1, 21)}
QUAD_NAMES = {0: "", 1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict", 4: "Material Conflict"}
#: the name given to an imported dictionary's own code that the CAMEO codebook lacks (WEIS codes, local codes)
FOREIGN_NAME = "(not a CAMEO code: from an imported dictionary)"
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION "
    "MOBILIZE COERCE ASSAULT".split()
)
_HEADER = ["code", "name", "goldstein", "plover_type", "plover_mode"]


@dataclass(frozen=True, slots=True)
class Codebook:
    """All CAMEO codes, loaded once. ``version`` is a content hash of the data file."""

    codes: dict[str, CameoCode]
    plover_map: dict[str, PloverCode]
    version: str

    def cameo(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise DictionaryError("T101", f"unknown CAMEO code {code!r}") from None

    def plover(self, code: str) -> PloverCode:
        self.cameo(code)
        return self.plover_map[code]

    def cameo_or_foreign(self, code: str) -> CameoCode:
        """The codebook entry, or for a code the codebook lacks (an imported dictionary's WEIS or local
        code, kept verbatim as PETRARCH would) an entry with no name, no Goldstein value and the quad of
        its root if the root is a CAMEO root, else 0."""
        found = self.codes.get(code)
        if found is not None:
            return found
        return CameoCode(code, FOREIGN_NAME, None, QUAD_BY_ROOT.get(code[:2], 0))

    def plover_or_none(self, code: str) -> PloverCode:
        """The PLOVER type and mode of a code; an empty type for a code the codebook lacks."""
        return self.plover_map.get(code, PloverCode(""))

    def children(self, prefix: str) -> list[CameoCode]:
        """Codes that start with ``prefix`` (the code itself included), in order."""
        return [c for k, c in self.codes.items() if k.startswith(prefix)]


def parse_codebook(text: str, path: str) -> Codebook:
    codes: dict[str, CameoCode] = {}
    pmap: dict[str, PloverCode] = {}
    lines = text.splitlines()
    if not lines or lines[0].split("\t") != _HEADER:
        raise DictionaryError("T102", f"expected header {' '.join(_HEADER)!r}", path, 1)
    for no, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise DictionaryError("T103", f"expected 5 tab-separated columns, got {len(cols)}", path, no)
        code, name, gold, ptype, pmode = cols
        root = code[:2]
        if not (code.isdigit() and 2 <= len(code) <= 4 and root in QUAD_BY_ROOT):
            raise DictionaryError("T104", f"expected a CAMEO code like '0232', got {code!r}", path, no)
        try:
            goldstein = float(gold)
        except ValueError:
            raise DictionaryError("T105", f"expected a Goldstein number, got {gold!r}", path, no) from None
        if ptype and ptype not in PLOVER_TYPES:
            raise DictionaryError("T106", f"expected a PLOVER type, got {ptype!r}", path, no)
        if code in codes:
            raise DictionaryError("T107", f"duplicate CAMEO code {code!r}", path, no)
        codes[code] = CameoCode(code, name, goldstein, QUAD_BY_ROOT[root])
        pmap[code] = PloverCode(ptype, pmode)
    version = hashlib.sha256(text.encode()).hexdigest()[:12]
    return Codebook(codes, pmap, version)


@cache
def load_codebook() -> Codebook:
    """Load the packaged codebook (once per process)."""
    res = resources.files("tidings.codebook").joinpath("data/cameo.tsv")
    return parse_codebook(res.read_text(encoding="utf-8"), str(res))


def cameo(code: str) -> CameoCode:
    """Look up a CAMEO code: ``cameo("0232").name``."""
    return load_codebook().cameo(code)


def plover(code: str) -> PloverCode:
    return load_codebook().plover(code)
