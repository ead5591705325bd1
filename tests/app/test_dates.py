"""Dates in a sane range everywhere a date enters; the deadline engine cannot overflow."""

from __future__ import annotations

import datetime as dt

import pytest

from app import dates
from app.errors import ValidationError
from app.jsonformat import read_export

TODAY = dt.date(2026, 11, 10)


@pytest.mark.parametrize("text, expected", [
    ("12-3-2017", dt.date(2017, 3, 12)),
    ("1-1-26", dt.date(2026, 1, 1)),
    ("3.4.87", dt.date(1987, 4, 3)),
    ("1-1-36", dt.date(2036, 1, 1)),
    ("1-1-37", dt.date(1937, 1, 1)),  # more than ten years ahead of TODAY: last century
    ("2150-12-31", dt.date(2150, 12, 31)),
    ("01-01-1900", dt.date(1900, 1, 1)),
    (" ", None),
])
def test_typed_dates(text, expected):
    assert dates.parse_date_text(text, TODAY) == expected


@pytest.mark.parametrize("text, reason", [
    ("01-01-0001", dates.RANGE), ("31-12-9999", dates.RANGE), ("0001-01-01", dates.RANGE),
    ("31-12-1899", dates.RANGE), ("01-01-2151", dates.RANGE), ("31-04-2026", dates.DAY),
    ("12-13-2026", dates.MONTH), ("morgen", dates.FORMAT),
])
def test_typed_dates_refused(text, reason):
    with pytest.raises(dates.DateTextProblem) as info:
        dates.parse_date_text(text, TODAY)
    assert info.value.reason == reason


@pytest.mark.parametrize("year", ["0001", "1899", "2151", "9999"])
def test_import_refuses_dates_outside_the_range(year):
    import json

    from app.demo import demo_content
    from app.jsonformat import content_to_json

    data = content_to_json(demo_content(TODAY), [], [], TODAY)
    data["decisions"][0]["decision_date"] = f"{year}-01-01"
    with pytest.raises(ValidationError) as info:
        read_export(json.dumps(data))
    assert "1900" in info.value.message and "decision_date" in str(info.value)


def test_the_deadline_engine_clamps_instead_of_overflowing():
    from app.deadlines import add_months, shift

    assert shift(dates.MAX_DATE, 10**12, "days") == dates.MAX_DATE
    assert shift(dates.MIN_DATE, 10**12, "days", "before") == dates.MIN_DATE
    assert shift(dates.MAX_DATE, 10**9, "weeks") == dates.MAX_DATE
    assert add_months(dates.MAX_DATE, 10**6) == dates.MAX_DATE
    assert add_months(dates.MIN_DATE, -(10**6)) == dates.MIN_DATE


def test_a_decision_at_the_edge_with_a_huge_override_still_gives_deadlines():
    from app.deadlines import compute_deadlines
    from app.model import Decision, DecisionStatus, DossierContent

    content = DossierContent()
    content.decisions.append(Decision(
        id="d1", law="Wlz", decision_date=dt.date(2150, 12, 30), status=DecisionStatus.GRANTED,
        deadline_overrides={"bezwaar_deadline": 10**12}))
    found = compute_deadlines(content, today=TODAY)
    assert all(dates.in_range(d.due) for d in found)
