"""Ordinary mistakes end in one message in the project's language, never in a traceback: a
taken port, a missing folder or project, a read-only site/ or folder, a file that another
program holds or that cannot be read.

The commands run for real: as a subprocess where the terminal matters (serve), else
through click's CliRunner. Read-only means chmod for an ordinary user and the immutable
flag (chattr +i) for root, whom permissions do not stop.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from tests.conftest import child_environment, make_project
from tests.read_only import IS_ROOT, read_only

DENIED_HINT = ("  Vielleicht ist es schreibgeschützt, von einem Programm gesperrt, das es "
               "geöffnet hat, oder für dich nicht lesbar: Programm schließen, Berechtigungen "
               "ändern oder einen anderen Ort wählen.")


def _interruptible() -> None:
    """Ctrl+C ends the child as in a terminal: a child inherits an ignored SIGINT, and
    mutmut's processes ignore it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def campdoc(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "campdoc", *args], cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=child_environment(PYTHONUNBUFFERED="1"),
                            preexec_fn=_interruptible,
                            start_new_session=True)


def _invoke(runner: CliRunner, *args: str) -> tuple[int, list[str]]:
    result = runner.invoke(main, list(args), prog_name="campdoc")
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception,
                                                                       SystemExit)
    return result.exit_code, result.stderr.splitlines()


def test_serve_on_a_taken_port_says_so_in_one_line(sample_project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = campdoc("serve", "--no-watch", "--port", str(port), cwd=sample_project)
        out, err = process.communicate(timeout=120)
    assert process.returncode == 1
    assert err.splitlines() == [
        f"campdoc: Port {port} ist schon belegt (läuft 'campdoc serve' schon in einem anderen "
        f"Fenster?): Wähle einen anderen mit --port {port + 1} oder --port 0 für irgendeinen "
        f"freien Port"]
    assert out == ""
    assert not (sample_project / "site").exists()  # it said so before building


def test_serve_port_0_picks_a_free_port_and_prints_its_address(sample_project: Path) -> None:
    process = campdoc("serve", "--no-watch", "--port", "0", cwd=sample_project)
    try:
        assert process.stdout is not None
        line = next(line for line in process.stdout if line.startswith("Vorschau von"))
        site = sample_project / "site"
        prefix = f"Vorschau von {site} unter http://127.0.0.1:"
        assert line.startswith(prefix) and line.endswith("/ (beenden mit Strg+C)\n")
        url = line.split(" unter ", 1)[1].split(" ", 1)[0]
        assert url != "http://127.0.0.1:0/"
        with urllib.request.urlopen(url + "index.html", timeout=10) as response:
            assert response.status == 200
            assert b"<h1" in response.read()
    finally:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl+C reaches the whole terminal group
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err == ""  # no traceback from Pagefind, which Ctrl+C ended too


def test_a_missing_project_folder_is_named(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "doku"
    for command in (["build"], ["serve"], ["new", "session"], ["stats"], ["check"]):
        code, lines = _invoke(runner, *command, "-C", str(missing))
        assert code == 1, command
        assert lines == [f"campdoc: den Projektordner {missing} gibt es nicht",
                         "  Prüfe den Ordner hinter -C/--project."], command


def test_new_outside_a_project_says_where_it_looked(runner: CliRunner, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["new", "session", "--title", "x", "--host", "A"],
                    ["new", "camp", "--name", "Camp"]):
        code, lines = _invoke(runner, *command, "--no-interactive")
        assert code == 1
        assert lines == [
            f"campdoc: in {tmp_path} ist kein campdoc-Projekt (keine campdoc.yaml und kein "
            "Ordner sessions/, weder hier noch darüber)",
            "  Wechsle in den Projektordner (cd …), nenne ihn mit -C ORDNER oder lege eins an: "
            "'campdoc init ORDNER'."]
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_site_folder_is_named(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    assert _invoke(runner, "build", "-C", str(project))[0] == 0
    site = project / "site"
    before = sorted(path.name for path in site.iterdir())
    with read_only(site):
        code, lines = _invoke(runner, "build", "-C", str(project))
    assert code == 1
    assert lines == [f"campdoc: keine Berechtigung für {site}", DENIED_HINT]
    assert sorted(path.name for path in site.iterdir()) == before
    assert sorted(path.name for path in project.iterdir()) == [".campdoc-cache", "sessions",
                                                               "site"]  # no staging left


def test_a_read_only_camp_folder_is_named(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    camp = project / "sessions" / "camp"
    with read_only(camp):
        code, lines = _invoke(runner, "new", "session", "-C", str(project), "--no-interactive",
                              "--title", "Neu", "--host", "A")
    assert code == 1
    assert lines == [f"campdoc: keine Berechtigung für {camp / 'neu.md'}", DENIED_HINT]


def test_a_file_another_program_holds_is_named(runner: CliRunner, tmp_path: Path) -> None:
    """Windows refuses to replace a file that an editor or viewer holds open; elsewhere a
    read-only file is refused the same way."""
    schema = tmp_path / "session.schema.json"
    schema.write_text("{}\n", encoding="utf-8")
    with read_only(schema):
        code, lines = _invoke(runner, "schema", "--output", str(schema))
    assert code == 1
    assert lines[0] == f"campdoc: keine Berechtigung für {schema}"
    assert schema.read_text(encoding="utf-8") == "{}\n"


@pytest.mark.skipif(IS_ROOT, reason="root can read every file")
def test_an_unreadable_photo_is_named(runner: CliRunner, sample_project: Path,
                                      tmp_path: Path) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    photo.chmod(0)
    code, lines = _invoke(runner, "add", "photo", "engagement-im-alter", str(photo), "--alt",
                          "Ein Foto", "-C", str(sample_project))
    assert code == 2
    assert lines[-1] == f"Fehler: Ungültiger Wert für 'FILES...': '{photo}' ist nicht lesbar."


def test_a_photo_locked_by_another_program_is_named(runner: CliRunner, sample_project: Path,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """What Windows does while another program has the file open for itself (a sharing
    violation): opening it fails with 'permission denied'. Linux has no such locks, so the
    operating system's answer is played for this one file."""
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    read_bytes = Path.read_bytes

    def locked(path: Path) -> bytes:
        if path == photo:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", locked)
    code, lines = _invoke(runner, "add", "photo", "engagement-im-alter", str(photo), "--alt",
                          "Ein Foto", "-C", str(sample_project))
    assert code == 1
    assert lines == [f"campdoc: keine Berechtigung für {photo}", DENIED_HINT]


def test_a_missing_weasyprint_is_said_in_the_projects_language(
        sample_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from campdoc.booklet import pdf
    monkeypatch.setattr(pdf, "weasyprint_available", lambda: False)
    result = CliRunner().invoke(main, ["booklet", "-C", str(sample_project)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "campdoc: das PDF-Heft braucht WeasyPrint, das nicht installiert ist",
        "  Installiere es mit:  pip install 'campdoc[pdf]'   (oder nimm --format html und "
        "drucke aus dem Browser). Unter Debian/Ubuntu braucht WeasyPrint außerdem: apt "
        "install libpango-1.0-0 libpangoft2-1.0-0"]
