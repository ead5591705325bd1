"""The .ics export: parses back, all-day, stable UIDs, a reminder a week before, deterministic."""

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from app.deadlines import Deadline, compute_deadlines
from app.demo import demo_content
from exports.ics import deadlines_to_ics

TODAY = date(2026, 11, 23)


def sample():
    return [
        Deadline(
            id="bezwaar_deadline.abc",
            rule_id="bezwaar_deadline",
            title="Laatste dag om bezwaar te maken: Wmo afwijzing 2026-11-01",
            due=date(2026, 12, 13),
            record_kind="decision",
            record_id="abc",
            source="Awb art. 6:7",
        ),
        Deadline(
            id="journal_follow_up.def",
            rule_id="journal_follow_up",
            title="Opvolgen: terugbellen",
            due=date(2026, 12, 1),
            record_kind="journal_entry",
            record_id="def",
        ),
    ]


def test_parses_back_with_all_day_events_and_alarms():
    cal = Calendar.from_ical(deadlines_to_ics(sample(), TODAY))
    events = list(cal.walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [
        "journal_follow_up.def@zorgmap",
        "bezwaar_deadline.abc@zorgmap",
    ]
    first = events[1]
    assert first.decoded("dtstart") == date(2026, 12, 13)
    assert not isinstance(first.decoded("dtstart"), datetime)
    assert first.decoded("dtend") == date(2026, 12, 14)
    assert str(first["summary"]).startswith("Laatste dag om bezwaar")
    assert first.decoded("dtstamp") == datetime(2026, 11, 23, tzinfo=UTC)
    (alarm,) = first.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(days=7)
    assert str(alarm["action"]) == "DISPLAY"


def test_deterministic_and_order_independent():
    a = deadlines_to_ics(sample(), TODAY)
    b = deadlines_to_ics(list(reversed(sample())), TODAY)
    assert a == b
    assert deadlines_to_ics(sample(), datetime(2026, 11, 23, 0, 0)) == a


def test_uids_stable_between_runs_and_no_medical_details():
    content = demo_content(TODAY)
    one = deadlines_to_ics(compute_deadlines(content, today=TODAY), TODAY)
    two = deadlines_to_ics(compute_deadlines(content, today=TODAY), TODAY)
    assert one == two
    text = one.decode()
    for detail in ("midazolam", "Midazolam", "epilepsie", "sonde", "BSN", content.child.bsn):
        assert detail not in text
    uids = [str(e["uid"]) for e in Calendar.from_ical(one).walk("VEVENT")]
    assert len(uids) == len(set(uids)) > 5
