"""The c3voc ``schedule.json`` of a camp, value by value: conference, days, rooms, events
and persons, and the identifiers that Fahrplan apps keep from one build to the next."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from campdoc import __version__
from campdoc.content.fieldtypes import InsightGroup
from campdoc.content.model import Camp, Session
from campdoc.content.public import public_camp
from campdoc.content.schema import CampMeta, Host, Link, Room, Slot
from campdoc.content.timing import Timing
from campdoc.exports import schedule
from campdoc.exports.schedule import (
    _timeslot_minutes,
    acronym,
    event_ids,
    event_slug,
    hh_mm,
    schedule_document,
)
from tests.builders import make_session

MAY_16, MAY_17, MAY_18 = dt.date(2026, 5, 16), dt.date(2026, 5, 17), dt.date(2026, 5, 18)
S1 = Slot(id="s1", start=dt.time(10), end=dt.time(11, 30))
S2 = Slot(id="s2", start=dt.time(10, 30), end=dt.time(11), date=MAY_18)
# uuid5 in campdoc's namespace: these must never change, or apps see new events and rooms.
GUID_SAAL = "c23dfa8f-fe44-59d9-8daa-ac2d95142401"
GUID_WERKSTATT = "5ac6821c-dc9e-5743-915b-aa8b79e93bdf"
GUID_SESSION_A = "776e27fd-3af0-555d-b403-5a59587bc62e"
GUID_SESSION_B = "8596f572-3019-56e0-9e6a-00b19e7d21fa"
GUID_ANNA = "9c3b3b56-306a-5b6a-b439-3ffeb1d59d4c"
GUID_HIDDEN_IN_A = "ac4f532e-b061-5a5f-9982-99d5a8fad64c"  # "anonymous a 1", not the name
GUID_HOST_A = "863e7afa-b22e-582a-90dd-5e3c9296e691"


@pytest.mark.parametrize(("camp_id", "expected"), [
    ("engagementcamp-leipzig-2026", "engagementcamp_leipzig_2026"),
    ("Camp.2026", "camp_2026"),
    ("abcd", "abcd"),
    ("ab", "ab__"),  # four characters at least
    ("äx", "_x__"),
])
def test_the_acronym_is_letters_digits_and_underscores(camp_id: str, expected: str) -> None:
    assert acronym(camp_id) == expected


@pytest.mark.parametrize(("camp_id", "slug", "expected"), [
    ("camp", "was-tun", "camp-was-tun"),
    ("Camp", "Über uns", "camp--ber-uns"),
    ("_camp", "end__", "camp-end"),
    ("-", "_", "session"),
])
def test_event_slugs_join_camp_and_session(camp_id: str, slug: str, expected: str) -> None:
    assert event_slug(camp_id, slug) == expected


def test_event_ids_are_the_first_28_bits_of_the_slugs_sha256() -> None:
    # sha256("a") starts ca978112, sha256("b") 3e23e816.
    assert event_ids([make_session("b"), make_session("a")]) == {
        "a": 0xCA97811, "b": 0x3E23E81}


def test_event_ids_stay_distinct_and_positive_when_hashes_collide(
        monkeypatch: pytest.MonkeyPatch) -> None:
    class Zero:
        def hexdigest(self) -> str:
            return "0" * 64

    class FakeHashlib:
        @staticmethod
        def sha256(data: bytes) -> Zero:
            return Zero()

    monkeypatch.setattr(schedule, "hashlib", FakeHashlib)
    # In the order of the slugs: the first takes 1 (never 0), the others the next free ones.
    assert event_ids([make_session("c"), make_session("a"), make_session("b")]) == {
        "a": 1, "b": 2, "c": 3}


@pytest.mark.parametrize(("minutes", "expected"), [
    (0, "00:00"), (59, "00:59"), (60, "01:00"), (75, "01:15"), (600, "10:00")])
def test_durations_are_hours_and_minutes(minutes: int, expected: str) -> None:
    assert hh_mm(minutes) == expected


def _timing(hour: int, minute: int, minutes: int) -> Timing:
    start = dt.datetime(2026, 5, 16, hour, minute)
    return Timing(MAY_16, start, start + dt.timedelta(minutes=minutes))


@pytest.mark.parametrize(("timings", "expected"), [
    ([], 15),
    ([_timing(10, 0, 90), _timing(10, 30, 30)], 30),
    ([_timing(10, 0, 45)], 15),
    ([_timing(10, 15, 45)], 15),  # minutes after the hour count as minutes
    ([_timing(10, 0, 120)], 60),  # an hour at most
    ([_timing(10, 1, 30)], 5),  # five minutes at least
    ([Timing(MAY_16, dt.datetime(2026, 5, 16, 0, 0))], 15),  # midnight, no end: 0 → default
])
def test_the_timeslot_is_the_grid_of_starts_and_lengths(timings: list[Timing],
                                                         expected: int) -> None:
    assert _timeslot_minutes(timings) == expected


def _camp(sessions: list[Session], **fields: Any) -> Camp:
    meta = CampMeta(**{  # type: ignore[arg-type]
        "name": "Camp", "start": MAY_16, "end": MAY_18, "license": "CC-BY-4.0",
        "rooms": (Room(name="Saal", capacity=40), Room(name="Werkstatt")),
        "slots": (S1, S2), **fields})
    return Camp("camp", "sessions/camp/camp.yaml", meta, "de", sessions)


def _sessions() -> list[Session]:
    a = make_session("a", title="Ehrenamt", subtitle="Kurz gesagt", room="Saal", slot="s1",
                     tags=("KI", "Ehrenamt"),
                     hosts=(Host(name="Anna", organization="Verein"),
                            Host(name="Geheim", organization="Träger", publish_name=False)),
                     links=(Link(title="Folien", url="https://example.org/f"),))
    b = make_session("b", title="Rooms", room="Werkstatt", slot="s2", language="en",
                     license="CC0-1.0",
                     insights=("One *idea*", InsightGroup("Group", ("inner",)), "Two `code`",
                               "Three", "Four"))
    elsewhere = make_session("c", room="Keller", slot="s1")  # no such room
    no_slot = make_session("d", room="Saal")  # a day, but no time
    draft = make_session("e", room="Saal", slot="s1", status="draft")
    return [elsewhere, no_slot, a, b, draft]  # those left out first: the rest still counts


def _document(camp: Camp, camp_url: str = "https://camp.example/camp/") -> dict[str, Any]:
    return schedule_document(public_camp(camp), lambda s: f"https://camp.example/{s.slug}/",
                             camp_url, lambda s: f"Text of {s.slug}")


def test_the_document_names_its_schema_and_generator() -> None:
    document = _document(_camp(_sessions()))
    assert document["$schema"] == "https://c3voc.de/schedule/schema.json"
    assert document["generator"] == {"name": "campdoc", "version": __version__}
    assert re.fullmatch(r"campdoc-[0-9a-f]{12}", document["schedule"]["version"])


def test_the_conference_has_every_day_of_the_camp_and_its_rooms() -> None:
    conference = _document(_camp(_sessions(), description="Ein **Camp**."))["schedule"][
        "conference"]
    days = conference.pop("days")
    assert conference == {
        "acronym": "camp", "title": "Camp", "start": "2026-05-16", "end": "2026-05-18",
        "daysCount": 3, "timeslot_duration": "00:30", "time_zone_name": "Europe/Berlin",
        "rooms": [{"name": "Saal", "guid": GUID_SAAL, "capacity": 40},
                  {"name": "Werkstatt", "guid": GUID_WERKSTATT}],
        "description": "Ein Camp.", "url": "https://camp.example/camp/"}
    assert [(day["index"], day["date"], day["day_start"], day["day_end"],
             {room: [event["slug"] for event in events]
              for room, events in day["rooms"].items()}) for day in days] == [
        (1, "2026-05-16", "2026-05-16T00:00:00+02:00", "2026-05-16T23:59:00+02:00",
         {"Saal": ["camp-a"]}),
        (2, "2026-05-17", "2026-05-17T00:00:00+02:00", "2026-05-17T23:59:00+02:00", {}),
        (3, "2026-05-18", "2026-05-18T00:00:00+02:00", "2026-05-18T23:59:00+02:00",
         {"Werkstatt": ["camp-b"]})]


def test_each_scheduled_session_is_an_event_with_its_hosts_and_links() -> None:
    days = _document(_camp(_sessions()))["schedule"]["conference"]["days"]
    (event_a,) = days[0]["rooms"]["Saal"]
    (event_b,) = days[2]["rooms"]["Werkstatt"]
    assert event_a == {
        "id": 0xCA97811, "guid": GUID_SESSION_A,
        "date": "2026-05-16T10:00:00+02:00", "start": "2026-05-16T10:00:00+02:00",
        "duration": "01:30", "room": "Saal", "slug": "camp-a",
        "url": "https://camp.example/a/", "title": "Ehrenamt", "subtitle": "Kurz gesagt",
        "track": "KI", "type": "discussion", "language": "de", "abstract": "Kurz gesagt",
        "description": "Text of a", "recording_license": "CC-BY-4.0",
        "persons": [
            {"name": "Anna", "guid": GUID_ANNA, "organization": "Verein"},
            # The public name of a hidden host, and a GUID not derived from the hidden one.
            {"name": "Anonyme:r Sessiongeber:in", "guid": GUID_HIDDEN_IN_A,
             "organization": "Träger"}],
        "links": [{"url": "https://example.org/f", "title": "Folien"}],
        "attachments": []}
    assert event_b == {
        "id": 0x3E23E81, "guid": GUID_SESSION_B,
        "date": "2026-05-18T10:30:00+02:00", "start": "2026-05-18T10:30:00+02:00",
        "duration": "00:30", "room": "Werkstatt", "slug": "camp-b",
        "url": "https://camp.example/b/", "title": "Rooms", "subtitle": None, "track": None,
        "type": "discussion", "language": "en",
        # The first three points of the insights, as words (a group is no point of its own).
        "abstract": "One idea · Two code · Three",
        "description": "Text of b", "recording_license": "CC0-1.0",
        "persons": [{"name": "A", "guid": GUID_HOST_A}], "links": [], "attachments": []}


def test_events_in_a_room_are_sorted_by_time_then_slug() -> None:
    late = make_session("aa", room="Saal", slot="s3")
    early = make_session("zz", room="Saal", slot="s1")
    same_time = make_session("mm", room="Saal", slot="s1")
    camp = _camp([late, early, same_time],
                 slots=(S1, Slot(id="s3", start=dt.time(14), end=dt.time(15))))
    (day, *_) = _document(camp)["schedule"]["conference"]["days"]
    assert [event["slug"] for event in day["rooms"]["Saal"]] == ["camp-mm", "camp-zz",
                                                                 "camp-aa"]


def test_a_camp_without_dates_or_events_has_one_day_at_the_epoch() -> None:
    camp = Camp("camp", "sessions/camp/camp.yaml", CampMeta(name="Camp"), "de", [])
    conference = _document(camp, camp_url="")["schedule"]["conference"]
    assert (conference["start"], conference["end"], conference["daysCount"]) == (
        "1970-01-01", "1970-01-01", 1)
    assert conference["timeslot_duration"] == "00:15"
    assert "url" not in conference and "description" not in conference
    assert conference["days"] == [{
        "index": 1, "date": "1970-01-01", "day_start": "1970-01-01T00:00:00+01:00",
        "day_end": "1970-01-01T23:59:00+01:00", "rooms": {}}]


def test_a_camp_of_one_day_ends_on_the_day_of_its_last_event() -> None:
    late = make_session("late", room="Saal", slot="s2")  # s2 is on May 18
    camp = _camp([late], start=None, end=None, date=MAY_16)
    conference = _document(camp)["schedule"]["conference"]
    assert (conference["start"], conference["end"], conference["daysCount"]) == (
        "2026-05-16", "2026-05-18", 3)


def test_the_version_changes_with_an_event_and_only_then() -> None:
    first = _document(_camp(_sessions()))["schedule"]["version"]
    assert _document(_camp(_sessions()))["schedule"]["version"] == first
    moved = [*_sessions()]
    moved[2] = make_session("a", title="Ehrenamt, neu", room="Saal", slot="s1")
    assert _document(_camp(moved))["schedule"]["version"] != first
