"""`campdoc check` as a user and a CI system see it: output formats, exit codes, languages."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml
from click.testing import CliRunner

from campdoc import __version__
from campdoc.cli import main
from tests.conftest import make_project

MUTATION_TARGETS = "campdoc check"  # for mutation testing (tests/mutation/quick.py)

BROKEN = "---\ntitle: Kaputt\nhosts:\n  - name: A\ninsigths: [a]\nroom: Sall\n---\n"
WARNING_ONLY = "---\ntitle: Ohne Erkenntnisse\nhosts: [{name: A}]\n---\nText\n"


def test_sample_project_passes_strict_check(runner: CliRunner, sample_project: Path) -> None:
    result = runner.invoke(main, ["check", "--strict", "-C", str(sample_project), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith("0 errors, 0 warnings in ")


def test_sample_project_summary_is_german_by_default(runner: CliRunner,
                                                     sample_project: Path) -> None:
    result = runner.invoke(main, ["check", "-C", str(sample_project)])
    assert result.exit_code == 0
    assert result.output.startswith("0 Fehler, 0 Warnungen in 21 Dateien")


def test_text_format_shows_location_code_message_and_hint(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    # 'insigths' is read as insights (so no "no key insights" warning), and reported once.
    project = make_project(tmp_path, {"kaputt.md": BROKEN})
    result = runner.invoke(main, ["check", "-C", str(project), "--lang", "en"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "sessions/camp/kaputt.md:5:1: error[CD243] insigths: unknown field name – `insigths` "
        "→ `insights`?",
        "  hint: Rename the key to 'insights'. Until then the file fails; its value is already "
        "checked as 'insights', so other problems in it show up now.",
        "sessions/camp/kaputt.md:6:7: error[CD301] room: the camp has no room 'Sall'",
        "  hint: Did you mean 'Saal'? Write the room as camp.yaml names it (Saal, Werkstatt), "
        "or add it there under 'rooms:' first.",
        "2 errors, 0 warnings in 2 files",
    ]


def test_german_text_uses_german_labels(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"kaputt.md": BROKEN})
    result = runner.invoke(main, ["check", "-C", str(project)])
    assert result.output.splitlines() == [
        "sessions/camp/kaputt.md:5:1: Fehler[CD243] insigths: unbekannter Feldname – "
        "`insigths` → `insights`?",
        "  Tipp: Benenne den Schlüssel in 'insights' um. Bis dahin gilt die Datei als "
        "fehlerhaft; der Wert wird schon als 'insights' geprüft, weitere Probleme darin "
        "erscheinen also schon jetzt.",
        "sessions/camp/kaputt.md:6:7: Fehler[CD301] room: das Camp hat keinen Raum 'Sall'",
        "  Tipp: Meintest du 'Saal'? Schreibe den Raum so, wie er in der camp.yaml heißt "
        "(Saal, Werkstatt), oder trage ihn dort zuerst unter 'rooms:' ein.",
        "2 Fehler, 0 Warnungen in 2 Dateien",
    ]


def test_project_language_english_switches_messages(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"kaputt.md": BROKEN})
    (project / "campdoc.yaml").write_text("language: en\n", encoding="utf-8")
    result = runner.invoke(main, ["check", "-C", str(project)])
    assert result.output.splitlines()[0] == (
        "sessions/camp/kaputt.md:5:1: error[CD243] insigths: unknown field name – `insigths` "
        "→ `insights`?")


def test_warnings_pass_unless_strict(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"warnung.md": WARNING_ONLY})
    assert runner.invoke(main, ["check", "-C", str(project)]).exit_code == 0
    assert runner.invoke(main, ["check", "--strict", "-C", str(project)]).exit_code == 1


def test_usage_errors_exit_with_2(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    assert runner.invoke(main, ["check", "--format", "xml", "-C", str(project)]).exit_code == 2
    missing = runner.invoke(main, ["check", "-C", str(project), str(tmp_path / "nope.md")])
    assert missing.exit_code == 2
    assert missing.stderr.splitlines()[-1] == (  # German: the project has no language set
        f"Fehler: Ungültiger Wert für '[PATHS]...': '{tmp_path / 'nope.md'}' gibt es nicht.")


def test_paths_limit_the_report_but_not_the_cross_file_rules(runner: CliRunner,
                                                             tmp_path: Path) -> None:
    clash = "---\ntitle: {t}\nhosts: [{{name: A}}]\ninsights: [a]\nroom: Saal\nslot: s1\n---\n"
    project = make_project(tmp_path, {"a.md": clash.format(t="A"), "b.md": clash.format(t="B"),
                                      "kaputt.md": BROKEN})
    target = project / "sessions" / "camp" / "b.md"
    result = runner.invoke(main, ["check", "-C", str(project), "--lang", "en", "--format",
                                  "json", str(target)])
    report = json.loads(result.output)
    assert [(i["path"], i["code"]) for i in report["issues"]] == [
        ("sessions/camp/b.md", "CD303")]
    assert report["files"] == 1


def test_github_format_annotates_lines(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"kaputt.md": BROKEN})
    result = runner.invoke(main, ["check", "-C", str(project), "--lang", "en", "--format",
                                  "github"])
    lines = result.output.splitlines()
    assert lines[0] == (
        "::error file=sessions/camp/kaputt.md,line=5,col=1,title=CD243::insigths: unknown field "
        "name – `insigths` → `insights`?%0ARename the key to 'insights'. Until then the file "
        "fails; its value is already checked as 'insights', so other problems in it show up "
        "now.")
    assert lines[1].startswith("::error file=sessions/camp/kaputt.md,line=6,col=7,title=CD301::")


def test_version_and_help(runner: CliRunner) -> None:
    assert __version__ in runner.invoke(main, ["--version"]).output
    for command in ([], ["check"], ["schema"]):
        result = runner.invoke(main, [*command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def _front_matter_as_json_types(path: Path) -> dict:
    """Front matter as an editor's YAML plugin sees it (dates as strings)."""
    text = path.read_text(encoding="utf-8").split("---\n")[1]
    data = yaml.safe_load(text)
    return json.loads(json.dumps(data, default=str))


