"""The ``campdoc`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from campdoc import __version__
from campdoc.content.links import is_safe_url
from campdoc.content.load import find_project_root, load_project
from campdoc.content.model import Project
from campdoc.content.validate import validate_project
from campdoc.core.errors import CampdocError
from campdoc.core.issues import Issue, sorted_issues
from campdoc.core.messages import LANGUAGES, Language
from campdoc.core.report import (
    Format,
    format_github,
    format_gitlab,
    format_json,
    format_text,
    summary,
)

if TYPE_CHECKING:
    from campdoc.site.build import BuildResult

LANG_OPTION = click.option(
    "--lang", type=click.Choice(LANGUAGES),
    help="Language of messages (default: the project's language from campdoc.yaml).")
PROJECT_OPTION = click.option(
    "--project", "-C", "project_dir", type=click.Path(file_okay=False, path_type=Path),
    default=None, help="Project folder (default: the nearest folder upwards with campdoc.yaml "
    "or sessions/).")


class Context:
    """What every command needs: the project folder and the message language."""

    def __init__(self, project_dir: Path | None, lang: str | None) -> None:
        self.root = project_dir.resolve() if project_dir else find_project_root(Path.cwd())
        self.lang = lang

    def language(self, project: Project) -> Language:
        return cast(Language, self.lang or project.language)


def load_and_validate(root: Path) -> tuple[Project, list[Issue], list[str]]:
    """Load and validate a project; also returns the paths of the files that were read."""
    sources = load_project(root)
    project, issues = validate_project(sources)
    return project, sorted_issues(issues), sources.file_paths()


def selection(root: Path, paths: tuple[Path, ...]) -> list[str] | None:
    """The given files or folders as project-relative prefixes; None means everything."""
    if not paths:
        return None
    prefixes: list[str] = []
    for path in paths:
        resolved = path.resolve()
        if not resolved.is_relative_to(root):
            raise click.UsageError(f"{path} is not inside the project folder {root}")
        prefixes.append(resolved.relative_to(root).as_posix())
    return None if "." in prefixes else prefixes


def is_selected(path: str, prefixes: list[str] | None) -> bool:
    return prefixes is None or any(path == prefix or path.startswith(prefix + "/")
                                   for prefix in prefixes)


def print_issues(issues: list[Issue], files: int, language: Language, output: Format) -> None:
    colour = sys.stdout.isatty()
    if output == "json":
        click.echo(format_json(issues, files, language))
        return
    if output == "gitlab":
        click.echo(format_gitlab(issues, language))
        return
    for issue in issues:
        if output == "github":
            click.echo(format_github(issue, language))
        else:
            click.echo(format_text(issue, language, colour))
    click.echo(summary(issues, files, language))


class ReportedError(click.ClickException):
    """A `CampdocError` as click shows it: the message and the hint, no traceback."""

    def __init__(self, error: CampdocError) -> None:
        super().__init__(error.message)
        self.error = error
        self.exit_code = error.exit_code

    def show(self, file: Any = None) -> None:
        click.secho(f"campdoc: {self.error.message}", fg="red", err=True)
        if self.error.hint:
            click.echo(f"  {self.error.hint}", err=True)


class CampdocGroup(click.Group):
    """The command group; user-caused failures below it become messages, not tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CampdocError as error:
            raise ReportedError(error) from None


@click.group(cls=CampdocGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="campdoc")
def main() -> None:
    """campdoc turns barcamp session notes into a validated, searchable, offline-first site.

    A project has a sessions/ folder with one folder per camp (camp.yaml and one Markdown file
    per session) and an optional campdoc.yaml.

    New here? 'campdoc init my-camp', then 'campdoc new session' and 'campdoc serve'.
    Every command explains itself with --help.
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "output", type=click.Choice(["text", "json", "github", "gitlab"]),
              default="text", show_default=True,
              help="text for people, json for tools, github for pull-request annotations, "
              "gitlab for a merge request's code quality report.")
@click.option("--strict", is_flag=True, help="Fail on warnings too, not only on errors.")
@click.option("--changed-since", "since", metavar="REF",
              help="Only report files changed since this git ref (e.g. origin/main), with the "
              "rules that involve them; for pull-request checks.")
@LANG_OPTION
@PROJECT_OPTION
def check(paths: tuple[Path, ...], output: Format, strict: bool, since: str | None,
          lang: str | None, project_dir: Path | None) -> None:
    """Check session files and camp files, and report every problem with its place.

    PATHS limits the report to these files or folders (all of the project is still read, so
    clashes with other sessions are found). Exit status: 0 when there is no error (and, with
    --strict, no warning), 1 when there are problems, 2 for wrong usage.
    """
    ctx = Context(project_dir, lang)
    project, issues, files = load_and_validate(ctx.root)
    prefixes = selection(ctx.root, paths)
    if since is not None:
        from campdoc.content.changes import affected_prefixes, changed_files

        focused = affected_prefixes(changed_files(ctx.root, since))
        prefixes = [prefix for prefix in focused if is_selected(prefix, prefixes)]
    shown = [issue for issue in issues if is_selected(issue.location.path, prefixes)]
    checked = [path for path in files if is_selected(path, prefixes)]
    print_issues(shown, len(checked), ctx.language(project), output)
    failing = [issue for issue in shown if issue.is_error or strict]
    sys.exit(1 if failing else 0)


_BUILD_WORDS = {
    "en": {"load": "Reading files", "render": "Building camps", "index": "Writing the archive",
           "stopped": "Build stopped: fix the errors above. {out} was not changed.",
           "done": "Built {pages} pages for {camps} camp{s} in {seconds:.1f} s → {out}"},
    "de": {"load": "Lese Dateien", "render": "Baue Camps", "index": "Schreibe das Archiv",
           "stopped": "Build abgebrochen: Bitte die Fehler oben beheben. {out} wurde nicht "
                      "verändert.",
           "done": "{pages} Seiten für {camps} Camp{s} in {seconds:.1f} s erzeugt → {out}"},
}


def report_build(result: BuildResult, ctx: Context, target: Path, strict: bool) -> Language:
    """Print a build's issues; stop with exit 1 when they stopped the build."""
    language: Language = ctx.language(result.project) if result.project else cast(
        Language, ctx.lang or "de")
    if result.issues:
        print_issues(result.issues, len({i.location.path for i in result.issues}), language,
                     "text")
    if result.failed or (strict and result.issues):
        click.echo(_BUILD_WORDS[language]["stopped"].format(out=target), err=True)
        sys.exit(1)
    return language


