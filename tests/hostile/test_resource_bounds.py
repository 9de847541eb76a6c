"""Threat: inputs meant to exhaust time or memory. Each completes or is refused with a clear
error; the limits are documented in docs/limits.md. No test here asserts a wall-clock time:
speed is measured in bench/."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.corpus import write_corpus
from click.testing import CliRunner

from campdoc.cli import main
from tests.hostile.conftest import FRONT, build_project, write_project


def test_a_5_mb_session_is_built_completely(tmp_path: Path) -> None:
    body = "".join(f"Absatz {n}: " + "Engagement braucht Zeit und Vertrauen. " * 30 + "\n\n"
                   for n in range(4300)) + "SCHLUSSWORT\n"
    assert len(body.encode("utf-8")) > 5_000_000
    root = write_project(tmp_path, {"riesig.md": FRONT.format(title="Riesig") + body})
    result, site = build_project(root)
    assert not result.failed
    page = (site / "camp" / "sessions" / "riesig.html").read_text(encoding="utf-8")
    assert "SCHLUSSWORT" in page and "Absatz 4299:" in page


@pytest.mark.parametrize("body", [
    "> " * 50_000 + "tief",
    "".join("  " * level + "- punkt\n" for level in range(50_000))[:3_000_000],
    "[" * 50_000 + "x" + "]" * 50_000,
    "*" * 50_000 + "x" + "*" * 50_000,
], ids=["quotes", "lists", "brackets", "emphasis"])
def test_50000_levels_of_nesting_complete_or_are_refused(tmp_path: Path, body: str) -> None:
    root = write_project(tmp_path, {"tief.md": FRONT.format(title="Tief") + body + "\n"})
    result, site = build_project(root)
    codes = [issue.code for issue in result.issues if issue.is_error]
    if codes:  # refused: with the notes' location, and nothing written
        assert codes == ["CD404"]
        assert not site.exists()
    else:  # completed: every character of the notes is still there
        page = (site / "camp" / "sessions" / "tief.html").read_text(encoding="utf-8")
        assert page.count("x") >= 1


def test_deep_quotes_are_refused_rather_than_cut(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"tief.md": FRONT.format(title="T") + "> " * 100 + "Text\n"})
    result, _ = build_project(root)
    assert [(i.code, i.location.line) for i in result.issues] == [("CD404", 6)]


def test_10000_sessions_are_checked(tmp_path: Path) -> None:
    project = write_corpus(tmp_path / "corpus", 10_000)
    result = CliRunner().invoke(main, ["check", "-C", str(project), "--lang", "en"])
    assert result.exit_code == 0, result.output[-2000:]
    assert result.output.strip() == "0 errors, 0 warnings in 10201 files"
