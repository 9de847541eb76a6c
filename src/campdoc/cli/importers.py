"""``campdoc import plan|pad|json`` and ``campdoc stats``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from campdoc.authoring.project import pick_camp
from campdoc.authoring.scaffold import create_exclusively, session_filename, session_text
from campdoc.cli.main import LANG_OPTION, PROJECT_OPTION, Context, load_and_validate, main
from campdoc.content.load import CAMP_FILE, SESSIONS_DIR
from campdoc.content.matching import find_room, find_slot
from campdoc.content.stats import as_csv, as_json, as_text, camp_figures
from campdoc.core.issues import sorted_issues
from campdoc.core.report import format_text
from campdoc.importers.pad import parse_pad
from campdoc.importers.plan import parse_plan, plan_targets, read_table
from campdoc.importers.sessions_json import read_sessions_json, write_import

WORDS = {
    "de": {"json": "{created} Session{s} importiert, {skipped} schon vorhanden, {problems} "
                   "mit Fehlern übersprungen.",
           "camp_created": "Neues Camp angelegt: {path} (Logos gehören nicht zu sessions.json; "
                           "lege sie bei Bedarf von Hand dazu).",
           "plan": "{created} Session{s} angelegt, {skipped} schon vorhanden, {problems} "
                   "Zeile{n} mit Problemen.", "mapped": "Übernommen: {heading} → {field} ({count})",
           "kept": "In die Notizen übernommen: {headings}", "created": "Angelegt: {path}",
           "encoding": "Gelesen als {encoding}."},
    "en": {"json": "{created} session{s} imported, {skipped} already there, {problems} "
                   "skipped for errors.",
           "camp_created": "New camp created: {path} (logos are not part of sessions.json; "
                           "add them by hand if wanted).",
           "plan": "{created} session{s} created, {skipped} already there, {problems} "
                   "row{s2} with problems.", "mapped": "Mapped: {heading} → {field} ({count})",
           "kept": "Kept in the notes: {headings}", "created": "Created: {path}",
           "encoding": "Read as {encoding}."},
}


@main.group("import")
def import_() -> None:
    """Create sessions from a session plan (CSV), pad notes or another site's sessions.json."""