def test_json_schema_is_valid_and_accepts_the_sample(runner: CliRunner) -> None:
    result = runner.invoke(main, ["schema"])
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    sessions = sorted(Path("sessions").glob("*/*.md"))
    assert len(sessions) >= 12
    for path in sessions:
        errors = list(validator.iter_errors(_front_matter_as_json_types(path)))
        assert not errors, (path, errors[0].message)
    assert list(validator.iter_errors({"title": "x", "hosts": [{"name": "A"}], "insigths": []}))


def test_camp_schema_accepts_the_sample_camps(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "camp.json"
    runner.invoke(main, ["schema", "--kind", "camp", "-o", str(out)])
    validator = jsonschema.Draft202012Validator(json.loads(out.read_text()))
    for path in Path("sessions").glob("*/camp.yaml"):
        data = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        assert not list(validator.iter_errors(data)), path


def test_german_and_english_synonyms_are_read_as_the_schema_field_and_renamed(
        runner: CliRunner, tmp_path: Path) -> None:
    text = ("---\ntitle: Synonyme\nhosts: [{name: A}]\ninsights: [x]\nkeywords: [a]\n"
            "Nächste Schritte: [b]\n---\n")
    project = make_project(tmp_path, {"synonyme.md": text})
    result = runner.invoke(main, ["check", "-C", str(project), "--lang", "en"])
    lines = result.output.splitlines()
    assert lines[0] == ("sessions/camp/synonyme.md:5:1: error[CD243] keywords: unknown field "
                        "name – `keywords` → `tags`?")
    assert lines[2] == ("sessions/camp/synonyme.md:6:1: error[CD243] Nächste Schritte: unknown "
                        "field name – `Nächste Schritte` → `next_steps`?")
    assert lines[4] == "2 errors, 0 warnings in 2 files"
