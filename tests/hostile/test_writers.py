"""Threat: symbolic links in a project from a pull request that lead a writing command out of
the project (class 6), and inputs to imports and reports that turn against their reader
(classes 7, 8, 9 and 12)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.content.stats import spreadsheet_safe
from tests.conftest import make_project

OUTSIDE_MARK = "must stay empty"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """A project whose camp folder is a link to a folder outside the project."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "marker.txt").write_text(OUTSIDE_MARK)
    project = make_project(tmp_path / "project", {})
    real = project / "sessions" / "camp"
    (outside / "camp.yaml").write_text((real / "camp.yaml").read_text())
    (real / "camp.yaml").unlink()
    real.rmdir()
    real.symlink_to(outside, target_is_directory=True)
    return project, outside


def _untouched(outside: Path) -> bool:
    return sorted(path.name for path in outside.iterdir()) == ["camp.yaml", "marker.txt"]


def test_import_json_refuses_to_write_through_a_linked_camp_folder(
        linked: tuple[Path, Path], tmp_path: Path) -> None:
    project, outside = linked
    data = {"format": "campdoc-sessions", "version": 1, "camp": {"id": "camp"},
            "sessions": [{"id": "eingeschleust", "fields": {"title": "X", "hosts": [{"name": "A"}],
                                                             "insights": ["x"]}, "notes": ""}]}
    source = tmp_path / "sessions.json"
    source.write_text(json.dumps(data))
    code, out = _run("import", "json", str(source), "-C", str(project))
    assert code == 1 and "symbolic link" in out
    assert _untouched(outside)


def test_import_plan_pad_and_new_never_write_through_a_link_at_the_file_name(
        tmp_path: Path) -> None:
    """A linked camp folder is not even loaded (CD310); the file a command would create can
    still be a link that a pull request left, pointing to a file that does not exist yet."""
    outside = tmp_path / "outside"
    outside.mkdir()
    project = make_project(tmp_path / "project", {})
    (project / "sessions" / "camp" / "eingeschleust.md").symlink_to(outside / "neu.md")
    plan = tmp_path / "plan.csv"
    plan.write_text("Titel;Raum\nEingeschleust;Saal\n")
    pad = tmp_path / "pad.md"
    pad.write_text("# Eingeschleust\n\n## Fragen\n- eine\n")
    for command in (["import", "plan", str(plan)], ["import", "pad", str(pad)],
                    ["new", "session", "--title", "Eingeschleust", "--no-interactive"]):
        code, out = _run(*command, "--camp", "camp", "-C", str(project))
        assert code == 1 and "symbolic link" in out, (command, out)
    assert list(outside.iterdir()) == []


def test_new_camp_ci_and_booklet_refuse_links_that_leave_the_project(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    project = make_project(tmp_path / "project", {"s.md": (
        "---\ntitle: T\nhosts: [{name: A}]\ninsights: [x]\n---\n")})
    (project / "sessions" / "neu").symlink_to(outside, target_is_directory=True)
    code, out = _run("new", "camp", "--id", "neu", "--name", "Neu", "--no-interactive",
                     "-C", str(project))
    assert code == 1 and "symbolic link" in out
    (project / ".github").symlink_to(outside, target_is_directory=True)
    code, out = _run("ci", "--forge", "github", "-C", str(project))
    assert code == 1 and "symbolic link" in out
    (project / "druck").symlink_to(outside, target_is_directory=True)
    code, out = _run("booklet", "--format", "html", "--out", str(project / "druck" / "b.html"),
                     "-C", str(project))
    assert code == 1 and "symbolic link" in out
    assert list(outside.iterdir()) == []


def test_init_refuses_to_write_through_a_linked_sessions_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "neu"
    folder.mkdir()
    (folder / "sessions").symlink_to(outside, target_is_directory=True)
    code, out = _run("init", str(folder), "--force")
    assert code == 1 and "symbolic link" in out
    assert list(outside.iterdir()) == []


def test_a_committed_cache_link_is_not_written_through(tmp_path: Path) -> None:
    from campdoc.site.build import build

    outside = tmp_path / "outside"
    outside.mkdir()
    project = make_project(tmp_path / "project", {"s.md": (
        "---\ntitle: T\nhosts: [{name: A}]\ninsights: [x]\n---\n")})
    (project / ".campdoc-cache").symlink_to(outside, target_is_directory=True)
    with pytest.raises(Exception, match="symbolic link"):
        build(project, project / "site")
    assert list(outside.iterdir()) == []


# --- 7. check --changed-since with names git would quote ------------------------------------

def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=folder, check=True, capture_output=True)


@pytest.mark.parametrize("name", ["über.md", "mit leerzeichen.md", 'mit "anführung".md',
                                  "tab\tname.md", "ŝ̈ł.md"])
def test_changed_since_sees_files_whose_names_git_would_quote(tmp_path: Path, name: str) -> None:
    good = "---\ntitle: Gut\nhosts: [{name: A}]\ninsights: [x]\nroom: Saal\n---\n"
    project = make_project(tmp_path, {"gut.md": good})
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", ".")
    _git(project, "commit", "-q", "-m", "start")
    (project / "sessions" / "camp" / name).write_text(good.replace("room: Saal", "room: Sall"))
    code, out = _run("check", "--changed-since", "main", "--format", "github", "-C",
                     str(project))
    assert code == 1, out
    assert "CD301" in out and out.count("::error") == 1


