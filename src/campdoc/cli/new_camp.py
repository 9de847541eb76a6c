"""``campdoc new camp``: a camp.yaml with rooms and slots, ready to adjust.

Dates and times are understood as people write them in Germany (``14.03.2025``,
``14.3.25``, ``9:30``, ``9.30 Uhr``) and in ISO form, and are stored in ISO form. On a
terminal each answer is checked at once and asked again; flags are checked before the first
question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

import click

from campdoc.authoring.project import camp_path, create_camp
from campdoc.authoring.scaffold import CampDraft
from campdoc.cli.common import LANG_OPTION, PROJECT_OPTION, Context, load_and_validate
from campdoc.cli.new_session import INTERACTIVE_OPTION
from campdoc.cli.prompts import Invalid, ask, field_reader, is_interactive
from campdoc.content.schema import CampMeta, Organisation, Room
from campdoc.content.validate import camp_id_problem
from campdoc.core.errors import UsageProblem
from campdoc.core.messages import Language
from campdoc.core.phrases import phrase
from campdoc.core.slugs import slugify
from campdoc.core.words import date_parts, missing_day, parse_date, parse_time_range

Slots = list[tuple[str, str, str]]


def date_reader(language: Language) -> Callable[[str], dt.date]:
    def read(answer: str) -> dt.date:
        day = parse_date(answer)
        if day is not None:
            return day
        parts = date_parts(answer)
        if parts is not None:  # written right, but the calendar has no such day
            raise Invalid(phrase(language, "new.no_such_day", found=answer,
                                 day=missing_day(*parts, language)))
        raise Invalid(phrase(language, "new.bad_date", found=answer))

    return read


def slots_reader(language: Language) -> Callable[[str], Slots]:
    """``9:30–10:30, 11-12.30 Uhr`` as slots slot-1, slot-2 with ISO times."""

    def read(answer: str) -> Slots:
        slots: Slots = []
        for number, part in enumerate(filter(None, (p.strip() for p in answer.split(","))),
                                      start=1):
            times = parse_time_range(part)
            if times is None:
                raise Invalid(phrase(language, "new.bad_slot", found=part))
            start, end = times
            if end <= start:
                raise Invalid(phrase(language, "new.slot_backwards", found=part))
            slots.append((f"slot-{number}", f"{start:%H:%M}", f"{end:%H:%M}"))
        if not slots:
            raise Invalid(phrase(language, "ask.required", what=phrase(language, "what.slots")))
        return slots

    return read


def check_rooms(rooms: list[str], language: Language) -> list[str]:
    if not rooms:
        raise Invalid(phrase(language, "ask.required", what=phrase(language, "what.rooms")))
    for room in rooms:
        field_reader(language, Room, "name")(room)
    twice = sorted({room for room in rooms if rooms.count(room) > 1})
    if twice:
        raise Invalid(phrase(language, "new.room_twice", room=twice[0]))
    return rooms


def rooms_reader(language: Language) -> Callable[[str], list[str]]:
    """``Saal, Werkstatt, Küche``."""
    return lambda answer: check_rooms(
        [room.strip() for room in answer.split(",") if room.strip()], language)


def id_reader(root: Path, language: Language, explicit: bool) -> Callable[[str], str]:
    """The camp's folder name, from ``--id`` (``explicit``) or made from its name; the
    folder must be new."""

    def read(answer: str) -> str:
        camp_id = slugify(answer)
        if explicit and camp_id != answer:
            raise Invalid(phrase(language, "new.bad_id", found=answer,
                                 example=camp_id or "barcamp-2026"))
        if not camp_id:
            raise Invalid(phrase(language, "new.name_gives_no_id", found=answer))
        problem = camp_id_problem(camp_id)  # what check would refuse, new does not create
        if problem is not None:
            raise Invalid(phrase(language, "new.id_reserved" if problem.reserved
                                 else "new.id_too_long", id=_short(camp_id),
                                 example=problem.example))
        if camp_path(root, camp_id).exists():
            raise Invalid(phrase(language, "new.camp_exists", id=camp_id))
        return camp_id

    return read


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def _flag(option: str, check: Callable[[], object]) -> None:
    """A flag's value, checked as its answer would be; wrong usage otherwise."""
    try:
        check()
    except Invalid as problem:
        raise UsageProblem(f"{option}: {problem}") from None


def _shown(day: dt.date, language: Language) -> str:
    return f"{day:%d.%m.%Y}" if language == "de" else day.isoformat()


@click.command("camp")
@click.option("--id", "camp_id", default="", help="Folder name (default: from the name).")
@click.option("--name", default="", help="The camp's name.")
@click.option("--date", "day", default="", metavar="DATE",
              help="The camp's (first) day: 2026-05-16, 16.05.2026 or 16.5.26 (default: "
              "today).")
