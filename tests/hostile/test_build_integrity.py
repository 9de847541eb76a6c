"""Threat: a build that fails or is interrupted half-way. The previous site must stay
byte-identical and no half-written folder may be left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from campdoc.site.build import build
from campdoc.site.write import StagedOutput
from tests.hostile.conftest import FRONT, write_project
from tests.site_tools import tree_digest


@pytest.fixture
def project_with_site(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    root = write_project(tmp_path, {f"s{i}.md": FRONT.format(title=f"Session {i}")
                                    for i in range(5)})
    assert not build(root, root / "site").failed
    (root / "sessions" / "camp" / "s0.md").write_text(FRONT.format(title="Geändert"))
    return root, root / "site", tree_digest(root / "site")


def _leftovers(root: Path) -> list[str]:
    staging = [path.name for path in root.iterdir() if path.name.startswith(".site")]
    cache = root / ".campdoc-cache" / "camps"
    half_stored = [path.name for path in cache.iterdir() if path.name.startswith(".")] if \
        cache.is_dir() else []
    return sorted(staging + half_stored)


def test_disk_error_while_writing(project_with_site: tuple[Path, Path, dict[str, str]],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    root, site, before = project_with_site
    original = StagedOutput.write
    calls = {"n": 0}

    def failing_write(self: StagedOutput, relative: str, content: str | bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 7:
            raise OSError(28, "No space left on device")
        original(self, relative, content)

    monkeypatch.setattr(StagedOutput, "write", failing_write)
    with pytest.raises(OSError, match="No space left"):
        build(root, site)
    assert tree_digest(site) == before
    assert _leftovers(root) == []


def test_interrupt_while_indexing(project_with_site: tuple[Path, Path, dict[str, str]],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    root, site, before = project_with_site

    class Interrupted:
        def index(self, *args: object) -> None:
            raise KeyboardInterrupt

    monkeypatch.setattr("campdoc.site.camp.process_indexer", Interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(root, site)
    assert tree_digest(site) == before
    assert _leftovers(root) == []


def test_failure_while_swapping_restores_the_old_site(
        project_with_site: tuple[Path, Path, dict[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, site, before = project_with_site
    original_rename = Path.rename

    def failing_rename(self: Path, target: Path | str) -> Path:
        if self.name.startswith(".site.building"):
            raise OSError(18, "Invalid cross-device link")
        return original_rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_rename)
    with pytest.raises(OSError, match="cross-device"):
        build(root, site)
    monkeypatch.undo()
    assert tree_digest(site) == before
    assert _leftovers(root) == []


def test_a_stale_staging_folder_from_a_killed_build_is_cleaned(
        project_with_site: tuple[Path, Path, dict[str, str]]) -> None:
    root, site, _ = project_with_site
    import os

    dead_pid = 2**22 + 12345  # above Linux's pid_max, so no such process exists
    stale = [root / f".site.building-{os.getpid()}", root / f".site.building-{dead_pid}",
             root / f".site.old-{dead_pid}"]
    for folder in stale:
        folder.mkdir()
        (folder / "junk.html").write_text("x")
    assert not build(root, site).failed
    assert not any(folder.exists() for folder in stale)
    assert "Geändert" in (site / "camp" / "sessions" / "s0.html").read_text(encoding="utf-8")


def test_failing_camp_only_build_leaves_the_live_camp_untouched(
        project_with_site: tuple[Path, Path, dict[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, site, before = project_with_site

    class Failing:
        def index(self, *args: object) -> None:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr("campdoc.site.camp.process_indexer", Failing)
    with pytest.raises(OSError, match=r"^\[Errno 5\] Input/output error$"):
        build(root, site, camp_id="camp")
    assert tree_digest(site) == before
    assert [p.name for p in site.iterdir() if p.name.startswith(".camp.")] == []
