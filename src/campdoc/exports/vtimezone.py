"""VTIMEZONE blocks with the zone's full rules, the same for every camp in that zone.

Calendar clients cache a time zone by its TZID: vobject and many calendar servers keep the
first VTIMEZONE they read for "Europe/Berlin" and apply it to every later calendar. A block
that only covered one camp's year then shifted another year's events by an hour. So every
camp in a zone gets the same, complete block:

- the zone's current rule as RRULEs (``FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU``), read from the
  POSIX rule at the end of the tz database file, from the first year it has applied;
- the changes between 1970 and that year listed one by one (RDATEs), found in the same
  database through ``zoneinfo``.

A zone whose rule cannot be expressed as RRULEs (a Julian-day rule, which no zone in use
today has) gets every change from 1970 to 2100 listed instead: still complete, only longer.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import icalendar

FIRST_YEAR = 1970
# Zones are checked against their rule, or listed change by change, until this year. Some
# files spell out changes far ahead (Africa/Casablanca: Ramadan until 2087).
LAST_YEAR = 2100
_WEEKDAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")
_OFFSET = r"[+-]?\d{1,3}(?::\d{2}){0,2}"
_NAME = r"<[^>]+>|[A-Za-z]{3,}"
_POSIX = re.compile(rf"^(?P<std>{_NAME})(?P<std_offset>{_OFFSET})"
                    rf"(?:(?P<dst>{_NAME})(?P<dst_offset>{_OFFSET})?"
                    rf",(?P<start>[^,]+),(?P<end>[^,]+))?$")
_DAY_RULE = re.compile(rf"^M(?P<month>\d{{1,2}})\.(?P<week>[1-5])\.(?P<weekday>[0-6])"
                       rf"(?:/(?P<time>{_OFFSET}))?$")


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(part) for part in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


@dataclass(frozen=True)
class Change:
    """One yearly change of offset: on the ``week``-th ``weekday`` of ``month`` (5 = the
    last), at ``seconds`` after midnight of the wall clock before the change."""

    month: int
    week: int
    weekday: int  # 0 = Sunday, as in POSIX
    seconds: int

    @classmethod
    def parse(cls, text: str) -> Change | None:
        match = _DAY_RULE.match(text)
        if not match:
            return None
        time = match["time"]
        return cls(int(match["month"]), int(match["week"]), int(match["weekday"]),
                   _seconds(time) if time else 7200)

    def local_moment(self, year: int) -> dt.datetime:
        """The wall-clock moment of the change in ``year`` (before the change)."""
        first = dt.date(year, self.month, 1)
        # Python counts Monday as 0; POSIX counts Sunday as 0 (so POSIX's is Python's + 1).
        shift = (self.weekday - first.weekday() - 1) % 7
        day = first + dt.timedelta(days=shift + 7 * (self.week - 1))
        while day.month != self.month:  # week 5 means the last one
            day -= dt.timedelta(days=7)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=self.seconds)

    def rrule(self) -> dict[str, object]:
        week = -1 if self.week == 5 else self.week
        return {"freq": "yearly", "bymonth": self.month,
                "byday": f"{week}{_WEEKDAYS[self.weekday]}"}


@dataclass(frozen=True)
class Rule:
    """A zone's current rule: its standard offset and, if it has summer time, when that
    starts and ends. Offsets are east of UTC, in seconds."""

    standard_name: str
    standard: int
    summer_name: str = ""
    summer: int = 0
    start: Change | None = None
    end: Change | None = None

    @classmethod
    def parse(cls, text: str) -> Rule | None:
        match = _POSIX.match(text)
        if not match:
            return None
        standard = -_seconds(match["std_offset"])  # POSIX counts west of UTC as positive
        if not match["dst"]:
            return cls(match["std"].strip("<>"), standard)
        start, end = Change.parse(match["start"]), Change.parse(match["end"])
        if start is None or end is None:
            return None
        summer = -_seconds(match["dst_offset"]) if match["dst_offset"] else standard + 3600
        return cls(match["std"].strip("<>"), standard, match["dst"].strip("<>"), summer,
                   start, end)

    def offset_at(self, moment: dt.datetime) -> int:
        """The offset this rule gives at ``moment`` (UTC)."""
        if self.start is None or self.end is None:
            return self.standard
        year = moment.year
        begins = self.start.local_moment(year) - dt.timedelta(seconds=self.standard)
        ends = self.end.local_moment(year) - dt.timedelta(seconds=self.summer)
        utc = moment.replace(tzinfo=None)
        in_summer = begins <= utc < ends if begins < ends else not ends <= utc < begins
        return self.summer if in_summer else self.standard


def _tzif(name: str) -> bytes:
    """The tz database file of ``name``, from the system or from the tzdata package."""
    for folder in zoneinfo.TZPATH:
        path = Path(folder, name)  # a zone name is a relative path: Europe/Berlin
        if path.is_file():
            return path.read_bytes()
    package = resources.files("tzdata.zoneinfo")
    return package.joinpath(*name.split("/")).read_bytes()


def current_rule(name: str) -> Rule | None:
    """The rule at the end of the zone's file (TZif version 2 and later), if readable."""
    try:
        data = _tzif(name)
    except (OSError, ModuleNotFoundError, ValueError):
        return None
    lines = data.rstrip(b"\n").rsplit(b"\n", 1)
    if not data.startswith(b"TZif") or len(lines) != 2:
        return None
    return Rule.parse(lines[1].decode("ascii", "replace"))


