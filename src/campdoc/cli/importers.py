"""``campdoc import plan|pad|json``: sessions from a session plan, a pad, another site."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from campdoc.authoring.project import pick_camp
from campdoc.cli.common import (
    LANG_OPTION,
    PROJECT_OPTION,
    Context,
    echo_issues,
    load_and_validate,
    plural,
)
from campdoc.core.printable import fill
from campdoc.importers.pad import import_pad
from campdoc.importers.plan import import_plan
from campdoc.importers.sessions_json import import_sessions_json

WORDS = {
    "de": {"json": "{created} Session{s} importiert, {skipped} schon vorhanden, {problems} "
                   "mit Fehlern übersprungen.",
           "camp_created": "Neues Camp angelegt: {path} (Logos gehören nicht zu sessions.json; "
                           "lege sie bei Bedarf von Hand dazu).",
           "plan": "{created} Session{s} angelegt, {skipped} schon vorhanden, {problems} "
                   "Zeile{n} mit Problemen.", "mapped": "Übernommen: {heading} → {field} ({count})",
           "kept": "In die Notizen übernommen: {headings}", "created": "Angelegt: {path}",
           "image_kept": "Bild übernommen: {source} → {target}",
           "image_missing": "Bilder ohne Datei neben dem Export (bleiben, wie sie sind; "
                            "die Dateien neben den Export legen und neu importieren): {images}",
           "image_alt": "{count} Bild(er) ohne Beschreibung: in ![…] eintragen, was zu sehen "
                        "ist, sonst meldet 'campdoc check' einen Fehler.",
           "encoding": "Gelesen als {encoding}."},
    "en": {"json": "{created} session{s} imported, {skipped} already there, {problems} "
                   "skipped for errors.",
           "camp_created": "New camp created: {path} (logos are not part of sessions.json; "
                           "add them by hand if wanted).",
           "plan": "{created} session{s} created, {skipped} already there, {problems} "
                   "row{s2} with problems.", "mapped": "Mapped: {heading} → {field} ({count})",
           "kept": "Kept in the notes: {headings}", "created": "Created: {path}",
           "image_kept": "Image kept: {source} → {target}",
           "image_missing": "Images without a file beside the export (left as they are; put "
                            "the files beside the export and import again): {images}",
           "image_alt": "{count} image(s) without a description: write what they show in "
                        "![…], or 'campdoc check' reports an error.",
           "encoding": "Read as {encoding}."},
}


@click.group("import")
def import_() -> None:
    """Create sessions from a session plan (CSV), pad notes or another site's sessions.json."""


