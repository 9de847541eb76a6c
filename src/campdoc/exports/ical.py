"""iCalendar files (RFC 5545): ``camp.ics`` with every session, and one file per session.

Times carry the camp's zone (``TZID=Europe/Berlin``) with its complete VTIMEZONE
definition (see ``vtimezone``), so a calendar shows 10:30 in Leipzig as 10:30 wherever the
reader is. A session with a day but
no slot is an all-day entry. The icalendar library does the escaping, line folding and the
zone definitions, which are easy to get subtly wrong by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import urlsplit

import icalendar

from campdoc import __version__
from campdoc.content.markdown import plain_text
from campdoc.content.model import Camp, Session
from campdoc.content.timing import Timing, session_timing
from campdoc.exports.vtimezone import vtimezone

PRODID = f"-//campdoc//campdoc {__version__}//EN"


_END = b"END:VCALENDAR\r\n"


def _calendar(camp: Camp, name: str) -> icalendar.Calendar:
    """The calendar's own properties; zone and events are added as serialized blocks."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", camp.meta.timezone)
    return calendar


def _assemble(calendar: icalendar.Calendar, blocks: list[bytes]) -> bytes:
    """The calendar with ``blocks`` (serialized components) before its END line.

    Each event is serialized once and used in the camp's calendar and its own file:
    icalendar's line folding is the slowest part of the export.
    """
    head = bytes(calendar.to_ical())
    assert head.endswith(_END)
    return head[:-len(_END)] + b"".join(blocks) + _END


def _event(camp: Camp, session: Session, timing: Timing, summary: str, url: str, uid_host: str,
           stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{camp.id}/{session.slug}@{uid_host}")
    event.add("dtstamp", stamp)
    if timing.start is not None and timing.end is not None:
        event.add("dtstart", timing.start)
        event.add("dtend", timing.end)
    else:
        event.add("dtstart", timing.day)
        event.add("dtend", timing.day + dt.timedelta(days=1))
    event.add("summary", session.meta.title)
    event.add("description", f"{summary}\n\n{url}")
    place = ", ".join(part for part in (session.meta.room, camp.meta.location) if part)
    if place:
        event.add("location", place)
    if url.startswith(("http://", "https://")):
        event.add("url", url)
    if session.meta.tags:
        event.add("categories", list(session.meta.tags))
    return event


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
                self.events[session.slug] = bytes(event.to_ical())
        self.zone = b""
        if any(timing.start for timing in timings.values()) and camp.meta.timezone != "UTC":
            self.zone = vtimezone(camp.meta.timezone)

    def camp_calendar(self) -> bytes:
        calendar = _calendar(self.camp, self.camp.meta.name)
        if self.camp.meta.description:
            calendar.add("x-wr-caldesc", plain_text(self.camp.meta.description))
        return _assemble(calendar, [self.zone, *self.events.values()])

    def session_calendar(self, session: Session) -> bytes | None:
        """One session's file, or None when not even its day is known."""
        event = self.events.get(session.slug)
        if event is None:
            return None
        # The zone's rules are complete, so they serve each file too.
        return _assemble(_calendar(self.camp, session.meta.title), [self.zone, event])
