"""The form's date parser uses app.dates: year 1 or 9999 is refused in plain Dutch."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("text", ["01-01-0001", "31-12-9999", "9999-12-31", "1-1-1899"])
def test_form_dates_outside_1900_2150_are_refused(text):
    from ui.util import DateProblem, parse_date

    with pytest.raises(DateProblem) as info:
        parse_date(text, today=dt.date(2026, 11, 10))
    assert "1900" in str(info.value) and "2150" in str(info.value)


def test_the_form_parser_takes_today_from_its_caller():
    from ui.util import parse_date

    assert parse_date("1-1-40", today=dt.date(2030, 1, 1)) == dt.date(2040, 1, 1)
    assert parse_date("1-1-40", today=dt.date(2026, 1, 1)) == dt.date(1940, 1, 1)
