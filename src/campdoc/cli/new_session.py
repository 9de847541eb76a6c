"""``campdoc new session``: a draft session file that passes ``check`` at once.

It says which camp it writes into, and asks when there are several. On a terminal it asks
for what the flags left open, checks each answer at once and asks again; flags are
checked before the first question, so a wrong one costs no typing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import NoReturn, TypeVar

import click

from campdoc.authoring.project import (
    create_session,
    find_camp,
    known_tags,
    newest_first,
    room_taken_by,
    session_path,
)
from campdoc.authoring.scaffold import HostInput, SessionDraft
from campdoc.cli.common import LANG_OPTION, PROJECT_OPTION, Context, load_and_validate
from campdoc.cli.prompts import (
    Invalid,
    ask,
    ask_yes_no,
    choose,
    field_reader,
    is_interactive,
    said,
    say_problem,
)
from campdoc.content.convert import suggest, value_problem
from campdoc.content.fieldtypes import same_entry_key
from campdoc.content.matching import find_room, find_slot
from campdoc.content.model import Camp, Project
from campdoc.content.schema import Host, SessionMeta
from campdoc.core.errors import CampdocError, UsageProblem
from campdoc.core.messages import Language
from campdoc.core.phrases import phrase
from campdoc.core.words import format_date_range, format_short_day

T = TypeVar("T")

INTERACTIVE_OPTION = click.option(
    "--interactive/--no-interactive", default=None,
    help="Ask for missing values (default: only when run in a terminal).")


def camp_label(camp: Camp, language: Language) -> str:
    """``Engagementcamp Leipzig 2026 · 16. Mai 2026``."""
    when = format_date_range(camp.first_day, camp.last_day, language)
    return f"{camp.meta.name} · {when}" if when else camp.meta.name


def slot_label(camp: Camp, slot_id: str, language: Language) -> str:
    """``Di 8. Okt · 10:00–13:00``: the day and the time of a slot."""
    slot = camp.slot(slot_id)
    if slot is None:
        return ""
    day = slot.date or camp.first_day
    times = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
    return f"{format_short_day(day, language)} · {times}" if day else times


def which_camp(project: Project, camp_id: str | None, asking: bool, language: Language) -> Camp:
    """The camp to write into, said aloud; asked for when there are several."""
    if camp_id:
        camp = find_camp(project, camp_id)
        click.echo(phrase(language, "new.camp", name=camp.meta.name, id=camp.id))
        return camp
    camps = newest_first(project)
    if len(camps) == 1:
        click.echo(phrase(language, "new.camp", name=camps[0].meta.name, id=camps[0].id))
        return camps[0]
    if not asking:
        click.echo(phrase(language, "new.camp_newest", name=camps[0].meta.name,
                          id=camps[0].id))
        return camps[0]
    click.echo(phrase(language, "new.camps", count=len(camps)))
    chosen = choose(phrase(language, "ask.camp"), [
        (camp.id, camp_label(camp, language)) for camp in camps], language,
        default=camps[0].id)
    return find_camp(project, chosen)


def room_flag(camp: Camp, value: str, language: Language) -> str:
    """The room ``--room`` names, as camp.yaml writes it: found as ``import pad`` finds
    rooms (``saal`` is ``Saal``); a room the camp does not have is a usage error."""
    if not value:
        return ""
    room = find_room(camp.meta.rooms, value)
    if room is None:
        _unknown("room", value, [room.name for room in camp.meta.rooms], language)
    return room.name


def slot_flag(camp: Camp, value: str, language: Language) -> str:
    """The slot ``--slot`` names (its id, its title or its start time, as ``import pad``
    finds slots), as its id."""
    if not value:
        return ""
    slot = find_slot(camp.meta.slots, value)
    if slot is None:
        _unknown("slot", value, [slot.id for slot in camp.meta.slots], language)
    return slot.id


def _unknown(option: str, value: str, allowed: list[str], language: Language) -> NoReturn:
    close = suggest(value, allowed)
    raise UsageProblem(phrase(language, f"new.unknown_{option}", found=value,
                              allowed=", ".join(allowed) or "–")
                       + (" " + phrase(language, "cli.did_you_mean", names=f"'{close}'")
                          if close else ""))


def read_tags(answer: str) -> list[str]:
    """``Inklusion, Ehrenamt``: the tags of an answer or a ``--tag``; empty ones dropped,
    and one written twice (also in another case) kept once, as `check` would."""
    first: dict[str, str] = {}
    for tag in (part.strip() for part in answer.split(",")):
        if tag:
            first.setdefault(same_entry_key(tag), tag)
    return list(first.values())


def tags_reader(language: Language) -> Callable[[str], list[str]]:
    """Tags that `check` accepts: each short enough and visible, not too many."""

    def read(answer: str) -> list[str]:
        tags = read_tags(answer)
        problem = value_problem(SessionMeta, "tags", tags)
        if problem is not None:
            raise Invalid(said(problem, language))
        return tags

    return read


def title_reader(project: Project, camp: Camp, language: Language) -> Callable[[str], str]:
    """A title is needed, must give a file name, and that file must be new."""

    def read(answer: str) -> str:
        title = field_reader(language, SessionMeta, "title",
                             phrase(language, "what.title"))(answer)
        try:
            path = session_path(project, camp, title)
        except CampdocError as error:
            message = error.text(language)[0]
            raise Invalid(message[:1].upper() + message[1:] + ".") from None
        if path.exists():
            raise Invalid(phrase(language, "new.session_exists",
                                 path=path.relative_to(project.root)))
        return title

    return read


def _ask_hosts(draft: SessionDraft, language: Language) -> None:
    while True:
        name = ask(phrase(language, "ask.host"), field_reader(language, Host, "name"))
        if not name:
            if draft.hosts:
                return
            say_problem(phrase(language, "ask.host_needed"))
            continue
        organization = ask(phrase(language, "ask.organisation", name=name),
                           field_reader(language, Host, "organization"))
        named = ask_yes_no(phrase(language, "ask.publish_name", name=name), language, True)
        # The name of someone who does not want to be named is never written down.
        draft.hosts.append(HostInput(name if named else "", organization, anonymous=not named))


def _ask_place(camp: Camp, draft: SessionDraft, language: Language,
               open_questions: tuple[bool, bool]) -> None:
    """Room and slot (each asked when open); when another session already has both, say
    so and offer to choose again."""
    ask_room, ask_slot = open_questions
    while True:
        if ask_room:
            draft.room = choose(phrase(language, "ask.room"),
                                [(room.name, "") for room in camp.meta.rooms], language)
        if ask_slot:
            draft.slot = choose(phrase(language, "ask.slot"), [
                (slot.id, slot_label(camp, slot.id, language)) for slot in camp.meta.slots],
                language)
        other = room_taken_by(camp, draft.room, draft.slot)
        if other is None:
            return
        say_problem(_taken(camp, draft, other.source, language))
        if ask_yes_no(phrase(language, "ask.keep_taken"), language, False):
            return
        ask_room = ask_slot = True


def _taken(camp: Camp, draft: SessionDraft, other: str, language: Language) -> str:
    return phrase(language, "new.taken", room=draft.room, slot=draft.slot,
                  when=slot_label(camp, draft.slot, language), other=other)


def _ask_session(project: Project, camp: Camp, draft: SessionDraft,
                 language: Language) -> None:
    if not draft.title:
        draft.title = ask(phrase(language, "ask.title"), title_reader(project, camp, language))
    if not draft.hosts:
        _ask_hosts(draft, language)
    _ask_place(camp, draft, language, (not draft.room, not draft.slot))
    if not draft.tags:
        tags = known_tags(project)
        if tags:
            click.echo(phrase(language, "ask.known_tags", tags=", ".join(tags[:15])))
        draft.tags = ask(phrase(language, "ask.tags"), tags_reader(language))


def _flag(option: str, read: Callable[[], T]) -> T:
    """A flag's value, read as its answer would be; wrong usage (exit 2) otherwise."""
    try:
        return read()
    except Invalid as problem:
        raise UsageProblem(f"{option}: {problem}") from None


