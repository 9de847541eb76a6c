"""``schedule.json`` in the c3voc schedule format (https://c3voc.de/schedule/schema.json).

Conference tools, Fahrplan apps and recording pipelines read this format. Every scheduled
session (one with a slot and a room) becomes an event in its room on its day. Identifiers
are derived from the camp and session ids, so they stay the same from build to build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import uuid
from collections.abc import Callable
from typing import Any

from campdoc import __version__
from campdoc.content.markdown import inline_text, plain_text
from campdoc.content.model import Camp, Session
from campdoc.content.public import PublicCamp
from campdoc.content.timing import Timing, session_timing, zone_of

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
# A fixed namespace: the same camp and session give the same GUIDs on every machine.
NAMESPACE = uuid.UUID("2f0b6f43-7a3c-5d8e-9a61-3c2f6a1d4e50")


def guid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\0".join(parts)))


def acronym(camp_id: str) -> str:
    """The schema wants letters, digits and '_' (a camp id's '-' becomes '_'), four at least
    (a shorter one is padded with '_')."""
    return re.sub(r"[^a-z0-9_]", "_", camp_id.lower()).ljust(4, "_")


def event_slug(camp_id: str, slug: str) -> str:
    text = re.sub(r"[^a-z0-9_-]+", "-", f"{camp_id}-{slug}".lower()).strip("-_")
    return text or "session"


def event_ids(sessions: list[Session]) -> dict[str, int]:
    """Stable positive integer ids from the session slugs, distinct within the camp."""
    ids: dict[str, int] = {}
    taken: set[int] = set()
    for session in sorted(sessions, key=lambda s: s.slug):
        number = int(hashlib.sha256(session.slug.encode()).hexdigest()[:7], 16) or 1
        while number in taken:
            number += 1
        taken.add(number)
        ids[session.slug] = number
    return ids


def hh_mm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _timeslot_minutes(timings: list[Timing]) -> int:
    """The grid the plan fits on: the greatest common divisor of starts and lengths."""
    values = [t.start.hour * 60 + t.start.minute for t in timings if t.start]
    values += [t.minutes for t in timings]
    # gcd() of nothing, or of zeros only (a start at midnight without an end), is 0.
    return max(5, min(math.gcd(*values) or 15, 60))


def schedule_document(camp: PublicCamp, url_of: Callable[[Session], str],
                      camp_url: str, summary: Callable[[Session], str]) -> dict[str, Any]:
    """The c3voc document for ``camp``; ``url_of`` gives each session page's address and
    ``summary`` its plain-text description."""
    code = acronym(camp.id)
    ids = event_ids(camp.published)
    zone = zone_of(camp.meta.timezone)
    rooms = [room.name for room in camp.meta.rooms]
    days: dict[dt.date, dict[str, list[dict[str, Any]]]] = {}
    timings: list[Timing] = []
    for session in camp.published:
        timing = session_timing(camp, session)
        if timing is None or timing.start is None or session.meta.room not in rooms:
            continue  # the format has no place for sessions without a time and a room
        timings.append(timing)
        days.setdefault(timing.day, {}).setdefault(session.meta.room, []).append(
            _event(camp, session, timing, ids[session.slug], url_of(session),
                   summary(session)))
    first = camp.first_day or min(days, default=dt.date(1970, 1, 1))
    last = max([camp.last_day or first, *days])
    day_list = []
    for index in range((last - first).days + 1):
        day = first + dt.timedelta(days=index)
        in_room = days.get(day, {})
        day_list.append({
            "index": index + 1,
            "date": day.isoformat(),
            "day_start": dt.datetime.combine(day, dt.time.min, zone).isoformat(),
            "day_end": dt.datetime.combine(day, dt.time(23, 59), zone).isoformat(),
            "rooms": {room: sorted(in_room[room], key=lambda e: (e["date"], e["slug"]))
                      for room in rooms if room in in_room},
        })
    conference: dict[str, Any] = {
        "acronym": code,
        "title": camp.meta.name,
        "start": first.isoformat(),
        "end": last.isoformat(),
        "daysCount": len(day_list),
        "timeslot_duration": hh_mm(_timeslot_minutes(timings)),
        "time_zone_name": camp.meta.timezone,
        "rooms": [{"name": room.name, "guid": guid(camp.id, "room", room.name),
                   **({"capacity": room.capacity} if room.capacity else {})}
                  for room in camp.meta.rooms],
        "days": day_list,
    }
    if camp.meta.description:
        conference["description"] = plain_text(camp.meta.description)
    if camp_url:
        conference["url"] = camp_url
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "campdoc", "version": __version__},
        "schedule": {"version": _version(day_list), "conference": conference},
    }


def _version(days: list[dict[str, Any]]) -> str:
    """Changes whenever an event does, as apps use it to notice an updated plan."""
    digest = hashlib.sha256(repr(days).encode()).hexdigest()[:12]
    return f"campdoc-{digest}"


def _event(camp: Camp, session: Session, timing: Timing, number: int, url: str,
           description: str) -> dict[str, Any]:
    assert timing.start is not None
    meta = session.meta
    persons = []
    for position, host in enumerate(meta.hosts):
        # An anonymous host's GUID must not be derived from the hidden name.
        key = host.name if host.publish_name else f"anonymous {session.slug} {position}"
        person: dict[str, Any] = {"name": host.name,
                                  "guid": guid(camp.id, "person", key)}
        if host.organization:
            person["organization"] = host.organization  # persons are open objects
        persons.append(person)
    return {
        "id": number,
        "guid": guid(camp.id, "session", session.slug),
        "date": timing.start.isoformat(),
        # The published schema declares a date-time here (older producers wrote HH:MM).
        "start": timing.start.isoformat(),
        "duration": hh_mm(timing.minutes),
        "room": meta.room,
        "slug": event_slug(camp.id, session.slug),
        "url": url,
        "title": meta.title,
        "subtitle": meta.subtitle or None,
        "track": meta.tags[0] if meta.tags else None,
        "type": "discussion",
        "language": camp.session_language(session),
        "abstract": _abstract(session),
        "description": description,
        "recording_license": camp.session_license(session),
        "persons": persons,
        "links": [{"url": link.url, "title": link.title} for link in meta.links],
        "attachments": [],
    }


def _abstract(session: Session) -> str:
    meta = session.meta
    if meta.subtitle:
        return meta.subtitle
    points = [inline_text(point) for point in meta.insights if isinstance(point, str)]
    return " · ".join(points[:3])
