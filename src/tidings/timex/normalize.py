"""TIMEX3 values: one time expression's text -> (kind, value), relative to the publication date.

Kinds are TimeML's: DATE (``2024-06-28``, ``2024-06``, ``2024``, ``2024-W26``, ``2024-Q2``, ``199``
for a decade, ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``), TIME (``2024-06-28T14:00``, or a part of
a day: ``2024-06-28TNI``), DURATION (``P3D``, ``PT2H``, ``PXY``) and SET (``P1W`` for "weekly").
Days are placed by ``calendar.resolve_expression``, the resolver event dates use, so both agree.
"""

from __future__ import annotations

import datetime as dt
import re

from tidings.timex.calendar import HOLIDAYS, MONTHS, NUMBERS, WEEKDAYS, holiday_date, resolve_expression, weekday_date

__all__ = ["normalize", "granularity", "period_start"]

_NUM = {**NUMBERS, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100, "several": -1,
        "few": -1, "some": -1, "many": -1, "couple": 2, "half": -1}
_UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y",
          "decade": "DE", "century": "CE", "quarter": "Q", "fortnight": "W"}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
          "midday": "MI", "noon": "MI"}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_PRESENT = re.compile(r"^(now|right now|currently|nowadays|at present|the present|present|these days|this time|"
                      r"the moment|the current|today's|current)$")
_PAST = re.compile(r"^(the past|past|recently|recent|lately|previously|formerly|once|earlier|"
                   r"recent (years|months|weeks|days)|"
                   r"the recent past|decades ago|years ago|months ago|the old days|in the past|some time ago)$")
_FUTURE = re.compile(r"^(the future|future|soon|shortly|eventually|later|the (short|near|long|medium) term|"
                     r"the near future|someday|in the future)$")
_SET = re.compile(r"^(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|"
                  r"(every|each|per) (day|week|month|year|night|quarter))$")
_EVERY = re.compile(r"^(?:every|each) (\w+)$")
_SET_VALUES = {"day": "P1D", "daily": "P1D", "nightly": "P1D", "night": "P1D", "week": "P1W", "weekly": "P1W",
               "month": "P1M", "monthly": "P1M", "year": "P1Y", "yearly": "P1Y", "annually": "P1Y",
               "quarterly": "P3M", "quarter": "P3M", "hourly": "PT1H"}
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b(\d{1,2}):(\d\d)\b|\b(noon|midnight)\b")
_TOKENS = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:st|nd|rd|th)?|'\d\d")


def _quarter(date: dt.date) -> tuple[int, int]:
    return date.year, (date.month - 1) // 3 + 1


def _shift_months(date: dt.date, months: int) -> tuple[int, int]:
    n = date.year * 12 + date.month - 1 + months
    return n // 12, n % 12 + 1


def _week(date: dt.date) -> str:
    y, w, _ = date.isocalendar()
    return f"{y}-W{w:02d}"


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUM.get(word)


def _duration(words: list[str]) -> str | None:
    """``P3D`` for "three days", "the past three years"; ``PXY`` for "years", "several months"."""
    if m := _FIRST_N.search(" ".join(words)):  # "the first nine months (of 1997)": a stretch, not a date
        return _duration(m[1].split())
    if any(w in _ORD or (w.isdigit() and len(w) == 4) for w in words):
        return None  # "the fourth quarter", "the 1988 second quarter"
    if any(w in ("ago", "earlier", "later", "before", "after", "last", "next", "this", "old") for w in words):
        if not any(w in ("past", "last", "next") for w in words) or not any(_count(w) for w in words):
            return None
    for i, w in enumerate(words):
        unit = w[:-1] if w.endswith("s") and w[:-1] in _UNITS else w
        unit = "century" if w == "centuries" else unit
        if unit not in _UNITS:
            continue
        n = next((_count(x) for x in reversed(words[:i]) if _count(x) is not None), None)
        if n is None and unit == w and not any(x in ("a", "an", "one") for x in words[:i]):
            return None  # "the year", "a week" are dates or sets, not durations
        n = 1 if n is None and unit == w else n
        letter = _UNITS[unit]
        amount = "X" if n is None or n < 0 else str(n)
        if letter in ("DE", "CE", "Q"):
            scale = {"DE": 10, "CE": 100, "Q": 3}[letter]
            amount, letter = ("X" if amount == "X" else str(int(amount) * scale)), ("Y" if scale != 3 else "M")
        time_unit = unit in ("second", "minute", "hour")
        return f"PT{amount}{letter}" if time_unit else f"P{amount}{letter}"
    return None


