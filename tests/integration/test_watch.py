"""The watcher with real file events: every editor's way of saving gives one rebuild."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest

from campdoc.core.issues import Issue, Location
from campdoc.core.messages import Language
from campdoc.preview.overlay import SOURCE_WIDTH, issues_problem, source_line
from campdoc.preview.runner import Preview, affected_camp
from campdoc.preview.server import ReloadChannel
from campdoc.preview.watch import ChangeWatcher, is_relevant
from campdoc.site.build import build
from tests.conftest import make_project
from tests.read_only import read_only

SESSION = "---\ntitle: {title}\nhosts: [{{name: A}}]\ninsights: [a]\n---\nText\n"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[set[str]] = []
        self.event = threading.Event()

    def __call__(self, changed: set[str]) -> None:
        self.calls.append(changed)
        self.event.set()


@pytest.fixture
def watched(tmp_path: Path) -> Iterator[tuple[Path, Recorder]]:
    project = make_project(tmp_path, {"x.md": SESSION.format(title="Eins")})
    recorder = Recorder()
    watcher = ChangeWatcher(project, recorder)  # the real quiet period
    watcher.start()
    time.sleep(0.2)  # inotify watches are in place
    yield project / "sessions" / "camp", recorder
    watcher.stop()


def _settle(recorder: Recorder) -> int:
    """Wait for the first rebuild, then long enough that a second one would show up."""
    recorder.event.wait(timeout=5)
    time.sleep(0.8)
    return len(recorder.calls)


def save_plainly(folder: Path) -> None:
    (folder / "x.md").write_text(SESSION.format(title="Zwei"), encoding="utf-8")


def save_like_vim(folder: Path) -> None:
    probe = folder / "4913"  # vim checks it may create files here
    probe.write_text("")
    probe.unlink()
    swap = folder / ".x.md.swp"
    swap.write_bytes(b"b0VIM 9.0")
    (folder / "x.md").rename(folder / "x.md~")  # backup, then a fresh file
    (folder / "x.md").write_text(SESSION.format(title="Zwei"), encoding="utf-8")
    (folder / "x.md~").unlink()
    swap.unlink()


def save_like_vscode(folder: Path) -> None:
    temporary = folder / "x.md.tmp.4711"  # atomic save: write aside, then rename over
    temporary.write_text(SESSION.format(title="Zwei"), encoding="utf-8")
    os.replace(temporary, folder / "x.md")


def save_like_sed(folder: Path) -> None:
    temporary = folder / "sedAb12Cd"  # sed -i writes a temporary file in the same folder
    temporary.write_text(SESSION.format(title="Zwei"), encoding="utf-8")
    os.replace(temporary, folder / "x.md")


@pytest.mark.parametrize("save", [save_plainly, save_like_vim, save_like_vscode, save_like_sed])
def test_each_save_pattern_gives_exactly_one_rebuild(watched: tuple[Path, Recorder],
                                                     save: Callable[[Path], None]) -> None:
    folder, recorder = watched
    save(folder)
    assert _settle(recorder) == 1
    assert any(path.endswith("x.md") for path in recorder.calls[0])


def test_changes_outside_the_content_do_not_rebuild(watched: tuple[Path, Recorder]) -> None:
    folder, recorder = watched
    project = folder.parent.parent
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("x")
    (project / "notizen.txt").write_text("x")
    (folder / ".x.md.swp").write_text("x")
    (folder / "x.md~").write_text("x")
    assert _settle(recorder) == 0


def test_relevance_rules(tmp_path: Path) -> None:
    for path, expected in [("sessions/c/x.md", True), ("sessions/c/camp.yaml", True),
                           ("sessions/c/logos/a.svg", True), ("sessions/c", True),
                           ("templates/session.html", True), ("campdoc.yaml", True),
                           ("sessions/c/sedAb12Cd", False), ("sessions/c/4913", False),
                           ("sessions/c/.x.md.swp", False), ("sessions/c/x.md~", False),
                           ("site/index.html", False), ("README.md", False)]:
        assert is_relevant(tmp_path, str(tmp_path / path)) is expected, path


def test_only_the_changed_camp_is_rebuilt(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"x.md": SESSION.format(title="Eins")})
    session = str(project / "sessions" / "camp" / "x.md")
    assert affected_camp(project, {session}) == "camp"
    assert affected_camp(project, {str(project / "sessions" / "camp" / "camp.yaml")}) is None
    assert affected_camp(project, {str(project / "sessions" / "camp" / "neu.md")}) is None


def _built_preview(tmp_path: Path, language: Language) -> tuple[Path, list[str], Preview]:
    """A project with one session, built, and a preview of it whose terminal lines are
    collected; returns its site folder too."""
    project = make_project(tmp_path, {"x.md": SESSION.format(title="Eins")})
    site = project / "site"
    assert not build(project, site).failed
    messages: list[str] = []
    return site, messages, Preview(project, site, language, messages.append, ReloadChannel())


def test_broken_save_keeps_the_last_good_site_and_a_fix_recovers(tmp_path: Path) -> None:
    site, messages, preview = _built_preview(tmp_path, "en")
    page = site / "camp" / "sessions" / "x.html"
    session = preview.root / "sessions" / "camp" / "x.md"

    session.write_text("---\ntitle: [kaputt\n---\n", encoding="utf-8")
    preview.rebuild({str(session)})
    # The browser gets the place and the offending line, not the terminal's text.
    problem = preview.channel.problem
    assert problem is not None and problem["summary"] == "1 error, 0 warnings in 1 file"
    assert problem["issues"] == [{
        "where": "sessions/camp/x.md:2:8", "label": "error[CD103]",
        "message": "this is not valid YAML: the list that starts with '[' in line 2 does not "
                   "go on with ',' or ']' here",
        "hint": "Close it with ']' on the same line and separate the entries with ', '; put an "
                "entry that contains ':' or ',' in quotes. Or write one '- ' line per entry.",
        "line": 2, "source": "title: [kaputt", "column": 8}]
    assert "Eins" in page.read_text(encoding="utf-8")
    assert any("sessions/camp/x.md:2:8: error[CD103]" in message for message in messages)
    assert messages[-1].splitlines()[-1] == "1 error, 0 warnings in 1 file"

    session.write_text(SESSION.format(title="Repariert"), encoding="utf-8")
    preview.rebuild({str(session)})
    assert preview.channel.problem is None
    assert "Repariert" in page.read_text(encoding="utf-8")
    assert preview.channel.version == 2



def test_a_good_save_shows_the_warnings_it_causes_before_the_rebuilt_line(
        tmp_path: Path) -> None:
    site, messages, preview = _built_preview(tmp_path, "en")
    session = preview.root / "sessions" / "camp" / "x.md"
    session.write_text(SESSION.format(title="Zwei").replace("insights: [a]\n", ""),
                       encoding="utf-8")
    preview.rebuild({str(session)})
    warnings, rebuilt = messages
    first, hint, last = warnings.splitlines()
    assert first == ("sessions/camp/x.md:2:8: warning[CD401] insights: the session is "
                     "published but has no key insights")
    assert hint.startswith("  hint: ")
    assert last == "0 errors, 1 warning in 1 file"
    assert rebuilt.startswith("✓ camp camp rebuilt in ")
    assert preview.channel.problem is None and preview.channel.version == 1
    assert "Zwei" in (site / "camp" / "sessions" / "x.html").read_text(encoding="utf-8")

    session.write_text(SESSION.format(title="Drei"), encoding="utf-8")
    preview.rebuild({str(session)})  # fixed: only the rebuilt line
    assert len(messages) == 3 and messages[-1].startswith("✓ camp camp rebuilt in ")


def test_the_overlay_shows_one_character_per_column_and_cuts_long_lines(
        tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("---\ntitle:\tA\x07B\n" + "a" * 300 + "X" + "b" * 300
                                   + "\n", encoding="utf-8")
    assert source_line(tmp_path, "x.md", 2) == "title: A B"  # the marker stays in place
    assert source_line(tmp_path, "x.md", 9) is None
    assert source_line(tmp_path, "../x.md", 1) is None  # nothing outside the project
    problem = issues_problem(tmp_path, [Issue("CD103", Location("x.md", 3, 301))], "de")
    (item,) = cast(list[dict[str, object]], problem["issues"])
    source, column = cast(str, item["source"]), cast(int, item["column"])
    assert len(source) == SOURCE_WIDTH + 1 and source.startswith("…a")
    assert source[column - 1] == "X"
    assert item["where"] == "x.md:3:301" and item["label"] == "Fehler[CD103]"


def test_a_rebuild_that_cannot_write_says_so_and_keeps_the_site(tmp_path: Path) -> None:
    site, messages, preview = _built_preview(tmp_path, "de")
    camp_file = preview.root / "sessions" / "camp" / "camp.yaml"
    with read_only(site):
        preview.rebuild({str(camp_file)})
    assert messages == [f"✗ keine Berechtigung für {site}\n  Vielleicht ist es "
                        "schreibgeschützt, von einem Programm gesperrt, das es geöffnet hat, "
                        "oder für dich nicht lesbar: Programm schließen, Berechtigungen ändern "
                        "oder einen anderen Ort wählen."]
    problem = preview.channel.problem
    assert problem is not None and problem["issues"] == [{
        "where": "", "label": "", "message": f"keine Berechtigung für {site}",
        "hint": messages[0].split("\n  ", 1)[1]}]
    preview.rebuild({str(camp_file)})  # writable again: the next save recovers
    assert preview.channel.problem is None and messages[-1].startswith("✓ Seite neu gebaut in ")


def test_the_overlay_and_the_terminal_hide_follow_up_errors_as_check_does(
        tmp_path: Path) -> None:
    """camp.yaml loses its rooms: the preview shows the root cause once and counts the
    sessions' "no such room" errors that only follow from it, as `campdoc check` does."""
    project = make_project(tmp_path, {
        f"{name}.md": SESSION.format(title=name).replace("---\nText", "room: Saal\n---\nText")
        for name in ("eins", "zwei", "drei")})
    site = project / "site"
    assert not build(project, site).failed
    camp_file = project / "sessions" / "camp" / "camp.yaml"
    camp_file.write_text(camp_file.read_text(encoding="utf-8").replace(
        "rooms:\n  - name: Saal\n  - name: Werkstatt\n", "rooms: Saal, Werkstatt\n"),
        encoding="utf-8")
    messages: list[str] = []
    channel = ReloadChannel()
    reported: list[dict[str, object]] = []
    channel.report = reported.append  # type: ignore[method-assign]
    Preview(project, site, "de", messages.append, channel).rebuild({camp_file.as_posix()})
    (problem,) = reported
    items = cast(list[dict[str, object]], problem["issues"])
    places = [str(item["where"]).split(":") for item in items]
    assert [path for path, *_ in places] == ["sessions/camp/camp.yaml"]
    summary = cast(str, problem["summary"])
    assert summary.splitlines()[0] == (f"3 Folgefehler von sessions/camp/camp.yaml:{places[0][1]}"
                                       " ausgeblendet; sie verschwinden meist, sobald der Fehler "
                                       "dort behoben ist.")
    assert messages[-1].splitlines()[-2] == summary.splitlines()[0]
