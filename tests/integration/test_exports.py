"""The open exports of every build: c3voc schedule.json, iCal files and sessions.json."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import jsonschema
import pytest
import vobject

from campdoc.content.schema_export import json_schema
from campdoc.site.build import build
from tests.conftest import HIDDEN_NAME, ROOT, build_sample_site, make_project, site_scope

LEIPZIG = "engagementcamp-leipzig-2026"
C3VOC_SCHEMA = json.loads((ROOT / "tests/fixtures/c3voc/schema.json").read_text())
ANONYMOUS_NAME = HIDDEN_NAME  # publish_name: false, put into the sample by the fixture
DRAFT_TITLE = "Offene Runde – Wünsche für das nächste Camp"


@pytest.fixture(scope=site_scope)
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_site(tmp_path_factory.mktemp("exports"), hidden_name=True)


def load(site: Path, name: str) -> dict:
    return json.loads((site / LEIPZIG / name).read_text(encoding="utf-8"))


def c3voc_validator() -> jsonschema.Draft6Validator:
    """Strict: every format the schema names (uuid, date, date-time, uri) is checked too."""
    return jsonschema.Draft6Validator(C3VOC_SCHEMA, format_checker=jsonschema.FormatChecker())


def events_of(schedule: dict) -> list[dict]:
    return [event for day in schedule["schedule"]["conference"]["days"]
            for events in day["rooms"].values() for event in events]


def session_pages(site: Path) -> list[str]:
    return sorted(path.stem for path in (site / LEIPZIG / "sessions").glob("*.html"))


def test_schedule_json_is_valid_c3voc_with_every_scheduled_session(site: Path) -> None:
    schedule = load(site, "schedule.json")
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in c3voc_validator().iter_errors(schedule)]
    assert errors == []
    events = events_of(schedule)
    assert sorted(e["slug"].removeprefix(f"{LEIPZIG}-") for e in events) == session_pages(site)
    assert len({e["guid"] for e in events}) == len({e["id"] for e in events}) == len(events)


def test_schedule_json_times_rooms_and_host_organisations(site: Path) -> None:
    event = next(e for e in events_of(load(site, "schedule.json"))
                 if e["title"] == "Partnerschaften für Ostdeutschland")
    assert event["start"] == event["date"] == "2026-05-16T10:30:00+02:00"
    assert event["duration"] == "01:00"
    assert event["room"] == "Saal"
    assert event["url"].endswith(f"/{LEIPZIG}/sessions/partnerschaften-fuer-ostdeutschland.html")
    assert {"name": "Katrin Behrendt",
            "organization": "Netzwerk Engagement Mitteldeutschland"}.items() <= \
        event["persons"][0].items()


def test_the_validator_would_catch_a_broken_schedule(site: Path) -> None:
    broken = load(site, "schedule.json")
    events_of(broken)[0]["guid"] = "not-a-uuid"
    del events_of(broken)[1]["room"]
    events_of(broken)[2]["start"] = "10:30"
    broken["schedule"]["conference"]["start"] = "16.05.2026"
    broken["schedule"]["conference"]["end"] = "16.05.2026"
    assert len(list(c3voc_validator().iter_errors(broken))) == 4


def test_camp_calendar_parses_with_every_dated_session_in_berlin_time(site: Path) -> None:
    calendar = icalendar.Calendar.from_ical((site / LEIPZIG / "camp.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == sorted(
        e["title"] for e in events_of(load(site, "schedule.json")))
    zone = calendar.walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zone] == ["Europe/Berlin"]
    event = next(e for e in events if str(e["summary"]) == "Partnerschaften für Ostdeutschland")
    start = event.decoded("dtstart")
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 5, 16, 8, 30, tzinfo=dt.UTC)
    assert event.decoded("dtend") - start == dt.timedelta(hours=1)
    assert event["dtstart"].params["TZID"] == "Europe/Berlin"
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_calendars_of_camps_in_different_years_read_in_one_vobject_process(site: Path) -> None:
    """vobject keeps the first VTIMEZONE of a TZID for every later calendar, as calendar
    servers do: each camp's events must still come out at the times icalendar reads."""
    calendars = sorted(site.glob("*/camp.ics"))
    years = set()
    for path in calendars:
        data = path.read_bytes()
        expected = {str(event["uid"]): event.decoded("dtstart")
                    for event in icalendar.Calendar.from_ical(data).walk("VEVENT")}
        read = vobject.readOne(data.decode("utf-8"))
        for event in read.vevent_list:
            start = event.dtstart.value
            assert isinstance(start, dt.datetime), event.summary.value
            assert start.astimezone(dt.UTC) == expected[event.uid.value].astimezone(dt.UTC), (
                path.parent.name, event.summary.value)
            years.add((start.year, start.utcoffset()))
    assert len(calendars) == 3
    # Three years, winter time (March 2024) and summer time: a one-year zone would shift.
    assert {year for year, _ in years} == {2024, 2025, 2026}
    assert {offset for _, offset in years} == {dt.timedelta(hours=1), dt.timedelta(hours=2)}


