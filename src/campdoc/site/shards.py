"""Camps split into shards, for CI jobs that build a very large archive side by side.

Every job computes the same split from the source tree alone (no job has to tell another
which camps it took): camps are dealt largest first to the shard with the fewest sessions
so far, ties to the lower shard, and equal camps in the order of their ids.
"""

from __future__ import annotations

import re
from pathlib import Path

from campdoc.content.load import load_project
from campdoc.core.errors import UsageProblem

SHARD_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
# The same ceiling as ``campdoc ci --matrix``: no forge runs more jobs side by side.
MOST_SHARDS = 256


def parse_shard(text: str) -> tuple[int, int]:
    """``"2/4"`` → ``(2, 4)``: shard 2 of 4, counted from 1 as CI systems count jobs."""
    match = SHARD_PATTERN.match(text)
    if match is None:
        raise UsageProblem.said("shard.malformed", found=text)
    index, total = int(match[1]), int(match[2])
    if total < 1:
        raise UsageProblem.said("shard.no_jobs", found=text)
    if total > MOST_SHARDS:
        raise UsageProblem.said("shard.too_many", found=text, most=MOST_SHARDS)
    if not 1 <= index <= total:
        raise UsageProblem.said("shard.out_of_range", found=text, total=max(total, 1))
    return index, total


def split_camps(sizes: dict[str, int], total: int) -> list[list[str]]:
    """The camps (id → number of sessions) dealt into ``total`` shards of similar work."""
    # Beyond one shard per camp the rest stay empty (an empty shard always has the least
    # load, and the lowest of them is among the first len(sizes)), so only those are dealt.
    used = min(total, len(sizes))
    shards: list[list[str]] = [[] for _ in range(used)]
    loads = [0] * used
    for camp in sorted(sizes, key=lambda name: (-sizes[name], name)):
        lightest = min(range(used), key=lambda number: (loads[number], number))
        shards[lightest].append(camp)
        loads[lightest] += sizes[camp]
    return [sorted(shard) for shard in shards] + [[] for _ in range(total - used)]


def camp_sizes(root: Path) -> dict[str, int]:
    """Each camp of the project and how many session files it has."""
    sources = load_project(root, read_camps=False)
    return {camp.id: sum(1 for _ in (root / camp.folder).glob("*.md"))
            for camp in sources.camps}


def camps_of_shard(root: Path, index: int, total: int) -> list[str]:
    """The camps that shard ``index`` of ``total`` builds (may be none for tiny projects)."""
    sizes = camp_sizes(root)
    if index > len(sizes):
        return []
    return split_camps(sizes, min(total, len(sizes)))[index - 1]
