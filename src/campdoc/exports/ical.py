"""iCalendar files (RFC 5545): ``camp.ics`` with every session, and one file per session.

Times carry the camp's zone (``TZID=Europe/Berlin``) with its complete VTIMEZONE
definition (see ``vtimezone``), so a calendar shows 10:30 in Leipzig as 10:30 wherever the
reader is. A session with a day but
no slot is an all-day entry. The lines are written by ``ical_lines`` exactly as the
icalendar library writes them (a test compares them byte for byte); icalendar still makes
the zone definitions, and the tests read every file back with icalendar and vobject.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import urlsplit

from campdoc import __version__
from campdoc.content.markdown import plain_text
from campdoc.content.model import Camp, Session
from campdoc.content.timing import Timing, session_timing
from campdoc.exports.ical_lines import line, list_line, text_line, time_line
from campdoc.exports.vtimezone import vtimezone

PRODID = f"-//campdoc//campdoc {__version__}//EN"


def _calendar_head(camp: Camp, name: str, description: str = "") -> str:
    """The calendar's own properties, in icalendar's order (its canonical ones first, then
    by name). X-WR-* values are written as they are, as icalendar writes unknown ones."""
    return ("BEGIN:VCALENDAR\r\n" + line("VERSION", "2.0") + text_line("PRODID", PRODID)
            + text_line("CALSCALE", "GREGORIAN") + text_line("METHOD", "PUBLISH")
            + (line("X-WR-CALDESC", description) if description else "")
            + line("X-WR-CALNAME", name) + line("X-WR-TIMEZONE", camp.meta.timezone))


_END = b"END:VCALENDAR\r\n"


def _event(camp: Camp, session: Session, timing: Timing, summary: str, url: str, uid_host: str,
           stamp: dt.datetime) -> str:
    """One VEVENT, its properties in icalendar's order: SUMMARY, the times, DTSTAMP, UID,
    then the others by name."""
    lines = ["BEGIN:VEVENT\r\n", text_line("SUMMARY", session.meta.title)]
    if timing.start is not None and timing.end is not None:
        lines += [time_line("DTSTART", timing.start), time_line("DTEND", timing.end)]
    else:
        lines += [time_line("DTSTART", timing.day),
                  time_line("DTEND", timing.day + dt.timedelta(days=1))]
    lines += [time_line("DTSTAMP", stamp),
              text_line("UID", f"{camp.id}/{session.slug}@{uid_host}")]
    if session.meta.tags:
        lines.append(list_line("CATEGORIES", session.meta.tags))
    lines.append(text_line("DESCRIPTION", f"{summary}\n\n{url}"))
    place = ", ".join(part for part in (session.meta.room, camp.meta.location) if part)
    if place:
        lines.append(text_line("LOCATION", place))
    if url.startswith(("http://", "https://")):
        lines.append(line("URL", url))
    lines.append("END:VEVENT\r\n")
    return "".join(lines)


class CalendarWriter:
    """Builds the camp's calendar and each session's from the same serialized events."""

    def __init__(self, camp: Camp, summary: Callable[[Session], str],
                 url_of: Callable[[Session], str], base_url: str, stamp: dt.datetime) -> None:
        self.camp = camp
        # UIDs must be globally unique and stable: the site's host name makes them so.
        uid_host = urlsplit(base_url).hostname or "campdoc.invalid"
        stamp = stamp.astimezone(dt.UTC)
        timings = {s.slug: t for s in camp.published if (t := session_timing(camp, s))}
        self.events: dict[str, bytes] = {}
        for session in camp.published:
            if session.slug in timings:
                event = _event(camp, session, timings[session.slug], summary(session),
                               url_of(session), uid_host, stamp)
                self.events[session.slug] = event.encode("utf-8")
        self.zone = b""
        if any(timing.start for timing in timings.values()) and camp.meta.timezone != "UTC":
            self.zone = vtimezone(camp.meta.timezone)

    def camp_calendar(self) -> bytes:
        description = plain_text(self.camp.meta.description or "")
        head = _calendar_head(self.camp, self.camp.meta.name, description)
        return b"".join([head.encode("utf-8"), self.zone, *self.events.values(), _END])

    def session_calendar(self, session: Session) -> bytes | None:
        """One session's file, or None when not even its day is known."""
        event = self.events.get(session.slug)
        if event is None:
            return None
        # The zone's rules are complete, so they serve each file too.
        head = _calendar_head(self.camp, session.meta.title)
        return b"".join([head.encode("utf-8"), self.zone, event, _END])
