"""campdoc writes iCalendar lines itself (for speed); icalendar is the reference. Every
line, event and calendar head must be the bytes icalendar writes for the same values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from campdoc.cli.common import load_and_validate
from campdoc.content.model import Camp, Session
from campdoc.content.timing import session_timing
from campdoc.exports.ical import CalendarWriter
from campdoc.exports.ical_lines import fold, list_line, text_line, time_line

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)
# Text near the folding edge: ASCII, umlauts (2 octets), CJK (3), emoji (4), and the
# characters that are escaped or keep an escape together (a backslash and N is a line
# break to icalendar).
TEXT = st.text(alphabet=st.sampled_from(
    [*"abc xyzN,;:\\^\"'\n\r", "ä", "ß", "€", "–", "漢", "😀", "\u0301"]), max_size=300)
ZONES = ["UTC", "Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Etc/GMT+1"]


def _reference(name: str, value: object) -> str:
    """The line icalendar writes for one property of an event."""
    event = icalendar.Event()
    event.add(name, value)
    text = event.to_ical().decode("utf-8")
    assert text.startswith("BEGIN:VEVENT\r\n") and text.endswith("END:VEVENT\r\n")
    return text.removeprefix("BEGIN:VEVENT\r\n").removesuffix("END:VEVENT\r\n")


@SETTINGS
@given(TEXT)
@example("Zeile\\Nzwei")  # a backslash and N: a line break to icalendar
def test_text_lines_are_icalendars(value: str) -> None:
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "UID"):
        assert text_line(name, value) == _reference(name, value)


@SETTINGS
@given(st.lists(TEXT.filter(bool), min_size=1, max_size=6))
def test_category_lines_are_icalendars(values: list[str]) -> None:
    assert list_line("CATEGORIES", values) == _reference("CATEGORIES", values)


@SETTINGS
@given(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1)),
       st.sampled_from(ZONES))
def test_time_lines_are_icalendars(moment: dt.datetime, zone: str) -> None:
    aware = moment.replace(tzinfo=ZoneInfo(zone))
    assert time_line("DTSTART", aware) == _reference("DTSTART", aware)
    assert time_line("DTSTAMP", aware.astimezone(dt.UTC)) == \
        _reference("DTSTAMP", aware.astimezone(dt.UTC))
    assert time_line("DTEND", moment.date()) == _reference("DTEND", moment.date())


class _Unnamed(dt.tzinfo):
    """A zone with an offset and no name, such as a library may hand over."""

    def utcoffset(self, moment: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(hours=3)

    def dst(self, moment: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def tzname(self, moment: dt.datetime | None) -> None:
        return None


@pytest.mark.parametrize("moment", [
    dt.datetime(2026, 5, 16, 10, 0, 5),  # floating: no zone at all
    dt.datetime(2026, 5, 16, 10, 0, 5, tzinfo=_Unnamed()),  # a zone without a name
])
def test_times_without_a_named_zone_are_floating_as_icalendar_writes_them(
        moment: dt.datetime) -> None:
    assert time_line("DTSTART", moment) == "DTSTART:20260516T100005\r\n"
    assert time_line("DTSTART", moment) == _reference("DTSTART", moment)


@pytest.mark.parametrize(("line", "parts"), [
    ("X" * 74, ["X" * 74]),
    ("X" * 75, ["X" * 74, "X"]),
    ("X" * 73 + "ä", ["X" * 73, "ä"]),  # an umlaut is never split across lines
    ("X" * 73 + "\\n", ["X" * 73, "\\n"]),  # nor an escape
])
def test_folding_at_the_edge(line: str, parts: list[str]) -> None:
    assert fold(line) == "\r\n ".join(parts)
    assert all(len(part.encode("utf-8")) <= 74 for part in parts)


def _icalendar_event(camp: Camp, session: Session, summary: str, url: str) -> bytes:
    """The event as icalendar builds it (how campdoc wrote it before ical_lines)."""
    timing = session_timing(camp, session)
    assert timing is not None
    event = icalendar.Event()
    event.add("uid", f"{camp.id}/{session.slug}@example.org")
    event.add("dtstamp", STAMP)
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
    event.add("url", url)
    if session.meta.tags:
        event.add("categories", list(session.meta.tags))
    return bytes(event.to_ical())


STAMP = dt.datetime(2026, 5, 16, 12, tzinfo=dt.UTC)


def test_every_sample_event_is_the_one_icalendar_builds(sample_project: Path) -> None:
    project, issues, _ = load_and_validate(sample_project)
    assert not [issue for issue in issues if issue.is_error]
    events = 0
    for camp in project.camps:
        writer = CalendarWriter(camp, lambda s: f"Zusammenfassung von {s.meta.title}, kurz",
                                lambda s, camp=camp: f"https://example.org/{camp.id}/{s.slug}.html",
                                "https://example.org/", STAMP)
        for session in camp.published:
            if session.slug in writer.events:
                expected = _icalendar_event(
                    camp, session, f"Zusammenfassung von {session.meta.title}, kurz",
                    f"https://example.org/{camp.id}/{session.slug}.html")
                assert writer.events[session.slug] == expected, session.slug
                events += 1
        calendar = icalendar.Calendar.from_ical(writer.camp_calendar())
        assert str(calendar["X-WR-CALNAME"]) == camp.meta.name
        assert len(calendar.walk("VEVENT")) == len(writer.events)
    assert events >= 15
