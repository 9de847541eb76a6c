"""Errors that only follow from a broken or missing list in camp.yaml: each one records
its root cause in ``follows``, and a camp that lists no rooms (slots) at all gets one
issue saying so, placed at the field, naming what the sessions ask for."""

from __future__ import annotations

from pathlib import Path

from campdoc.cli.common import load_and_validate
from campdoc.core.issues import Issue, Location
from tests.conftest import make_project

CAMP = "sessions/camp/camp.yaml"
SLOTS = ("slots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
         "  - id: s2\n    start: '11:30'\n    end: '12:30'\n")
ROOMS = "rooms:\n  - name: Saal\n"


def _session(room: str = "Saal", slot: str = "s1") -> str:
    return (f"---\ntitle: T\nhosts: [{{name: A}}]\ninsights: [a]\nroom: {room}\n"
            f"slot: {slot}\n---\n")


def _issues(tmp_path: Path, sessions: dict[str, str], camp_yaml: str) -> list[Issue]:
    _, issues, _ = load_and_validate(make_project(tmp_path, sessions, camp_yaml))
    return issues


def _unknown(code: str, name: str, found: str, follows: Location | None) -> Issue:
    """A session's "no such room/slot" (its room or slot is at line 5 or 6, column 7)."""
    field, line = ("room", 5) if code == "CD301" else ("slot", 6)
    return Issue(code, Location(f"sessions/camp/{name}", line, 7), field,
                 {"found": found}, follows=follows)


def _without_hint_params(issues: list[Issue]) -> list[Issue]:
    """The issues with only the params these tests are about (CD301's hint lists the
    camp's rooms, which is not the follow-up logic)."""
    return [Issue(issue.code, issue.location, issue.field,
                  {key: value for key, value in issue.params.items()
                   if key in {"found", "example", "sessions", "sessions_de"}},
                  follows=issue.follows) for issue in issues]


def test_a_camp_without_a_rooms_field_gets_one_issue_at_its_first_line(
        tmp_path: Path) -> None:
    root = Location(CAMP, 1, 1)
    issues = _issues(tmp_path, {"a.md": _session("Aula"), "b.md": _session("Bühne")},
                     "name: Camp\ndate: 2026-05-16\n" + SLOTS)
    assert _without_hint_params(issues) == [
        _unknown("CD301", "a.md", "Aula", root),
        _unknown("CD301", "b.md", "Bühne", root),
        Issue("CD314", root, "rooms", {"found": "Aula, Bühne", "example": "Aula",
                                       "sessions": "2 sessions", "sessions_de": "2 Sessions"}),
    ]


def test_an_empty_rooms_field_is_the_root_and_one_session_is_not_plural(
        tmp_path: Path) -> None:
    root = Location(CAMP, 3, 7)  # the value of 'rooms:' (empty), right after the key
    issues = _issues(tmp_path, {"a.md": _session("Aula")},
                     "name: Camp\ndate: 2026-05-16\nrooms:\n" + SLOTS)
    assert _without_hint_params(issues) == [
        _unknown("CD301", "a.md", "Aula", root),
        Issue("CD314", root, "rooms", {"found": "Aula", "example": "Aula",
                                       "sessions": "1 session", "sessions_de": "1 Session"}),
    ]


def test_sessions_are_counted_by_file_and_names_are_listed_once(tmp_path: Path) -> None:
    root = Location(CAMP, 1, 1)
    issues = _issues(tmp_path, {"a.md": _session("Aula", "s9"), "b.md": _session("Aula")},
                     "name: Camp\ndate: 2026-05-16\n" + SLOTS)
    cd314 = [issue for issue in issues if issue.code == "CD314"]
    assert _without_hint_params(cd314) == [
        Issue("CD314", root, "rooms", {"found": "Aula", "example": "Aula",
                                       "sessions": "2 sessions", "sessions_de": "2 Sessions"})]
    # The unknown slot is not a follow-up of the missing rooms: the camp has slots.
    assert [(issue.code, issue.follows) for issue in issues if issue.code == "CD302"] == [
        ("CD302", None)]


def test_more_than_six_names_end_in_an_ellipsis(tmp_path: Path) -> None:
    sessions = {f"s{number}.md": _session(f"R{number}") for number in range(7)}
    (cd314,) = [issue for issue in _issues(tmp_path, sessions,
                                           "name: Camp\ndate: 2026-05-16\n" + SLOTS)
                if issue.code == "CD314"]
    assert cd314.params["found"] == "R0, R1, R2, R3, R4, R5, …"
    assert cd314.params["sessions"] == "7 sessions"


def test_a_camp_without_slots_gets_its_own_issue_for_the_slots(tmp_path: Path) -> None:
    root = Location(CAMP, 1, 1)
    issues = _issues(tmp_path, {"a.md": _session(slot="s1")},
                     "name: Camp\ndate: 2026-05-16\n" + ROOMS)
    assert _without_hint_params(issues) == [
        _unknown("CD302", "a.md", "s1", root),
        Issue("CD315", root, "slots", {"found": "s1", "example": "s1",
                                       "sessions": "1 session", "sessions_de": "1 Session"}),
    ]


def test_the_first_error_of_an_entry_that_was_dropped_is_the_root(tmp_path: Path) -> None:
    # The second room's name is a list: conversion drops the entry with an error, and the
    # session naming the room camp.yaml meant to list follows from that error; the camp
    # lists a room, so there is no "no rooms at all" issue.
    issues = _issues(tmp_path, {"a.md": _session("Werkstatt")},
                     "name: Camp\ndate: 2026-05-16\nrooms:\n  - name: Saal\n"
                     "  - name: [Werkstatt]\n" + SLOTS)
    assert [(issue.code, issue.location, issue.field, issue.follows) for issue in issues] == [
        ("CD301", Location("sessions/camp/a.md", 5, 7), "room", Location(CAMP, 5, 11)),
        ("CD203", Location(CAMP, 5, 11), "rooms[2].name", None)]
    # Two errors in the dropped entry: the first in the file is the root.
    issues = _issues(tmp_path, {"a.md": _session("Werkstatt")},
                     "name: Camp\ndate: 2026-05-16\nrooms:\n  - name: Saal\n"
                     "  - Werkstatt: 1\n    name: [W]\n" + SLOTS)
    (unknown,) = [issue for issue in issues if issue.code == "CD301"]
    assert unknown.follows == Location(CAMP, 5, 5)


def test_an_error_that_dropped_no_room_is_no_root(tmp_path: Path) -> None:
    # A room listed twice is an error that keeps both entries: a session naming another
    # room is a problem of its own, not a follow-up.
    issues = _issues(tmp_path, {"a.md": _session("Aula")},
                     "name: Camp\ndate: 2026-05-16\nrooms:\n  - name: Saal\n  - name: Saal\n"
                     + SLOTS)
    assert [issue.is_error for issue in issues if issue.location.path == CAMP] == [True]
    assert [(issue.code, issue.follows) for issue in issues if issue.code == "CD301"] == [
        ("CD301", None)]