@import_.command("plan")
@click.argument("table", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--camp", "camp_id", metavar="ID", help="The camp (default: the newest one).")
@LANG_OPTION
@PROJECT_OPTION
def import_plan_command(table: Path, camp_id: str | None, lang: str | None,
                        project_dir: Path | None) -> None:
    """Create one draft session per row of a session plan exported as CSV.

    Columns (German or English headers, any order): Titel/Title, Sessiongeber:in/Host,
    Organisation, Raum/Room, Slot/Zeit (slot id or start time), Tags/Schlagworte; the other
    names each field is known by are in docs/fields.md. Several hosts in one cell are
    separated by ';', '/', '&', ',' or 'und'. Rows with problems are reported with their row
    number and skipped; existing sessions are never overwritten, so the import can be
    repeated safely. Exit status 1 when a row had a problem.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    camp = pick_camp(project, camp_id)
    result = import_plan(ctx.root, camp, table.read_bytes(), table.name)
    echo_issues(result.issues, language)
    if result.encoding != "utf-8":
        click.echo(fill(WORDS[language]["encoding"], encoding=result.encoding))
    created, problems = len(result.created), result.refused
    click.echo(fill(WORDS[language]["plan"],
        created=created, skipped=result.skipped, problems=problems,
        s=plural(created, "", "s"), s2=plural(problems, "", "s"), n=plural(problems, "", "n")))
    sys.exit(1 if problems else 0)


@import_.command("pad")
@click.argument("notes", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--camp", "camp_id", metavar="ID", help="The camp (default: the newest one).")
@click.option("--title", default="",
              help="Use this title instead of the pad's own (its first heading or first line).")
@LANG_OPTION
@PROJECT_OPTION
def import_pad_command(notes: Path, camp_id: str | None, title: str, lang: str | None,
                       project_dir: Path | None) -> None:
    """Turn a pad export into a draft session: Etherpad (.txt or .html), HedgeDoc or
    Nextcloud Text (.md), or a document saved as plain text (.txt).

    Sections headed like Fragen/Questions, Erkenntnisse/Ergebnisse/Insights, Offene Fragen,
    Nächste Schritte/Next steps (without task boxes) and Sessiongeber:in/Host fill those
    fields; in plain text a heading is a line with just such a name, with or without a
    colon. Lines like 'Protokoll: Jonas Weber' or 'TN: 12' fill documented_by and
    participants. A plain export's first line becomes the title. Only lines that clearly
    name a person become hosts; the others stay in the notes, with a warning. Every other
    section is kept in the notes with its heading. Images whose files lie beside the export
    (or in an uploads/ folder there) are copied into the camp's fotos/ folder. Shows what
    went where.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    camp = pick_camp(project, camp_id)
    result = import_pad(ctx.root, camp, notes.read_bytes(), notes.name, title,
                        export_folder=notes.resolve().parent,
                        limit=project.config.max_file_mb * 1024 * 1024)
    words = WORDS[language]
    if result.encoding != "utf-8":
        click.echo(fill(words["encoding"], encoding=result.encoding))
    echo_issues(result.issues, language)
    for heading, target, count in result.mapped:
        if count:  # a section that gave its field nothing is in the notes, or was empty
            click.echo(fill(words["mapped"], heading=heading, field=target, count=count))
    if result.kept:
        click.echo(fill(words["kept"], headings=", ".join(result.kept)))
    images = result.images
    for source, target in images.kept if images else ():
        click.echo(fill(words["image_kept"], source=source, target=target))
    if images and images.missing:
        click.echo(fill(words["image_missing"], images=", ".join(images.missing)))
    if images and images.without_alt:
        click.echo(fill(words["image_alt"], count=images.without_alt))
    click.echo(fill(words["created"], path=result.created[0].relative_to(ctx.root)))


@import_.command("json")
@click.argument("sessions_json", metavar="SESSIONS_JSON",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--camp", "camp_id", metavar="ID",
              help="Import into this camp (default: the camp id in the file).")
@LANG_OPTION
@PROJECT_OPTION
def import_json_command(sessions_json: Path, camp_id: str | None, lang: str | None,
                        project_dir: Path | None) -> None:
    """Import the sessions.json of a campdoc site (its camp page, under Downloads).

    Each session becomes a file in sessions/<camp id>/, exactly as the other site published
    it; building it again gives the same sessions.json. Photos and materials come along
    when sessions.json lies in the site's camp folder with its photos/ and materials/
    (photos at their largest published size). A camp that does not exist yet is
    created from the file (without logos). Existing files are never overwritten, so the
    import can be repeated safely. Every record is checked like 'campdoc check' before it is
    written; records with errors are reported and skipped. Exit status 1 on any error.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    words = WORDS[language]
    result = import_sessions_json(project, sessions_json.read_bytes(), sessions_json.name,
                                  camp_id, folder=sessions_json.resolve().parent)
    if result.camp_file is not None:
        click.echo(fill(words["camp_created"], path=result.camp_file.relative_to(ctx.root)))
    shown = result.issues + result.checked
    echo_issues(shown, language)
    click.echo(fill(words["json"], created=result.sessions, skipped=result.skipped,
                                    problems=result.refused, s=plural(result.sessions, "", "s")))
    sys.exit(1 if any(issue.is_error for issue in shown) else 0)