_FIRST_N = re.compile(r"\bfirst ((?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|several|few) "
                      r"(?:days|weeks|months|years|quarters))\b")
_AHEAD = re.compile(r"^(?:the )?(?:coming (days|weeks|months|years)|(days|weeks|months|years) ahead)$")


def _month_value(words: list[str], pub: dt.date, future: bool | None) -> str | None:
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is None:
        return None
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    if year is None:
        if "last" in words:
            year = pub.year - (month >= pub.month)
        elif future is False:  # next month is a deadline set in the past ("extended until November")
            year = pub.year - (month > pub.month + 1)
        elif "next" in words or future is True:
            year = pub.year + (month < pub.month or (month == pub.month and "next" in words))
        elif "this" in words:
            year = pub.year
        else:  # nearest to the publication date, counting the future double; the earlier one on a tie
            here = pub.year * 12 + pub.month
            year = min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: (_lean_past(y * 12 + month - here), y))
    return f"{year}-{month:02d}"


def _lean_past(distance: int) -> int:
    """How far a date of unknown tense is from the publication date, the future counted double: news
    mostly reports what happened, so "Oct. 23" in May is last October, "Jan. 14" in December next January."""
    return 2 * distance if distance > 0 else -distance


def _day_value(text: str, words: list[str], pub: dt.date, future: bool | None) -> dt.date | None:
    if "last" in words and any(w in WEEKDAYS for w in words):
        day = next(WEEKDAYS.index(w) for w in words if w in WEEKDAYS)
        return weekday_date(day, pub - dt.timedelta(days=1), False) if day == pub.weekday() else \
            weekday_date(day, pub, False)
    if "night" in words and "last" in words:
        return pub - dt.timedelta(days=1)
    if future is None and not any(w in WEEKDAYS for w in words):  # a weekday of unknown tense: the last one
        options = [r for r in (resolve_expression(text, pub, False), resolve_expression(text, pub, True)) if r]
        resolved = min(options, key=lambda r: _lean_past((r[0] - pub).days)) if options else None
    else:
        resolved = resolve_expression(text, pub, bool(future))
        ahead = resolve_expression(text, pub, True) if future is False else None
        if ahead and ahead[1] == "explicit-date" and 7 < (ahead[0] - pub).days <= 31:
            resolved = ahead  # a past clause sets a deadline within the month ahead: "extended to Nov. 16"
    if resolved is None or resolved[1] in ("explicit-year", "relative-week", "relative-last-night"):
        return None
    if resolved[1] == "relative-ago" and any(w in ("week", "weeks") for w in words):
        return None  # "six weeks ago" is a week (TIMEX3 keeps the unit's granularity), valued by _relative_value
    return resolved[0]


def _time_value(low: str, words: list[str], pub: dt.date, future: bool | None) -> str | None:
    """``2024-06-28T14:00`` or ``2024-06-28TNI``; None when the expression names no time of day."""
    clock = _CLOCK.search(low)
    part = next((_PARTS[w] for w in words if w in _PARTS), None)
    if clock is None and part is None:
        return None
    base = "last night" if low.startswith("last night") else (_CLOCK.sub(" ", low) if clock else low)
    day = _day_value(base, words, pub, future) or (pub - dt.timedelta(days=1) if "overnight" in words else pub)
    if clock is None:
        return f"{day.isoformat()}T{part}"
    if clock[6]:
        return f"{day.isoformat()}T{'12:00' if clock[6] == 'noon' else '24:00'}"
    hour, minute = (int(clock[1]), clock[2] or "00") if clock[1] else (int(clock[4]), clock[5])
    if clock[3] and clock[3].startswith("p") and hour < 12:
        hour += 12
    if clock[3] and clock[3].startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or int(minute) > 59:
        return None
    return f"{day.isoformat()}T{hour:02d}:{minute}"


