"""What calendar apps show from campdoc's iCal files, property by property: read back by
icalendar and by vobject, with the exact values (tests/integration/test_exports.py checks
times, time zones and line folding)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
import vobject

from campdoc import __version__
from campdoc.site.build import build
from tests.conftest import make_project, site_scope

CAMP = ("name: Test-Camp\ndate: 2026-05-16\nlocation: Haus der Vereine, Leipzig\n"
        "description: Ein **offenes** Camp für `alle`.\nlicense: CC-BY-4.0\n"
        "rooms:\n  - name: Saal\n  - name: Werkstatt\n"
        "slots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
        "  - id: s2\n    start: '11:30'\n    end: '12:30'\n")
SESSION = ("---\ntitle: {title}\nhosts:\n  - name: Ann Beispiel\n    organization: Verein e. V.\n"
           "{fields}insights: [Eins ist `wichtig`]\n---\nText\n")
SESSIONS = {
    "alpha.md": SESSION.format(title="Alpha; mit, Zeichen", fields=(
        "subtitle: Der Untertitel\nroom: Saal\nslot: s1\ntags: [Ehrenamt, Digitales]\n"
        "questions: [Wie?]\n")),
    "beta.md": SESSION.format(title="Beta", fields="slot: s2\n"),  # no room
    "gamma.md": SESSION.format(title="Gamma", fields="room: Werkstatt\n"),  # no slot: all day
    "delta.md": SESSION.format(title="Delta", fields="status: draft\nroom: Saal\nslot: s1\n"),
}
BASE = "https://doku.example.org/camps/"
PINNED = dt.datetime(2026, 5, 28, 20, 26, 40, tzinfo=dt.UTC)  # SOURCE_DATE_EPOCH 1780000000


@pytest.fixture(scope=site_scope)
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("calendar"), SESSIONS, CAMP)
    (project / "campdoc.yaml").write_text(f"base_url: {BASE}\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1780000000")
        assert not build(project, project / "site").failed
    return project / "site" / "camp"


def read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_calendar_properties_name_campdoc_the_camp_and_its_zone(site: Path) -> None:
    calendar = read(site / "camp.ics")
    assert {key: str(value) for key, value in calendar.property_items(recursive=False)
            if key not in ("BEGIN", "END")} == {
        "VERSION": "2.0",
        "PRODID": f"-//campdoc//campdoc {__version__}//EN",
        "CALSCALE": "GREGORIAN",
        "METHOD": "PUBLISH",
        "X-WR-CALNAME": "Test-Camp",
        "X-WR-CALDESC": "Ein offenes Camp für alle.",  # the description without Markdown
        "X-WR-TIMEZONE": "Europe/Berlin",
    }
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_each_published_session_is_one_event_with_every_property(site: Path) -> None:
    found = events(read(site / "camp.ics"))
    assert sorted(found) == ["Alpha; mit, Zeichen", "Beta", "Gamma"]  # not the draft
    alpha = found["Alpha; mit, Zeichen"]
    assert str(alpha["uid"]) == "camp/alpha@doku.example.org"
    assert alpha["dtstamp"].to_ical() == b"20260528T202640Z"  # in UTC, as RFC 5545 asks
    assert str(alpha["description"]) == (
        "Der Untertitel\nAnn Beispiel (Verein e. V.)\n\nFragen:\n• Wie?\n\n"
        "Wichtigste Erkenntnisse:\n• Eins ist wichtig\n\n"
        f"{BASE}camp/sessions/alpha.html")
    assert str(alpha["location"]) == "Saal, Haus der Vereine, Leipzig"
    assert str(alpha["url"]) == f"{BASE}camp/sessions/alpha.html"
    assert alpha["categories"].cats == ["Ehrenamt", "Digitales"]
    assert str(found["Beta"]["location"]) == "Haus der Vereine, Leipzig"
    assert "categories" not in found["Beta"]
    assert str(found["Gamma"]["location"]) == "Werkstatt, Haus der Vereine, Leipzig"


def test_times_and_all_day_entries(site: Path) -> None:
    found = events(read(site / "camp.ics"))
    berlin = dt.timezone(dt.timedelta(hours=2))
    for title, start, end in (("Alpha; mit, Zeichen", (10, 0), (11, 0)),
                              ("Beta", (11, 30), (12, 30))):
        event = found[title]
        assert event.decoded("dtstart") == dt.datetime(2026, 5, 16, *start, tzinfo=berlin)
        assert event.decoded("dtend") == dt.datetime(2026, 5, 16, *end, tzinfo=berlin)
    assert found["Gamma"].decoded("dtstart") == dt.date(2026, 5, 16)
    assert found["Gamma"].decoded("dtend") == dt.date(2026, 5, 17)


def test_vobject_reads_the_same_values(site: Path) -> None:
    calendar = vobject.readOne((site / "camp.ics").read_text(encoding="utf-8"))
    assert calendar.prodid.value == f"-//campdoc//campdoc {__version__}//EN"
    assert calendar.version.value == "2.0"
    assert calendar.contents["x-wr-calname"][0].value == "Test-Camp"
    alpha = next(event for event in calendar.vevent_list
                 if event.uid.value == "camp/alpha@doku.example.org")
    assert alpha.summary.value == "Alpha; mit, Zeichen"
    assert alpha.location.value == "Saal, Haus der Vereine, Leipzig"
    assert alpha.description.value.endswith(f"Eins ist wichtig\n\n{BASE}camp/sessions/alpha.html")
    assert alpha.categories.value == ["Ehrenamt", "Digitales"]
    assert alpha.dtstamp.value == PINNED


def test_a_session_file_holds_its_event_and_is_named_after_it(site: Path) -> None:
    camp_events = events(read(site / "camp.ics"))
    for slug, title in (("alpha", "Alpha; mit, Zeichen"), ("beta", "Beta"), ("gamma", "Gamma")):
        calendar = read(site / "sessions" / f"{slug}.ics")
        assert str(calendar["x-wr-calname"]) == title
        assert str(calendar["prodid"]) == f"-//campdoc//campdoc {__version__}//EN"
        assert "x-wr-caldesc" not in calendar
        (event,) = calendar.walk("VEVENT")
        assert event.to_ical() == camp_events[title].to_ical()
    assert not (site / "sessions" / "delta.ics").exists()


NO_PLACE = ("name: Ortloses Camp\ndate: 2026-03-07\ntimezone: UTC\nlicense: CC-BY-4.0\n"
            "rooms:\n  - name: Saal\nslots:\n  - id: s1\n    start: '09:00'\n    end: '10:00'\n"
            "  - id: s2\n    start: '15:00'\n    end: '16:00'\n")


def test_without_base_url_location_or_source_date(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """UIDs fall back to a host that cannot exist, addresses stay relative (and are no URL
    property), the time stamp is the last session's start, a camp in UTC needs no zone."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = make_project(tmp_path, {
        "frueh.md": SESSION.format(title="Früh", fields="room: Saal\nslot: s1\n"),
        "spaet.md": SESSION.format(title="Spät", fields="slot: s2\n"),
    }, NO_PLACE)
    assert not build(project, project / "site").failed
    calendar = read(project / "site" / "camp" / "camp.ics")
    assert str(calendar["x-wr-timezone"]) == "UTC"
    assert "x-wr-caldesc" not in calendar
    assert calendar.walk("VTIMEZONE") == []
    found = events(calendar)
    assert str(found["Früh"]["uid"]) == "camp/frueh@campdoc.invalid"
    assert str(found["Früh"]["location"]) == "Saal"
    assert "location" not in found["Spät"]
    assert "url" not in found["Früh"]
    assert str(found["Früh"]["description"]).endswith("Eins ist wichtig\n\nsessions/frueh.html")
    last_start = dt.datetime(2026, 3, 7, 15, 0, tzinfo=dt.UTC)
    assert {event.decoded("dtstamp") for event in found.values()} == {last_start}


@pytest.fixture
def machine_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The building machine's own time zone, which must not reach the output."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("machine_in_new_york")
def test_time_stamp_of_a_camp_in_summer_time_is_written_in_utc(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last session starts at 11:30 in Leipzig (summer time): 09:30 UTC, on a machine
    in any zone. A plain http base URL still gives each event its address."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = make_project(tmp_path, {name: SESSIONS[name] for name in ("alpha.md", "beta.md")},
                           CAMP)
    (project / "campdoc.yaml").write_text("base_url: http://intranet.example/doku/\n",
                                          encoding="utf-8")
    assert not build(project, project / "site").failed
    found = events(read(project / "site" / "camp" / "camp.ics"))
    assert {event["dtstamp"].to_ical() for event in found.values()} == {b"20260516T093000Z"}
    assert str(found["Beta"]["uid"]) == "camp/beta@intranet.example"
    assert str(found["Beta"]["url"]) == "http://intranet.example/doku/camp/sessions/beta.html"
