"""``campdoc init``: start a project."""

from __future__ import annotations

from pathlib import Path

import click

from campdoc.authoring.ci import FORGES, ci_files, write_ci
from campdoc.authoring.project import init_project
from campdoc.core.phrases import phrase


@click.command()
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True,
              help="Language of the project, its pages and its messages.")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@click.option("--ci", "forge", type=click.Choice(FORGES),
              help="Also write the pull-request check, publishing workflow, PR template and "
              "host guide for this forge (see 'campdoc ci').")
def init(folder: Path | None, lang: str, force: bool, forge: str | None) -> None:
    """Start a new campdoc project in FOLDER (default: the current folder).

    Writes campdoc.yaml, an example camp with one example session, a .gitignore (which
    keeps site/ out of git) and a README for the people who will document. Existing files
    are never overwritten unless --force is given.
    """
    target = (folder or Path.cwd()).resolve()
    for path in init_project(target, lang, force):
        click.echo(f"  {path.relative_to(target)}")
    if forge:
        for name in write_ci(target, ci_files(forge, lang, "main"), force):
            click.echo(f"  {name}")
    click.echo(phrase(lang, "init.done", folder=folder or "."))
