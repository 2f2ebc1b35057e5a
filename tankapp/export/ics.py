"""A meeting as an iCalendar file (.ics) that Outlook, Google and Apple calendars import.

Plain data in, bytes or a file out; no database and no Qt.  The file holds one
VEVENT in Europe/Copenhagen time with its VTIMEZONE, and no attendees or e-mail
addresses: it is handed around, so personal data stays out of it.

Re-exporting a changed meeting with the same ``uid`` and a higher ``sequence``
updates the event in the calendars that imported it; ``cancelled=True`` marks it
cancelled (and says so in the title, for calendars that ignore STATUS).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

__all__ = ["PRODID", "TZID", "MeetingEvent", "meeting_ics_bytes", "summary_text", "write_meeting_ics"]

PRODID = "-//tankapp//tankapp//DA"
TZID = "Europe/Copenhagen"
COPENHAGEN = ZoneInfo(TZID)


@dataclass
class MeetingEvent:
    uid: str  # stable for the meeting across exports, e.g. "<meeting uuid>@tankapp"
    title: str
    date: dt.date
    start: dt.time
    end: dt.time
    place: str
    description: str  # the agenda as text (see tankapp.export.agenda_pdf.agenda_text)
    groups: list[str] = field(default_factory=list)
    sequence: int = 0  # raise it every time a changed meeting is sent again
    updated: dt.datetime | None = None  # when the meeting was last changed (LAST-MODIFIED)
    cancelled: bool = False


def summary_text(event: MeetingEvent) -> str:
    """The calendar title: the meeting's title, with the group(s) unless the title names them.

    ``"Møde 2 (Klinikere)"``; a cancelled meeting starts with ``"AFLYST: "``.
    """
    title = " ".join(event.title.split())
    missing = [g for g in event.groups if g and g.casefold() not in title.casefold()]
    if missing:
        names = ", ".join(missing)
        title = f"{title} ({names})" if title else names
    return f"AFLYST: {title}" if event.cancelled else title


# ---------------------------------------------------------------------------- time zone


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _eu_rule_offset(moment: dt.datetime) -> dt.timedelta:
    """UTC offset of Danish time under the EU rule (summer time from the last Sunday of
    March to the last Sunday of October, switching at 01:00 UTC)."""
    utc = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    begin = dt.datetime.combine(_last_sunday(utc.year, 3), dt.time(1))
    end = dt.datetime.combine(_last_sunday(utc.year, 10), dt.time(1))
    return dt.timedelta(hours=2 if begin <= utc < end else 1)


def _rule_timezone() -> Timezone:
    """Europe/Copenhagen as two yearly rules: the form Outlook itself writes and reads best."""
    tz = Timezone()
    tz.add("tzid", TZID)
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", dt.timedelta(hours=1))
    daylight.add("tzoffsetto", dt.timedelta(hours=2))
    daylight.add("dtstart", dt.datetime(1970, 3, 29, 2, 0))
    daylight.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", dt.timedelta(hours=2))
    standard.add("tzoffsetto", dt.timedelta(hours=1))
    standard.add("dtstart", dt.datetime(1970, 10, 25, 3, 0))
    standard.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


# ---------------------------------------------------------------------------- calendar


def _aware(d: dt.date, t: dt.time) -> dt.datetime:
    return dt.datetime.combine(d, t.replace(tzinfo=None), tzinfo=COPENHAGEN)


def meeting_ics_bytes(event: MeetingEvent, *, now: dt.datetime | None = None) -> bytes:
    """The .ics file of *event* as bytes (UTF-8, CRLF line endings, folded lines).

    *now* is the DTSTAMP (when the file is made); it defaults to the current time.
    """
    start = _aware(event.date, event.start)
    end = _aware(event.date, event.end)
    if end <= start:
        raise ValueError(f"Mødet slutter ({event.end:%H.%M}) før det begynder ({event.start:%H.%M}).")
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")

    ev = Event()
    ev.add("uid", event.uid)
    ev.add("dtstamp", stamp)
    ev.add("dtstart", start)
    ev.add("dtend", end)
    ev.add("summary", summary_text(event))
    if event.place:
        ev.add("location", event.place)
    if event.description:
        ev.add("description", event.description.replace("\r\n", "\n"))
    ev.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    ev.add("sequence", max(0, int(event.sequence)))
    ev.add("transp", "OPAQUE")
    if event.updated is not None:
        updated = event.updated if event.updated.tzinfo else event.updated.replace(tzinfo=COPENHAGEN)
        ev.add("last-modified", updated.astimezone(dt.timezone.utc))

    # The compact rule-based VTIMEZONE when it agrees with the time zone database for
    # this meeting (it has since 1996); otherwise icalendar's own, built from tzdata.
    if all(_eu_rule_offset(m) == m.utcoffset() for m in (start, end)):
        cal.add_component(_rule_timezone())
        cal.add_component(ev)
    else:
        cal.add_component(ev)
        cal.add_missing_timezones(
            first_date=dt.date(event.date.year - 1, 1, 1), last_date=dt.date(event.date.year + 2, 1, 1)
        )
    return cal.to_ical()


def write_meeting_ics(event: MeetingEvent, path: Path) -> Path:
    """Write the .ics file of *event* to *path* (atomically, 0600); returns *path*."""
    from tankapp.export.files import atomic_write

    data = meeting_ics_bytes(event)
    return atomic_write(path, lambda fh: fh.write(data))
