"""``campdoc build``: check the project, then write the site."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from campdoc.cli.common import DEFAULT_OUT, LANG_OPTION, PROJECT_OPTION, Context, print_issues
from campdoc.content.links import is_safe_url
from campdoc.core.errors import UsageProblem
from campdoc.core.messages import Language
from campdoc.core.phrases import phrase

if TYPE_CHECKING:
    from campdoc.site.build import BuildResult


def report_build(result: BuildResult, ctx: Context, target: Path, strict: bool) -> Language:
    """Print a build's issues; stop with exit 1 when they stopped the build."""
    language = ctx.language(result.project) if result.project else ctx.default_language()
    if result.issues:
        print_issues(result.issues, len({i.location.path for i in result.issues}), language,
                     "text")
    if result.failed or (strict and result.issues):
        click.echo(phrase(language, "build.stopped", out=target), err=True)
        sys.exit(1)
    return language


def _shard_camps(ctx: Context, shard: str, language: Language) -> list[str]:
    """The camps of ``shard`` (``K/N``), announced."""
    from campdoc.site.shards import camps_of_shard, parse_shard

    index, total = parse_shard(shard)
    camps = camps_of_shard(ctx.root, index, total)
    click.echo(phrase(language, "build.shard", shard=f"{index}/{total}", camps=", ".join(camps))
               if camps else phrase(language, "build.shard_empty", shard=f"{index}/{total}"))
    return camps


@click.command()
@click.option("--out", "-o", "out", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Output folder (default: site/ in the project).")
@click.option("--camp", "camp_id", default=None, metavar="ID",
              help="Build only this camp's folder (site/ID/); the rest of site/ stays.")
@click.option("--shard", default=None, metavar="K/N",
              help="Build only the camps of part K of N (for CI jobs side by side, see "
              "'campdoc ci --matrix'): every job computes the same split, and each camp lands "
              "in .campdoc-cache/, from where a final 'campdoc build' assembles the archive.")
@click.option("--base-url", default=None, metavar="URL",
              help="Public address of the site, for feeds, sitemap and share previews "
              "(default: base_url from campdoc.yaml). Links stay relative either way.")
@click.option("--strict", is_flag=True, help="Stop on warnings too, not only on errors.")
@click.option("--timings", is_flag=True,
              help="After the build, show the CPU and wall seconds of each stage (load, "
              "validate, render, exports, write, search index…), to find what is slow.")
@click.option("--booklet", is_flag=True,
              help="Also write each camp's booklet (booklet.pdf and booklet.html) and link it "
              "from the camp's home page. Needs: pip install 'campdoc[pdf]'.")
@LANG_OPTION
@PROJECT_OPTION
def build(out: Path | None, camp_id: str | None, shard: str | None, base_url: str | None,
          strict: bool, timings: bool, booklet: bool, lang: str | None,
          project_dir: Path | None) -> None:
    """Check the project, then write the searchable static site.

    Writes site/index.html (all camps) and one self-contained folder per camp, with search
    that works when served and when opened from a folder (file://). Each camp folder also
    gets its open exports: schedule.json (c3voc), camp.ics and one .ics per session, and
    sessions.json. The new site replaces the old one only when everything succeeded; with
    errors, nothing is written.
    """
    from campdoc.site.build import build as build_site

    ctx = Context(project_dir, lang)
    target = out if out is not None else ctx.root / DEFAULT_OUT
    language = ctx.default_language()
    show_progress = sys.stderr.isatty()

    def progress(step: str) -> None:
        if show_progress:
            click.echo(f"… {phrase(language, 'build.' + step)}", err=True)

    if base_url is not None and base_url and not is_safe_url(base_url):
        raise UsageProblem(phrase(language, "build.bad_base_url", found=base_url))
    if booklet:
        from campdoc.booklet.pdf import require_weasyprint

        require_weasyprint()
    camps = None
    if shard is not None:
        if camp_id is not None:
            raise UsageProblem.said("build.camp_and_shard")
        camps = _shard_camps(ctx, shard, language)
        if not camps:
            return
    result = build_site(ctx.root, target, camp_id=camp_id, camps=camps, base_url=base_url,
                        strict=strict, booklet=booklet, progress=progress)
    language = report_build(result, ctx, target, strict)
    click.echo(phrase(language, "build.done_one" if len(result.camps) == 1 else "build.done",
                      pages=result.pages, camps=len(result.camps),
                      seconds=f"{result.seconds:.1f}", out=target))
    if timings:
        click.echo(timings_table(result, language), err=True)


def timings_table(result: BuildResult, language: Language) -> str:
    """The stages' CPU and wall seconds as an aligned table, the whole build last."""
    stages = result.times.rows()
    rows = [(phrase(language, f"stage.{name}"), f"{cpu:.2f}", f"{wall:.2f}")
            for name, cpu, wall in stages]
    rows.append((phrase(language, "build.timings_total"),
                 f"{sum(cpu for _, cpu, _ in stages):.2f}", f"{result.seconds:.2f}"))
    header = (phrase(language, "build.timings_columns"), "CPU s",
              phrase(language, "build.timings_wall"))
    width = max(len(row[0]) for row in [header, *rows])
    lines = [f"{row[0]:<{width}}  {row[1]:>8}  {row[2]:>8}" for row in [header, *rows]]
    return "\n".join([phrase(language, "build.timings"), *lines])
