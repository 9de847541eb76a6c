"""campdoc new in a real terminal (tmux): it notices the terminal by itself, asks, and asks
again after a bad answer instead of ending. CliRunner feeds a pipe; only a terminal shows
that the questions come when a person types, and that nothing typed is lost."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import child_environment, make_project

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None,
                                reason="needs tmux for a real terminal (.ci/run installs it)")
WAIT_SECONDS = 60  # the longest a question may take to appear; not a measured time


class Terminal:
    """One tmux session on a private server, running one command."""

    def __init__(self, command: list[str]) -> None:
        self.tmux = ["tmux", "-L", f"campdoc-test-{os.getpid()}", "-f", "/dev/null", "-u"]
        script = f"{shlex.join(command)}; echo EXIT=$?; sleep {WAIT_SECONDS}"
        environment = child_environment(LC_ALL="C.UTF-8", TERM="xterm")
        subprocess.run([*self.tmux, "new-session", "-d", "-s", "campdoc", "-x", "200",
                        "-y", "60", "sh", "-c", script], check=True, env=environment)

    def screen(self) -> str:
        return subprocess.run([*self.tmux, "capture-pane", "-p", "-J", "-S", "-200", "-t",
                               "campdoc"], capture_output=True, text=True, check=True).stdout

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + WAIT_SECONDS
        while text not in (screen := self.screen()):
            assert time.monotonic() < deadline, f"{text!r} never appeared:\n{screen}"
            time.sleep(0.05)
        return screen

    def type(self, answer: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", "campdoc", "-l", answer], check=True)
        subprocess.run([*self.tmux, "send-keys", "-t", "campdoc", "Enter"], check=True)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True, check=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path, {})


@pytest.fixture
def terminal(project: Path) -> Iterator[Terminal]:
    opened = Terminal([sys.executable, "-m", "campdoc", "new", "camp", "-C", str(project)])
    yield opened
    opened.close()


def test_a_terminal_asks_again_after_a_bad_date_and_keeps_the_answers(
        terminal: Terminal, project: Path) -> None:
    terminal.wait_for("Name des Camps: ")
    terminal.type("Frühjahrscamp Jena")
    terminal.wait_for("Datum (z. B. 16.05.2026) [")
    terminal.type("31.02.2025")
    terminal.wait_for("✗ '31.02.2025': den 31. Februar 2025 gibt es nicht; prüfe Tag und "
                      "Monat.")
    terminal.type("14.3.25")
    terminal.wait_for("Ort: ")
    terminal.type("Jena")
    terminal.wait_for("Veranstalter: ")
    terminal.type("")
    terminal.wait_for("Räume, durch Komma getrennt [Raum 1, Raum 2]: ")
    terminal.type("")
    terminal.wait_for("Zeitslots, durch Komma getrennt [10:00–11:00, 11:30–12:30]: ")
    terminal.type("9.30 Uhr bis 10.30 Uhr")
    screen = terminal.wait_for("EXIT=")
    assert "EXIT=0" in screen and "Angelegt: sessions/fruehjahrscamp-jena/camp.yaml" in screen
    assert "Traceback" not in screen
    lines = screen.splitlines()
    asked = [line for line in lines if line.startswith("Datum (z. B. 16.05.2026) [")]
    assert len(asked) == 2  # asked again, once
    text = (project / "sessions" / "fruehjahrscamp-jena" / "camp.yaml").read_text("utf-8")
    assert text.startswith('name: "Frühjahrscamp Jena"\ndate: 2025-03-14\nlocation: "Jena"\n')
    assert '  - id: slot-1\n    start: "09:30"\n    end: "10:30"\n' in text
