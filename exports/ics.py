"""Deadlines as an iCalendar (.ics) file, so they reach a phone calendar.

All-day events with a stable UID and a reminder at 09:00 a week before, but never before the
export day: a deadline closer than a week gets its alarm at 09:00 on the export day, and an
overdue one is put on the export day itself, titled "Te laat: …", with a same-day alarm (a
phone does not ring for a day in the past). Only the title and the legal source go in: no
medical details of the child. The same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from app.deadlines import Deadline

PRODID = "-//Zorgmap//Zorgmap deadlines//NL"
REMINDER_BEFORE = timedelta(days=7)
ALARM_TIME = timedelta(hours=9)  # alarms ring at 09:00 (floating, the phone's own time zone)


def _stamp(generated_on: date | datetime) -> datetime:
    if isinstance(generated_on, datetime):
        if generated_on.tzinfo is None:
            return generated_on.replace(tzinfo=UTC, microsecond=0)
        return generated_on.astimezone(UTC).replace(microsecond=0)
    return datetime.combine(generated_on, time(0, 0), tzinfo=UTC)


def deadlines_to_ics(deadlines: Iterable[Deadline], generated_on: date | datetime) -> bytes:
    """An .ics calendar with one all-day event per deadline (sorted by due date, then id)."""
    stamp = _stamp(generated_on)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Zorgmap termijnen")
    export_day = stamp.date() if isinstance(generated_on, datetime) else generated_on
    for deadline in sorted(deadlines, key=lambda d: (d.due, d.id)):
        overdue = deadline.due < export_day
        day = export_day if overdue else deadline.due
        title = f"Te laat: {deadline.title}" if overdue else deadline.title
        event = Event()
        event.add("uid", f"{deadline.id}@zorgmap")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", title)
        lines = []
        if overdue:
            lines.append(f"Te laat: de termijn was {deadline.due.strftime('%d-%m-%Y')}.")
        if deadline.source:
            lines.append(f"Bron: {deadline.source}")
        if lines:
            event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", alarm_trigger(day, export_day))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def alarm_trigger(day: date, export_day: date) -> timedelta:
    """The alarm relative to the all-day event on `day`: 09:00 a week before, but never
    before `export_day`."""
    alarm_day = max(day - REMINDER_BEFORE, export_day)
    return (alarm_day - day) + ALARM_TIME
