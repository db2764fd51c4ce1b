"""Evaluation: score tidings against gold data and report precision, recall, F1 and the misses.

``events`` scores tidings' own JSONL gold format (docs/gold-format.md) on (source country, target
country, CAMEO root) triples; ``plover`` scores the PLOVER gold-record format. Both read the gold,
code each sentence with a ``Coder`` and return a ``Report`` that the CLI prints as text or JSON.
``petr`` (with ``petr_suite``, its reader) runs PETRARCH validation files with an injected coder
and returns a ``PetrReport`` of pass rates and triple scores.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = ["Report", "prf"]


def prf(matched: int, produced: int, gold: int) -> tuple[float, float, float]:
    p = matched / produced if produced else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


@dataclass(slots=True)
class Report:
    """Scores and the records that explain them."""

    name: str
    scores: dict[str, float | int]
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
