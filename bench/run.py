"""Benchmark campdoc against Hugo + Pagefind and MkDocs Material on one generated corpus.

    python -m bench.run                      # N = 100, 1,000 and 10,000
    python -m bench.run --sizes 1000 10000 --mkdocs-max 1000 --output bench/TABLE.md

Each figure is the median of several runs on the same machine in the same session; the
ratios compare medians. campdoc's cold builds, Hugo + Pagefind and `campdoc check`
alternate run by run, so that a slower or busier minute of the machine falls on all of
them. Memory is the peak resident memory of the whole process tree (campdoc's workers and
Pagefind included), sampled every 50 ms. campdoc's cold builds run with `--timings`; the
second table is the median of each stage over those runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import write_corpus
from bench.measure import Run, median, run
from bench.peers import hugo_site, mkdocs_site, pagefind_command

WORK = Path(__file__).parent / ".work"
RESULTS = Path(__file__).parent / "RESULTS.md"
CAMPDOC = [sys.executable, "-m", "campdoc"]


@dataclass
class Row:
    size: int
    cold: list[Run] = field(default_factory=list)
    warm: list[Run] = field(default_factory=list)
    serve: list[float] = field(default_factory=list)
    hugo: list[Run] = field(default_factory=list)
    mkdocs: list[Run] = field(default_factory=list)
    check: list[Run] = field(default_factory=list)


def _touch_one_session(corpus: Path, round_number: int) -> Path:
    session = sorted((corpus / "sessions").glob("*/*.md"))[len(list(
        (corpus / "sessions").glob("*/*.md"))) // 2]
    text = session.read_text(encoding="utf-8")
    marker = f"BENCH-{round_number}-{time.time_ns()}"
    lines = text.split("\n")
    lines[1] = f'title: "Geänderte Session {marker}"'
    session.write_text("\n".join(lines), encoding="utf-8")
    return session


def measure_cold_builds(corpus: Path, row: Row, runs: int) -> None:
    """campdoc cold, Hugo + Pagefind and campdoc check, taking turns run by run."""
    hugo = hugo_site(corpus, WORK / f"hugo-{row.size}")
    for _ in range(runs):
        shutil.rmtree(corpus / "site", ignore_errors=True)
        shutil.rmtree(corpus / ".campdoc-cache", ignore_errors=True)
        row.cold.append(run([*CAMPDOC, "build", "-C", str(corpus), "--timings", "--lang", "en"]))
        row.hugo.append(hugo_and_pagefind(hugo))
        row.check.append(run([*CAMPDOC, "check", "-C", str(corpus), "--lang", "en"]))


def measure_warm_builds(corpus: Path, row: Row, runs: int) -> None:
    for round_number in range(runs):
        _touch_one_session(corpus, round_number)
        row.warm.append(run([*CAMPDOC, "build", "-C", str(corpus)]))


def measure_serve(corpus: Path, row: Row, runs: int) -> None:
    """From a file save until the rebuilt page is on disk, with `campdoc serve` running."""
    # In English, so that the line announcing the server reads the same in every project.
    process = subprocess.Popen([*CAMPDOC, "serve", "-C", str(corpus), "--port", "0",
                                "--lang", "en"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("Serving"):
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not ready.wait(600):
            raise RuntimeError("campdoc serve did not start")
        time.sleep(1)
        for round_number in range(runs):
            session = _touch_one_session(corpus, 100 + round_number)
            started = time.perf_counter()
            marker = session.read_text(encoding="utf-8").split("\n")[1].split()[-1].strip('"')
            page = corpus / "site" / session.parent.name / "sessions" / f"{session.stem}.html"
            while time.perf_counter() - started < 30:
                try:
                    if marker in page.read_text(encoding="utf-8"):
                        break
                except OSError:
                    pass
                time.sleep(0.005)
            row.serve.append(time.perf_counter() - started)
            time.sleep(0.5)
    finally:
        process.terminate()
        process.wait(10)


def hugo_and_pagefind(site: Path) -> Run:
    """One cold Hugo build of ``site``, then Pagefind's CLI over its output."""
    shutil.rmtree(site / "public", ignore_errors=True)
    shutil.rmtree(site / "resources", ignore_errors=True)
    built = run(["hugo", "--source", str(site), "--quiet"])
    indexed = run(pagefind_command(site / "public"))
    return Run(built.seconds + indexed.seconds, max(built.peak_mib, indexed.peak_mib))


def measure_mkdocs(corpus: Path, row: Row, runs: int) -> None:
    site = mkdocs_site(corpus, WORK / f"mkdocs-{row.size}")
    for _ in range(runs):
        shutil.rmtree(site / "site", ignore_errors=True)
        row.mkdocs.append(run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=site))


