"""What the later stages ask a camp and its sessions: days, published sessions, slots,
each session's day, language and licence, and where a field is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from campdoc.content.model import Camp, Project, Session
from campdoc.content.schema import CampMeta, Organisation, SiteConfig, Slot
from campdoc.core.issues import Location
from tests.builders import make_session

MAY_16, MAY_17, MAY_18 = dt.date(2026, 5, 16), dt.date(2026, 5, 17), dt.date(2026, 5, 18)
SLOTS = (Slot(id="s1", start=dt.time(10), end=dt.time(11)),
         Slot(id="s2", start=dt.time(10), end=dt.time(11), date=MAY_18))


def _session(slug: str, **fields: object) -> Session:
    return make_session(slug, {"title": Location(f"sessions/camp/{slug}.md", 2, 8)}, **fields)


def _camp(sessions: list[Session] | None = None, **fields: object) -> Camp:
    meta = CampMeta(**{"name": "Camp", "slots": SLOTS, **fields})  # type: ignore[arg-type]
    return Camp("camp", "sessions/camp/camp.yaml", meta, "de", sessions or [])


def test_a_one_day_camp_starts_and_ends_on_its_date() -> None:
    camp = _camp(date=MAY_16)
    assert (camp.first_day, camp.last_day) == (MAY_16, MAY_16)


def test_a_camp_of_several_days_runs_from_start_to_end() -> None:
    camp = _camp(start=MAY_16, end=MAY_18)
    assert (camp.first_day, camp.last_day) == (MAY_16, MAY_18)
    assert _camp(start=MAY_17).last_day == MAY_17  # no end: one day
    assert (_camp().first_day, _camp().last_day) == (None, None)


def test_organisations_are_the_organizer_then_funders_then_partners() -> None:
    organizer, funder, partner = (Organisation(name=name) for name in ("O", "F", "P"))
    camp = _camp(organizer=organizer, funders=(funder,), partners=(partner,))
    assert camp.organisations == [organizer, funder, partner]
    assert _camp(funders=(funder,)).organisations == [funder]


def test_drafts_are_not_published() -> None:
    draft, done = _session("entwurf", status="draft"), _session("fertig")
    assert (draft.is_draft, done.is_draft) == (True, False)
    assert _camp([draft, done]).published == [done]


def test_a_slot_is_found_by_its_id() -> None:
    camp = _camp()
    assert camp.slot("s2") is SLOTS[1]
    assert camp.slot("s3") is None


def test_a_sessions_day_is_its_own_then_its_slots_then_the_camps_first() -> None:
    camp = _camp(start=MAY_16, end=MAY_18)
    assert camp.session_date(_session("a", date=MAY_17, slot="s2")) == MAY_17
    assert camp.session_date(_session("b", slot="s2")) == MAY_18
    assert camp.session_date(_session("c", slot="s1")) == MAY_16  # the slot has no day
    assert camp.session_date(_session("d")) == MAY_16
    assert _camp().session_date(_session("e")) is None


def test_language_and_licence_are_the_sessions_own_or_the_camps() -> None:
    camp = _camp(license="CC-BY-4.0")
    assert camp.session_language(_session("a")) == "de"
    assert camp.session_language(_session("b", language="en")) == "en"
    assert camp.session_license(_session("c")) == "CC-BY-4.0"
    assert camp.session_license(_session("d", license="CC0-1.0")) == "CC0-1.0"


def test_a_field_without_a_place_is_at_the_top_of_the_file() -> None:
    session = _session("a")
    assert session.position("title") == Location("sessions/camp/a.md", 2, 8)
    assert session.position("room") == Location("sessions/camp/a.md", 1, 1)


def test_a_projects_language_is_german_unless_set() -> None:
    assert Project(Path(".")).language == "de"
    assert Project(Path("."), SiteConfig(language="en")).language == "en"
