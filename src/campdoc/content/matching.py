"""Which room and which slot of a camp a written name means: one rule for `check`, the
session-plan import and the pad import.

A session file must name its room and slot exactly (pages group by them), so `check` only
uses the lenient match for its suggestion. Imports read what people typed into spreadsheets
and pads (``saal``, ``10.30 Uhr``) and take the lenient match as the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from campdoc.content.convert import suggest
from campdoc.content.schema import Room, Slot
from campdoc.core.issues import Issue, Location

_TIME = re.compile(r"(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)")
_SPACE = re.compile(r"\s+")


def _loose(text: str) -> str:
    return _SPACE.sub(" ", text.strip()).casefold()


def find_room(rooms: Sequence[Room], text: str) -> Room | None:
    """The room ``text`` names: exactly, or ignoring case and spacing."""
    wanted = _loose(text)
    exact = next((room for room in rooms if room.name == text.strip()), None)
    return exact or next((room for room in rooms if _loose(room.name) == wanted), None)


def find_slot(slots: Sequence[Slot], text: str) -> Slot | None:
    """The slot ``text`` names: by id or title (ignoring case), or by its start time
    (``10:30``, ``10.30 Uhr``, ``10:30–11:30``) when exactly one slot starts then."""
    wanted = _loose(text)
    if not wanted:
        return None
    for slot in slots:
        if wanted in (slot.id.casefold(), _loose(slot.title)):
            return slot
    time = _TIME.search(wanted)
    if time is None:
        return None
    starting = [slot for slot in slots
                if (slot.start.hour, slot.start.minute) == (int(time[1]), int(time[2]))]
    return starting[0] if len(starting) == 1 else None


def unknown_room(rooms: Sequence[Room], text: str, location: Location) -> Issue:
    """CD301 for a room the camp does not have, with the closest room as suggestion."""
    names = list(dict.fromkeys(room.name for room in rooms))  # a duplicate is CD307's
    near = find_room(rooms, text)
    return Issue("CD301", location, "room", {
        "found": text, "suggestion": near.name if near else suggest(text, names),
        "allowed": ", ".join(names) or "–"})


def unknown_slot(slots: Sequence[Slot], text: str, location: Location) -> Issue:
    """CD302 for a slot the camp does not have, with the closest slot as suggestion."""
    ids = [slot.id for slot in slots]
    near = find_slot(slots, text)
    return Issue("CD302", location, "slot", {
        "found": text, "suggestion": near.id if near else suggest(text, ids),
        "allowed": ", ".join(dict.fromkeys(f"{slot.id} ({slot.start:%H:%M})" for slot in slots))
        or "–"})