def _relative_value(words: list[str], pub: dt.date, future: bool | None) -> str | None:
    """this/last/next/past week, month, year, quarter, weekend; N weeks/months/years ago."""
    units = ("week", "month", "year", "quarter", "weekend")
    unit = next((w.rstrip("s") for w in words if w.rstrip("s") in units), None)
    if unit is None:
        return None
    back = any(w in ("last", "past", "previous", "ago", "earlier") for w in words)
    ahead = any(w in ("next", "coming", "later", "following") for w in words)
    sign = -1 if back else 1 if ahead else 0
    if "this" in words or "current" in words:
        sign = 0  # "earlier this year", "later this month" stay in the current period
    n = next((c for c in map(_count, words) if c and c > 0), 1) if ("ago" in words or words[-1] == "earlier") else 1
    if unit == "week":
        return _week(pub + dt.timedelta(days=7 * sign * n))
    if unit == "weekend":
        sat = weekday_date(5, pub, bool(future) or sign > 0)
        if sign < 0 and sat == pub:
            sat -= dt.timedelta(days=7)
        return _week(sat) + "-WE"
    if unit == "month":
        y, m = _shift_months(pub, sign * n)
        return f"{y}-{m:02d}"
    if unit == "quarter":
        y, q = _quarter(pub)
        k = y * 4 + q - 1 + sign * n
        if sign == 0 and "this" not in words and "current" not in words:
            k -= 1  # "the quarter", "the latest quarter": the last one reported
        return f"{k // 4}-Q{k % 4 + 1}"
    return str(pub.year + sign * n)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SPOKEN_YEAR = re.compile(r"\bnineteen[ -](twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                          r"(?:[ -](one|two|three|four|five|six|seven|eight|nine))?\b|\btwo thousand\b")


_DECADES_AGO = re.compile(r"^(\w+) decades? ago$")
_CENTURY = re.compile(r"^(1?\d|20|21)(?:st|nd|rd|th)[ -]century$")
_SPOKEN_DECADE = re.compile(r"^(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$")


def _spoken_years(low: str) -> str:
    """ "nineteen ninety-six" -> "1996", "the year two thousand" -> "the year 2000" (broadcast transcripts)."""
    def year(m: re.Match) -> str:
        if m[0] == "two thousand":
            return "2000"
        return str(1900 + _TENS[m[1]] + (_ONES[m[2]] if m[2] else 0))
    return _SPOKEN_YEAR.sub(year, low)


_WEEK_OF = re.compile(r"^(first|second|third|fourth|last|final) week of ([a-z]+)\.?(?:,? ((?:19|20)\d\d))?$")


def _week_of_month(ordinal: str, month: str) -> str:
    """The ISO week of "the first week of July" (the week holding July 1, then +1 per ordinal) or "the
    last week of March" (the week holding March 31)."""
    year, mon = (int(x) for x in month.split("-"))
    if ordinal in ("last", "final"):
        y, m = (year + 1, 1) if mon == 12 else (year, mon + 1)
        return _week(dt.date(y, m, 1) - dt.timedelta(days=1))
    return _week(dt.date(year, mon, 1) + dt.timedelta(days=7 * (_ORD[ordinal] - 1)))


def normalize(text: str, pub: dt.date, future: bool | None = False) -> tuple[str, str] | None:
    """(kind, value) of one time expression, or None when it is not one tidings can place.

    ``future``: the tense of the expression's clause (True future, False past, None unknown: a day
    or month without a year is then put in the year that brings it nearest the publication date)."""
    low = _spoken_years(" ".join(text.lower().replace("’", "'").split()))
    low = re.sub(r"'s$", "", low).strip(" ,.;:-")
    core = re.sub(r"^(the|a|an)\s+", "", low)
    if _PRESENT.match(low) or _PRESENT.match(core):
        return "DATE", "PRESENT_REF"
    if _PAST.match(low):
        return "DATE", "PAST_REF"
    if _FUTURE.match(low):
        return "DATE", "FUTURE_REF"
    if core in ("quarter century", "quarter-century"):  # "its quarter-century low": 25 years, not a quarter
        return "DURATION", "P25Y"
    if re.match(r"^(?:his|her|its|their|our|my|your) (?:year|month|week|day)$", low):
        return None  # "his year in kindergarten": a year of someone's, not a calendar date
    if m := _CENTURY.match(core):  # "the 20th century" is the hundred years 1900-1999: TIMEX3 "19"
        return "DATE", f"{int(m[1]) - 1:02d}"
    if m := _SPOKEN_DECADE.match(core):  # "the nineties"
        return "DATE", f"19{_TENS[m[1][:-3] + 'y'] // 10}"
    if m := _AHEAD.match(low):  # TimeML: "the coming weeks", "the months ahead" are stretches of unknown length
        return "DURATION", "PX" + _UNITS[(m[1] or m[2])[:-1]]
    words = _TOKENS.findall(low.replace("-", " "))
    if not words:
        return None
    if "ago" in words and any(w in ("several", "few", "some", "many") for w in words):
        return "DATE", "PAST_REF"  # "several years ago", "a few days ago": how long ago is not said
    if (m := _DECADES_AGO.match(low)) and (n := _count(m[1])) and n > 0:
        return "DATE", str(pub.year - 10 * n)  # "a decade ago", "two decades ago"
    if _SET.match(low):
        key = next((w for w in reversed(words) if w in _SET_VALUES), None)
        return ("SET", _SET_VALUES[key]) if key else None
    if (m := _EVERY.match(low)) and (m[1] in WEEKDAYS or m[1] in MONTHS):  # "each Thursday", "every July"
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(m[1]) + 1}" if m[1] in WEEKDAYS else f"XXXX-{MONTHS[m[1]]:02d}"
    if (m := _WEEK_OF.match(core)) and m[2] in MONTHS:
        month = _month_value([w for w in m.groups()[1:] if w], pub, future)
        if month is not None:
            return "DATE", _week_of_month(m[1], month)
    if (time := _time_value(low, words, pub, future)) is not None:
        return "TIME", time
    if "ago" not in words and (d := _duration(words)) is not None and not any(w in MONTHS for w in words):
        return "DURATION", d
    return _date(low, words, pub, future)


