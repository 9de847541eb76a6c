"""iCalendar files (RFC 5545): ``camp.ics`` with every session, and one file per session.

Times carry the camp's zone (``TZID=Europe/Berlin``) with its VTIMEZONE definition, so a
calendar shows 10:30 in Leipzig as 10:30 wherever the reader is. A session with a day but
no slot is an all-day entry. The icalendar library does the escaping, line folding and the
zone definitions, which are easy to get subtly wrong by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

import icalendar

from campdoc import __version__
from campdoc.export_text import plain_text, session_summary_text
from campdoc.model import Camp, Session
from campdoc.timing import Timing, session_timing

PRODID = f"-//campdoc//campdoc {__version__}//EN"


@lru_cache(maxsize=32)
def _zone(name: str, first_year: int, last_year: int) -> icalendar.Timezone:
    """The zone's rules for the camp's years (computing them takes a while, hence cached)."""
    return icalendar.Timezone.from_tzid(name, first_date=dt.date(first_year, 1, 1),
                                        last_date=dt.date(last_year + 1, 1, 1))


def _calendar(camp: Camp, name: str, timings: list[Timing]) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", camp.meta.timezone)
    if any(timing.start for timing in timings) and camp.meta.timezone != "UTC":
        years = [timing.day.year for timing in timings]
        calendar.add_component(_zone(camp.meta.timezone, min(years), max(years)))
    return calendar


def _event(camp: Camp, session: Session, timing: Timing, hosts: str, url: str, uid_host: str,
           stamp: dt.datetime, labels: dict[str, str]) -> icalendar.Event:
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
    event.add("description", f"{session_summary_text(session, hosts, labels)}\n\n{url}")
    place = ", ".join(part for part in (session.meta.room, camp.meta.location) if part)
    if place:
        event.add("location", place)
    if url.startswith(("http://", "https://")):
        event.add("url", url)
    if session.meta.tags:
        event.add("categories", list(session.meta.tags))
    return event


class CalendarWriter:
    """Builds the camp's calendar and each session's from the same events."""

    def __init__(self, camp: Camp, host_names: Callable[[Session], str],
                 url_of: Callable[[Session], str], base_url: str, stamp: dt.datetime,
                 labels: dict[str, str]) -> None:
        self.camp = camp
        self.labels = labels
        self.host_names = host_names
        self.url_of = url_of
        # UIDs must be globally unique and stable: the site's host name makes them so.
        self.uid_host = urlsplit(base_url).hostname or "campdoc.invalid"
        self.stamp = stamp.astimezone(dt.UTC)
        self.timings = {s.slug: t for s in camp.published
                        if (t := session_timing(camp, s)) is not None}

    def _event(self, session: Session) -> icalendar.Event:
        return _event(self.camp, session, self.timings[session.slug], self.host_names(session),
                      self.url_of(session), self.uid_host, self.stamp, self.labels)

    def camp_calendar(self) -> bytes:
        calendar = _calendar(self.camp, self.camp.meta.name, list(self.timings.values()))
        if self.camp.meta.description:
            calendar.add("x-wr-caldesc", plain_text(self.camp.meta.description))
        for session in self.camp.published:
            if session.slug in self.timings:
                calendar.add_component(self._event(session))
        return bytes(calendar.to_ical())

    def session_calendar(self, session: Session) -> bytes | None:
        """One session's file, or None when not even its day is known."""
        if session.slug not in self.timings:
            return None
        calendar = _calendar(self.camp, session.meta.title, [self.timings[session.slug]])
        calendar.add_component(self._event(session))
        return bytes(calendar.to_ical())
