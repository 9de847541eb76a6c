"""When sessions happen, as aware times in the camp's time zone (pages, feeds and exports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from campdoc.content.model import Camp, Session


def zone_of(name: str) -> dt.tzinfo:
    """The named zone; UTC only for a name `campdoc check` already reported (CD219)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def moment_of(day: dt.date | None, start: dt.time | None, timezone: str) -> dt.datetime:
    """``start`` (midnight without one) on ``day`` (1 January 1970 without one) in the
    zone ``timezone``; every caller names the camp's zone, so there is no default."""
    return dt.datetime.combine(day or dt.date(1970, 1, 1), start or dt.time(0, 0),
                               tzinfo=zone_of(timezone))


def session_moment(camp: Camp, session: Session) -> dt.datetime:
    """When the session started, in the camp's time zone (midnight without a slot)."""
    slot = camp.slot(session.meta.slot)
    return moment_of(camp.session_date(session), slot.start if slot else None,
                     camp.meta.timezone)


@dataclass(frozen=True, slots=True)
class Timing:
    """A scheduled session's start and end (aware), or only its day when it has no slot."""

    day: dt.date
    start: dt.datetime | None = None
    end: dt.datetime | None = None

    @property
    def minutes(self) -> int:
        return _minutes_between(self.start, self.end)


def _minutes_between(start: dt.datetime | None, end: dt.datetime | None) -> int:
    # Outside the property: mutation testing measures only undecorated functions.
    if start is None or end is None:
        return 0
    return int((end - start).total_seconds() // 60)


def session_timing(camp: Camp, session: Session) -> Timing | None:
    """Start and end from the slot, on the session's day; None when not even the day is known.

    Wall-clock arithmetic in the zone, so a slot across a change to summer time keeps the
    times people saw on the plan.
    """
    day = camp.session_date(session)
    if day is None:
        return None
    slot = camp.slot(session.meta.slot)
    if slot is None:
        return Timing(day)
    zone = zone_of(camp.meta.timezone)
    # Same day: a slot that ends before it starts is an error (CD212), never built.
    return Timing(day, dt.datetime.combine(day, slot.start, tzinfo=zone),
                  dt.datetime.combine(day, slot.end, tzinfo=zone))


def camp_updated(camp: Camp, source_date: dt.datetime | None) -> dt.datetime:
    """The time stamp of a camp's feeds and calendars: SOURCE_DATE_EPOCH when given, else the
    latest session's start, so that output depends on the content alone."""
    if source_date is not None:
        return source_date
    # Compared as times, not as text: offsets differ across summer and winter time.
    moments = [session_moment(camp, session) for session in camp.published]
    return max(moments, default=moment_of(camp.first_day, None, camp.meta.timezone))
