"""Anchored time expressions: "two days later", "the next day", "a day after the vote", "that year".

Their value is counted from an anchor, not from the publication date: the date the anchor phrase
carries itself ("a week after the June 3 vote"), otherwise the nearest date before the expression in
the article ("The parliament voted on June 3. Two days later ..."), otherwise the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["anchored_shift", "shifted_value"]

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}
_N = r"(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
#: "two days later", "a week earlier", "a day after" (the anchor phrase follows: see ``anchored_shift``)
_COUNTED = re.compile(rf"^{_N} (day|week)s? (later|afterwards?|after|earlier|before)$|"
                      rf"^{_N} (month|year)s? (later|afterwards?)$")  # "a year earlier" in a results report: a quarter
#: "the next day", "the following year", "the day before", "that same day", "earlier that day"
_NAMED = re.compile(r"^(?:(?:the|that) (next|following|previous|preceding|same) (day|week|month|year)|"
                    r"the (day|week|month|year) (before|after)|"
                    r"(?:(earlier|later) )?that (?:same )?(day|week|month|year))$")
_BACK = ("earlier", "before", "previous", "preceding")


#: "hours later", "minutes afterwards": the anchor's own day
_HOURS = re.compile(r"^(?:(?:a few|several|some|\d{1,2}|two|three|four|five|six) )?(?:hours|minutes) "
                    r"(?:later|afterwards?)$")


def anchored_shift(text: str) -> tuple[str, int] | None:
    """(unit, signed count) of an anchored expression, or None when ``text`` is not one."""
    low = " ".join(text.lower().split())
    if _HOURS.match(low):
        return "day", 0
    if m := _COUNTED.match(low):
        count, unit, direction = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        n = int(count) if count.isdigit() else _COUNT[count]
        return unit, -n if direction in _BACK else n
    if m := _NAMED.match(low):
        unit = m[2] or m[3] or m[6]
        direction = m[1] or m[4]
        if direction is None or direction == "same":
            return unit, 0  # "that day", "earlier that day": the anchor's own day
        return unit, -1 if direction in _BACK else 1
    return None


def shifted_value(anchor: dt.date, unit: str, n: int) -> str:
    """The TIMEX3 value ``n`` units from ``anchor``, at the unit's granularity."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        y, w, _ = (anchor + dt.timedelta(days=7 * n)).isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "month":
        k = anchor.year * 12 + anchor.month - 1 + n
        return f"{k // 12}-{k % 12 + 1:02d}"
    return str(anchor.year + n)
