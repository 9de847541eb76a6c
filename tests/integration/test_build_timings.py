"""`campdoc build --timings`: the stage split a maintainer reads to find what is slow."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from campdoc.cli import main

STAGE_NAMES_EN = ["prepare", "load", "validate", "photos and logos", "render pages", "exports",
                  "write", "search index", "cache", "archive", "whole build"]


def _rows(lines: list[str]) -> dict[str, tuple[float, float]]:
    rows = {}
    for line in lines:
        name, cpu, wall = line.rsplit(None, 2)
        rows[name] = (float(cpu), float(wall))
    return rows


def test_timings_list_every_stage_with_cpu_and_wall_seconds(runner: CliRunner,
                                                            sample_project: Path) -> None:
    result = runner.invoke(main, ["build", "-C", str(sample_project), "--timings",
                                  "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == ("Time per stage: CPU seconds of all processes (Pagefind's included); "
                        "wall seconds added up over the camps, which are built side by side.")
    assert lines[1].split() == ["stage", "CPU", "s", "wall", "s"]
    rows = _rows(lines[2:])
    assert list(rows) == STAGE_NAMES_EN
    assert all(cpu >= 0 and wall >= 0 for cpu, wall in rows.values())
    # Real work was measured: pages were rendered and Pagefind indexed them.
    assert rows["render pages"][0] > 0
    assert rows["search index"][0] > 0
    stages_cpu = sum(cpu for name, (cpu, _) in rows.items() if name != "whole build")
    assert abs(rows["whole build"][0] - stages_cpu) <= 0.01 * len(rows)
    built = result.stdout.strip().splitlines()[-1]
    assert built.startswith("Built ")
    # The same build time, rounded to one decimal there and to two here.
    seconds = float(built.split(" in ", 1)[1].split(" s ", 1)[0])
    assert abs(seconds - rows["whole build"][1]) <= 0.051


def test_timings_are_german_in_a_german_project(runner: CliRunner, sample_project: Path) -> None:
    result = runner.invoke(main, ["build", "-C", str(sample_project), "--timings"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Zeit je Schritt: CPU-Sekunden aller Prozesse")
    assert lines[1].split() == ["Schritt", "CPU", "s", "Uhr", "s"]
    assert list(_rows(lines[2:])) == [
        "vorbereiten", "laden", "prüfen", "Fotos und Logos", "Seiten erzeugen", "Exporte",
        "schreiben", "Suchindex", "Zwischenspeicher", "Archiv", "ganzer Build"]


def test_without_the_option_no_timings_are_shown(runner: CliRunner,
                                                 sample_project: Path) -> None:
    result = runner.invoke(main, ["build", "-C", str(sample_project), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "CPU" not in result.output
    assert result.stdout.startswith("Built ")
