"""Timing and memory of commands, measured the same way for every tool."""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, summed (KiB)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
        pending += _children(current)
    return total


@dataclass
class Run:
    """One run of a command: wall time in seconds and peak summed RSS in MiB."""

    seconds: float
    peak_mib: float
    stderr: str = ""  # what the command reported (campdoc build --timings: its stage split)


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run a command to completion, sampling the memory of its process tree."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kib(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    done.set()
    sampler.join()
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {errors.decode()[-2000:]}")
    return Run(elapsed, peak / 1024, errors.decode("utf-8", errors="replace"))


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