@click.command("session")
@click.option("--camp", "camp_id", metavar="ID",
              help="The camp (default: the only one; with several, asked on a terminal, "
              "else the newest).")
@click.option("--title", default="", help="The session's title; the file name comes from it.")
@click.option("--host", "hosts", multiple=True, metavar="NAME",
              help="A host's name; repeat for several hosts.")
@click.option("--org", "orgs", multiple=True, metavar="ORGANISATION",
              help="The organisation of the host given at the same position.")
@click.option("--anonymous", "anonymous", multiple=True, metavar="ORGANISATION",
              help="A host who does not want to be named, by their organisation (may be "
              "empty: \"\"); written without a name, with publish_name: false.")
@click.option("--room", default="",
              help="A room from camp.yaml (case and spacing do not matter).")
@click.option("--slot", default="",
              help="A slot from camp.yaml: its id, its title or its start time.")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for several.")
@INTERACTIVE_OPTION
@LANG_OPTION
@PROJECT_OPTION
def new_session(camp_id: str | None, title: str, hosts: tuple[str, ...], orgs: tuple[str, ...],
                anonymous: tuple[str, ...], room: str, slot: str, tags: tuple[str, ...],
                interactive: bool | None, lang: str | None, project_dir: Path | None) -> None:
    """Create a draft session file that already passes 'campdoc check'.

    It names the camp it writes into; with several camps it asks (or, unattended, takes
    the newest: choose with --camp). Without flags, on a terminal, it asks for the title,
    the hosts and their organisations (and whether each may be named), the room and the
    slot (offered from camp.yaml with their day and time) and the tags (suggesting those
    in use). A wrong answer is explained and asked again. Before using a room and slot
    that another session already has, it warns. A host who does not want to be named is
    written without a name: the file is public in a public repository.
    """
    ctx = Context(project_dir, lang)
    ctx.require_project()
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    asking = is_interactive(interactive)
    if len(orgs) > len(hosts):
        raise UsageProblem(phrase(language, "new.more_orgs"))
    camp = which_camp(project, camp_id, asking, language)
    # Flags are read as the answers to the questions are: an empty --host is no name.
    host_name = field_reader(language, Host, "name", phrase(language, "what.name"))
    named = [_flag("--host", partial(host_name, name.strip())) for name in hosts]
    organisation = field_reader(language, Host, "organization")
    orgs = tuple(_flag("--org", partial(organisation, org.strip())) for org in orgs)
    anonymous = tuple(_flag("--anonymous", partial(organisation, org.strip()))
                      for org in anonymous)
    draft = SessionDraft(title=title.strip(), room=room_flag(camp, room.strip(), language),
                         slot=slot_flag(camp, slot.strip(), language),
                         tags=_flag("--tag", partial(tags_reader(language),
                                                          ", ".join(tags))),
                         hosts=[HostInput(name, orgs[i] if i < len(orgs) else "")
                                for i, name in enumerate(named)]
                         + [HostInput("", org, anonymous=True) for org in anonymous])
    if draft.title:
        _flag("--title", lambda: title_reader(project, camp, language)(draft.title))
    if asking:
        _ask_session(project, camp, draft, language)
    elif not draft.title:
        raise UsageProblem(phrase(language, "new.title_needed"))
    else:
        other = room_taken_by(camp, draft.room, draft.slot)
        if other is not None:
            click.echo(phrase(language, "new.warning", problem=_taken(camp, draft, other.source,
                                                                     language)), err=True)
    path = create_session(project, camp, draft, camp.language)
    click.echo(phrase(language, "new.created", path=path.relative_to(ctx.root)))
    click.echo(phrase(language, "new.session_next"))