def test_each_session_has_its_own_calendar_file(site: Path) -> None:
    folder = site / LEIPZIG / "sessions"
    for slug in session_pages(site):
        calendar = icalendar.Calendar.from_ical((folder / f"{slug}.ics").read_bytes())
        (event,) = calendar.walk("VEVENT")
        assert event["url"].endswith(f"/sessions/{slug}.html")
        page = (folder / f"{slug}.html").read_text(encoding="utf-8")
        assert f'href="{slug}.ics"' in page


def test_calendar_lines_are_folded_and_end_in_crlf(site: Path) -> None:
    data = (site / LEIPZIG / "camp.ics").read_bytes()
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75


def test_time_zone_is_configurable(tmp_path: Path) -> None:
    camp_yaml = ("name: Camp in New York\ndate: 2026-03-08\ntimezone: America/New_York\n"
                 "rooms:\n  - name: Hall\nslots:\n  - id: s1\n    start: '09:00'\n"
                 "    end: '10:30'\n")
    session = ("---\ntitle: Early\nhosts:\n  - name: Ann\nroom: Hall\nslot: s1\n"
               "insights: [One]\n---\n")
    project = make_project(tmp_path, {"early.md": session}, camp_yaml)
    assert not build(project, project / "site").failed
    calendar = icalendar.Calendar.from_ical((project / "site/camp/camp.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    # 8 March 2026 is the day New York moves to summer time (at 02:00): 09:00 is EDT.
    assert event.decoded("dtstart") == dt.datetime(2026, 3, 8, 9, 0,
                                                   tzinfo=ZoneInfo("America/New_York"))
    assert event.decoded("dtstart").utcoffset() == dt.timedelta(hours=-4)
    schedule = json.loads((project / "site/camp/schedule.json").read_text())
    assert events_of(schedule)[0]["start"] == "2026-03-08T09:00:00-04:00"
    assert events_of(schedule)[0]["duration"] == "01:30"


def test_session_without_slot_is_an_all_day_calendar_entry(tmp_path: Path) -> None:
    session = "---\ntitle: Hallway\nhosts:\n  - name: Ann\ninsights: [One]\n---\n"
    project = make_project(tmp_path, {"hallway.md": session})
    assert not build(project, project / "site").failed
    calendar = icalendar.Calendar.from_ical((project / "site/camp/camp.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2026, 5, 16)
    assert calendar.walk("VTIMEZONE") == []
    schedule = json.loads((project / "site/camp/schedule.json").read_text())
    assert events_of(schedule) == []  # c3voc events need a time and a room
    assert list(c3voc_validator().iter_errors(schedule)) == []


def test_sessions_json_has_the_documented_shape(site: Path) -> None:
    data = load(site, "sessions.json")
    assert (data["format"], data["version"]) == ("campdoc-sessions", 1)
    assert data["camp"]["id"] == LEIPZIG
    jsonschema.validate(data["camp"]["fields"], json_schema("camp"))
    session_schema = json_schema("session")
    for record in data["sessions"]:
        jsonschema.validate(record["fields"], session_schema)
        assert set(record) == {"id", "url", "start", "end", "fields", "notes", "photos",
                               "materials"}
        assert "photos" not in record["fields"] and "materials" not in record["fields"]
        for photo in record["photos"]:
            assert set(photo) == {"url", "file", "in_notes", "alt", "caption", "credit",
                                  "license", "width", "height", "shows_people"}
            assert photo["url"].startswith("https://") and photo["alt"]
    assert sorted(r["id"] for r in data["sessions"]) == session_pages(site)
    source = (ROOT / "sessions" / LEIPZIG / "digitale-vereinsarbeit.md").read_text()
    record = next(r for r in data["sessions"] if r["id"] == "digitale-vereinsarbeit")
    assert source.endswith(record["notes"]) and len(record["notes"]) > 100


def test_exports_leave_out_drafts_hidden_names_and_review_handles(tmp_path: Path) -> None:
    site = build_sample_site(tmp_path, hidden_name=True)
    files = [site / LEIPZIG / name for name in ("schedule.json", "sessions.json", "camp.ics")]
    files += sorted((site / LEIPZIG / "sessions").glob("*.ics"))
    for path in files:
        text = path.read_bytes().decode("utf-8").replace("\r\n ", "")
        assert ANONYMOUS_NAME not in text, path
        assert "Beispielmann" not in text, path
        assert DRAFT_TITLE not in text, path
    sessions = load(site, "sessions.json")
    hosts = [h for r in sessions["sessions"] for h in r["fields"]["hosts"]]
    assert {"name": "Anonyme:r Sessiongeber:in", "publish_name": False,
            "organization": "Bürgerinitiative aus dem Erzgebirge"} in hosts

    session = ("---\ntitle: Handles\nhosts:\n  - name: Ann\n    github: ann-gh\n"
               "    gitlab: ann-gl\ninsights: [One]\n---\n")
    project = make_project(tmp_path / "handles", {"handles.md": session})
    assert not build(project, project / "site").failed
    exported = (project / "site/camp/sessions.json").read_text()
    assert "ann-gh" not in exported and "ann-gl" not in exported
