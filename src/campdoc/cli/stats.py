"""``campdoc stats``: the figures organisers put in reports to funders."""

from __future__ import annotations

from pathlib import Path

import click

from campdoc.authoring.project import pick_camp
from campdoc.cli.common import LANG_OPTION, PROJECT_OPTION, Context, load_and_validate
from campdoc.content.stats import as_csv, as_json, as_text, camp_figures


@click.command()
@click.option("--camp", "camp_id", metavar="ID", help="Only this camp (default: every camp "
              "and the total).")
@click.option("--format", "output", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True, help="text to read, json or csv for reports and spreadsheets.")
@LANG_OPTION
@PROJECT_OPTION
def stats(camp_id: str | None, output: str, lang: str | None, project_dir: Path | None) -> None:
    """Figures for reports: sessions, hosts, organisations, how many people came
    (attendance in camp.yaml), the session participations (the sessions' participants added
    up, so a person counts once per session they went to), participants per slot, published
    photos and material files, the most frequent tags, and how many sessions are drafts or
    lack insights."""
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
