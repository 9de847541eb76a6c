"""click's usage errors in the project's language: German in a German project (and where
there is no project), English with --lang en or in an English project."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.cli.usage import _option_value, _quoted, language_of_call
from tests.conftest import make_project


def _error(runner: CliRunner, *args: str) -> tuple[int, list[str]]:
    result = runner.invoke(main, list(args), prog_name="campdoc")
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize(("args", "expected"), [
    (["check", "--format", "xml"], "Fehler: Ungültiger Wert für '--format': 'xml' ist nicht "
                                   "möglich; erlaubt sind text, json, github, gitlab."),
    (["chek"], "Fehler: Den Befehl 'chek' gibt es nicht. Meintest du 'check' oder 'schema'?"),
    (["veröffentlichen"], "Fehler: Den Befehl 'veröffentlichen' gibt es nicht. Befehle: add, "
                          "booklet, build, check, ci, forget, import, init, new, schema, serve, "
                          "stats."),
    (["check", "--strikt"], "Fehler: Die Option '--strikt' gibt es nicht. Meintest du "
                            "'--strict'?"),
    (["add", "photo", "s.md", "foto.jpg"], "Fehler: Ungültiger Wert für 'FILES...': 'foto.jpg' "
                                           "gibt es nicht."),
    (["add", "photo", "s.md"], "Fehler: Das Argument 'FILES...' fehlt."),
    (["serve", "--port", "70000"], "Fehler: Ungültiger Wert für '--port' / '-p': 70000 liegt "
                                   "nicht zwischen 0 und 65535."),
    (["serve", "--port", "acht"], "Fehler: Ungültiger Wert für '--port' / '-p': 'acht' ist "
                                  "keine ganze Zahl."),
    (["build", "--out"], "Fehler: Die Option '--out' braucht einen Wert."),
    (["build", "nebenbei"], "Fehler: Unerwartete zusätzliche Angaben: nebenbei."),
])
def test_usage_errors_are_german_in_a_german_project(runner: CliRunner, sample_project: Path,
                                                     args: list[str], expected: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_project)
    code, lines = _error(runner, *args)
    assert code == 2
    assert lines[-1] == expected


def test_the_usage_line_and_help_hint_are_german_too(runner: CliRunner, sample_project: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_project)
    assert _error(runner, "check", "--format", "xml")[1][:3] == [
        "Aufruf: campdoc check [OPTIONS] [PATHS]...", "Hilfe: 'campdoc check --help'", ""]


def test_missing_option_names_it_and_a_missing_choice_lists_the_choices(
        runner: CliRunner, sample_project: Path, tmp_path: Path) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    assert _error(runner, "add", "photo", "s", str(photo), "-C", str(sample_project))[1][-1] == \
        "Fehler: Die Option '--alt' fehlt."
    assert _error(runner, "import", "json", "-C", str(sample_project))[1][-1] == \
        "Fehler: Das Argument 'SESSIONS_JSON' fehlt."


def test_lang_en_switches_to_english(runner: CliRunner, sample_project: Path) -> None:
    assert _error(runner, "check", "-C", str(sample_project), "--format", "xml", "--lang",
                  "en")[1][-1] == ("Error: Invalid value for '--format': 'xml' is not one of "
                                   "text, json, github, gitlab.")
    assert _error(runner, "check", "--lang", "en", "--strikt")[1] == [
        "Usage: campdoc check [OPTIONS] [PATHS]...", "Try 'campdoc check --help' for help.", "",
        "Error: There is no option '--strikt'. Did you mean '--strict'?"]


def test_the_language_comes_from_the_project_named_with_c(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    english = make_project(tmp_path / "english", {})
    (english / "campdoc.yaml").write_text("language: en\n", encoding="utf-8")
    assert _error(runner, "stats", "-C", str(english), "--format", "xml")[1][-1] == (
        "Error: Invalid value for '--format': 'xml' is not one of text, json, csv.")
    assert _error(runner, "stats", f"--project={english}", "--format", "xml")[1][-1] == (
        "Error: Invalid value for '--format': 'xml' is not one of text, json, csv.")


def test_without_a_project_campdoc_speaks_german(runner: CliRunner, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _error(runner, "bauen")[1][-1].startswith("Fehler: Den Befehl 'bauen' gibt es nicht.")


def test_help_still_works(runner: CliRunner) -> None:
    result = runner.invoke(main, ["new", "camp", "--help"], prog_name="campdoc")
    assert result.exit_code == 0
    assert result.output.startswith("Usage: campdoc new camp [OPTIONS]\n")
    assert " ".join(result.output.split()).count("2026-05-16, 16.05.2026 or 16.5.26") == 1
    result = runner.invoke(main, [])
    assert result.exit_code == 2 and "Commands:" in result.output


def test_the_end_of_the_input_stops_a_question_in_german(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    result = runner.invoke(main, ["new", "camp", "-C", str(project), "--interactive"],
                           input="Sommercamp\n")
    assert result.exit_code == 1
    assert result.stderr == "\nAbgebrochen.\n"
    assert not (project / "sessions" / "sommercamp").exists()


def test_campdocs_own_usage_problems_speak_the_language_too(runner: CliRunner,
                                                            sample_project: Path,
                                                            tmp_path: Path) -> None:
    code, lines = _error(runner, "check", str(tmp_path), "-C", str(sample_project))
    assert code == 2
    assert lines == [f"campdoc: {tmp_path} liegt nicht im Projektordner {sample_project}",
                     "  Gib Dateien oder Ordner dieses Projekts an oder nenne mit -C ein "
                     "anderes Projekt."]
    (sample_project / "campdoc.yaml").write_text("language: en\n", encoding="utf-8")
    code, lines = _error(runner, "ci", "-C", str(sample_project))
    assert code == 2
    assert lines == ["campdoc: campdoc does not know where the repository is",
                     "  Give --forge github, gitlab or forgejo, or name the repository in "
                     "campdoc.yaml (repository: url: …)."]


@pytest.mark.parametrize(("args", "value"), [
    (["--lang", "en", "--lang", "de"], "de"),  # the last one wins
    (["--lang=en"], "en"),
    (["--lang"], None),  # no value follows
    (["--", "--lang", "en"], None),  # after '--' nothing is an option
    (["--lang", "en", "--", "--lang", "de"], "en"),  # what came before '--' still counts
    (["--langx", "en"], None),
])
def test_the_language_option_is_read_before_click_parses(args: list[str],
                                                         value: str | None) -> None:
    assert _option_value(args, ("--lang",)) == value


@pytest.mark.parametrize(("args", "value"), [
    (["-C/x"], "/x"), (["-Cx"], "x"), (["-C", "/y"], "/y"), (["--project=/z"], "/z"),
    (["-C"], None)])
def test_the_project_folder_is_read_in_every_spelling(args: list[str],
                                                      value: str | None) -> None:
    assert _option_value(args, ("--project", "-C")) == value


def test_the_language_of_a_call_is_lang_then_the_named_project(tmp_path: Path) -> None:
    english = make_project(tmp_path / "english", {})
    (english / "campdoc.yaml").write_text("language: en\n", encoding="utf-8")
    assert language_of_call(["--lang", "en"]) == "en"
    assert language_of_call(["--lang", "fr", f"-C{english}"]) == "en"
    assert language_of_call(["--lang", "de", "-C", str(english)]) == "de"
    assert language_of_call(["-C", str(tmp_path / "nothing")]) == "de"
    # A folder that cannot be looked at (its name is too long): German, and the command
    # itself says what is wrong with the folder.
    assert language_of_call(["-C", str(tmp_path / ("a" * 300))]) == "de"


def test_names_are_quoted_and_the_last_joined_with_or() -> None:
    assert _quoted(["a", "b", "c"], "de") == "'a', 'b' oder 'c'"
    assert _quoted(["a", "b"], "en") == "'a' or 'b'"
    assert _quoted(["a"], "en") == "'a'"
    assert _quoted([], "en") == ""
