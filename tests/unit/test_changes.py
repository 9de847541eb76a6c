"""Which files a pull request changed (``campdoc check --changed-since``), read from a real
git repository, and what each git failure tells the documenter."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from campdoc.content import changes
from campdoc.content.changes import affected_prefixes, changed_files
from campdoc.core.errors import UsageProblem

NAMES = ["Über uns.md", 'mit "Zitat".md', "a\rb.md", "plain.md"]


@pytest.fixture(autouse=True)
def _plain_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """git as on a fresh machine, in English: no settings of the developer's own, no
    repository of the surrounding run. Returns the file of the user's (empty) settings."""
    settings = tmp_path / "gitconfig"
    settings.write_text("", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(settings))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("LANGUAGE", "C")
    monkeypatch.setenv("LC_ALL", "C")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CEILING_DIRECTORIES"):
        monkeypatch.delenv(name, raising=False)
    return settings


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                   cwd=folder, check=True, capture_output=True)


def _repository(root: Path) -> Path:
    root.mkdir()
    # A base branch that the repository of the tests themselves does not have.
    _git(root, "init", "-q", "-b", "basis")
    (root / "README.md").write_text("x", encoding="utf-8")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "start")
    _git(root, "checkout", "-q", "-b", "change")
    return root


def test_committed_uncommitted_and_new_files_count_with_their_exact_names(
        tmp_path: Path) -> None:
    root = _repository(tmp_path / "repo")
    sessions = root / "sessions" / "camp"
    sessions.mkdir(parents=True)
    for name in NAMES[:2]:
        (sessions / name).write_text("committed", encoding="utf-8")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "on the branch")
    (root / "README.md").write_text("changed, not committed", encoding="utf-8")
    for name in NAMES[2:]:
        (sessions / name).write_text("new", encoding="utf-8")
    (root / "staged.md").write_text("added, not committed", encoding="utf-8")
    _git(root, "add", "staged.md")
    (root / "ignored.md").write_text("x", encoding="utf-8")
    (root / ".gitignore").write_text("ignored.md\n", encoding="utf-8")
    assert changed_files(root, "basis") == {
        "README.md", ".gitignore", "staged.md", *(f"sessions/camp/{name}" for name in NAMES)}


def test_a_moved_session_counts_under_its_old_and_its_new_name(tmp_path: Path) -> None:
    """Committed or not: the old name's camp may lose a clash, the new one's gain one."""
    root = _repository(tmp_path / "repo")
    (root / "sessions" / "a").mkdir(parents=True)
    (root / "sessions" / "b").mkdir()
    for name in ("eins", "zwei"):
        (root / "sessions" / "a" / f"{name}.md").write_text(f"{name}\n" * 20, encoding="utf-8")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "two sessions")
    _git(root, "checkout", "-q", "-b", "moved")
    _git(root, "mv", "sessions/a/eins.md", "sessions/b/eins.md")
    _git(root, "commit", "-qm", "moved to camp b")
    _git(root, "mv", "sessions/a/zwei.md", "sessions/b/zwei.md")  # not committed
    assert changed_files(root, "change") == {
        "sessions/a/eins.md", "sessions/b/eins.md", "sessions/a/zwei.md", "sessions/b/zwei.md"}


@pytest.mark.parametrize("relative", [False, True])
def test_a_project_in_a_subfolder_sees_its_own_files_relative_to_itself(
        tmp_path: Path, _plain_git: Path, relative: bool) -> None:
    # A user's diff.relative=true makes git diff name files from the current folder.
    _plain_git.write_text("[diff]\n\trelative = true\n" if relative else "", encoding="utf-8")
    root = _repository(tmp_path / "repo")
    project = root / "doku"
    (project / "sessions").mkdir(parents=True)
    for name in ("committed", "staged", "new"):
        (project / "sessions" / f"{name}.md").write_text(name, encoding="utf-8")
        if name == "committed":
            _git(root, "add", "-A")
            _git(root, "commit", "-qm", "a session")
        elif name == "staged":
            _git(root, "add", "-A")
    (root / "doku-extra.md").write_text("beside the project, same start", encoding="utf-8")
    (root / "README.md").write_text("outside the project", encoding="utf-8")
    assert changed_files(project, "basis") == {
        "sessions/committed.md", "sessions/staged.md", "sessions/new.md"}


