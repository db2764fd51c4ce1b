"""Calendar arithmetic shared by the timex stage and event dates: one resolver, so that both agree.

``resolve_expression`` places a date expression on a day (or the first day of a year) relative to the
publication date and the tense of its clause; ``is_future`` reads that tense off a spaCy token.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

__all__ = ["resolve_expression", "is_future", "weekday_date", "holiday_date", "HOLIDAYS", "MONTHS", "WEEKDAYS",
           "NUMBERS", "RELATIVE_DAYS"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|a|an)\s+(day|week)s?\s+ago\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def is_future(trigger: Token) -> bool:
    for tok in (trigger, trigger.head):
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo"):
                return True
        if tok.dep_ not in ("xcomp", "conj") or tok.tag_ == "VBD":
            break  # a past-tense conjunct has its own tense: "will not ratify ... NATO leaders issued it on Wednesday"
    return trigger.tag_ in ("VB", "VBP", "VBZ") and any(
        c.lower_ in ("next", "coming") for c in trigger.subtree)


#: fixed-date holidays (month, day) and those on the n-th weekday of a month (month, weekday, n; n=-1 the last);
#: Election Day is the Tuesday after the first Monday of November (US federal elections)
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
    "independence day": (7, 4), "veterans day": (11, 11), "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4),
    "labor day": (9, 0, 1), "memorial day": (5, 0, -1), "election day": (11, 0, 1)}


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day of a holiday named in ``HOLIDAYS`` in ``year`` (None for another name)."""
    rule = HOLIDAYS.get(name.lower().replace("’", "'"))
    if rule is None:
        return None
    if len(rule) == 2:
        return dt.date(year, *rule)
    month, weekday, n = rule
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    if n < 0:
        while (day + dt.timedelta(days=7)).month == month:
            day += dt.timedelta(days=7)
        return day
    day += dt.timedelta(days=7 * (n - 1))
    return day + dt.timedelta(days=1) if name.lower() == "election day" else day


def weekday_date(day: int, pub: dt.date, future: bool) -> dt.date:
    delta = (day - pub.weekday()) % 7
    if future:
        return pub + dt.timedelta(days=delta)
    return pub - dt.timedelta(days=(7 - delta) % 7)


def _month_day(words: list[str], pub: dt.date, future: bool) -> dt.date | None:
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    if month is None:
        return None
    nums = [int(w) for w in (re.sub(r"(st|nd|rd|th)$", "", x.rstrip(",")) for x in words) if w.isdigit()]
    day = next((n for n in nums if 1 <= n <= 31), None)
    year = next((n for n in nums if 1900 <= n <= 2100), None)
    if day is None:
        return None
    guess_year = year or pub.year
    try:
        date = dt.date(guess_year, month, day)
    except ValueError:
        return None
    if year is None and not future and date > pub + dt.timedelta(days=7):
        date = date.replace(year=pub.year - 1)
    elif year is None and future and date < pub - dt.timedelta(days=7):
        date = date.replace(year=pub.year + 1)
    return date


def resolve_expression(text: str, pub: dt.date, future: bool = False) -> tuple[dt.date, str] | None:
    """Resolve one date expression; returns (date, reason) or None when it cannot be placed on a day."""
    low = text.lower()
    words = re.findall(r"[\w.,-]+", low)
    if m := _ISO.search(low):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "explicit-date"
        except ValueError:
            return None
    if date := _month_day([w.strip(",") for w in words], pub, future):
        return date, "explicit-date"
    for word, delta in RELATIVE_DAYS.items():
        if word in words:
            return pub + dt.timedelta(days=delta), f"relative-{word}"
    if m := _AGO.search(low):
        n = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]]
        return pub - dt.timedelta(days=n * (7 if m[2] == "week" else 1)), "relative-ago"
    for i, name in enumerate(WEEKDAYS):
        if name in words:
            fut = future or "next" in words
            if "last" in words:
                fut = False
            date = weekday_date(i, pub, fut)
            if date == pub and ("next" in words or "last" in words):  # "next Tuesday" said on a Tuesday
                date += dt.timedelta(days=7 if fut else -7)
            return date, "weekday-" + ("future" if fut else "past")
    if "last night" in low:
        return pub - dt.timedelta(days=1), "relative-last-night"
    if "week" in words and ("last" in words or "next" in words):
        sign = 1 if "next" in words else -1
        return pub + dt.timedelta(days=7 * sign), "relative-week"
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100]
    if len(years) == 1 and years[0] != pub.year and "since" not in words:
        # "in 2018", "in the years after 2001": the day is unknown; the first of the year stands for it
        return dt.date(years[0], 1, 1), "explicit-year"
    return None


