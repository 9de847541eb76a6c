"""Odd file and folder names in what every command prints.

A pull request can add a file whose name holds a line feed: ``x\\n::error file=README.md::fake``
printed as it is makes a line of its own, which GitHub Actions takes for an annotation and a
reader for campdoc's own words; a carriage return overwrites the line on a terminal, and a
byte that is not UTF-8 stops a German desktop's terminal (strict UTF-8) with a traceback. Every
command shows such a name on one line, as ``\\n``, ``\\r`` or ``\\xff``; nothing is lost, and
the file campdoc changes is the one it names.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from tests.hostile.conftest import CAMP, FRONT, write_project
from tests.photo_factory import write_camera_photo

FAKE = b"x\n::error file=README.md::fake"
FAKE_SHOWN = "x\\n::error file=README.md::fake"


def _bytes_path(folder: Path, name: bytes) -> bytes:
    return os.fsencode(folder) + b"/" + name


def _write(folder: Path, name: bytes, data: bytes) -> Path:
    with open(_bytes_path(folder, name), "wb") as file:
        file.write(data)
    return Path(os.fsdecode(_bytes_path(folder, name)))


def run(project: Path, *args: str) -> tuple[int, list[str]]:
    """Exit code and the lines of stdout and stderr, read as strict UTF-8."""
    result = CliRunner().invoke(main, [*args, "-C", str(project), "--lang", "en"])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception)
    text = result.stdout_bytes.decode("utf-8") + result.stderr_bytes.decode("utf-8")
    return result.exit_code, text.splitlines()


def assert_no_forged_line(lines: list[str]) -> None:
    assert [line for line in lines if line.startswith("::error file=README.md")] == []


@pytest.mark.parametrize("command", [["check"], ["build"]])
def test_a_line_feed_in_a_file_name_cannot_add_a_line_to_the_report(tmp_path: Path,
                                                                    command: list[str]) -> None:
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    _write(project / "sessions" / "camp", FAKE, b"x")
    code, lines = run(project, *command)
    assert code == 0
    assert lines[0] == (f"sessions/camp/{FAKE_SHOWN}:1:1: warning[CD309] this file is not a "
                        "session (.md) and is ignored")
    assert_no_forged_line(lines)


def test_a_github_annotation_names_the_file_on_its_one_line(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    (project / "sessions" / "camp" / "material").mkdir()
    _write(project / "sessions" / "camp" / "material", FAKE + b".pdf", b"%PDF-1.4\n%%EOF\n")
    code, lines = run(project, "check", "--format", "github")
    assert code == 0
    assert lines[0] == (
        "::warning file=sessions/camp/material/x\\n%3A%3Aerror file=README.md%3A%3Afake.pdf,"
        "line=1,col=1,title=CD247::material/x\\n::error file=README.md::fake.pdf: no session "
        "and no camp.yaml names this file, so it is not published%0ATo show it, name it where "
        "it belongs: under photos: or materials: of its session ('- file: material/x\\n"
        "::error file=README.md::fake.pdf'), or as the logo: of the camp, its organizer, a "
        "funder or a partner in camp.yaml. If it is not to be published, delete it: whoever "
        "can read the repository can see it.")
    assert_no_forged_line(lines)


def test_a_carriage_return_in_a_camp_folder_is_shown_not_obeyed(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    folder = project / "sessions" / "a\rb"
    folder.mkdir()
    (folder / "camp.yaml").write_text(CAMP, encoding="utf-8")
    code, lines = run(project, "check")
    assert code == 1
    assert lines[:2] == [
        "sessions/a\\rb:1:1: error[CD312] the camp folder name 'a\\rb' is not a valid camp id",
        "  hint: Use lower-case letters, digits and '-', for example 'a-b'."]


def test_forget_shows_odd_names_and_changes_exactly_those_files(tmp_path: Path) -> None:
    project = write_project(tmp_path, {})
    session = _write(project / "sessions" / "camp", b"sitzung\xff.md",
                     FRONT.format(title="Sitzung").replace("Anna Beispiel", "Berta Muster")
                     .encode() + b"Berta Muster hat notiert.\n")
    (project / "templates").mkdir()
    template = _write(project / "templates", FAKE + b".html", b"<p>Berta Muster</p>\n")
    code, lines = run(project, "forget", "Berta Muster", "--apply")
    assert code == 0
    assert [line for line in lines if line.startswith(("sessions/", "templates/"))] == [
        "sessions/camp/sitzung\\xff.md:3:16: Host (hosts[1].name) → becomes anonymous, the "
        "organisation stays",
        "sessions/camp/sitzung\\xff.md:6:1: Text (notes) → “a participant”",
        f"templates/{FAKE_SHOWN}.html:1:4: Text (notes) → “a participant”",
    ]
    assert_no_forged_line(lines)
    assert template.read_text(encoding="utf-8") == "<p>a participant</p>\n"
    assert "Berta" not in session.read_text(encoding="utf-8")


def test_stats_of_a_camp_folder_with_odd_names_stay_readable(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    for name in (b"lager\xfe", FAKE):
        folder = _bytes_path(project / "sessions", name)
        os.mkdir(folder)
        _write(Path(os.fsdecode(folder)), b"camp.yaml", CAMP.encode())
    code, text = run(project, "stats")
    assert code == 0
    assert [line for line in text if line.startswith("Camp:")] == [
        "Camp: camp", "Camp: lager\\xfe", f"Camp: {FAKE_SHOWN}", "Camp: total"]
    code, csv_lines = run(project, "stats", "--format", "csv")
    assert [line.split(",")[0] for line in csv_lines[1:] if line.endswith(",sessions,,0")] \
        == ["lager\\xfe", FAKE_SHOWN]
    assert_no_forged_line(csv_lines)
    code, json_lines = run(project, "stats", "--format", "json")
    camps = [camp["camp"] for camp in json.loads("\n".join(json_lines))["camps"]]
    assert camps == ["camp", "lager\\xfe", FAKE.decode(), "total"]


def test_add_photo_from_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", {"ok.md": FRONT.format(title="ok")})
    (tmp_path / "in").mkdir()
    photo = write_camera_photo(tmp_path / "in" / "t.jpg", 80, 60)
    odd = _bytes_path(tmp_path / "in", b"bild\xff.jpg")
    os.rename(os.fsencode(photo), odd)
    code, lines = run(project, "add", "photo", "ok", os.fsdecode(odd), "--alt", "Tafel")
    assert code == 0
    assert lines[1] == (f"  copied: {tmp_path}/in/bild\\xff.jpg → "
                        "sessions/camp/fotos/tafel.jpg")


def test_add_photo_to_a_session_whose_name_has_255_bytes(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", {})
    name = "l" * 252 + ".md"
    session = project / "sessions" / "camp" / name
    session.write_text(FRONT.format(title="Lang"), encoding="utf-8")
    photo = write_camera_photo(tmp_path / "t.jpg", 80, 60)
    code, lines = run(project, "add", "photo", str(session), str(photo), "--alt", "Tafel")
    assert code == 0, lines
    assert lines[0] == f"sessions/camp/{name}: added 1 photo."
    assert "photos:" in session.read_text(encoding="utf-8")


def test_new_camp_repeats_an_odd_id_on_one_line(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    code, lines = run(project, "new", "camp", "--id", FAKE.decode(), "--name", "Camp X",
                      "--no-interactive")
    assert code == 2
    assert lines == [f"campdoc: --id: '{FAKE_SHOWN}' cannot be a folder name; use lower-case "
                     "letters, digits and '-', such as 'x-error-file-readme-md-fake'."]


def test_import_json_names_an_odd_input_file_on_one_line(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", {"ok.md": FRONT.format(title="ok")})
    (tmp_path / "in").mkdir()
    source = _write(tmp_path / "in", FAKE + b".json", b"{}")
    code, lines = run(project, "import", "json", str(source))
    assert code == 1
    assert lines[0] == (f"{FAKE_SHOWN}.json:1:1: error[CD505] expected a sessions.json file "
                        "written by campdoc, found an object without 'format'")
    assert_no_forged_line(lines)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_changed_since_finds_a_committed_file_with_a_carriage_return(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                       cwd=project, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "base")
    git("checkout", "-qb", "pr")
    _write(project / "sessions" / "camp", b"a\rb.md", b"---\ntitle: [\n---\n")
    git("add", "-A")
    git("commit", "-qm", "odd")
    code, lines = run(project, "check", "--changed-since", "main")
    assert code == 1
    assert lines[0] == ("sessions/camp/a\\rb.md:3:1: error[CD103] this is not valid YAML: the "
                        "text ends in the middle of a value")


def test_a_strict_utf8_terminal_gets_no_traceback(tmp_path: Path) -> None:
    """A desktop's locale (de_DE.UTF-8) makes Python's stdout strict, unlike CI's C.UTF-8."""
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    _write(project / "sessions" / "camp", b"sitzung\xff.md", FRONT.format(title="S").encode())
    env = {**os.environ, "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-m", "campdoc", "forget", "Anna Beispiel",
                             "-C", str(project), "--lang", "en"],
                            capture_output=True, env=env, check=False, timeout=120)
    assert result.stderr.decode("utf-8") == ""
    assert result.returncode == 0
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[2] == ("sessions/camp/sitzung\\xff.md:3:16: Host (hosts[1].name) → becomes "
                        "anonymous, the organisation stays")


def test_a_lone_surrogate_from_a_json_escape_is_shown_not_a_traceback(tmp_path: Path) -> None:
    # "\ud800" is valid JSON and becomes a lone surrogate that is no file name's byte.
    project = write_project(tmp_path / "p", {"ok.md": FRONT.format(title="ok")})
    source = tmp_path / "sessions.json"
    source.write_text('{"format": "campdoc-sessions", "version": "\\ud800"}', encoding="utf-8")
    code, lines = run(project, "import", "json", str(source))
    assert code == 1
    assert lines[0] == ("sessions.json:1:1: error[CD506] the file has version \\ud800 of the "
                        "sessions.json shape; this campdoc reads version 1")