@import_.command("plan")
@click.argument("table", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--camp", "camp_id", metavar="ID", help="The camp (default: the newest one).")
@LANG_OPTION
@PROJECT_OPTION
def import_plan(table: Path, camp_id: str | None, lang: str | None,
                project_dir: Path | None) -> None:
    """Create one draft session per row of a session plan exported as CSV.

    Columns (German or English headers, any order): Titel/Title, Sessiongeber:in/Host,
    Organisation, Raum/Room, Slot/Zeit (slot id or start time), Tags/Schlagworte. Several
    hosts in one cell are separated by ';', '/', '&', ',' or 'und'. Rows with problems are
    reported with their row number and skipped; existing sessions are never overwritten,
    so the import can be repeated safely. Exit status 1 when a row had a problem.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    camp = pick_camp(project, camp_id)
    rows, encoding = read_table(table.read_bytes())
    shown = table.name
    plan = parse_plan(shown, rows, camp)
    targets = plan_targets(ctx.root / Path(camp.source).parent, plan, shown)
    for path, draft in targets:
        create_exclusively(path, session_text(draft, camp.language))
    for issue in sorted_issues(plan.issues):
        click.echo(format_text(issue, language, colour=sys.stdout.isatty()))
    problems = sum(1 for issue in plan.issues if issue.is_error)
    skipped = sum(1 for issue in plan.issues if issue.code == "CD503")
    if encoding != "utf-8":
        click.echo(WORDS[language]["encoding"].format(encoding=encoding))
    click.echo(WORDS[language]["plan"].format(
        created=len(targets), skipped=skipped, problems=problems,
        s="" if len(targets) == 1 else "s", s2="" if problems == 1 else "s",
        n="" if problems == 1 else "n"))
    sys.exit(1 if problems else 0)


@import_.command("pad")
@click.argument("notes", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--camp", "camp_id", metavar="ID", help="The camp (default: the newest one).")
@click.option("--title", default="", help="Use this title instead of the pad's first heading.")
@LANG_OPTION
@PROJECT_OPTION
def import_pad(notes: Path, camp_id: str | None, title: str, lang: str | None,
               project_dir: Path | None) -> None:
    """Turn an Etherpad or HedgeDoc export (.txt or .md) into a draft session.

    Sections headed like Fragen/Questions, Erkenntnisse/Ergebnisse/Insights, Offene Fragen,
    Nächste Schritte/Next steps and Sessiongeber:in/Host fill those fields; every other
    section is kept in the notes with its heading. Shows what went where.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    camp = pick_camp(project, camp_id)
    text = notes.read_bytes().decode("utf-8", errors="replace")
    result = parse_pad(text, fallback_title=notes.stem.replace("-", " ").replace("_", " "))
    if title:
        result.draft.title = title
    room = find_room(camp.meta.rooms, result.draft.room)
    slot = find_slot(camp.meta.slots, result.draft.slot)
    result.draft.room = room.name if room else ""
    result.draft.slot = slot.id if slot else ""
    path = ctx.root / Path(camp.source).parent / session_filename(result.draft.title)
    create_exclusively(path, session_text(result.draft, camp.language))
    words = WORDS[language]
    for heading, target, count in result.mapped:
        click.echo(words["mapped"].format(heading=heading, field=target, count=count))
    if result.kept:
        click.echo(words["kept"].format(headings=", ".join(result.kept)))
    click.echo(words["created"].format(path=path.relative_to(ctx.root)))


@import_.command("json")
@click.argument("sessions_json", metavar="SESSIONS_JSON",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--camp", "camp_id", metavar="ID",
              help="Import into this camp (default: the camp id in the file).")
@LANG_OPTION
@PROJECT_OPTION
def import_json(sessions_json: Path, camp_id: str | None, lang: str | None,
                project_dir: Path | None) -> None:
    """Import the sessions.json of a campdoc site (its camp page, under Downloads).

    Each session becomes a file in sessions/<camp id>/, exactly as the other site published
    it; building it again gives the same sessions.json. A camp that does not exist yet is
    created from the file (without logos). Existing files are never overwritten, so the
    import can be repeated safely. Every record is checked like 'campdoc check' before it is
    written; records with errors are reported and skipped. Exit status 1 on any error.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    words = WORDS[language]
    result = read_sessions_json(sessions_json.read_bytes(), sessions_json.name, camp_id)
    created: list[Path] = []
    if result.camp_id and not any(issue.code in {"CD505", "CD506", "CD312"}
                                  for issue in result.issues):
        existing = next((camp for camp in project.camps if camp.id == result.camp_id), None)
        folder = (ctx.root / Path(existing.source).parent if existing
                  else ctx.root / SESSIONS_DIR / result.camp_id)
        created = write_import(result, folder, sessions_json.name)
        if folder / CAMP_FILE in created:
            click.echo(words["camp_created"].format(
                path=(folder / CAMP_FILE).relative_to(ctx.root)))
    # The new files against their camp: rooms, slots and clashes are checked across files.
    _, issues, _ = load_and_validate(ctx.root)
    new = {path.relative_to(ctx.root).as_posix() for path in created}
    shown = result.issues + [issue for issue in issues if issue.location.path in new]
    for issue in sorted_issues(shown):
        click.echo(format_text(issue, language, colour=sys.stdout.isatty()))
    sessions = sum(1 for path in created if path.name != CAMP_FILE)
    problems = sum(1 for issue in result.issues if issue.is_error)
    skipped = sum(1 for issue in result.issues if issue.code == "CD503")
    click.echo(words["json"].format(created=sessions, skipped=skipped, problems=problems,
                                    s="" if sessions == 1 else "s"))
    sys.exit(1 if any(issue.is_error for issue in shown) else 0)


@main.command()
@click.option("--camp", "camp_id", metavar="ID", help="Only this camp (default: every camp "
              "and the total).")
@click.option("--format", "output", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True, help="text to read, json or csv for reports and spreadsheets.")
@LANG_OPTION
@PROJECT_OPTION
def stats(camp_id: str | None, output: str, lang: str | None, project_dir: Path | None) -> None:
    """Figures for reports: sessions, hosts, organisations, participants (in total and per
    slot), the most frequent tags, and how many sessions are drafts or lack insights."""
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    camps = [pick_camp(project, camp_id)] if camp_id else project.camps
    figures = [camp_figures([camp], camp.id) for camp in camps]
    if len(camps) > 1:
        figures.append(camp_figures(camps, "total"))
    if output == "json":
        click.echo(as_json(figures), nl=False)
    elif output == "csv":
        click.echo(as_csv(figures), nl=False)
    else:
        click.echo(as_text(figures, ctx.language(project)), nl=False)
