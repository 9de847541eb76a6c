"""``campdoc new session`` and ``campdoc new camp``: files that pass ``check`` at once.

On a terminal the commands ask for what is missing; with flags they run unattended.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from campdoc.authoring.project import create_camp, create_session, known_tags, pick_camp
from campdoc.authoring.scaffold import CampDraft, HostInput, SessionDraft
from campdoc.cli.common import LANG_OPTION, PROJECT_OPTION, Context, load_and_validate
from campdoc.content.convert import suggest
from campdoc.content.model import Camp
from campdoc.core.errors import CampdocError
from campdoc.core.slugs import slugify

ASK = {
    "de": {"title": "Titel der Session", "host": "Sessiongeber:in (leer lassen zum Beenden)",
           "org": "  Organisation von {name} (leer: keine)", "room": "Raum",
           "slot": "Slot", "tags": "Schlagworte, durch Komma getrennt",
           "known_tags": "Bisher verwendet: {tags}", "none": "keiner",
           "created": "Angelegt: {path}", "next": "Als Nächstes: Datei öffnen, Erkenntnisse "
           "eintragen, dann 'campdoc check'.", "camp_name": "Name des Camps",
           "camp_date": "Datum (JJJJ-MM-TT)", "camp_location": "Ort",
           "camp_organizer": "Veranstalter", "choose": "Nummer oder Name, leer für {none}",
           "publish_name": "  Darf {name} namentlich genannt werden?", "yes_no": "J/n"},
    "en": {"title": "Session title", "host": "Host (leave empty to finish)",
           "org": "  Organisation of {name} (empty: none)", "room": "Room", "slot": "Slot",
           "tags": "Tags, separated by commas", "known_tags": "Used so far: {tags}",
           "none": "none", "created": "Created: {path}", "next": "Next: open the file, add "
           "the insights, then run 'campdoc check'.", "camp_name": "Name of the camp",
           "camp_date": "Date (YYYY-MM-DD)", "camp_location": "Venue",
           "camp_organizer": "Organiser", "choose": "number or name, empty for {none}",
           "publish_name": "  May {name} be named?", "yes_no": "Y/n"},
}
INTERACTIVE_OPTION = click.option(
    "--interactive/--no-interactive", default=None,
    help="Ask for missing values (default: only when run in a terminal).")


def _is_interactive(flag: bool | None) -> bool:
    return sys.stdin.isatty() if flag is None else flag


def choose(label: str, options: list[tuple[str, str]], words: dict[str, str]) -> str:
    """Ask for one of ``options`` (value, description) by number or value; may stay empty."""
    if not options:
        return ""
    for number, (value, description) in enumerate(options, start=1):
        click.echo(f"  {number}) {value}{f'  ({description})' if description else ''}")
    values = [value for value, _ in options]
    while True:
        answer: str = click.prompt(f"{label} [{words['choose'].format(none=words['none'])}]",
                              default="", show_default=False).strip()
        if not answer:
            return ""
        if answer.isdigit() and 1 <= int(answer) <= len(options):
            return values[int(answer) - 1]
        if answer in values:
            return answer
        click.echo(f"  ? {suggest(answer, values) or ', '.join(values)}")


def _check_choice(kind: str, value: str, allowed: list[str]) -> None:
    if value and value not in allowed:
        close = suggest(value, allowed)
        raise click.BadParameter(f"the camp has no {kind} '{value}'"
                                 + (f"; did you mean '{close}'?" if close else "")
                                 + f" ({', '.join(allowed) or 'none defined'})",
                                 param_hint=f"--{kind}")


def ask_yes_no(label: str, words: dict[str, str], default: bool = True) -> bool:
    """A yes/no question that understands j/ja/y/yes and n/nein/no, and asks again."""
    while True:
        answer = click.prompt(f"{label} [{words['yes_no']}]", default="",
                              show_default=False).strip().lower()
        if not answer:
            return default
        if answer in ("j", "ja", "y", "yes"):
            return True
        if answer in ("n", "nein", "no"):
            return False
        click.echo(f"  ? {words['yes_no']}")


def _ask_session(camp: Camp, tags: list[str], words: dict[str, str],
                 draft: SessionDraft) -> None:
    if not draft.title:
        draft.title = click.prompt(words["title"]).strip()
    while not draft.hosts:
        while name := click.prompt(words["host"], default="", show_default=False).strip():
            organization = click.prompt(words["org"].format(name=name), default="",
                                        show_default=False).strip()
            named = ask_yes_no(words["publish_name"].format(name=name), words)
            # The name of someone who does not want to be named is never written down.
            draft.hosts.append(HostInput("" if not named else name, organization,
                                         anonymous=not named))
    if not draft.room:
        draft.room = choose(words["room"], [(room.name, "") for room in camp.meta.rooms], words)
    if not draft.slot:
        draft.slot = choose(words["slot"], [
            (slot.id, f"{slot.start:%H:%M}–{slot.end:%H:%M}") for slot in camp.meta.slots], words)
    if not draft.tags:
        if tags:
            click.echo(words["known_tags"].format(tags=", ".join(tags[:15])))
        answer = click.prompt(words["tags"], default="", show_default=False)
        draft.tags = [tag.strip() for tag in answer.split(",") if tag.strip()]


@click.group()
def new() -> None:
    """Create a new camp or session file, ready to be filled in."""


@new.command("session")
@click.option("--camp", "camp_id", metavar="ID", help="The camp (default: the newest one).")
@click.option("--title", default="", help="The session's title; the file name comes from it.")
@click.option("--host", "hosts", multiple=True, metavar="NAME",
              help="A host's name; repeat for several hosts.")
@click.option("--org", "orgs", multiple=True, metavar="ORGANISATION",
              help="The organisation of the host given at the same position.")
@click.option("--anonymous", "anonymous", multiple=True, metavar="ORGANISATION",
              help="A host who does not want to be named, by their organisation (may be "
              "empty: \"\"); written without a name, with publish_name: false.")
@click.option("--room", default="", help="A room from camp.yaml.")
@click.option("--slot", default="", help="A slot id from camp.yaml.")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for several.")
@INTERACTIVE_OPTION
@LANG_OPTION
@PROJECT_OPTION
def new_session(camp_id: str | None, title: str, hosts: tuple[str, ...], orgs: tuple[str, ...],
                anonymous: tuple[str, ...], room: str, slot: str, tags: tuple[str, ...],
                interactive: bool | None, lang: str | None, project_dir: Path | None) -> None:
    """Create a draft session file that already passes 'campdoc check'.

    Without flags, on a terminal, it asks for the title, the hosts and their organisations
    (and whether each may be named), the room and the slot (offered from camp.yaml) and the
    tags (suggesting those in use). A host who does not want to be named is written without
    a name: the file is public in a public repository.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    camp = pick_camp(project, camp_id)
    if len(orgs) > len(hosts):
        raise click.BadParameter("there are more --org than --host values", param_hint="--org")
    draft = SessionDraft(title=title.strip(), room=room, slot=slot, tags=list(tags),
                         hosts=[HostInput(name, orgs[i] if i < len(orgs) else "")
                                for i, name in enumerate(hosts)]
                         + [HostInput("", org.strip(), anonymous=True) for org in anonymous])
    if _is_interactive(interactive):
        _ask_session(camp, known_tags(project), ASK[language], draft)
    if not draft.title:
        raise click.UsageError("a title is needed: --title \"…\"")
    _check_choice("room", draft.room, [r.name for r in camp.meta.rooms])
    _check_choice("slot", draft.slot, [s.id for s in camp.meta.slots])
    path = create_session(project, camp, draft, camp.language)
    click.echo(ASK[language]["created"].format(path=path.relative_to(ctx.root)))
    click.echo(ASK[language]["next"])