def _cell(value: float, unit: str = "s") -> str:
    return "–" if value != value else f"{value:.2f} {unit}"  # NaN: not measured


def _ratio(ours: float, theirs: float) -> str:
    return "–" if theirs != theirs or ours != ours else f"{ours / theirs:.2f}"


def table(rows: list[Row]) -> str:
    lines = ["| sessions | campdoc cold | campdoc warm (1 changed) | warm / cold | serve: save "
             "→ page on disk | Hugo + Pagefind | campdoc / Hugo+Pagefind | campdoc check | "
             "MkDocs Material | MkDocs / campdoc | peak memory campdoc | "
             "peak memory Hugo+Pagefind |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        cold = median([r.seconds for r in row.cold])
        warm = median([r.seconds for r in row.warm])
        hugo = median([r.seconds for r in row.hugo])
        mkdocs = median([r.seconds for r in row.mkdocs])
        lines.append(
            f"| {row.size:,} | {_cell(cold)} | {_cell(warm)} | {_ratio(warm, cold)} | "
            f"{_cell(median(row.serve))} | {_cell(hugo)} | {_ratio(cold, hugo)} | "
            f"{_cell(median([r.seconds for r in row.check]))} | "
            f"{_cell(mkdocs)} | {_ratio(mkdocs, cold)} | "
            f"{_cell(max((r.peak_mib for r in row.cold), default=float('nan')), 'MiB')} | "
            f"{_cell(max((r.peak_mib for r in row.hugo), default=float('nan')), 'MiB')} |")
    return "\n".join(lines)


def stage_seconds(report: str) -> dict[str, tuple[float, float]]:
    """Stage → (CPU s, wall s) from the table `campdoc build --timings --lang en` prints."""
    rows: dict[str, tuple[float, float]] = {}
    for line in report.splitlines():
        parts = line.rsplit(None, 2)
        if len(parts) == 3 and parts[0] != "stage":
            try:
                rows[parts[0]] = (float(parts[1]), float(parts[2]))
            except ValueError:
                continue
    return rows


def stage_table(rows: list[Row]) -> str:
    """Median CPU and wall seconds of each stage over the cold builds, per size."""
    splits = {row.size: [stage_seconds(r.stderr) for r in row.cold] for row in rows}
    names = list(dict.fromkeys(name for runs in splits.values() for split in runs
                               for name in split))
    header = "| stage | " + " | ".join(f"CPU s ({size:,}) | wall s ({size:,})"
                                       for size in splits) + " |"
    lines = [header, "|---|" + "---:|---:|" * len(splits)]
    for name in names:
        cells = []
        for runs in splits.values():
            cells.append(_cell(median([s[name][0] for s in runs if name in s]), ""))
            cells.append(_cell(median([s[name][1] for s in runs if name in s]), ""))
        lines.append(f"| {name} | " + " | ".join(cell.strip() for cell in cells) + " |")
    return "\n".join(lines)


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    memory = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    return (f"{model}, {os.cpu_count()} cores, {int(memory) // 1024 // 1024} GiB, "
            f"Python {platform.python_version()}, Hugo {hugo}, Linux {platform.release()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["100", "1000", "10000"],
                        help="corpus sizes, e.g. --sizes 1000 10000 (or 1000,10000)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mkdocs-max", type=int, default=10000,
                        help="skip MkDocs above this size (it needs minutes at 10,000)")
    parser.add_argument("--output", type=Path, default=None,
                        help="write the table here (default: print only)")
    args = parser.parse_args()
    rows = []
    for size in [int(part) for parts in args.sizes for part in parts.split(",") if part]:
        corpus = WORK / f"corpus-{size}"
        if not (corpus / "campdoc.yaml").is_file():
            write_corpus(corpus, size)
        row = Row(size)
        print(f"N = {size}: campdoc, Hugo + Pagefind and campdoc check, in turns …",
              flush=True)
        measure_cold_builds(corpus, row, args.runs)
        measure_warm_builds(corpus, row, args.runs)
        measure_serve(corpus, row, max(args.runs, 5))
        if size <= args.mkdocs_max and importlib.util.find_spec("mkdocs") is None:
            print("MkDocs is not installed (pip install mkdocs-material): not measured")
        elif size <= args.mkdocs_max:
            print(f"N = {size}: MkDocs Material …", flush=True)
            measure_mkdocs(corpus, row, 1 if size >= 10000 else args.runs)
        rows.append(row)
        print(table(rows), flush=True)
    text = (f"Machine: {machine()}\n\n{table(rows)}\n\n"
            f"campdoc's cold build by stage (`campdoc build --timings`, medians):\n\n"
            f"{stage_table(rows)}\n")
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
