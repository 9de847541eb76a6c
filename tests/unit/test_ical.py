"""The iCalendar files of a camp and of one session, line by line, as a calendar app gets
them (the integration tests read the sample's files back with icalendar and vobject)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from campdoc import __version__
from campdoc.content.model import Camp
from campdoc.content.schema import CampMeta, Room, Slot
from campdoc.exports.ical import CalendarWriter
from tests.builders import make_session

MAY_16 = dt.date(2026, 5, 16)
STAMP = dt.datetime(2026, 5, 20, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
HEAD = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        f"PRODID:-//campdoc//campdoc {__version__}//EN\r\n"
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n")


def _writer(timezone: str = "UTC", **fields: object) -> CalendarWriter:
    meta = CampMeta(name="Camp", date=MAY_16, timezone=timezone, rooms=(Room(name="Saal"),),
                    slots=(Slot(id="s1", start=dt.time(10), end=dt.time(11, 30)),),
                    **fields)  # type: ignore[arg-type]
    sessions = [
        make_session("timed", title="Mit Zeit", room="Saal", slot="s1", tags=("KI", "a,b")),
        make_session("day", title="Nur der Tag"),
        make_session("draft", title="Entwurf", status="draft"),
    ]
    camp = Camp("camp", "sessions/camp/camp.yaml", meta, "de", sessions)
    return CalendarWriter(camp, lambda s: f"Über {s.slug}",
                          lambda s: f"https://camp.example/{s.slug}/",
                          "https://camp.example/base/", STAMP)


TIMED = ("BEGIN:VEVENT\r\nSUMMARY:Mit Zeit\r\n"
         "DTSTART:20260516T100000Z\r\nDTEND:20260516T113000Z\r\n"
         "DTSTAMP:20260520T123000Z\r\nUID:camp/timed@camp.example\r\n"
         "CATEGORIES:KI,a\\,b\r\n"
         "DESCRIPTION:Über timed\\n\\nhttps://camp.example/timed/\r\n"
         "LOCATION:Saal\\, Leipzig\r\nURL:https://camp.example/timed/\r\n"
         "END:VEVENT\r\n")
DAY = ("BEGIN:VEVENT\r\nSUMMARY:Nur der Tag\r\n"
       "DTSTART;VALUE=DATE:20260516\r\nDTEND;VALUE=DATE:20260517\r\n"
       "DTSTAMP:20260520T123000Z\r\nUID:camp/day@camp.example\r\n"
       "DESCRIPTION:Über day\\n\\nhttps://camp.example/day/\r\n"
       "LOCATION:Leipzig\r\nURL:https://camp.example/day/\r\n"
       "END:VEVENT\r\n")


def test_the_camp_calendar_holds_every_published_session_exactly() -> None:
    calendar = _writer(location="Leipzig", description="Ein *Camp*.").camp_calendar()
    assert calendar.decode() == (
        HEAD + "X-WR-CALDESC:Ein Camp.\r\nX-WR-CALNAME:Camp\r\nX-WR-TIMEZONE:UTC\r\n"
        + TIMED + DAY + "END:VCALENDAR\r\n")


def test_a_session_calendar_holds_its_own_event_under_its_title() -> None:
    writer = _writer(location="Leipzig")
    day = make_session("day", title="Nur der Tag")
    assert writer.session_calendar(day).decode() == (  # type: ignore[union-attr]
        HEAD + "X-WR-CALNAME:Nur der Tag\r\nX-WR-TIMEZONE:UTC\r\n" + DAY + "END:VCALENDAR\r\n")
    assert writer.session_calendar(make_session("draft")) is None


def test_a_camp_in_a_zone_carries_its_vtimezone_once() -> None:
    calendar = _writer("Europe/Berlin").camp_calendar().decode()
    assert calendar.count("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n") == 1
    assert ("DTSTART;TZID=Europe/Berlin:20260516T100000\r\n"
            "DTEND;TZID=Europe/Berlin:20260516T113000\r\n") in calendar
    assert calendar.index("END:VTIMEZONE") < calendar.index("BEGIN:VEVENT")


def test_without_a_site_address_uids_use_a_reserved_host_and_only_web_urls_are_links(
        ) -> None:
    meta = CampMeta(name="Camp", date=MAY_16)
    camp = Camp("camp", "sessions/camp/camp.yaml", meta, "de",
                [make_session("a"), make_session("b")])
    addresses = {"a": "http://camp.example/a/", "b": "b/index.html"}
    calendar = CalendarWriter(camp, lambda s: "", lambda s: addresses[s.slug], "",
                              STAMP).camp_calendar().decode()
    assert "UID:camp/a@campdoc.invalid\r\n" in calendar
    assert "URL:http://camp.example/a/\r\n" in calendar and "URL:b/" not in calendar
    assert "X-WR-CALDESC" not in calendar  # a camp without a description


def test_the_time_stamp_is_utc_whatever_the_machine_s_zone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        calendar = _writer().camp_calendar().decode()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert calendar.count("DTSTAMP:20260520T123000Z\r\n") == 2