@click.option("--location", default="", help="Venue and town.")
@click.option("--organizer", default="", help="The organising organisation.")
@click.option("--room", "rooms", multiple=True, metavar="NAME",
              help="A room; repeat for several (default: Raum 1, Raum 2).")
@click.option("--slots", "slot_times", default="", metavar="TIMES",
              help="The time slots, e.g. '9:30-10:30, 11-12.30 Uhr' (default: 10:00-11:00, "
              "11:30-12:30); they become slot-1, slot-2, …")
@INTERACTIVE_OPTION
@LANG_OPTION
@PROJECT_OPTION
def new_camp(camp_id: str, name: str, day: str, location: str, organizer: str,
             rooms: tuple[str, ...], slot_times: str, interactive: bool | None,
             lang: str | None, project_dir: Path | None) -> None:
    """Create sessions/<id>/camp.yaml with rooms and slots to adjust.

    On a terminal it asks for the name, the day, the venue, the organiser, the rooms and
    the time slots; a wrong answer is explained and asked again. Days and times may be
    written as 14.03.2025 or 14.3.25 and 9:30 or 9.30 Uhr; camp.yaml gets them in ISO form.
    Every answer and flag is checked as 'campdoc check' will read it, before anything is
    written, so the new camp.yaml passes check.
    """
    ctx = Context(project_dir, lang)
    ctx.require_project()
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    # Each text is checked as `check` will read it in camp.yaml, so what is written passes.
    for option, value, reader in (
            ("--name", name.strip(), field_reader(language, CampMeta, "name")),
            ("--location", location.strip(), field_reader(language, CampMeta, "location")),
            ("--organizer", organizer.strip(), field_reader(language, Organisation, "name"))):
        _flag(option, partial(reader, value))
    if camp_id:
        _flag("--id", lambda: id_reader(ctx.root, language, explicit=True)(camp_id))
    elif name:
        _flag("--name", lambda: id_reader(ctx.root, language, explicit=False)(name))
    if day:
        _flag("--date", lambda: date_reader(language)(day))
    # As the answer is read: spaces around a room and empty rooms do not count.
    room_names = [room.strip() for room in rooms if room.strip()]
    if rooms:
        _flag("--room", lambda: check_rooms(room_names, language))
    if slot_times:
        _flag("--slots", lambda: slots_reader(language)(slot_times))
    draft = CampDraft(camp_id=camp_id, name=name.strip(), location=location.strip(),
                      organizer=organizer.strip(), language=project.language,
                      date=parse_date(day) or dt.date.today())
    if rooms:
        draft.rooms = room_names
    if slot_times:
        draft.slots = slots_reader(language)(slot_times)
    if is_interactive(interactive):
        _ask_camp(ctx.root, draft, language, given=(bool(day), bool(rooms), bool(slot_times)))
    elif not draft.name:
        raise UsageProblem(phrase(language, "new.name_needed"))
    draft.camp_id = draft.camp_id or slugify(draft.name)
    path = create_camp(ctx.root, draft)
    click.echo(phrase(language, "new.created", path=path.relative_to(ctx.root)))


def _ask_camp(root: Path, draft: CampDraft, language: Language,
              given: tuple[bool, bool, bool]) -> None:
    """Ask for what the flags left open; ``given``: whether the day, the rooms and the slots
    came as flags."""
    if not draft.name:
        name_is_free = id_reader(root, language, explicit=False)
        valid_name = field_reader(language, CampMeta, "name", phrase(language, "what.name"))

        def read_name(answer: str) -> str:
            valid_name(answer)
            if not draft.camp_id:
                name_is_free(answer)
            return answer

        draft.name = ask(phrase(language, "ask.camp_name"), read_name)
    has_day, has_rooms, has_slots = given
    if not has_day:
        draft.date = ask(phrase(language, "ask.camp_date"), date_reader(language),
                         default=_shown(draft.date, language))
    draft.location = draft.location or ask(phrase(language, "ask.camp_location"),
                                           field_reader(language, CampMeta, "location"))
    draft.organizer = draft.organizer or ask(phrase(language, "ask.camp_organizer"),
                                             field_reader(language, Organisation, "name"))
    if not has_rooms:
        draft.rooms = ask(phrase(language, "ask.camp_rooms"), rooms_reader(language),
                          default=", ".join(draft.rooms))
    if not has_slots:
        draft.slots = ask(phrase(language, "ask.camp_slots"), slots_reader(language),
                          default=", ".join(f"{start}–{end}" for _, start, end in draft.slots))
