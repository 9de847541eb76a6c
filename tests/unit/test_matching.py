"""The suggestions CD301 and CD302 make for a room or slot the camp does not have."""

import datetime as dt
from pathlib import Path

from campdoc.content.matching import find_room, unknown_room, unknown_slot
from campdoc.content.schema import Room, Slot
from campdoc.core.issues import Location

HERE = Location(Path("sessions/camp/a.md"), 5, 7)


def test_a_room_listed_twice_is_offered_once() -> None:
    rooms = [Room(name="Saal"), Room(name="Werkstatt"), Room(name="Saal")]
    issue = unknown_room(rooms, "Galerie", HERE)
    assert (issue.code, issue.params["allowed"], issue.params["found"]) == (
        "CD301", "Saal, Werkstatt", "Galerie")


def test_the_closest_room_is_the_suggestion() -> None:
    issue = unknown_room([Room(name="Saal"), Room(name="Werkstatt")], "Werkstat", HERE)
    assert issue.params["suggestion"] == "Werkstatt"


def test_a_slot_listed_twice_with_its_time_is_offered_once() -> None:
    ten, eleven = dt.time(10), dt.time(11)
    slots = [Slot(id="s1", start=ten, end=eleven), Slot(id="s2", start=eleven, end=dt.time(12)),
             Slot(id="s1", start=ten, end=eleven)]
    issue = unknown_slot(slots, "s3", HERE)
    assert (issue.code, issue.params["allowed"]) == ("CD302", "s1 (10:00), s2 (11:00)")


def test_a_camp_without_rooms_offers_a_dash() -> None:
    assert unknown_room([], "Saal", HERE).params["allowed"] == "–"


def test_a_camp_without_slots_offers_a_dash() -> None:
    assert unknown_slot([], "s1", HERE).params["allowed"] == "–"


def test_a_room_written_loosely_is_suggested_by_the_lenient_match() -> None:
    # difflib does not find it (case, ß and spacing differ), the lenient match does.
    issue = unknown_room([Room(name="Saal"), Room(name="Großer Saal")], "GROSSER    SAAL", HERE)
    assert issue.params["suggestion"] == "Großer Saal"


def test_a_slot_named_by_its_start_time_is_the_suggestion() -> None:
    slots = [Slot(id="s1", start=dt.time(9), end=dt.time(10)),
             Slot(id="s2", start=dt.time(10, 30), end=dt.time(11, 30))]
    issue = unknown_slot(slots, "10.30 Uhr", HERE)
    assert (issue.params["found"], issue.params["suggestion"]) == ("10.30 Uhr", "s2")


def test_an_exact_name_wins_over_an_earlier_room_that_matches_only_loosely() -> None:
    rooms = [Room(name="Großer  Saal"), Room(name="Großer Saal")]
    assert find_room(rooms, "Großer Saal") is rooms[1]
    assert find_room(rooms, "großer saal") is rooms[0]  # loosely: the first that fits