_HOLIDAY = re.compile(r"^(?:(last|next|this) )?(" + "|".join(sorted(HOLIDAYS, key=len, reverse=True))
                      + r")(?: (\d{4}))?$")


def _holiday(low: str, pub: dt.date, future: bool | None) -> str | None:
    """ "Thanksgiving Day", "last Christmas", "Election Day": the occurrence the tense points to."""
    if (m := _HOLIDAY.match(low)) is None:
        return None
    if m[3]:
        return holiday_date(m[2], int(m[3])).isoformat()
    days = [d for d in (holiday_date(m[2], pub.year + k) for k in (-1, 0, 1)) if d is not None]
    if m[1] == "last" or future is False:
        return max(d for d in days if d <= pub).isoformat()
    if m[1] == "next" or future is True:
        return min(d for d in days if d >= pub).isoformat()
    return min(days, key=lambda d: _lean_past((d - pub).days)).isoformat()


def _date(low: str, words: list[str], pub: dt.date, future: bool | None) -> tuple[str, str] | None:
    if (m := re.match(r"^(?:the )?week of (.+)$", low)) and (day := _day_value(m[1], words[2:], pub, future)):
        return "DATE", _week(day)  # "the week of March 6": the ISO week holding that day
    if (holiday := _holiday(low, pub, future)) is not None:
        return "DATE", holiday
    if (day := _day_value(low, words, pub, future)) is not None:
        return "DATE", day.isoformat()
    years = [w for w in words if w.isdigit() and len(w) == 4 and 1000 <= int(w) <= 2199]
    if m := re.search(r"\b(\d{3})0s\b|'(\d)0s\b", low):
        return "DATE", m[1] if m[1] else ("19" + m[2])
    relative = any(w in ("ago", "earlier", "later", "last", "next", "this", "past", "following") for w in words)
    if len(years) == 1 and not relative and not any(w in ("quarter", "half") or w in MONTHS or w in _SEASONS
                                                    for w in words):
        return "DATE", years[0]
    if "quarter" in words or "half" in words:
        n = next((_ORD[w] for w in words if w in _ORD), 2 if "half" in words and "last" in words and years else None)
        # the year names the quarter's year: "the year-ago third quarter", "next year's first quarter"
        back = any(w in ("ago", "earlier", "last") for w in words)
        year_shift = any(w in ("year", "year's") for w in words) * (("next" in words) - back)
        if n is None and "quarter" in words and (years or year_shift):
            latest = pub.year * 4 + (pub.month - 1) // 3 - 1  # "the 1988 quarter": the one last reported
            n = latest % 4 + 1
            if not years:
                return "DATE", f"{latest // 4 + year_shift}-Q{n}"
        if n is not None:
            y = int(years[0]) if years else None
            if y is None:
                y, q = _quarter(pub)
                if "half" in words:
                    y -= 1 if n == 2 and pub.month <= 6 and not future else 0
                elif n > q and not future:
                    y -= 1
                y += year_shift
            return "DATE", f"{y}-{'H' if 'half' in words else 'Q'}{n}"
    season = next((_SEASONS[w] for w in words if w in _SEASONS), None)
    if season is not None:
        year = int(years[0]) if years else pub.year - ("last" in words) + ("next" in words)
        return "DATE", f"{year}-{season}"
    if any(w in MONTHS and (w != "may" or low.startswith("may") or len(words) > 1) for w in words):
        if "year" in words and not years:  # "October this year", "June last year"
            words = [*words, str(pub.year - ("last" in words) + ("next" in words))]
        if not any(w in ("week", "month", "year") for w in words[:-1]) or "year" in words:
            return ("DATE", v) if (v := _month_value(words, pub, future)) else None
    if (rel := _relative_value(words, pub, future)) is not None:
        return "DATE", rel
    if len(years) == 1:
        return "DATE", years[0]
    return None


