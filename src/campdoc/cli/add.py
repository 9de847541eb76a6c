"""``campdoc add photo`` and ``campdoc add material``: files into a session in one step."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from campdoc.authoring.attach import (
    AttachPlan,
    PhotoDetails,
    apply_plan,
    find_session,
    plan_materials,
    plan_photos,
)
from campdoc.cli.common import (
    LANG_OPTION,
    PROJECT_OPTION,
    Context,
    echo_issues,
    load_and_validate,
)
from campdoc.content.model import Project, Session
from campdoc.core.errors import CampdocError, UsageProblem
from campdoc.core.printable import fill

WORDS = {
    "de": {
        "added": "{session}: {count} {what} hinzugefügt.",
        "photo": "Foto", "photos": "Fotos", "material": "Material", "materials": "Materialien",
        "copied": "  kopiert: {source} → {target}",
        "named": "  eingetragen: {target}",
        "stopped": "Nichts geändert: erst die Fehler oben beheben.",
        "next": "Ansehen: 'campdoc serve'.",
        "consent": "Auf dem Foto sind Menschen zu erkennen (--shows-people), aber es fehlt "
                   "--consent. Veröffentliche es nur, wenn alle zugestimmt haben (KUG §22, "
                   "DSGVO); dann --consent ergänzen.",
        "count": "{option} kommt {found}-mal vor, erwartet wird einmal (für alle Dateien) "
                 "oder einmal je Datei ({files}-mal).",
        "empty_alt": "--alt ist leer: beschreibe, was auf dem Foto zu sehen ist.",
        "broken": "{path} hat Fehler, die 'campdoc check' zeigt; erst diese beheben.",
    },
    "en": {
        "added": "{session}: added {count} {what}.",
        "photo": "photo", "photos": "photos", "material": "material",
        "materials": "materials",
        "copied": "  copied: {source} → {target}",
        "named": "  named: {target}",
        "stopped": "Nothing changed: fix the errors above first.",
        "next": "Have a look: 'campdoc serve'.",
        "consent": "People can be recognised on the photo (--shows-people), but --consent is "
                   "missing. Publish it only when everyone agreed (Germany: KUG §22, GDPR); "
                   "then add --consent.",
        "count": "{option} is given {found} times; give it once (for every file) or once per "
                 "file ({files} times).",
        "empty_alt": "--alt is empty: describe what the photo shows.",
        "broken": "{path} has errors that 'campdoc check' shows; fix them first.",
    },
}


def _per_file(values: tuple[str, ...], files: int, option: str, words: dict[str, str],
              required: bool = False) -> list[str]:
    """One value for every file: given once for all, or once per file."""
    if not values and not required:
        return [""] * files
    if len(values) == 1:
        return list(values) * files
    if len(values) != files:
        raise UsageProblem(fill(words["count"], option=option, found=len(values),
                                                 files=files))
    return list(values)


def _session(project: Project, given: str, words: dict[str, str]) -> Session:
    try:
        return find_session(project, given)
    except CampdocError:
        path = Path(given)
        if path.is_file() and path.suffix == ".md":
            raise CampdocError(fill(words["broken"], path=given), "campdoc check") from None
        raise


def _run(ctx: Context, project: Project, plan: AttachPlan, session: Session, what: str,
         words: dict[str, str]) -> None:
    language = ctx.language(project)
    if plan.issues:
        echo_issues(plan.issues, language)
        click.echo(words["stopped"], err=True)
        sys.exit(1)
    apply_plan(ctx.root, plan)
    count = len(plan.copies)
    click.echo(fill(words["added"], session=session.source, count=count,
                                     what=words[what if count == 1 else what + "s"]))
    camp_folder = Path(session.source).parent
    for copy in plan.copies:
        if copy.target is not None:
            click.echo(fill(words["copied"], source=copy.source,
                                              target=camp_folder / copy.written))
        else:
            click.echo(fill(words["named"], target=camp_folder / copy.written))
    click.echo(words["next"])


@click.group()
def add() -> None:
    """Add photos or material files to a session."""


@add.command()
@click.argument("session_name", metavar="SESSION")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--alt", "alts", multiple=True, required=True, metavar="TEXT",
              help="What the photo shows, for people who cannot see it. Once for all "
              "files, or once per file.")
@click.option("--caption", "captions", multiple=True, metavar="TEXT",
              help="A line under the photo (once, or once per file).")
@click.option("--credit", default="", metavar="TEXT",
              help="Who took the photos, e.g. 'Foto: Boaz Arad / Paritätischer Berlin'.")
@click.option("--license", "license_id", default="", metavar="SPDX",
              help="Licence of the photos (default: the camp's), e.g. CC-BY-4.0.")
@click.option("--shows-people", is_flag=True,
              help="People can be recognised on the photos (then --consent is needed).")
@click.option("--consent", is_flag=True,
              help="Everyone recognisable agreed to the publication (KUG §22, GDPR).")
@LANG_OPTION
@PROJECT_OPTION
def photo(session_name: str, files: tuple[Path, ...], alts: tuple[str, ...],
          captions: tuple[str, ...], credit: str, license_id: str, shows_people: bool,
          consent: bool, lang: str | None, project_dir: Path | None) -> None:
    """Add photos to a session: copied next to it, listed in its front matter.

    SESSION is the session's file (sessions/<camp>/<name>.md) or its name. Each FILE
    (JPEG, PNG, WebP or HEIC) is checked, copied into the camp's fotos/ folder under a
    name made from its alt text, and added to 'photos:' with the details given; the rest
    of the file stays exactly as it was. When one file is refused, nothing changes.

    Example: campdoc add photo ki-im-sozialbereich ~/Bilder/IMG_2034.jpg
    --alt "Flipchart mit den drei Leitfragen" --credit "Foto: Anna Beispiel"
    """
    ctx = Context(project_dir, lang)
    ctx.require_project()
    project, _, _ = load_and_validate(ctx.root)
    words = WORDS[ctx.language(project)]
    if shows_people and not consent:
        raise UsageProblem(words["consent"])
    alt_texts = _per_file(alts, len(files), "--alt", words, required=True)
    if not all(text.strip() for text in alt_texts):
        raise UsageProblem(words["empty_alt"])
    details = [PhotoDetails(alt.strip(), caption.strip(), credit.strip(), license_id.strip(),
                            shows_people, consent)
               for alt, caption in zip(alt_texts, _per_file(captions, len(files), "--caption",
                                                            words), strict=True)]
    session = _session(project, session_name, words)
    plan = plan_photos(ctx.root, session, list(files), details, project.language,
                       project.config.max_file_mb * 1024 * 1024)
    _run(ctx, project, plan, session, "photo", words)


@add.command()
@click.argument("session_name", metavar="SESSION")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", "titles", multiple=True, required=True, metavar="TEXT",
              help="What the file is, as its link shows it (once per file).")
@LANG_OPTION
@PROJECT_OPTION
def material(session_name: str, files: tuple[Path, ...], titles: tuple[str, ...],
             lang: str | None, project_dir: Path | None) -> None:
    """Add material files (slides, handouts) to a session.

    SESSION is the session's file or its name. Each FILE (PDF, ODP/PPTX, DOCX/ODT,
    ODS/XLSX or an image) is checked, copied into the camp's material/ folder under a name
    made from its title, and added to 'materials:'. When one file is refused, nothing
    changes.

    Example: campdoc add material ki-im-sozialbereich folien.pdf --title "Folien der Session"
    """
    ctx = Context(project_dir, lang)
    ctx.require_project()
    project, _, _ = load_and_validate(ctx.root)
    words = WORDS[ctx.language(project)]
    names = [title.strip() for title in
             _per_file(titles, len(files), "--title", words, required=True)]
    session = _session(project, session_name, words)
    plan = plan_materials(ctx.root, session, list(files), names, project.language,
                          project.config.max_file_mb * 1024 * 1024)
    _run(ctx, project, plan, session, "material", words)
