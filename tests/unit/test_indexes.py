"""The cross-file views of a camp, built before rendering: the schedule grid by day, the
sessions without a place in it, the groups by tag, host and organisation, and neighbours."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from campdoc.content.indexes import ScheduleRow, _group_slug, build_camp_index, rows_by_day
from campdoc.content.model import Camp, Session
from campdoc.content.schema import CampMeta, Host, Room, Slot
from tests.builders import make_session

MAY_16, MAY_17 = dt.date(2026, 5, 16), dt.date(2026, 5, 17)
S1 = Slot(id="s1", start=dt.time(10), end=dt.time(11))
S2 = Slot(id="s2", start=dt.time(12), end=dt.time(13))
S3 = Slot(id="s3", start=dt.time(10), end=dt.time(11), date=MAY_17)


_session = make_session


def _camp(sessions: list[Session]) -> Camp:
    meta = CampMeta(name="Camp", date=MAY_16, rooms=(Room(name="Saal"), Room(name="Werkstatt")),
                    slots=(S1, S2))
    return Camp("camp", "sessions/camp/camp.yaml", meta, "de", sessions)


def test_the_grid_has_a_row_per_slot_and_a_cell_per_room() -> None:
    a = _session("a", room="Saal", slot="s1")
    b = _session("b", room="Werkstatt", slot="s2")
    twice = _session("twice", room="Saal", slot="s1")  # CD303's: the first keeps the cell
    nowhere = _session("nowhere", room="Keller", slot="s1")
    no_slot = _session("no-slot", room="Saal", slot="s9")
    draft = _session("draft", room="Werkstatt", slot="s1", status="draft")
    index = build_camp_index(_camp([a, b, twice, nowhere, no_slot, draft]))
    assert [(row.slot.id, row.cells) for row in index.rows] == [
        ("s1", [a, None]), ("s2", [None, b])]
    assert index.unscheduled == [nowhere, no_slot]
    assert index.sessions == [a, b, twice, nowhere, no_slot]
    assert [room.name for room in index.rooms] == ["Saal", "Werkstatt"]


def test_neighbours_follow_the_order_of_the_published_sessions() -> None:
    a, b, c, d = _session("a"), _session("b", status="draft"), _session("c"), _session("d")
    index = build_camp_index(_camp([a, b, c, d]))
    assert index.previous == {"a": None, "c": a, "d": c}
    assert index.following == {"a": c, "c": d, "d": None}


def test_groups_collect_sessions_once_sorted_by_name() -> None:
    a = _session("a", tags=("Ehrenamt", "KI"), hosts=(
        Host(name="Zoe", organization="Verein"), Host(name="Geheim", organization="Träger",
                                                      publish_name=False)))
    b = _session("b", tags=("ki", "Bildung"), hosts=(Host(name="anna", organization="Verein"),))
    index = build_camp_index(_camp([a, b]))
    assert [(group.slug, group.name, [s.slug for s in group.sessions])
            for group in index.tags] == [
        ("bildung", "Bildung", ["b"]), ("ehrenamt", "Ehrenamt", ["a"]), ("ki", "KI", ["a", "b"])]
    # A hidden host is no group of its own; their organisation is.
    assert [(group.name, [s.slug for s in group.sessions]) for group in index.people] == [
        ("anna", ["b"]), ("Zoe", ["a"])]
    assert [(group.name, [s.slug for s in group.sessions])
            for group in index.organisations] == [("Träger", ["a"]), ("Verein", ["a", "b"])]


def test_a_session_is_in_a_group_once_even_if_it_names_it_twice() -> None:
    a = _session("a", tags=("KI", "ki"))
    (group,) = build_camp_index(_camp([a])).tags
    assert (group.name, group.sessions) == ("KI", [a])


@pytest.mark.parametrize(("name", "slug"), [
    ("Digitale Teilhabe", "digitale-teilhabe"),
    ("index", "index-"),  # the list page of the same folder
    ("CON", "con-"),  # a name Windows refuses
    ("!!!", "x-" + hashlib.sha256(b"!!!").hexdigest()[:10]),
    ("???", "x-" + hashlib.sha256(b"???").hexdigest()[:10]),
])
def test_a_group_page_has_an_address_that_is_never_empty_or_taken(name: str,
                                                                   slug: str) -> None:
    assert _group_slug(name) == slug


def test_rows_are_grouped_by_day_and_empty_days_left_out() -> None:
    a = _session("a")
    rows = [ScheduleRow(S1, [a, None]), ScheduleRow(S2, [None, None]),
            ScheduleRow(S3, [None, None])]
    assert rows_by_day(rows, MAY_16) == [(MAY_16, rows[:2])]
    rows[2].cells[1] = a
    assert rows_by_day(rows, MAY_16) == [(MAY_16, rows[:2]), (MAY_17, rows[2:])]
    assert rows_by_day(rows, None) == [(None, rows[:2]), (MAY_17, rows[2:])]
