"""Whether mutmut's map of tests to the functions they run is still true for the targets.

mutmut maps every test to the functions it runs in one full run of the tests, and later
maps only the tests that are new. A function that a change adds or renames is then linked
only to new tests: its mutants "survive" the older tests that do run it and would kill
them (seen with content/yaml_problems.py, restructured after the map was made). So when a
target's source changed since the full run, the map is made again.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

STATS = Path("mutants") / "mutmut-stats.json"


def changed_since_map(root: Path, paths: list[Path]) -> list[Path]:
    """Those of ``paths`` (relative to ``root``) that differ from the commit of mutmut's
    last full run of the tests, committed or not; all of them if that commit is unknown."""
    stats = root / STATS
    if not stats.is_file():
        return []  # no map yet: mutmut makes one anyway
    commit = json.loads(stats.read_text(encoding="utf-8")).get("git_commit")
    if not commit:
        return sorted(paths)
    result = subprocess.run(["git", "diff", "--name-only", commit, "--", *map(str, paths)],
                            cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:  # the commit is gone (history rewritten): map again
        return sorted(paths)
    return sorted(Path(line) for line in result.stdout.splitlines())
