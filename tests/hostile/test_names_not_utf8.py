"""File and folder names that are not UTF-8. Linux allows them and a pull request can bring
one; Python keeps their bad bytes as lone surrogates, which cannot be written as UTF-8. The
build must not stop with a traceback, and every report must stay readable UTF-8 (a JSON
reader, GitHub and GitLab refuse anything else), showing the bad byte as ``\\xff``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from tests.hostile.conftest import CAMP, FRONT, write_project
from tests.photo_factory import write_camera_photo


def _bytes_path(folder: Path, name: bytes) -> bytes:
    return os.fsencode(folder) + b"/" + name


def project_with_bad_names(root: Path) -> Path:
    project = write_project(root, {"ok.md": FRONT.format(title="ok")})
    camp = project / "sessions" / "camp"
    with open(_bytes_path(camp, b"sitzung\xff.md"), "wb") as file:
        file.write(FRONT.format(title="Sitzung").encode())
    (camp / "fotos").mkdir()
    photo = write_camera_photo(camp / "fotos" / "tmp.jpg", 80, 60)
    os.rename(os.fsencode(photo), _bytes_path(camp / "fotos", b"bild\xfe.jpg"))
    return project


def run(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "-C", str(project), "--lang", "en"])
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception)
    return result.exit_code, result.stdout_bytes.decode("utf-8")  # strict: no lone bytes


def test_the_build_reports_the_unnamed_photo_with_its_bad_byte_shown(tmp_path: Path) -> None:
    project = project_with_bad_names(tmp_path)
    code, output = run(project, "build")
    assert code == 0, output
    assert output.splitlines()[0] == (
        "sessions/camp/fotos/bild\\xfe.jpg:1:1: warning[CD247] fotos/bild\\xfe.jpg: no session "
        "and no camp.yaml names this file, so it is not published")
    assert (project / "site" / "camp" / "sessions" / "sitzung.html").is_file()
    # Built again from the cache, whose keys include the names' own bytes.
    assert run(project, "build")[0] == 0


@pytest.mark.parametrize("form", ["json", "gitlab"])
def test_machine_reports_are_valid_json_with_the_bytes_written_out(tmp_path: Path,
                                                                   form: str) -> None:
    project = project_with_bad_names(tmp_path)
    code, output = run(project, "check", "--format", form)
    assert code == 0
    report = json.loads(output)
    records = report["issues"] if form == "json" else report
    paths = [record["path"] if form == "json" else record["location"]["path"]
             for record in records]
    assert paths == ["sessions/camp/fotos/bild\\xfe.jpg"]


def test_github_annotations_name_the_file_readably(tmp_path: Path) -> None:
    project = project_with_bad_names(tmp_path)
    code, output = run(project, "check", "--format", "github")
    assert code == 0
    assert output.startswith("::warning file=sessions/camp/fotos/bild\\xfe.jpg,line=1,col=1,"
                              "title=CD247::fotos/bild\\xfe.jpg: no session")


def test_a_camp_folder_whose_name_is_not_utf8_is_refused_readably(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    folder = _bytes_path(project / "sessions", b"lager\xfe")
    os.mkdir(folder)
    with open(folder + b"/camp.yaml", "w", encoding="utf-8") as file:
        file.write(CAMP)
    code, output = run(project, "build")
    assert code == 1
    assert output.splitlines()[0] == (
        "sessions/lager\\xfe:1:1: error[CD312] the camp folder name 'lager\\xfe' is not a "
        "valid camp id")
    assert not (project / "site").exists()
