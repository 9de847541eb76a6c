"""`campdoc import json`: another site's sessions.json back into session files."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.site.build import build
from tests.conftest import build_sample_site, site_scope

BASE_URL = "https://campdoc-beispiel.github.io/barcamp-doku/"
CAMPS = ["engagementcamp-leipzig-2026", "sozialcamp-kassel-2025"]


@pytest.fixture(scope=site_scope)
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_site(tmp_path_factory.mktemp("published"))


def empty_project(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "campdoc.yaml").write_text("language: de\n", encoding="utf-8")
    (folder / "sessions").mkdir()
    return folder


def run_import(runner: CliRunner, project: Path, source: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(main, ["import", "json", str(source), "--project", str(project),
                                  "--lang", "en", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def test_round_trip_gives_the_same_sessions(runner: CliRunner, published: Path,
                                            tmp_path: Path) -> None:
    project = empty_project(tmp_path / "copy")
    for camp in CAMPS:
        code, output = run_import(runner, project, published / camp / "sessions.json")
        assert code == 0, output
        count = len(json.loads((published / camp / "sessions.json").read_text())["sessions"])
        assert f"{count} sessions imported, 0 already there, 0 skipped for errors." in (
            output.splitlines())
    result = build(project, project / "site", base_url=BASE_URL)
    assert not result.failed, result.issues
    photos = 0
    for camp in CAMPS:
        before = json.loads((published / camp / "sessions.json").read_text(encoding="utf-8"))
        after = json.loads((project / "site" / camp / "sessions.json").read_text(encoding="utf-8"))
        # Photos come back from their largest published size and are encoded anew, so their
        # addresses (content hashes) are new; everything else is the same, sizes included.
        assert without_photo_addresses(after) == without_photo_addresses(before)
        assert len(after["sessions"]) >= 6
        for record in after["sessions"]:
            for photo in record["photos"]:
                address = photo["url"].removeprefix(f"{BASE_URL}{camp}/")
                assert (project / "site" / camp / address).is_file(), address
                photos += 1
            for material in record["materials"]:
                address = material["url"].removeprefix(f"{BASE_URL}{camp}/")
                assert (project / "site" / camp / address).read_bytes() == (
                    published / camp / address).read_bytes()
    assert photos == 3  # the sample's gallery and the photo in its notes


def without_photo_addresses(document: dict) -> dict:
    document = copy.deepcopy(document)
    for record in document["sessions"]:
        for photo in record["photos"]:
            photo["url"] = ""
    return document


def test_importing_twice_creates_nothing_and_changes_nothing(runner: CliRunner, published: Path,
                                                             tmp_path: Path) -> None:
    project = empty_project(tmp_path / "twice")
    source = published / CAMPS[0] / "sessions.json"
    run_import(runner, project, source)
    folder = project / "sessions" / CAMPS[0]
    edited = folder / "engagement-im-alter.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNachtrag.\n", encoding="utf-8")
    snapshot = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert (folder / "fotos" / "tafelbild-werkzeuge.jpg") in snapshot  # the notes' photo
    code, output = run_import(runner, project, source)
    assert code == 0
    assert "0 sessions imported, 7 already there" in output
    assert output.count("warning[CD503]") == 7
    assert {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()} == snapshot


def test_import_into_another_existing_camp(runner: CliRunner, published: Path,
                                           sample_project: Path) -> None:
    kassel = sample_project / "sessions" / CAMPS[1]
    camp_yaml = (kassel / "camp.yaml").read_bytes()
    code, output = run_import(runner, sample_project, published / CAMPS[0] / "sessions.json",
                              "--camp", CAMPS[1])
    # Leipzig's rooms and slots do not exist in Kassel: written, and reported with location.
    assert (kassel / "engagement-im-alter.md").is_file()
    assert (kassel / "camp.yaml").read_bytes() == camp_yaml
    assert code == 1
    assert f"sessions/{CAMPS[1]}/engagement-im-alter.md:" in output
    assert "error[CD301]" in output


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_broken_json_is_reported_with_line_and_column(runner: CliRunner, tmp_path: Path) -> None:
    project = empty_project(tmp_path / "p")
    source = tmp_path / "sessions.json"
    source.write_text('{\n  "format": "campdoc-sessions",\n  "version": 1,,\n}', encoding="utf-8")
    code, output = run_import(runner, project, source)
    assert code == 1
    assert "sessions.json:3:16: error[CD505]" in output
    assert list((project / "sessions").iterdir()) == []


@pytest.mark.parametrize(("data", "expected"), [
    ([1, 2], "error[CD505] expected a sessions.json file written by campdoc, found a JSON array"),
    ({"sessions": []}, "found an object without 'format'"),
    ({"format": "campdoc-sessions", "version": 2, "camp": {"id": "x"}, "sessions": []},
     "error[CD506] the file has version 2 of the sessions.json shape; this campdoc reads "
     "version 1"),
])
def test_files_that_are_not_sessions_json(runner: CliRunner, tmp_path: Path, data: object,
                                          expected: str) -> None:
    project = empty_project(tmp_path / "p")
    code, output = run_import(runner, project, write_json(tmp_path / "s.json", data))
    assert code == 1
    assert expected in output


def test_bad_records_are_skipped_with_their_place_and_the_rest_imported(
        runner: CliRunner, published: Path, tmp_path: Path) -> None:
    data = json.loads((published / CAMPS[0] / "sessions.json").read_text(encoding="utf-8"))
    del data["sessions"][1]["fields"]["title"]
    data["sessions"][2]["fields"]["participants"] = "viele"
    data["sessions"][3]["id"] = "../../../etc/passwd"
    project = empty_project(tmp_path / "p")
    source = write_json(tmp_path / "sessions.json", data)
    code, output = run_import(runner, project, source)
    assert code == 1
    lines = source.read_text(encoding="utf-8").splitlines()
    second = next(n for n, line in enumerate(lines, 1)
                  if f'"id": "{data["sessions"][1]["id"]}"' in line)
    assert (f"sessions.json:{second}:7: error[CD201] sessions[1].title: required field is "
            "missing") in output
    assert "error[CD209] sessions[2].participants: expected a whole number of at least 0, " \
        "found 'viele'" in output
    folder = project / "sessions" / CAMPS[0]
    assert (folder / "etc-passwd.md").is_file()
    assert not (tmp_path / "etc").exists()
    assert len(list(folder.glob("*.md"))) == len(data["sessions"]) - 2
    assert "5 sessions imported, 0 already there, 2 skipped for errors." in output


def test_hostile_camp_id_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    data = {"format": "campdoc-sessions", "version": 1, "camp": {"id": "../../outside"},
            "sessions": []}
    project = empty_project(tmp_path / "p")
    code, output = run_import(runner, project, write_json(tmp_path / "s.json", data))
    assert code == 1 and "error[CD312]" in output
    assert not (tmp_path / "outside").exists()
    assert list((project / "sessions").iterdir()) == []
