"""The cross-file views of a camp: schedule grid, tags, hosts, organisations, neighbours.

Built once from the validated model, before anything is rendered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from campdoc.content.model import Camp, Session
from campdoc.content.schema import Room, Slot
from campdoc.core.slugs import is_reserved, slugify


@dataclass(slots=True)
class Group:
    """Sessions that share a tag, a host or an organisation."""

    slug: str
    name: str
    sessions: list[Session] = field(default_factory=list)


@dataclass(slots=True)
class ScheduleRow:
    """One slot of the grid: for each room, the session there (or None)."""

    slot: Slot
    cells: list[Session | None]


@dataclass(slots=True)
class CampIndex:
    """Everything a camp's pages need to link sessions together."""

    sessions: list[Session]
    rooms: list[Room]
    rows: list[ScheduleRow]
    unscheduled: list[Session]
    tags: list[Group]
    people: list[Group]
    organisations: list[Group]
    previous: dict[str, Session | None]
    following: dict[str, Session | None]


def rows_by_day(rows: list[ScheduleRow], first_day: dt.date | None
                ) -> list[tuple[dt.date | None, list[ScheduleRow]]]:
    """The schedule's rows grouped by day, in their order; a slot without a date is on the
    camp's first day. A day without any session is left out."""
    days: dict[dt.date | None, list[ScheduleRow]] = {}
    for row in rows:
        days.setdefault(row.slot.date or first_day, []).append(row)
    return [(day, day_rows) for day, day_rows in days.items()
            if any(any(row.cells) for row in day_rows)]


def _group_slug(name: str) -> str:
    """A page address for a tag, person or organisation; never empty, never ``index``
    (the list page of the same folder), never a name Windows refuses."""
    slug = slugify(name)
    if not slug:
        return "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-" if slug == "index" or is_reserved(slug) else slug


# Every card and page links its tags, hosts and organisations: the same few names, slugged
# tens of thousands of times per build. A plain function wrapped, so mutmut measures it.
group_slug = lru_cache(maxsize=4096)(_group_slug)


def _groups(sessions: Iterable[Session],
            names_of: Callable[[Session], Iterable[str]]) -> list[Group]:
    by_slug: dict[str, Group] = {}
    for session in sessions:
        for name in names_of(session):
            slug = group_slug(name)
            group = by_slug.setdefault(slug, Group(slug, name))
            if session not in group.sessions:
                group.sessions.append(session)
    ordered = sorted(by_slug.values(), key=lambda group: (group.name.casefold(), group.slug))
    return ordered


def build_camp_index(camp: Camp) -> CampIndex:
    """Derive the schedule grid and the groupings from a camp's published sessions."""
    sessions = camp.published
    rooms = list(camp.meta.rooms)
    cell: dict[tuple[str, str], Session] = {}
    unscheduled: list[Session] = []
    for session in sessions:
        if camp.slot(session.meta.slot) and session.meta.room in {room.name for room in rooms}:
            cell.setdefault((session.meta.slot, session.meta.room), session)
        else:
            unscheduled.append(session)
    rows = [ScheduleRow(slot, [cell.get((slot.id, room.name)) for room in rooms])
            for slot in camp.meta.slots]
    tags = _groups(sessions, lambda s: s.meta.tags)
    people = _groups(
        sessions, lambda s: [host.name for host in s.meta.hosts if host.publish_name])
    organisations = _groups(
        sessions, lambda s: [host.organization for host in s.meta.hosts if host.organization])
    previous = {s.slug: (sessions[i - 1] if i > 0 else None) for i, s in enumerate(sessions)}
    following = {s.slug: (sessions[i + 1] if i + 1 < len(sessions) else None)
                 for i, s in enumerate(sessions)}
    return CampIndex(sessions, rooms, rows, unscheduled, tags, people, organisations, previous,
                     following)