@new.command("camp")
@click.option("--id", "camp_id", default="", help="Folder name (default: from the name).")
@click.option("--name", default="", help="The camp's name.")
@click.option("--date", "day", default="", metavar="YYYY-MM-DD", help="The camp's (first) day.")
@click.option("--location", default="", help="Venue and town.")
@click.option("--organizer", default="", help="The organising organisation.")
@INTERACTIVE_OPTION
@LANG_OPTION
@PROJECT_OPTION
def new_camp(camp_id: str, name: str, day: str, location: str, organizer: str,
             interactive: bool | None, lang: str | None, project_dir: Path | None) -> None:
    """Create sessions/<id>/camp.yaml with rooms and slots to adjust."""
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    words = ASK[language]
    if _is_interactive(interactive):
        name = name or click.prompt(words["camp_name"]).strip()
        day = day or click.prompt(words["camp_date"], default=dt.date.today().isoformat())
        location = location or click.prompt(words["camp_location"], default="",
                                            show_default=False)
        organizer = organizer or click.prompt(words["camp_organizer"], default="",
                                              show_default=False)
    if not name:
        raise click.UsageError("a name is needed: --name \"…\"")
    try:
        date = dt.date.fromisoformat(day) if day else dt.date.today()
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, found '{day}'",
                                 param_hint="--date") from None
    camp_id = camp_id or slugify(name)
    if not camp_id:
        raise CampdocError("the name gives no folder name", "Pass --id, e.g. barcamp-2026.")
    path = create_camp(ctx.root, CampDraft(camp_id=camp_id, name=name, date=date,
                                           location=location, organizer=organizer,
                                           language=project.language))
    click.echo(words["created"].format(path=path.relative_to(ctx.root)))
