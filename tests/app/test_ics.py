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
    assert alarm.decoded("trigger") == -timedelta(days=7) + timedelta(hours=9)  # 09:00
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


def _events(ics: bytes) -> dict[str, object]:
    return {str(e["uid"]).split("@")[0]: e for e in Calendar.from_ical(ics).walk("VEVENT")}


def _alarm_moment(event) -> datetime:
    (alarm,) = event.walk("VALARM")
    return datetime.combine(event.decoded("dtstart"), datetime.min.time()) + alarm.decoded(
        "trigger"
    )


def test_no_alarm_before_the_export_date_and_overdue_items_say_te_laat():
    overdue = Deadline(id="renewal_wmo.x", rule_id="renewal_wmo", title="Verlenging aanvragen",
                       due=date(2026, 11, 1), record_kind="decision", record_id="x")
    soon = Deadline(id="bezwaar_deadline.y", rule_id="bezwaar_deadline",
                    title="Laatste dag om bezwaar te maken", due=date(2026, 11, 25),
                    record_kind="decision", record_id="y")
    events = _events(deadlines_to_ics([overdue, soon, *sample()], TODAY))
    export_start = datetime(2026, 11, 23)
    for uid, event in events.items():
        assert _alarm_moment(event) >= export_start, uid
    late = events["renewal_wmo.x"]
    assert str(late["summary"]).startswith("Te laat: ")
    assert late.decoded("dtstart") == TODAY  # moved to the export day: a phone rings for it
    assert _alarm_moment(late) == datetime(2026, 11, 23, 9, 0)  # same day, 09:00
    assert "01-11-2026" in str(late["description"])
    close = events["bezwaar_deadline.y"]
    assert close.decoded("dtstart") == date(2026, 11, 25)
    assert _alarm_moment(close) == datetime(2026, 11, 23, 9, 0)
    assert not str(close["summary"]).startswith("Te laat")


def test_demo_calendar_has_no_alarm_in_the_past_and_no_jeugdwet_milestone_for_a_wlz_child():
    content = demo_content(TODAY)
    found = compute_deadlines(content, today=TODAY)
    assert "milestone_care_17" not in {d.rule_id for d in found}  # Noor is in the Wlz
    events = _events(deadlines_to_ics(found, TODAY))
    assert all(_alarm_moment(e) >= datetime(2026, 11, 23) for e in events.values())
