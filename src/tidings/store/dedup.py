"""Which stored event a new mention belongs to.

A mention joins an existing event when it has the same dyad (source and target actor codes), the
same code family and an event date within ``window_days`` of the event's date; otherwise it starts
a new event. The family is the CAMEO base code by default (the first three characters, GDELT's
EventBaseCode: "arrested" 173 and "detained" 173 match, 173 and 174 "expelled" do not), or the
root (two characters) or the full code. PETRARCH's one-a-day filter is ``DedupPolicy.one_a_day()``:
full code, same day. An event keeps the date of its first mention, so its window does not drift.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tidings.errors import StoreError

__all__ = ["DedupPolicy", "FAMILY_LEVELS"]

FAMILY_LEVELS = ("base", "root", "code")


@dataclass(frozen=True, slots=True)
class DedupPolicy:
    window_days: int = 1
    level: str = "base"

    def __post_init__(self) -> None:
        if self.level not in FAMILY_LEVELS:
            raise StoreError("T420", f"unknown dedup level {self.level!r}; expected one of {', '.join(FAMILY_LEVELS)}")
        if self.window_days < 0:
            raise StoreError("T421", f"dedup window must be 0 or more days, got {self.window_days}")

    @classmethod
    def one_a_day(cls) -> DedupPolicy:
        """PETRARCH's filter: one event per dyad, code and day."""
        return cls(0, "code")

    def family(self, code: str) -> str:
        if self.level == "code":
            return code
        return code[:2] if self.level == "root" else code[:3]

    def window(self, date: dt.date) -> tuple[str, str]:
        """The ISO date range a matching event's date must fall in."""
        delta = dt.timedelta(days=self.window_days)
        return (date - delta).isoformat(), (date + delta).isoformat()
