"""Whether mutmut's map of tests to the functions they run is still true for the targets.

mutmut maps every test to the functions it runs in one full run of the tests, and later
maps only the tests that are new. A function that a change adds or renames is then linked
only to new tests: its mutants "survive" the older tests that do run it and would kill
them (seen with content/yaml_problems.py, restructured after the map was made). So when a
target's source changed since the full run, the map is made again.

What the sources were at that run is recorded beside mutmut's files (``SOURCES``), by
content: an edit not yet committed at the time is part of the map, not a change since.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

STATS = Path("mutants") / "mutmut-stats.json"
SOURCES = Path("mutants") / "mapped-sources.json"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def map_commit(root: Path) -> str | None:
    """The commit of mutmut's last full run of the tests, or None without one."""
    stats = root / STATS
    if not stats.is_file():
        return None
    commit: str | None = json.loads(stats.read_text(encoding="utf-8")).get("git_commit")
    return commit


def record_sources(root: Path, paths: list[Path], commit_before: str | None) -> None:
    """After a run: if mutmut made its map in it (its full run notes a new commit), the
    sources ``paths`` as that run saw them."""
    commit = map_commit(root)
    if commit is None or commit == commit_before:
        return
    (root / SOURCES).write_text(json.dumps({"commit": commit, "sources": {
        path.as_posix(): _digest(root / path) for path in paths}}), encoding="utf-8")


def changed_since_map(root: Path, paths: list[Path]) -> list[Path]:
    """Those of ``paths`` (relative to ``root``) that differ from what mutmut's last full
    run of the tests saw: by the recorded content, or else by git against that run's
    commit; all of them if neither is known."""
    if not (root / STATS).is_file():
        return []  # no map yet: mutmut makes one anyway
    commit = map_commit(root)
    record = root / SOURCES
    if record.is_file():
        recorded = json.loads(record.read_text(encoding="utf-8"))
        if recorded["commit"] == commit:
            sources = recorded["sources"]
            return sorted(path for path in paths
                          if sources.get(path.as_posix()) != _digest(root / path))
    if not commit:
        return sorted(paths)
    result = subprocess.run(["git", "diff", "--name-only", commit, "--", *map(str, paths)],
                            cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:  # the commit is gone (history rewritten): map again
        return sorted(paths)
    return sorted(Path(line) for line in result.stdout.splitlines())
