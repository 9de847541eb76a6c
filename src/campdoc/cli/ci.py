"""``campdoc ci``: set up pull requests for session hosts."""

from __future__ import annotations

from pathlib import Path

import click

from campdoc.authoring.ci import CODEOWNERS_PATHS, FORGES, ci_files, write_ci
from campdoc.authoring.ci import codeowners as codeowners_text
from campdoc.cli.common import LANG_OPTION, PROJECT_OPTION, Context, load_and_validate
from campdoc.core.errors import UsageProblem
from campdoc.render.urls import forge_of


@click.command()
@click.option("--forge", type=click.Choice(FORGES), default=None,
              help="github, gitlab or forgejo (Codeberg, Gitea); default: from the repository "
              "url in campdoc.yaml.")
@click.option("--codeowners", is_flag=True,
              help="Also write a CODEOWNERS file from the hosts' github/gitlab handles, so "
              "hosts are asked to review changes to their sessions.")
@click.option("--matrix", "shards", type=click.IntRange(1, 256), default=None, is_flag=False,
              flag_value=4, metavar="[N]",
              help="For very large archives: build the site in N jobs side by side (default "
              "4), each with its share of the camps, then assemble it in a last job from "
              "their sealed caches. GitHub and GitLab; needs the CI secret "
              "CAMPDOC_CACHE_SECRET (see docs/scale.md).")
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@LANG_OPTION
@PROJECT_OPTION
def ci(forge: str | None, codeowners: bool, shards: int | None, force: bool,
       lang: str | None, project_dir: Path | None) -> None:
    """Set up pull requests for session hosts on GitHub, GitLab or Forgejo/Gitea.

    Writes a workflow that runs 'campdoc check' on every pull request (errors show on the
    changed lines), a workflow that builds and publishes the site from the main branch, a
    pull request template, and CONTRIBUTING.md: how to correct a page in the web editor,
    in the project's language.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    repository = project.config.repository
    if forge is None:
        if repository is None:
            raise UsageProblem.said("ci.no_forge")
        forge = forge_of(repository)
    branch = repository.branch if repository else "main"
    files = ci_files(forge, project.language, branch, shards or 0)
    if codeowners:
        files[CODEOWNERS_PATHS[forge]] = codeowners_text(project, forge)
    for name in write_ci(ctx.root, files, force):
        click.echo(f"  {name}")