def test_a_folder_whose_name_ends_with_a_space(tmp_path: Path) -> None:
    root = _repository(tmp_path / "doku 2026 ")
    (root / "neu.md").write_text("x", encoding="utf-8")
    assert changed_files(root, "basis") == {"neu.md"}


def test_an_unchanged_branch_has_no_changed_files(tmp_path: Path) -> None:
    assert changed_files(_repository(tmp_path / "repo"), "basis") == set()


def test_an_unknown_ref_is_named_with_how_to_fetch_it(tmp_path: Path) -> None:
    root = _repository(tmp_path / "repo")
    with pytest.raises(UsageProblem) as caught:
        changed_files(root, "origin/basis")
    assert (caught.value.message, caught.value.hint) == (
        "--changed-since: git knows no branch or commit 'origin/basis'",
        "Fetch it first (e.g. git fetch origin main), or name a branch that exists here "
        "(git branch -a).")


def test_a_range_is_no_ref(tmp_path: Path) -> None:
    with pytest.raises(UsageProblem, match=r"^--changed-since: git knows no branch or commit "
                                           r"'basis\.\.\.HEAD'$"):
        changed_files(_repository(tmp_path / "repo"), "basis...HEAD")


def test_a_folder_outside_git_is_said_to_be_no_repository(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    (tmp_path / ".git").write_text("gitdir: /nonexistent", encoding="utf-8")  # stop the search
    with pytest.raises(UsageProblem) as caught:
        changed_files(folder, "basis")
    assert caught.value.key == "changes.no_repository"
    assert caught.value.message == (f"--changed-since compares with git, but {folder} is not "
                                    "in a git repository")


def test_a_branch_without_a_common_history_names_git_s_command_and_words(
        tmp_path: Path) -> None:
    root = _repository(tmp_path / "repo")
    _git(root, "checkout", "-q", "--orphan", "unrelated")
    _git(root, "commit", "-qm", "a history of its own")
    with pytest.raises(UsageProblem) as caught:
        changed_files(root, "basis")
    assert caught.value.key == "changes.git_failed"
    assert caught.value.message == ("--changed-since: git diff --name-only --no-renames -z "
                                    "basis...HEAD failed: fatal: basis...HEAD: no merge base")
    assert caught.value.hint == ("Check the repository with 'git status', or check all files "
                                 "without --changed-since.")
    assert caught.value.text("de")[0] == ("--changed-since: git diff --name-only --no-renames "
                                          "-z basis...HEAD ist gescheitert: fatal: "
                                          "basis...HEAD: no merge base")


def test_without_git_the_documenter_is_told_to_install_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(changes.shutil, "which", lambda name: None)
    with pytest.raises(UsageProblem) as caught:
        changed_files(tmp_path, "basis")
    assert (caught.value.message, caught.value.hint) == (
        "--changed-since needs git, which is not installed",
        "Install git (https://git-scm.com), or check all files without --changed-since.")


def test_git_runs_without_a_shell_and_gives_up_after_a_minute(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A git waiting for a password or a network share would otherwise hang the check."""
    calls: list[tuple[list[str], dict[str, Any]]] = []

    def run(command: list[str], **options: Any) -> subprocess.CompletedProcess[bytes]:
        calls.append((command, options))
        return subprocess.CompletedProcess(command, 0, b"out\xc3\xa4\n", b"")

    monkeypatch.setattr(changes.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(changes.subprocess, "run", run)
    assert changes._git(tmp_path, "status", "a; rm -rf /") == "outä\n"
    assert calls == [(["/usr/bin/git", "-c", "diff.relative=false", "status", "a; rm -rf /"],
                      {"cwd": tmp_path, "capture_output": True, "timeout": 60,
                       "check": False})]


@pytest.mark.parametrize(("changed", "expected"), [
    ({"campdoc.yaml", "sessions/a/x.md"}, ["sessions", "campdoc.yaml"]),
    ({"sessions/a/camp.yaml", "sessions/a/x.md", "sessions/b/y.md"},
     ["sessions/a", "sessions/a/x.md", "sessions/b/y.md"]),
    ({"sessions/a/logos/camp.yaml"}, ["sessions/a/logos/camp.yaml"]),  # not a camp's file
    ({"sessions/camp.yaml"}, ["sessions/camp.yaml"]),
    ({"README.md", "templates/session.html", "site/index.html"}, []),
])
def test_the_files_a_focused_check_reports(changed: set[str], expected: list[str]) -> None:
    assert affected_prefixes(changed) == expected