# --- 8. CSV that a spreadsheet would run ----------------------------------------------------

def test_stats_csv_cells_cannot_run_as_formulas_and_drafts_are_not_counted(
        tmp_path: Path) -> None:
    tags = ["=HYPERLINK(\"https://evil.example\",\"klick\")", "+1+1", "@SUM(A1)", "-2+3",
            "normal"]
    published = ("---\ntitle: T\nhosts: [{name: A}]\ninsights: [x]\ntags: "
                 + json.dumps(tags) + "\n---\n")
    draft = "---\ntitle: D\nhosts: [{name: B}]\nstatus: draft\ntags: [geheimes-schlagwort]\n---\n"
    project = make_project(tmp_path, {"s.md": published, "d.md": draft})
    code, out = _run("stats", "--format", "csv", "-C", str(project))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    tag_cells = [row[2] for row in rows if row[1] == "tag"]
    assert sorted(tag_cells) == sorted(["'=HYPERLINK(\"https://evil.example\",\"klick\")",
                                        "'+1+1", "'@SUM(A1)", "'-2+3", "normal"])
    assert "geheimes-schlagwort" not in out
    assert all(not cell.startswith(("=", "+", "@", "-", "\t")) for row in rows for cell in row
               if cell and not cell.lstrip("-").isdigit())


def test_numbers_stay_numbers_in_csv() -> None:
    assert spreadsheet_safe(-5) == -5
    assert spreadsheet_safe("-5") == "-5"
    assert spreadsheet_safe("-5,25") == "-5,25"
    assert spreadsheet_safe("-5 Tage") == "'-5 Tage"
    assert spreadsheet_safe("=1") == "'=1"


# --- 9. sessions.json nested to crash the parser ---------------------------------------------

@pytest.mark.parametrize("payload", ["[" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000,
                                     '{"format": "campdoc-sessions", "x": ' + "[" * 5000
                                     + "]" * 5000 + "}"])
def test_deeply_nested_sessions_json_is_an_issue_not_a_crash(tmp_path: Path,
                                                             payload: str) -> None:
    project = make_project(tmp_path / "p", {})
    source = tmp_path / "tief.json"
    source.write_text(payload)
    code, out = _run("import", "json", str(source), "-C", str(project))
    assert code == 1
    assert "tief.json:1:" in out and "error[CD505]" in out and "nested deeper" in out


# --- 12. import plan writes only files that pass check ----------------------------------------

def test_import_plan_refuses_rows_that_would_fail_check(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {})
    plan = tmp_path / "plan.csv"
    plan.write_text("Titel;Raum\n" + "Sehr lang " * 30 + ";Saal\nMit\x7fSteuerzeichen;Saal\n"
                    "Gut;Saal\n", encoding="utf-8")
    code, out = _run("import", "plan", str(plan), "--camp", "camp", "-C", str(project))
    assert code == 1
    assert "plan.csv:2:1: error[CD217]" in out and "plan.csv:3:1: error[CD222]" in out
    assert sorted(p.name for p in (project / "sessions" / "camp").glob("*.md")) == ["gut.md"]
    code, out = _run("check", "-C", str(project))
    assert code == 0, out


# --- 12. what `new session` writes is YAML that reads back as typed ---------------------------

@pytest.mark.parametrize(("title", "problems"), [
    ("Wohnen\ufffeim Quartier", []),  # not allowed raw in YAML: written as \ufffe
    ("Wohnen\uffffim Quartier", []),
])
def test_new_session_escapes_what_yaml_does_not_allow_in_a_file(
        tmp_path: Path, title: str, problems: list[str]) -> None:
    project = make_project(tmp_path / "p", {})
    code, out = _run("new", "session", "--title", title, "--camp", "camp", "-C", str(project))
    assert code == 0, out
    written = project / "sessions" / "camp" / "wohnen-im-quartier.md"
    front = written.read_text(encoding="utf-8").split("---\n")[1]
    assert f"title: \"Wohnen\\u{ord(title[6]):04x}im Quartier\"" in front.splitlines()
    assert yaml.safe_load(front)["title"] == title
    code, out = _run("check", "-C", str(project))
    assert [word for word in out.split() if word.startswith("error[")] == problems
    assert code == (1 if problems else 0)


def test_new_session_refuses_a_control_character_check_would_refuse(tmp_path: Path) -> None:
    # NEXT LINE (U+0085) was written as \u0085 and then failed `check`; now it is named first.
    project = make_project(tmp_path / "p", {})
    code, out = _run("new", "session", "--title", "Wohnen\x85im Quartier", "--camp", "camp",
                     "-C", str(project))
    assert code == 2
    assert out.splitlines()[-1].startswith(
        "campdoc: --title: The text contains the invisible character U+0085")
    assert not (project / "sessions" / "camp" / "wohnen-im-quartier.md").exists()


def test_new_session_writes_half_a_character_as_the_replacement_sign(tmp_path: Path) -> None:
    # A command line with bytes that are no UTF-8 reaches Python as lone surrogates.
    project = make_project(tmp_path / "p", {})
    code, out = _run("new", "session", "--title", "Wohnen \udcfc", "--camp", "camp", "-C",
                     str(project))
    assert code == 0, out
    written = project / "sessions" / "camp" / "wohnen.md"
    assert yaml.safe_load(written.read_text(encoding="utf-8").split("---\n")[1])["title"] == \
        "Wohnen \ufffd"
    code, out = _run("check", "-C", str(project))
    assert code == 0, out