def granularity(value: str) -> str:
    """What a value pins down: day, month, year, week, quarter, time, decade, ref, duration or set."""
    if value.endswith("_REF"):
        return "ref"
    if value.startswith("P"):
        return "duration"
    if "T" in value:
        return "time"
    if re.search(r"-W\d", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    return "quarter" if "-Q" in value or "-H" in value else "season"


def period_start(value: str) -> tuple[dt.date, str] | None:
    """(first day, granularity) of the period a TIMEX3 value names: a day or a time of day gives its day
    ("day"); a week, month, quarter or year its first day. None for references, durations, sets and
    values too vague to place (a decade, a season)."""
    grain = granularity(value)
    try:
        if grain in ("day", "time"):
            return dt.date.fromisoformat(value[:10]), "day"
        if grain == "week":
            year, week = value.split("-W")
            return dt.date.fromisocalendar(int(year), int(week[:2]), 1), "week"
        if grain == "month":
            return dt.date(int(value[:4]), int(value[5:7]), 1), "month"
        if grain == "quarter" and re.fullmatch(r"\d{4}-Q[1-4]", value):
            return dt.date(int(value[:4]), 3 * int(value[-1]) - 2, 1), "quarter"
        if grain == "year":
            return dt.date(int(value), 1, 1), "year"
    except ValueError:
        return None
    return None
