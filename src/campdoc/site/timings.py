"""Where a build's time goes, stage by stage (``campdoc build --timings``).

Each camp job times its stages in its own process; the build adds them up. CPU seconds
include the Pagefind service's process during the ``index`` stage (read from /proc, so
on Linux only), because on a busy machine a stage's wall time says little about its cost.
Camps are built side by side, so the camps' wall seconds add up to more than the build's.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# In pipeline order. ``prepare`` (the settings, and the digests that find unchanged camps),
# ``cache`` and ``archive`` run once per build; the others once per camp that is built.
STAGES = ("prepare", "load", "validate", "media", "render", "exports", "write", "index", "cache",
          "archive")


@dataclass(slots=True)
class StageTimes:
    """CPU and wall seconds per stage."""

    cpu: dict[str, float] = field(default_factory=dict)
    wall: dict[str, float] = field(default_factory=dict)

    def add(self, other: StageTimes) -> None:
        for stage, seconds in other.cpu.items():
            self.cpu[stage] = self.cpu.get(stage, 0.0) + seconds
        for stage, seconds in other.wall.items():
            self.wall[stage] = self.wall.get(stage, 0.0) + seconds

    @contextmanager
    def stage(self, name: str, other_cpu: Callable[[], float] = lambda: 0.0) -> Iterator[None]:
        """Time the block as stage ``name``; ``other_cpu`` reads the CPU seconds of a helper
        process (Pagefind) that works for this stage."""
        cpu, other, wall = time.process_time(), other_cpu(), time.perf_counter()
        try:
            yield
        finally:
            self.cpu[name] = (self.cpu.get(name, 0.0) + time.process_time() - cpu
                              + other_cpu() - other)
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - wall

    def rows(self) -> list[tuple[str, float, float]]:
        """(stage, CPU seconds, wall seconds) in pipeline order, measured stages only."""
        names = [name for name in STAGES if name in self.wall]
        names += sorted(self.wall.keys() - set(STAGES))
        return [(name, self.cpu.get(name, 0.0), self.wall[name]) for name in names]


def process_cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of process ``pid`` so far; 0 where /proc is missing."""
    try:
        # The command name (field 2) may contain spaces; the fields after it do not.
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks
