"""iCalendar files (RFC 5545) through the icalendar library: plain values in, bytes out.

Each event carries a UID that names the record it comes from, so a calendar that imports or subscribes
to the file again updates its events instead of adding copies. ``DTSTAMP`` is when the record was last
changed (RFC 5545 §3.8.7.2, for a file without ``METHOD``), not when the file was written: exporting
unchanged data gives the same bytes. All-day events (a follow-up's or a promise's day) are dates with
the next day as ``DTEND``; timed events (a visit) are UTC instants, so no time zone table is needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

from icalendar import Calendar, Event

PRODID: Final = "-//crm_desktop//after-sales calendar//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    start: date | datetime  # a date: all day; an aware datetime: timed
    end: date | datetime | None  # None: one day (all day) or the start itself
    stamp: datetime  # when the record behind it last changed (aware)
    description: str = ""
    location: str = ""
    cancelled: bool = False
    categories: tuple[str, ...] = ()


def ics_bytes(events: Iterable[CalendarEvent], *, name: str) -> bytes:
    """A VCALENDAR with one VEVENT per event, in the order given; ``name`` is the calendar's title."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", _utc(item.stamp))
        if isinstance(item.start, datetime):
            event.add("dtstart", _utc(item.start))
            end = item.end if isinstance(item.end, datetime) else item.start
            event.add("dtend", _utc(end))
        else:
            event.add("dtstart", item.start)
            last = item.end if isinstance(item.end, date) and not isinstance(item.end, datetime) else None
            event.add("dtend", (last or item.start) + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a day's to-do, not a busy day
        event.add("summary", item.summary)
        if item.description:
            event.add("description", item.description)
        if item.location:
            event.add("location", item.location)
        if item.categories:
            event.add("categories", list(item.categories))
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("calendar instants must be aware")
    return moment.astimezone(UTC).replace(microsecond=0)


__all__ = ["PRODID", "CalendarEvent", "ics_bytes"]
