"""``campdoc booklet``: one camp's documentation as a print-ready PDF or HTML file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from campdoc.authoring.project import pick_camp
from campdoc.booklet.pdf import pdf_bytes, require_weasyprint
from campdoc.booklet.render import BOOKLET_HTML, BOOKLET_PDF, render_booklet, shortened_notes
from campdoc.cli.common import (
    DEFAULT_OUT,
    LANG_OPTION,
    PROJECT_OPTION,
    Context,
    load_and_validate,
    print_issues,
)
from campdoc.content.public import public_camp
from campdoc.core.files import is_inside, write_atomically
from campdoc.core.printable import fill
from campdoc.render import urls
from campdoc.render.media import publish_media
from campdoc.render.settings import BuildSettings, source_date
from campdoc.site.write import mark_as_site, site_path

WORDS = {
    "de": {"done": "Geschrieben: {path} ({size} KB)", "stopped": "Kein Booklet geschrieben: "
           "erst die Fehler oben beheben."},
    "en": {"done": "Wrote {path} ({size} KB)", "stopped": "No booklet written: fix the errors "
           "above first."},
}

def default_target(root: Path, camp_id: str, output_format: str) -> Path:
    """site/<camp>/booklet.pdf (or .html): the place `campdoc build --booklet` uses."""
    name = BOOKLET_PDF if output_format == "pdf" else BOOKLET_HTML
    return site_path(root / DEFAULT_OUT, urls.camp_page(camp_id, name))


def claim_site_folder(root: Path) -> None:
    """Mark a site/ that the booklet is the first to write into as campdoc's, so that
    `campdoc build` may replace it later (it leaves alone folders it did not make)."""
    site = root / DEFAULT_OUT
    if not site.exists() or (site.is_dir() and not any(site.iterdir())):
        mark_as_site(site, root=root)


@click.command()
@click.option("--camp", "camp_id", metavar="ID", help="The camp (default: the newest one).")
@click.option("--format", "output_format", type=click.Choice(["pdf", "html"]), default="pdf",
              show_default=True, help="pdf needs the extra: pip install 'campdoc[pdf]'. html "
              "needs nothing and prints from any browser.")
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="The file to write (default: site/<camp id>/booklet.pdf or "
              "booklet.html in the project, where 'campdoc build --booklet' puts it too; the "
              "next 'campdoc build' replaces site/).")
@click.option("--figures", is_flag=True,
              help="Add a page with the camp's figures for funders: sessions, hosts, "
              "organisations, attendance, session participations, per slot, most frequent "
              "tags (the same figures as 'campdoc stats', of the published sessions).")
@click.option("--base-url", default=None, metavar="URL",
              help="Public address of the site, printed as each session's online version "
              "(default: base_url from campdoc.yaml).")
@LANG_OPTION
@PROJECT_OPTION
def booklet(camp_id: str | None, output_format: str, out: Path | None, figures: bool,
            base_url: str | None, lang: str | None, project_dir: Path | None) -> None:
    """Write one camp's documentation as a booklet for print (A4).

    Cover (name, date, place, organiser, logos), table of contents with page numbers,
    the schedule grid, every published session with hosts, questions, insights and notes,
    the hosts' organisations, funders and partners with the funding notice, and the
    licence; with --figures also a page of figures. In the PDF each session starts on a new
    page under a running header. The project is checked first; with errors nothing is
    written.
    """
    ctx = Context(project_dir, lang)
    if output_format == "pdf":
        require_weasyprint()
    project, issues, files = load_and_validate(ctx.root)
    language = ctx.language(project)
    if any(issue.is_error for issue in issues):
        print_issues(issues, len(files), language, "text")
        click.echo(WORDS[language]["stopped"], err=True)
        sys.exit(1)
    camp = pick_camp(project, camp_id)
    settings = BuildSettings(
        base_url=project.config.base_url if base_url is None else base_url,
        source_date=source_date())
    public = public_camp(camp)
    media = publish_media(public, ctx.root)
    if media.issues:  # only decoding a photo showed these
        print_issues(media.issues, len({i.location.path for i in media.issues}), language,
                     "text")
        click.echo(WORDS[language]["stopped"], err=True)
        sys.exit(1)
    html = render_booklet(project, public, settings, media=media, figures=figures)
    warnings = shortened_notes(public)
    if warnings:
        print_issues(warnings, len({issue.location.path for issue in warnings}), language,
                     "text")
    data = pdf_bytes(html) if output_format == "pdf" else html.encode("utf-8")
    if out is None:
        claim_site_folder(ctx.root)
    target = out if out is not None else default_target(ctx.root, camp.id, output_format)
    # Inside the project, nothing is written through a link; elsewhere, where the user says.
    write_atomically(target, data, root=ctx.root if is_inside(ctx.root, target) else None)
    click.echo(fill(WORDS[language]["done"], path=target, size=max(1, len(data) // 1024)))
