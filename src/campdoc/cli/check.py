"""``campdoc check``: every problem of the project, with its place and a hint."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import click

from campdoc.cli.common import LANG_OPTION, PROJECT_OPTION, Context, print_issues
from campdoc.core.errors import UsageProblem
from campdoc.core.messages import Language
from campdoc.core.report import Format


def selection(root: Path, paths: tuple[Path, ...]) -> list[str] | None:
    """The given files or folders as project-relative prefixes; None means everything."""
    if not paths:
        return None
    prefixes: list[str] = []
    for path in paths:
        resolved = path.resolve()
        if not resolved.is_relative_to(root):
            raise UsageProblem.said("check.outside", path=path, root=root)
        prefixes.append(resolved.relative_to(root).as_posix())
    return None if "." in prefixes else prefixes


def is_selected(path: str, prefixes: list[str] | None) -> bool:
    return prefixes is None or any(path == prefix or path.startswith(prefix + "/")
                                   for prefix in prefixes)


@click.command()
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
    clashes with other sessions are found). Errors that only follow from another one shown
    (every unknown room while camp.yaml's rooms are broken) are hidden and counted; --format
    json lists them under "hidden". Exit status: 0 when there is no error (and, with
    --strict, no warning), 1 when there are problems, 2 for wrong usage.
    """
    from campdoc.site.check import check_project

    ctx = Context(project_dir, lang)
    checked = check_project(ctx.root)
    issues, files = checked.issues, checked.files
    prefixes = selection(ctx.root, paths)
    if since is not None:
        from campdoc.content.changes import affected_prefixes, changed_files

        focused = affected_prefixes(changed_files(ctx.root, since))
        prefixes = [prefix for prefix in focused if is_selected(prefix, prefixes)]
    shown = [issue for issue in issues if is_selected(issue.location.path, prefixes)]
    checked_files = [path for path in files if is_selected(path, prefixes)]
    print_issues(shown, len(checked_files), cast(Language, ctx.lang or checked.language),
                 output)
    failing = [issue for issue in shown if issue.is_error or strict]
    sys.exit(1 if failing else 0)
