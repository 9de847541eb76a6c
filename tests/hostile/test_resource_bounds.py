"""Threat: inputs meant to exhaust time or memory. Each completes or is refused with a clear
error; the limits are documented in docs/limits.md. No test here asserts a wall-clock time:
speed is measured in bench/."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.corpus import write_corpus
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.content.load import MAX_FILE_BYTES
from tests.hostile.conftest import FRONT, build_project, write_project


def test_a_session_just_under_the_size_limit_is_built_completely(tmp_path: Path) -> None:
    body = "".join(f"Absatz {n}: " + "Engagement braucht Zeit und Vertrauen. " * 30 + "\n\n"
                   for n in range(1700)) + "SCHLUSSWORT\n"
    size = len((FRONT.format(title="Riesig") + body).encode("utf-8"))
    assert 2_000_000 < size <= MAX_FILE_BYTES
    root = write_project(tmp_path, {"riesig.md": FRONT.format(title="Riesig") + body})
    result, site = build_project(root)
    assert not result.failed
    page = (site / "camp" / "sessions" / "riesig.html").read_text(encoding="utf-8")
    assert "SCHLUSSWORT" in page and "Absatz 1699:" in page


def test_a_session_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    body = "Satz. " * (MAX_FILE_BYTES // 6 + 10)
    root = write_project(tmp_path, {"riesig.md": FRONT.format(title="Riesig") + body})
    result, site = build_project(root)
    assert [(issue.code, issue.location.path) for issue in result.issues] == [
        ("CD109", "sessions/camp/riesig.md")]
    assert not site.exists()


@pytest.mark.parametrize("body", [
    "> " * 50_000 + "tief",
    "".join("  " * level + "- punkt\n" for level in range(50_000))[:1_900_000],
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


def test_a_pipe_named_like_a_session_is_reported_not_read(tmp_path: Path) -> None:
    """Reading a FIFO blocks until someone writes to it: check, build and the preview's
    rebuild thread would hang. campdoc reads regular files only."""
    import os

    root = write_project(tmp_path, {"ok.md": FRONT.format(title="Ok")})
    os.mkfifo(root / "sessions" / "camp" / "x.md")
    os.mkfifo(root / "sessions" / "camp" / "camp-notes.yaml")
    result = CliRunner().invoke(main, ["check", "-C", str(root), "--lang", "en"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "error[" in line]
    assert lines == [
        "sessions/camp/camp-notes.yaml:1:1: error[CD313] this is not a regular file (it is a "
        "pipe, socket or device); campdoc reads only regular files",
        "sessions/camp/x.md:1:1: error[CD313] this is not a regular file (it is a pipe, socket "
        "or device); campdoc reads only regular files"]


def test_the_booklet_prints_a_bounded_part_of_a_huge_session(tmp_path: Path) -> None:
    from campdoc.booklet.render import NOTES_LIMIT, render_booklet, shortened_notes
    from campdoc.cli.common import load_and_validate
    from campdoc.content.public import public_camp
    from campdoc.core.messages import hint_of, message_of
    from campdoc.render.settings import BuildSettings

    body = "".join(f"## Teil {n}\n\nAbsatz {n} mit Text. " + "Wort " * 200 + "\n\n"
                   for n in range(1500)) + "LETZTER ABSATZ\n"
    assert len(body) > 20 * NOTES_LIMIT
    root = write_project(tmp_path, {"riesig.md": FRONT.format(title="Riesig") + body})
    (root / "campdoc.yaml").write_text("base_url: https://example.org/doku/\n")
    project, issues, _ = load_and_validate(root)
    assert not [issue for issue in issues if issue.is_error]
    camp = public_camp(project.camps[0])
    html = render_booklet(project, camp, BuildSettings(base_url=project.config.base_url))
    assert "LETZTER ABSATZ" not in html and "Absatz 0 mit Text" in html
    assert len(html) < 3 * NOTES_LIMIT
    assert ("vollständig stehen sie in der Online-Fassung. "
            "https://example.org/doku/camp/sessions/riesig.html") in html
    (warning,) = shortened_notes(camp)
    assert (warning.code, warning.location.line) == ("CD406", 2)
    assert (message_of(warning, "en"), hint_of(warning, "en")) == (
        "notes: the notes are 1554 KB long; the booklet prints the first 60 KB and points to "
        "the online version for the rest",
        "Nothing to do if that is fine. To print everything, split the session or move long "
        "material (transcripts, lists) to a linked file.")
    assert message_of(warning, "de") == (
        "notes: die Notizen sind 1554 KB lang; das Booklet druckt die ersten 60 KB und "
        "verweist für den Rest auf die Online-Fassung")


def test_footnote_ids_are_unique_across_the_booklet(tmp_path: Path) -> None:
    import re

    from campdoc.booklet.render import render_booklet
    from campdoc.cli.common import load_and_validate
    from campdoc.content.public import public_camp
    from campdoc.render.settings import BuildSettings

    notes = "Text mit Fußnote[^1] und ^[einer zweiten].\n\n[^1]: Die erste.\n"
    root = write_project(tmp_path, {"a.md": FRONT.format(title="A") + notes,
                                    "b.md": FRONT.format(title="B") + notes})
    project, _, _ = load_and_validate(root)
    html = render_booklet(project, public_camp(project.camps[0]), BuildSettings())
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert {"fn-a-1", "fn-b-1", "fnref-a-1", "fnref-b-1"} <= targets <= set(ids)
