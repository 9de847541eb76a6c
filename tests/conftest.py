"""Shared fixtures: paths of the sample project and fixture projects, and a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def copy_sample_project(folder: Path) -> Path:
    """A private copy of the repository's sample project (campdoc.yaml, sessions/ and its
    own templates/)."""
    target = folder / "project"
    target.mkdir()
    shutil.copy(ROOT / "campdoc.yaml", target / "campdoc.yaml")
    shutil.copytree(ROOT / "sessions", target / "sessions")
    shutil.copytree(ROOT / "templates", target / "templates")
    return target


def build_sample_site(folder: Path) -> Path:
    """The sample project, copied into ``folder`` and built; returns its site folder."""
    from campdoc.site.build import build

    project = copy_sample_project(folder)
    result = build(project, project / "site")
    assert not result.failed, result.issues
    return project / "site"


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    return copy_sample_project(tmp_path)


def make_project(root: Path, sessions: dict[str, str], camp_yaml: str | None = None) -> Path:
    """A one-camp project with the given session files (name → text) under sessions/camp/."""
    camp = root / "sessions" / "camp"
    camp.mkdir(parents=True, exist_ok=True)
    (camp / "camp.yaml").write_text(camp_yaml or (
        "name: Test-Camp\ndate: 2026-05-16\nlicense: CC-BY-4.0\n"
        "rooms:\n  - name: Saal\n  - name: Werkstatt\n"
        "slots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
        "  - id: s2\n    start: '11:30'\n    end: '12:30'\n"), encoding="utf-8")
    for name, text in sessions.items():
        (camp / name).write_text(text, encoding="utf-8")
    return root