@dataclass(frozen=True)
class Transition:
    """A change of offset at ``moment`` (UTC), from ``before`` to ``after`` seconds."""

    moment: dt.datetime
    before: int
    after: int
    name: str

    @property
    def local_start(self) -> dt.datetime:
        """The wall-clock time of the change before it happens, as iCalendar wants it."""
        return _wall_clock(self.moment, self.before)


def _wall_clock(moment: dt.datetime, offset: int) -> dt.datetime:
    # Outside the property: mutation testing measures only undecorated functions.
    return (moment + dt.timedelta(seconds=offset)).replace(tzinfo=None)


def _offset(zone: zoneinfo.ZoneInfo, moment: dt.datetime) -> tuple[int, str]:
    local = moment.astimezone(zone)
    offset = local.utcoffset()
    return int(offset.total_seconds()) if offset else 0, local.tzname() or ""


def _new_year(year: int) -> dt.datetime:
    """The moment ``year`` begins in UTC."""
    return dt.datetime(year, 1, 1, tzinfo=dt.UTC)


def transitions(zone: zoneinfo.ZoneInfo, first_year: int, end_year: int) -> list[Transition]:
    """Every change of offset or name from ``first_year`` to before ``end_year``: found at
    midnight (UTC) each day and then to the second (no zone changes back within a day)."""
    found: list[Transition] = []
    moment = _new_year(first_year)
    last = _offset(zone, moment)
    while moment.year < end_year:
        following = moment + dt.timedelta(days=1)
        now = _offset(zone, following)
        if now != last:
            low, high = moment, following
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if _offset(zone, middle) == last else (low, middle)
            found.append(Transition(high.replace(microsecond=0), last[0], now[0], now[1]))
            last = now
        moment = following
    return found


def rule_changes(rule: Rule, year: int) -> list[Transition]:
    """The changes ``rule`` makes in ``year`` (UTC), in time order."""
    if rule.start is None or rule.end is None:
        return []
    changes = [change for local_year in (year - 1, year, year + 1) for change in (
        Transition(_utc(rule.start.local_moment(local_year), rule.standard),
                   rule.standard, rule.summer, rule.summer_name),
        Transition(_utc(rule.end.local_moment(local_year), rule.summer),
                   rule.summer, rule.standard, rule.standard_name))]
    return sorted((change for change in changes if change.moment.year == year),
                  key=lambda change: change.moment)


