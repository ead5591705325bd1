"""Deadlines as an iCalendar (.ics) file, so they reach a phone calendar.

All-day events with a stable UID and a reminder a week before. Only the title and the legal
source go in: no medical details of the child. The same input gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event

from app.deadlines import Deadline

PRODID = "-//Zorgmap//Zorgmap deadlines//NL"
REMINDER_BEFORE = timedelta(days=7)


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
    for deadline in sorted(deadlines, key=lambda d: (d.due, d.id)):
        event = Event()
        event.add("uid", f"{deadline.id}@zorgmap")
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        event.add("summary", deadline.title)
        if deadline.source:
            event.add("description", f"Bron: {deadline.source}")
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", deadline.title)
        alarm.add("trigger", -REMINDER_BEFORE)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
