"""``campdoc ci``: the files a project needs so hosts can correct pages through pull requests."""

from __future__ import annotations

import json
import re
from pathlib import Path

from campdoc.authoring.ci_files import (
    CONTRIBUTING,
    FORGEJO_CHECK,
    FORGEJO_PUBLISH,
    GITHUB_CHECK,
    GITHUB_MATRIX_PUBLISH,
    GITHUB_PUBLISH,
    GITLAB_CI,
    GITLAB_MATRIX_CI,
    INSTALL,
    NO_SHARED_CACHE_WARNING,
    PR_TEMPLATE,
)
from campdoc.content.model import Project
from campdoc.core.errors import CampdocError, UsageProblem
from campdoc.core.files import write_atomically

FORGES = ("github", "gitlab", "forgejo")
CODEOWNERS_PATHS = {"github": ".github/CODEOWNERS", "gitlab": ".gitlab/CODEOWNERS",
                    "forgejo": ".gitea/CODEOWNERS"}


MATRIX_FORGES = ("github", "gitlab")
# Characters GitHub's (and Forgejo's) branch filters read as a pattern, not as themselves.
_FILTER_SPECIAL = re.compile(r"([*?+\[\]!\\])")


def branch_filter(branch: str) -> str:
    """``branch`` as one entry of a workflow's ``branches: […]``: a YAML string (a comma or
    brace in the name stays in it) matching that branch alone (``release+1`` is no
    pattern)."""
    return json.dumps(_FILTER_SPECIAL.sub(r"\\\1", branch), ensure_ascii=False)


def ci_files(forge: str, language: str, branch: str, shards: int = 0) -> dict[str, str]:
    """Relative path → content of the workflow, template and guide files for a forge.

    With ``shards``, the site is built by that many jobs side by side (docs/scale.md).
    """
    if shards and forge not in MATRIX_FORGES:
        raise UsageProblem.said("ci.no_matrix", forge=forge)
    if not 0 <= shards <= 256:  # the command line keeps to 1-256; a guard for other callers
        raise ValueError(f"between 1 and 256 parallel jobs, not {shards}")
    files = {"CONTRIBUTING.md": CONTRIBUTING[language]}
    if forge == "github":
        files[".github/workflows/campdoc-check.yml"] = GITHUB_CHECK
        files[".github/workflows/campdoc-publish.yml"] = (GITHUB_MATRIX_PUBLISH.format(
            branch=branch, branch_filter=branch_filter(branch), install=INSTALL, shards=shards,
            warning=NO_SHARED_CACHE_WARNING,
            shard_list=", ".join(str(number) for number in range(1, shards + 1)))
            if shards else GITHUB_PUBLISH.format(branch=branch, branch_filter=branch_filter(branch),
                                                  install=INSTALL))
        files[".github/pull_request_template.md"] = PR_TEMPLATE[language]
    elif forge == "gitlab":
        files[".gitlab-ci.yml"] = (GITLAB_MATRIX_CI.format(
            shards=shards, warning=NO_SHARED_CACHE_WARNING) if shards else GITLAB_CI)
        files[".gitlab/merge_request_templates/Default.md"] = PR_TEMPLATE[language]
    else:
        files[".forgejo/workflows/campdoc-check.yml"] = FORGEJO_CHECK
        files[".forgejo/workflows/campdoc-publish.yml"] = FORGEJO_PUBLISH.format(
            branch=branch, branch_filter=branch_filter(branch), install=INSTALL)
        files[".gitea/pull_request_template.md"] = PR_TEMPLATE[language]
    return files


def codeowners(project: Project, forge: str) -> str:
    """Each session file owned by its hosts' handles, so they are asked to review changes."""
    handle_field = "gitlab" if forge == "gitlab" else "github"
    lines = ["# Written by 'campdoc ci --codeowners': session hosts review changes to their "
             "sessions."]
    for camp in project.camps:
        for session in camp.sessions:
            handles = sorted({"@" + getattr(host, handle_field).lstrip("@")
                              for host in session.meta.hosts if getattr(host, handle_field)})
            if handles:
                path = "/" + session.source.replace(" ", "\\ ")
                lines.append(f"{path} {' '.join(handles)}")
    return "\n".join(lines) + "\n"


def write_ci(root: Path, files: dict[str, str], force: bool) -> list[str]:
    """Write the files; existing ones are kept unless ``force``."""
    existing = [name for name in files if (root / name).exists()]
    if existing and not force:
        raise CampdocError.said("ci.exists", names=", ".join(existing))
    for name, text in files.items():
        write_atomically(root / name, text.encode("utf-8"), root=root)
    return sorted(files)
