"""What every command shares: the project and language options, loading the project, and
printing issues. Commands only parse options and print; the work lives in the packages below.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import click

from campdoc.content.load import find_project_root, load_project
from campdoc.content.model import Project
from campdoc.content.validate import validate_project
from campdoc.core.issues import Issue, sorted_issues
from campdoc.core.messages import LANGUAGES, Language
from campdoc.core.report import (
    Format,
    format_github,
    format_gitlab,
    format_json,
    format_text,
    split_follow_ups,
    summary,
)

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


def print_issues(issues: list[Issue], files: int, language: Language, output: Format) -> None:
    """Every issue in the chosen format, then (for people) the summary line."""
    colour = sys.stdout.isatty()
    if output == "json":
        click.echo(format_json(issues, files, language))
        return
    if output == "gitlab":
        click.echo(format_gitlab(issues, language))
        return
    shown, hidden = split_follow_ups(issues)
    for issue in shown:
        if output == "github":
            click.echo(format_github(issue, language))
        else:
            click.echo(format_text(issue, language, colour))
    click.echo(summary(shown, files, language, hidden))


def echo_issues(issues: list[Issue], language: Language) -> None:
    """Issues as text lines, without the summary (for imports, which count themselves)."""
    for issue in sorted_issues(issues):
        click.echo(format_text(issue, language, colour=sys.stdout.isatty()))


def plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many
