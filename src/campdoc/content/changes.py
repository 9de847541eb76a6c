"""Which project files changed since a git ref, for ``campdoc check --changed-since``.

A pull request check looks only at what the host changed (committed since the merge base,
plus anything not yet committed), and at the rules between those files and the rest.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from campdoc.content.load import CAMP_FILE, CONFIG_FILE, SESSIONS_DIR
from campdoc.core.errors import UsageProblem


def _git(root: Path, *args: str, failure: UsageProblem | None = None) -> str:
    """git's output; ``failure`` when git refuses (a generic error naming git's own words
    otherwise)."""
    git = shutil.which("git")
    if git is None:
        raise UsageProblem.said("changes.no_git")
    # A list of arguments and no shell: a ref from the command line is one argument, never
    # a command.
    # Bytes, decoded as os.scandir does: text mode would turn a carriage return inside a
    # file name into a line feed, and the changed file would be missed.
    # diff.relative=false: a user's setting would name changed files relative to a project
    # in a subfolder, and they would be missed (names are compared from the top).
    result = subprocess.run([git, "-c", "diff.relative=false", *args],  # noqa: S603
                            cwd=root, capture_output=True, timeout=60, check=False)
    if result.returncode != 0:
        raise failure or UsageProblem.said("changes.git_failed", command=" ".join(args),
                                           detail=os.fsdecode(result.stderr).strip())
    return os.fsdecode(result.stdout)


def _names(output: str) -> list[str]:
    return [name for name in output.split("\0") if name]


def changed_files(root: Path, ref: str) -> set[str]:
    """Project-relative paths changed since the merge base with ``ref``, or not committed."""
    # Only git's line break is cut: a folder's name may end with a space.
    top = Path(_git(root, "rev-parse", "--show-toplevel", failure=UsageProblem.said(
        "changes.no_repository", folder=root)).removesuffix("\n")).resolve()
    # --verify: one commit, not a range such as main...HEAD (which diff would take apart).
    _git(root, "rev-parse", "--verify", f"{ref}^{{commit}}",
         failure=UsageProblem.said("changes.unknown_ref", ref=ref))
    # -z: names exactly as they are, umlauts, spaces and quotes included (without it, git
    # would print "\303\274ber.md" in quotes).
    names = _names(_git(root, "diff", "--name-only", "--no-renames", "-z", f"{ref}...HEAD"))
    names += _names(_git(root, "diff", "--name-only", "--no-renames", "-z", "HEAD"))
    # --full-name: from a project in a subfolder, ls-files would name files relative to it
    # (git diff names them from the top), and new files there would be missed.
    names += _names(_git(root, "ls-files", "-z", "--full-name", "--others",
                         "--exclude-standard"))
    prefix = root.resolve().relative_to(top).as_posix()
    changed: set[str] = set()
    for name in names:
        if prefix == ".":  # the project is the repository's top folder
            changed.add(name)
        elif name.startswith(prefix + "/"):
            changed.add(name[len(prefix) + 1:])
    return changed


def affected_prefixes(changed: set[str]) -> list[str]:
    """The files whose issues a focused check reports.

    A changed session is reported with the rules that involve it (room and slot clashes,
    duplicate addresses are reported on both files). A changed camp.yaml can affect every
    session of its camp, and a changed campdoc.yaml every file.
    """
    if CONFIG_FILE in changed:
        return [SESSIONS_DIR, CONFIG_FILE]
    prefixes = set()
    for path in changed:
        parts = path.split("/")
        if len(parts) == 3 and parts[0] == SESSIONS_DIR and parts[2] == CAMP_FILE:
            prefixes.add(f"{SESSIONS_DIR}/{parts[1]}")
        elif parts[0] == SESSIONS_DIR:
            prefixes.add(path)
    return sorted(prefixes)
