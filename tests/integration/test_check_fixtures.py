"""Every issue kind, from fixture files: code, line and column of every reported issue."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.core.messages import KINDS
from tests.conftest import FIXTURES, make_project

MUTATION_TARGETS = "campdoc check"  # for mutation testing (tests/mutation/quick.py)

ISSUES_PROJECT = FIXTURES / "issues"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def run_json(runner: CliRunner, project: Path, *args: str) -> dict:
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def located(report: dict) -> list[str]:
    return [f"{i['path']}:{i['line']}:{i['column']} {i['code']}" for i in report["issues"]]


def test_fixture_project_reports_exactly_the_expected_issues(runner: CliRunner) -> None:
    expected = (ISSUES_PROJECT / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert located(run_json(runner, ISSUES_PROJECT, "--lang", "en")) == expected


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_message_and_hint_is_complete_in_both_languages(runner: CliRunner,
                                                              language: str) -> None:
    report = run_json(runner, ISSUES_PROJECT, "--lang", language)
    assert report["issues"], "the fixture project must produce issues"
    for issue in report["issues"]:
        assert issue["message"] and not PLACEHOLDER.search(issue["message"]), issue
        assert not PLACEHOLDER.search(issue["hint"]), issue


def test_messages_differ_between_languages_and_locations_do_not(runner: CliRunner) -> None:
    german = run_json(runner, ISSUES_PROJECT, "--lang", "de")["issues"]
    english = run_json(runner, ISSUES_PROJECT, "--lang", "en")["issues"]
    assert located({"issues": german}) == located({"issues": english})
    for de, en in zip(german, english, strict=True):
        assert de["message"] != en["message"], de["code"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_message_and_hint_reads_exactly_as_recorded(runner: CliRunner,
                                                          language: str) -> None:
    """The whole text a documenter reads, word for word: each issue's location, code,
    message with its values (found, start, end, first line, field…) and hint, and the
    summary. Reviewed line by line when recorded; after an intended change of wording,
    record it again with `campdoc check -C tests/fixtures/issues --lang LANG`."""
    result = runner.invoke(main, ["check", "-C", str(ISSUES_PROJECT), "--lang", language])
    assert result.exit_code == 1
    expected = (ISSUES_PROJECT / f"expected-{language}.txt").read_text(encoding="utf-8")
    assert len(expected.splitlines()) > 140
    assert result.stdout.splitlines() == expected.splitlines()


def test_misnamed_field_suggests_the_rename_in_german(runner: CliRunner) -> None:
    # #17: a key close to a field is read as that field and reported as a rename (CD243),
    # no longer as an unknown field with a did-you-mean.
    issues = run_json(runner, ISSUES_PROJECT, "--lang", "de")["issues"]
    typo = next(i for i in issues if i["field"] == "insigths")
    assert typo["message"] == "insigths: unbekannter Feldname – `insigths` → `insights`?"
    british = next(i for i in issues if i["field"] == "hosts[1].organisation")
    assert british["message"] == ("hosts[1].organisation: unbekannter Feldname – "
                                  "`organisation` → `organization`?")


def test_unknown_field_says_did_you_mean_only_when_unsure(runner: CliRunner) -> None:
    issues = run_json(runner, ISSUES_PROJECT, "--lang", "de")["issues"]
    close = next(i for i in issues if i["field"] == "romm")
    assert (close["code"], close["message"]) == ("CD202", "romm: unbekanntes Feld")
    assert close["hint"].startswith("Meintest du 'room'? Lösche die Zeile oder benenne den "
                                    "Schlüssel (das Wort vor dem Doppelpunkt) in eins der "
                                    "Felder um, die hier erlaubt sind: title, subtitle,")
    unknown = next(i for i in issues if i["field"] == "notizen")
    assert unknown["hint"].startswith("Lösche die Zeile oder benenne")


def test_follow_ups_of_broken_camp_files_are_hidden_but_kept(runner: CliRunner) -> None:
    report = run_json(runner, ISSUES_PROJECT, "--lang", "en")
    assert [(f"{i['path']}:{i['line']}:{i['column']} {i['code']}",
             f"{i['follows']['path']}:{i['follows']['line']}:{i['follows']['column']}")
            for i in report["hidden"]] == [
        ("sessions/broken-camp/folgefehler.md:6:7 CD302", "sessions/broken-camp/camp.yaml:10:9"),
        ("sessions/camp-ohne-plan/cd314-cd315-no-rooms-no-slots.md:5:7 CD301",
         "sessions/camp-ohne-plan/camp.yaml:1:1"),
        ("sessions/camp-ohne-plan/cd314-cd315-no-rooms-no-slots.md:6:7 CD302",
         "sessions/camp-ohne-plan/camp.yaml:1:1")]


def test_wrong_type_says_expected_and_found(runner: CliRunner) -> None:
    issues = run_json(runner, ISSUES_PROJECT, "--lang", "en")["issues"]
    hosts = next(i for i in issues if i["code"] == "CD203" and i["field"] == "hosts")
    assert hosts["message"] == "hosts: expected a list, found 'Anna Beispiel'"
    german = run_json(runner, ISSUES_PROJECT, "--lang", "de")["issues"]
    hosts_de = next(i for i in german if i["code"] == "CD203" and i["field"] == "hosts")
    assert hosts_de["message"] == "hosts: erwartet wird eine Liste, gefunden: 'Anna Beispiel'"


def test_five_mistakes_in_one_file_are_all_reported_in_file_order(runner: CliRunner,
                                                                  tmp_path: Path) -> None:
    text = (
        "---\n"
        "title: Fünf Fehler\n"
        "hosts:\n"
        "  - name: Anna\n"
        "    url: www.example.org\n"       # line 5: not a full web address
        "insigths: [a]\n"                  # line 6: typo
        "room: Sall\n"                     # line 7: unknown room
        "participants: viele\n"            # line 8: not a number
        "status: fertig\n"                 # line 9: not a status
        "---\n"
    )
    project = make_project(tmp_path, {"fuenf.md": text})
    issues = [i for i in run_json(runner, project, "--lang", "en")["issues"]
              if i["severity"] == "error"]
    assert [(i["line"], i["code"]) for i in issues] == [
        (5, "CD207"), (6, "CD243"), (7, "CD301"), (8, "CD209"), (9, "CD208")]


def test_oversized_file_is_refused_with_its_size(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    big = project / "sessions" / "camp" / "gross.md"
    big.write_bytes(b"---\ntitle: x\n---\n" + b"a" * (11 * 1024 * 1024))
    issues = run_json(runner, project, "--lang", "en")["issues"]
    assert [(i["path"], i["code"]) for i in issues] == [("sessions/camp/gross.md", "CD109")]
    assert (issues[0]["message"], issues[0]["hint"]) == (
        "the file is 11.0 MiB, more than the limit of 2 MiB",
        "Split the content or move large material (such as photos) to a link.")
    german = run_json(runner, project, "--lang", "de")["issues"][0]
    assert (german["message"], german["hint"]) == (
        "die Datei ist 11.0 MiB groß, mehr als die Grenze von 2 MiB",
        "Teile den Inhalt auf oder verlinke großes Material (etwa Fotos).")


def test_oversized_front_matter_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    text = "---\ntitle: x\nhosts: [{name: A}]\nsubtitle: " + "x" * 300_000 + "\n---\n"
    project = make_project(tmp_path, {"gross.md": text})
    issues = run_json(runner, project, "--lang", "en")["issues"]
    assert [(i["code"], i["line"], i["message"]) for i in issues] == [
        ("CD109", 2, "the front matter is 293 KiB, more than the limit of 256 KiB")]
    german = run_json(runner, project, "--lang", "de")["issues"]
    assert [i["message"] for i in german] == [
        "der Kopfbereich ist 293 KiB groß, mehr als die Grenze von 256 KiB"]


def test_names_that_clash_after_normalisation_are_reported(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    body = "---\ntitle: Café\nhosts: [{name: A}]\ninsights: [a]\n---\n"
    nfc = unicodedata.normalize("NFC", "café.md")
    nfd = unicodedata.normalize("NFD", "café.md")
    project = make_project(tmp_path, {nfc: body, nfd: body, "Cafe.md": body})
    issues = [i for i in run_json(runner, project, "--lang", "en")["issues"]
              if i["code"] == "CD304"]
    assert {i["path"] for i in issues} == {f"sessions/camp/{name}" for name in (nfc, nfd,
                                                                              "Cafe.md")}
    assert all("'cafe'" in i["message"] for i in issues)


def test_symlinks_are_reported_and_not_followed(runner: CliRunner, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("---\ntitle: Geheim\nhosts: [{name: A}]\n---\n", encoding="utf-8")
    project = make_project(tmp_path / "p", {})
    (project / "sessions" / "camp" / "link.md").symlink_to(outside)
    (project / "sessions" / "linked-camp").symlink_to(project / "sessions" / "camp")
    issues = run_json(runner, project, "--lang", "en")["issues"]
    assert sorted((i["path"], i["code"]) for i in issues) == [
        ("sessions/camp/link.md", "CD310"), ("sessions/linked-camp", "CD310")]


def test_a_folder_without_sessions_reports_no_camps(runner: CliRunner, tmp_path: Path) -> None:
    issues = run_json(runner, tmp_path, "--lang", "en")["issues"]
    assert [i["code"] for i in issues] == ["CD308"]


def test_every_issue_kind_is_exercised_somewhere() -> None:
    fixture_codes = {line.split()[1] for line in
                     (ISSUES_PROJECT / "expected.txt").read_text().splitlines()}
    generated_here = {"CD109", "CD304", "CD308", "CD310"}
    # A pipe cannot be committed (CD313), and a booklet warning needs a huge session
    # (CD406): both are made in tests/hostile/test_resource_bounds.py.
    generated_elsewhere = {"CD313", "CD406"}
    # A HEIC photo is refused only where pillow-heif is missing (CD234), and a photo the
    # session already has is refused by 'add photo' (CD240): tests/integration/test_photos.py
    # and tests/integration/test_add_photo.py.
    generated_elsewhere |= {"CD234", "CD240"}
    # Accent colours (CD241 format, CD242 contrast): tests/integration/test_branding.py.
    generated_elsewhere |= {"CD241", "CD242"}
    # The importers' issues are located in the imported file: test_authoring.py (plan),
    # test_import_pad.py (pad) and test_import_json.py (sessions.json).
    imports = {"CD501", "CD502", "CD503", "CD504", "CD505", "CD506", "CD507", "CD508",
               "CD509", "CD510"}
    assert set(KINDS) == fixture_codes | generated_here | generated_elsewhere | imports


@pytest.mark.parametrize(("language", "message"), [
    ("en", "date: the date 2026-06-01 is outside the camp's dates (2026-05-16 – 2026-05-18)"),
    ("de", "date: das Datum 2026-06-01 liegt außerhalb der Camp-Tage "
           "(2026-05-16 – 2026-05-18)")])
def test_a_date_outside_a_camp_of_several_days_names_first_and_last_day(
        runner: CliRunner, tmp_path: Path, language: str, message: str) -> None:
    session = "---\ntitle: Später\nhosts: [{name: A}]\ninsights: [a]\ndate: 2026-06-01\n---\n"
    camp = ("name: Drei Tage\nstart: 2026-05-16\nend: 2026-05-18\nlicense: CC-BY-4.0\n"
            "rooms:\n  - name: Saal\nslots:\n  - id: s1\n    start: '10:00'\n"
            "    end: '11:00'\n")
    project = make_project(tmp_path, {"spaeter.md": session}, camp)
    issues = run_json(runner, project, "--lang", language)["issues"]
    assert [(i["code"], i["line"], i["column"], i["message"]) for i in issues] == [
        ("CD306", 5, 7, message)]
