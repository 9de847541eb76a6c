"""What every command shares: the project and language options, loading the project, and
printing issues. Commands only parse options and print; the work lives in the packages below.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import click

from campdoc.content.load import (
    CONFIG_FILE,
    SESSIONS_DIR,
    find_project_root,
    load_project,
    read_yaml_file,
)
from campdoc.content.model import Project
from campdoc.content.schema import SiteConfig
from campdoc.content.validate import convert_document, validate_project
from campdoc.core.errors import CampdocError
from campdoc.core.issues import Issue, sorted_issues
from campdoc.core.messages import LANGUAGES, Language
from campdoc.core.report import (
    Format,
    format_github,
    format_gitlab,
    format_json,
    format_report,
    format_text,
    split_follow_ups,
    summary,
)

# Where build, serve and booklet write when no --out is given: one name for all three.
DEFAULT_OUT = "site"

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
        if project_dir is not None and not project_dir.is_dir():
            raise CampdocError.said("project.no_folder", folder=project_dir)
        self.root = project_dir.resolve() if project_dir else find_project_root(Path.cwd())
        self.lang = lang

    def language(self, project: Project) -> Language:
        return cast(Language, self.lang or project.language)

    def default_language(self) -> Language:
        """The language before the project is loaded: --lang, else campdoc.yaml's."""
        return cast(Language, self.lang) if self.lang else project_language(self.root)

    def require_project(self) -> None:
        """Stop with a clear message where there is no project to add to."""
        if not is_project(self.root):
            raise CampdocError.said("project.none", folder=self.root)


def is_project(folder: Path) -> bool:
    return (folder / CONFIG_FILE).is_file() or (folder / SESSIONS_DIR).is_dir()


def project_language(folder: Path) -> Language:
    """The language of the project at or above ``folder`` (German when there is none)."""
    root = find_project_root(folder)
    if not (root / CONFIG_FILE).is_file():
        return "de"
    config = convert_document(read_yaml_file(root / CONFIG_FILE, CONFIG_FILE), SiteConfig, root)
    return config.language if config and config.language in LANGUAGES else "de"


def load_and_validate(root: Path) -> tuple[Project, list[Issue], list[str]]:
    """Load and validate a project; also returns the paths of the files that were read."""
    sources = load_project(root)
    project, issues = validate_project(sources)
    return project, sorted_issues(issues), sources.file_paths()


def print_issues(issues: list[Issue], files: int, language: Language, output: Format) -> None:
    """Every issue in the chosen format, then (for people) the summary line."""
    colour = sys.stdout.isatty()
    if output == "json":
        click.echo(format_json(issues, files, language))
        return
    if output == "gitlab":
        click.echo(format_gitlab(issues, language))
        return
    if output == "text":
        click.echo(format_report(issues, files, language, colour))
        return
    shown, hidden = split_follow_ups(issues)
    for issue in shown:
        click.echo(format_github(issue, language))
    click.echo(summary(shown, files, language, hidden))


def echo_issues(issues: list[Issue], language: Language) -> None:
    """Issues as text lines, without the summary (for imports, which count themselves)."""
    for issue in sorted_issues(issues):
        click.echo(format_text(issue, language, colour=sys.stdout.isatty()))


def plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many
