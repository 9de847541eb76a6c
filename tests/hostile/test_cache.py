"""Threat: a `.campdoc-cache/` that arrives with a pull request (or was committed by mistake)
and would let prepared output skip validation. Entries are sealed with a secret that is
kept outside the project; without a valid seal an entry is built anew."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from campdoc.site.build import build
from tests.conftest import copy_sample_project

CAMP = "sozialcamp-kassel-2025"
EVIL = "<script>alert('aus dem Cache')</script>"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", "geheim-des-nutzers")
    root = copy_sample_project(tmp_path)
    build(root, root / "site")
    assert sorted(build(root, root / "site").cached) == [
        "engagementcamp-leipzig-2026", "open-data-day-bremen-2024", CAMP]
    return root


def _entry_of(root: Path, camp: str) -> Path:
    for entry in (root / ".campdoc-cache" / "camps").iterdir():
        if f'"camp_id": "{camp}"' in (entry / "outcome.json").read_text(encoding="utf-8"):
            return entry
    raise AssertionError(camp)


def _replace(path: Path, text: str) -> None:
    path.unlink()  # the stored file is a hard link of the published one
    path.write_text(text, encoding="utf-8")


def test_a_tampered_entry_is_not_published(project: Path) -> None:
    page = _entry_of(project, CAMP) / "site" / "index.html"
    _replace(page, page.read_text(encoding="utf-8").replace("</main>", EVIL + "</main>"))
    result = build(project, project / "site")
    assert result.cached == ["engagementcamp-leipzig-2026", "open-data-day-bremen-2024"]
    assert EVIL not in (project / "site" / CAMP / "index.html").read_text(encoding="utf-8")
    # and the tampered entry was replaced by a sealed one: next time it is used again
    assert sorted(build(project, project / "site").cached) == [
        "engagementcamp-leipzig-2026", "open-data-day-bremen-2024", CAMP]


def test_an_entry_sealed_with_another_secret_is_not_used(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", "das-kennt-nur-wer-anders")
    assert build(project, project / "site").cached == []


def test_a_cache_committed_with_prepared_output_is_built_anew(
        project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The attacker builds the same content with their own secret, plants a script in the
    output and commits the cache folder; the victim's build ignores it."""
    attacker = tmp_path / "attacker"
    shutil.copytree(project, attacker, ignore=shutil.ignore_patterns("site", ".campdoc-cache"))
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", "der-angreifer")
    build(attacker, attacker / "site")
    planted = _entry_of(attacker, CAMP) / "site" / "index.html"
    _replace(planted, planted.read_text(encoding="utf-8").replace("</main>", EVIL + "</main>"))
    shutil.rmtree(project / ".campdoc-cache")
    shutil.copytree(attacker / ".campdoc-cache", project / ".campdoc-cache")
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", "geheim-des-nutzers")
    result = build(project, project / "site")
    assert result.cached == []
    assert not any(EVIL in path.read_text(encoding="utf-8", errors="replace")
                   for path in (project / "site").rglob("*.html"))


def test_without_a_secret_environment_the_key_lives_outside_the_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAMPDOC_CACHE_SECRET", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    root = copy_sample_project(tmp_path)
    build(root, root / "site")
    secret = tmp_path / "home-cache" / "campdoc" / "cache-secret"
    assert secret.is_file() and len(secret.read_bytes()) == 32
    assert secret.stat().st_mode & 0o077 == 0
    assert not any("secret" in path.name for path in root.rglob("*"))
    assert len(build(root, root / "site").cached) == 3