def _utc(wall_clock: dt.datetime, offset: int) -> dt.datetime:
    return (wall_clock - dt.timedelta(seconds=offset)).replace(tzinfo=dt.UTC)


def first_year_of(rule: Rule, zone: zoneinfo.ZoneInfo, changes: list[Transition]) -> int:
    """The first year from which the zone (whose ``changes`` are given) has followed
    ``rule`` every year until LAST_YEAR, LAST_YEAR + 1 if it does not even then: the
    same offset when the year begins, and the same changes to the second in it."""
    by_year: dict[int, list[Transition]] = {}
    for change in changes:
        by_year.setdefault(change.moment.year, []).append(change)
    year = LAST_YEAR
    while year >= FIRST_YEAR:
        new_year = _new_year(year)
        if (_offset(zone, new_year)[0] != rule.offset_at(new_year)
                or by_year.get(year, []) != rule_changes(rule, year)):
            break
        year -= 1
    return year + 1


def _observance(before: int, after: int, name: str, start: dt.datetime
                ) -> icalendar.cal.Component:
    # Readers take the component with the larger offset for summer time. Zones whose tz
    # rules call winter the "daylight" time (Europe/Dublin, negative DST) are written the
    # way every calendar reads them: the larger offset is DAYLIGHT.
    kind = icalendar.TimezoneDaylight if after > before else icalendar.TimezoneStandard
    component = kind()
    component.add("tzname", name)
    component.add("tzoffsetfrom", dt.timedelta(seconds=before))
    component.add("tzoffsetto", dt.timedelta(seconds=after))
    component.add("dtstart", start)
    return component


def _listed(zone: icalendar.Timezone, changes: list[Transition]) -> None:
    """Changes one by one: one component per kind of change, its later dates as RDATEs."""
    groups: dict[tuple[int, int, str], list[Transition]] = {}
    for change in changes:
        groups.setdefault((change.before, change.after, change.name), []).append(change)
    for (before, after, name), group in groups.items():
        component = _observance(before, after, name, group[0].local_start)
        for change in group[1:]:
            component.add("rdate", change.local_start)
        zone.add_component(component)


def _build(name: str) -> icalendar.Timezone:
    tz = zoneinfo.ZoneInfo(name)
    rule = current_rule(name)
    found = transitions(tz, FIRST_YEAR, LAST_YEAR + 1)
    since = first_year_of(rule, tz, found) if rule is not None else LAST_YEAR + 1
    if since > LAST_YEAR:  # no rule, or one the zone does not follow: list every change
        rule = None
    zone = icalendar.Timezone()
    zone.add("tzid", name)
    changes = [change for change in found if change.moment.year < since]
    offset, tzname = _offset(tz, _new_year(FIRST_YEAR))
    # The offset in force in 1970, of the same kind as the time it was left for (London
    # was on summer time all year then); readers misplace the first change otherwise.
    following = changes[0].after if changes else offset
    zone.add_component(_observance(following, offset, tzname, dt.datetime(FIRST_YEAR, 1, 1)))
    _listed(zone, changes)
    if rule is not None and rule.start is not None and rule.end is not None:
        for change, before_seconds, after_seconds, tzname in (
                (rule.start, rule.standard, rule.summer, rule.summer_name),
                (rule.end, rule.summer, rule.standard, rule.standard_name)):
            component = _observance(before_seconds, after_seconds, tzname,
                                    change.local_moment(since))
            component.add("rrule", change.rrule())
            zone.add_component(component)
    return zone


def _serialized(name: str) -> bytes:
    """The complete VTIMEZONE of the IANA zone ``name``, serialized."""
    return bytes(_build(name).to_ical())


# Wrapped rather than decorated: mutation testing measures only undecorated functions.
vtimezone = lru_cache(maxsize=16)(_serialized)
