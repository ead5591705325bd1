"""Dates as they enter the dossier: the sane range, and reading a date a parent typed.

Every date that comes in (a form, an import, reference data) must lie between 1900 and 2150:
a year 1 or 9999 is a typing error, and the deadline engine would overflow on it. `today` is
a parameter, never read from the clock here, so tests decide what "this century" means.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MIN_YEAR = 1900
MAX_YEAR = 2150
MIN_DATE = date(MIN_YEAR, 1, 1)
MAX_DATE = date(MAX_YEAR, 12, 31)

_DMY = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})\s*$")
_YMD = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")

# What went wrong with a typed date; the ui shows these through its translations.
FORMAT = "format"  # not dd-mm-jjjj
DAY = "day"  # no such day in that month (detail: the month's last day)
MONTH = "month"  # month outside 1-12
RANGE = "range"  # outside MIN_YEAR..MAX_YEAR

MESSAGES = {
    FORMAT: "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 03-02-2026.",
    DAY: "Deze datum bestaat niet: die maand heeft %1 dagen.",
    MONTH: "Deze datum bestaat niet: een maand is 1 tot en met 12.",
    RANGE: "Kies een datum tussen 1900 en 2150.",
}


class DateTextProblem(ValueError):
    """A typed date that is not a usable date. `reason` is one of the constants above."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(MESSAGES[reason].replace("%1", detail))


def in_range(day: date) -> bool:
    return MIN_DATE <= day <= MAX_DATE


def parse_date_text(text: str, today: date) -> date | None:
    """dd-mm-jjjj (also with / . or space, two-digit years) or jjjj-mm-dd; empty is None."""
    if not text.strip():
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            # 1-1-26: this century unless that is more than ten years ahead (3-4-87 is 1987).
            year += 2000 if 2000 + year <= today.year + 10 else 1900
    else:
        match = _YMD.match(text)
        if not match:
            raise DateTextProblem(FORMAT)
        year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        raise DateTextProblem(MONTH)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateTextProblem(RANGE)
    try:
        return date(year, month, day)
    except ValueError:
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        raise DateTextProblem(DAY, str(last)) from None


def clamp(day: date) -> date:
    """Keep computed dates (deadlines) inside the range, so nothing downstream overflows."""
    return min(max(day, MIN_DATE), MAX_DATE)


def add_days(day: date, days: int) -> date:
    """`day` + `days`, clamped to the range instead of overflowing."""
    try:
        return clamp(day + timedelta(days=days))
    except OverflowError:
        return MAX_DATE if days > 0 else MIN_DATE