@main.command()
@click.option("--out", "-o", "out", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Output folder (default: site/ in the project).")
@click.option("--camp", "camp_id", default=None, metavar="ID",
              help="Build only this camp's folder (site/ID/); the rest of site/ stays.")
@click.option("--base-url", default=None, metavar="URL",
              help="Public address of the site, for feeds, sitemap and share previews "
              "(default: base_url from campdoc.yaml). Links stay relative either way.")
@click.option("--strict", is_flag=True, help="Stop on warnings too, not only on errors.")
@click.option("--booklet", is_flag=True,
              help="Also write each camp's booklet (booklet.pdf and booklet.html) and link it "
              "from the camp's home page. Needs: pip install 'campdoc[pdf]'.")
@LANG_OPTION
@PROJECT_OPTION
def build(out: Path | None, camp_id: str | None, base_url: str | None, strict: bool,
          booklet: bool, lang: str | None, project_dir: Path | None) -> None:
    """Check the project, then write the searchable static site.

    Writes site/index.html (all camps) and one self-contained folder per camp, with search
    that works when served and when opened from a folder (file://). Each camp folder also
    gets its open exports: schedule.json (c3voc), camp.ics and one .ics per session, and
    sessions.json. The new site replaces the old one only when everything succeeded; with
    errors, nothing is written.
    """
    from campdoc.site.build import build as build_site

    ctx = Context(project_dir, lang)
    target = out if out is not None else ctx.root / "site"
    language: Language = cast(Language, ctx.lang or "de")
    show_progress = sys.stderr.isatty()

    def progress(step: str) -> None:
        if show_progress:
            click.echo(f"… {_BUILD_WORDS[language][step]}", err=True)

    if base_url is not None and base_url and not is_safe_url(base_url):
        raise click.BadParameter("expected an http:// or https:// address", param_hint="--base-url")
    if booklet:
        from campdoc.booklet.pdf import require_weasyprint

        require_weasyprint()
    result = build_site(ctx.root, target, camp_id=camp_id, base_url=base_url, strict=strict,
                        booklet=booklet, progress=progress)
    language = report_build(result, ctx, target, strict)
    words = _BUILD_WORDS[language]
    click.echo(words["done"].format(pages=result.pages, camps=len(result.camps),
                                    s="" if len(result.camps) == 1 else "s",
                                    seconds=result.seconds, out=target))


@main.command()
@click.option("--host", "bind", default="127.0.0.1", show_default=True,
              help="Address to listen on. Use 0.0.0.0 only to show the site to other devices "
              "in your network.")
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--out", "-o", "out", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Output folder (default: site/ in the project).")
@click.option("--watch/--no-watch", default=True, show_default=True,
              help="Rebuild when files change and reload the browser tab.")
@LANG_OPTION
@PROJECT_OPTION
def serve(bind: str, port: int, out: Path | None, watch: bool, lang: str | None,
          project_dir: Path | None) -> None:
    """Build the site and preview it at http://127.0.0.1:8000/, updating as you save.

    Watches sessions/, templates/ and campdoc.yaml; a save rebuilds what it touches and
    reloads the open browser tab. A broken save shows the error here and in the browser,
    and the last good pages stay. Search works here as on the published site.
    """
    from campdoc.preview.runner import run_preview
    from campdoc.preview.server import is_loopback
    from campdoc.site.build import build as build_site

    ctx = Context(project_dir, lang)
    target = out if out is not None else ctx.root / "site"
    language = report_build(build_site(ctx.root, target), ctx, target, strict=False)
    if not is_loopback(bind):
        click.secho(f"Warning: the preview is reachable from other devices via {bind}. "
                    "Only do this in a network you trust.", fg="yellow", err=True)
    run_preview(ctx.root, target, bind, port, language, click.echo, watch=watch)


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--kind", type=click.Choice(["session", "camp", "config"]), default="session",
              show_default=True, help="Which file the schema describes.")
def schema(output: Path | None, kind: str) -> None:
    """Write the JSON Schema of session front matter, camp.yaml or campdoc.yaml.

    Editors use it to check files while you type; see docs/editor.md.
    """
    from campdoc.content.schema_export import json_schema

    text = json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{output}")
    else:
        click.echo(text, nl=False)


# Commands defined in other modules register themselves on `main` when imported.
import campdoc.cli.authoring  # noqa: E402
import campdoc.cli.booklet  # noqa: E402
import campdoc.cli.importers  # noqa: E402, F401
