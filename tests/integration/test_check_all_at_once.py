"""`campdoc check` shows everything at once (#17): a misnamed key is read as the field it
names, follow-up errors of a broken camp.yaml are hidden and counted, YAML syntax errors
are told in the reader's language with the fix, and common German values are understood."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from campdoc.cli import main
from tests.conftest import make_project

MUTATION_TARGETS = "campdoc check"  # for mutation testing (tests/mutation/quick.py)

HOST_TYPO = ("---\ntitle: Tippfehler\nhost:\n  - name: Anna\ninsights: [a]\nroom: Sall\n"
             "slot: s1\n---\n")


def check(runner: CliRunner, project: Path, *args: str) -> tuple[int, list[str]]:
    result = runner.invoke(main, ["check", "-C", str(project), *args])
    return result.exit_code, result.output.splitlines()


def test_host_for_hosts_and_a_wrong_room_are_both_reported_in_english(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"tippfehler.md": HOST_TYPO})
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/tippfehler.md:3:1: error[CD243] host: unknown field name – `host` → "
        "`hosts`?",
        "  hint: Rename the key to 'hosts'. Until then the file fails; its value is already "
        "checked as 'hosts', so other problems in it show up now.",
        "sessions/camp/tippfehler.md:6:7: error[CD301] room: the camp has no room 'Sall'",
        "  hint: Did you mean 'Saal'? Write the room as camp.yaml names it (Saal, Werkstatt), "
        "or add it there under 'rooms:' first.",
        "2 errors, 0 warnings in 2 files",
    ])


def test_host_for_hosts_and_a_wrong_room_are_both_reported_in_german(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"tippfehler.md": HOST_TYPO})
    assert check(runner, project) == (1, [
        "sessions/camp/tippfehler.md:3:1: Fehler[CD243] host: unbekannter Feldname – `host` → "
        "`hosts`?",
        "  Tipp: Benenne den Schlüssel in 'hosts' um. Bis dahin gilt die Datei als fehlerhaft; "
        "der Wert wird schon als 'hosts' geprüft, weitere Probleme darin erscheinen also schon "
        "jetzt.",
        "sessions/camp/tippfehler.md:6:7: Fehler[CD301] room: das Camp hat keinen Raum 'Sall'",
        "  Tipp: Meintest du 'Saal'? Schreibe den Raum so, wie er in der camp.yaml heißt "
        "(Saal, Werkstatt), oder trage ihn dort zuerst unter 'rooms:' ein.",
        "2 Fehler, 0 Warnungen in 2 Dateien",
    ])


def test_the_renamed_key_still_fails_the_file_alone(runner: CliRunner, tmp_path: Path) -> None:
    fixed_room = HOST_TYPO.replace("room: Sall", "room: Saal")
    project = make_project(tmp_path, {"tippfehler.md": fixed_room})
    code, lines = check(runner, project, "--lang", "en")
    assert (code, lines[0], lines[-1]) == (
        1, "sessions/camp/tippfehler.md:3:1: error[CD243] host: unknown field name – `host` → "
        "`hosts`?", "1 error, 0 warnings in 2 files")


def test_a_renamed_key_whose_field_is_also_given_is_reported_as_given_twice(
        runner: CliRunner, tmp_path: Path) -> None:
    text = "---\ntitle: Zweimal\nTitel: Noch einmal\nhosts: [{name: A}]\ninsights: [a]\n---\n"
    project = make_project(tmp_path, {"zweimal.md": text})
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/zweimal.md:3:1: error[CD244] Titel: this is another name for 'title', "
        "which is already given on line 2",
        "  hint: Keep one of the two: move what is missing into 'title' and delete this key "
        "with its value.",
        "1 error, 0 warnings in 2 files",
    ])


def test_a_key_that_is_not_close_to_any_field_stays_unknown(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    text = "---\ntitle: Notiz\nhosts: [{name: A}]\ninsights: [a]\nnotizen: x\n---\n"
    project = make_project(tmp_path, {"notiz.md": text})
    code, lines = check(runner, project, "--lang", "en")
    assert (code, lines[0], lines[1]) == (
        1, "sessions/camp/notiz.md:5:1: error[CD202] notizen: unknown field",
        "  hint: Delete the line, or rename the key (the word before the colon) to one of the "
        "fields allowed here: title, subtitle, hosts, questions, insights, open_questions, "
        "next_steps, tags, room, slot, date, language, participants, documented_by, photos, "
        "materials, links, license, status.")


def _session(title: str, room: str = "Saal", slot: str = "s1") -> str:
    return (f"---\ntitle: {title}\nhosts: [{{name: A}}]\ninsights: [a]\nroom: {room}\n"
            f"slot: {slot}\n---\n")


THREE_SESSIONS = {"a.md": _session("A", slot="s1"), "b.md": _session("B", slot="s2"),
                  "c.md": _session("C", room="Werkstatt")}


def test_a_german_key_in_camp_yaml_is_read_as_rooms_so_nothing_follows(
        runner: CliRunner, tmp_path: Path) -> None:
    camp = ("name: Camp\ndate: 2026-05-16\nräume:\n  - name: Saal\n  - name: Werkstatt\n"
            "slots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
            "  - id: s2\n    start: '11:30'\n    end: '12:30'\n")
    project = make_project(tmp_path, THREE_SESSIONS, camp)
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/camp.yaml:3:1: error[CD243] räume: unknown field name – `räume` → "
        "`rooms`?",
        "  hint: Rename the key to 'rooms'. Until then the file fails; its value is already "
        "checked as 'rooms', so other problems in it show up now.",
        "1 error, 0 warnings in 4 files",
    ])


BROKEN_ROOMS = ("name: Camp\ndate: 2026-05-16\nrooms: Saal, Werkstatt\n"
                "slots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
                "  - id: s2\n    start: '11:30'\n    end: '12:30'\n")


def test_follow_up_errors_of_broken_rooms_are_hidden_and_counted(runner: CliRunner,
                                                                  tmp_path: Path) -> None:
    project = make_project(tmp_path, THREE_SESSIONS, BROKEN_ROOMS)
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/camp.yaml:3:8: error[CD203] rooms: expected a list, found "
        "'Saal, Werkstatt'",
        "  hint: Write one entry per line below the field, each starting with '- ', such as "
        "'  - name: Saal'.",
        "3 follow-up errors of sessions/camp/camp.yaml:3 hidden; they usually go away once "
        "that error is fixed.",
        "1 error, 0 warnings in 4 files",
    ])
    code, lines = check(runner, project)
    assert (code, lines[-2:]) == (1, [
        "3 Folgefehler von sessions/camp/camp.yaml:3 ausgeblendet; sie verschwinden meist, "
        "sobald der Fehler dort behoben ist.",
        "1 Fehler, 0 Warnungen in 4 Dateien",
    ])


def test_json_lists_hidden_follow_ups_with_their_root(runner: CliRunner,
                                                      tmp_path: Path) -> None:
    project = make_project(tmp_path, THREE_SESSIONS, BROKEN_ROOMS)
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json",
                                  "--lang", "en"])
    report = json.loads(result.output)
    assert result.exit_code == 1
    assert [(i["path"], i["code"]) for i in report["issues"]] == [
        ("sessions/camp/camp.yaml", "CD203")]
    assert [(i["path"], i["line"], i["code"], i["follows"]) for i in report["hidden"]] == [
        (f"sessions/camp/{name}", 5, "CD301",
         {"path": "sessions/camp/camp.yaml", "line": 3, "column": 8})
        for name in ("a.md", "b.md", "c.md")]
    assert (report["errors"], report["warnings"]) == (1, 0)


def test_follow_ups_show_when_their_root_is_not_checked(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    project = make_project(tmp_path, THREE_SESSIONS, BROKEN_ROOMS)
    code, lines = check(runner, project, "--lang", "en",
                        str(project / "sessions" / "camp" / "a.md"))
    assert (code, lines[0], lines[-1]) == (
        1, "sessions/camp/a.md:5:7: error[CD301] room: the camp has no room 'Saal'",
        "1 error, 0 warnings in 1 file")


def test_a_camp_without_rooms_and_slots_says_so_once(runner: CliRunner,
                                                     tmp_path: Path) -> None:
    project = make_project(tmp_path, THREE_SESSIONS, "name: Camp\ndate: 2026-05-16\n")
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/camp.yaml:1:1: error[CD314] rooms: the camp lists no rooms, but "
        "sessions name rooms (3 sessions): Saal, Werkstatt",
        "  hint: Add the rooms to camp.yaml under 'rooms:', one line '  - name: …' each, such "
        "as '  - name: Saal'. If the camp had no rooms, delete 'room:' from the sessions "
        "instead.",
        "sessions/camp/camp.yaml:1:1: error[CD315] slots: the camp lists no slots, but "
        "sessions name slots (3 sessions): s1, s2",
        "  hint: Add the slots to camp.yaml under 'slots:', each with id, start and end, such "
        "as '  - id: s1' with '    start: \"10:00\"' and '    end: \"11:00\"' below it. If the "
        "camp had no slots, delete 'slot:' from the sessions instead.",
        "6 follow-up errors of sessions/camp/camp.yaml:1 hidden; they usually go away once "
        "that error is fixed.",
        "2 errors, 0 warnings in 4 files",
    ])
    _, lines = check(runner, project)
    assert lines[0] == ("sessions/camp/camp.yaml:1:1: Fehler[CD314] rooms: das Camp hat keine "
                        "Räume angelegt, aber Sessions nennen Räume (3 Sessions): Saal, "
                        "Werkstatt")


SLOTS = ("slots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
         "  - id: s2\n    start: '11:30'\n    end: '12:30'\n")


def test_a_camp_without_rooms_names_six_of_them_and_counts_the_sessions(
        runner: CliRunner, tmp_path: Path) -> None:
    sessions = {f"s{number}.md": _session(f"T{number}", room=f"R{number}")
                for number in range(7)}
    project = make_project(tmp_path, sessions, "name: Camp\ndate: 2026-05-16\n" + SLOTS)
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/camp.yaml:1:1: error[CD314] rooms: the camp lists no rooms, but "
        "sessions name rooms (7 sessions): R0, R1, R2, R3, R4, R5, …",
        "  hint: Add the rooms to camp.yaml under 'rooms:', one line '  - name: …' each, such "
        "as '  - name: R0'. If the camp had no rooms, delete 'room:' from the sessions "
        "instead.",
        "7 follow-up errors of sessions/camp/camp.yaml:1 hidden; they usually go away once "
        "that error is fixed.",
        "1 error, 0 warnings in 8 files",
    ])
    (project / "sessions" / "camp" / "s6.md").unlink()
    _, lines = check(runner, project, "--lang", "en")
    assert lines[0] == ("sessions/camp/camp.yaml:1:1: error[CD314] rooms: the camp lists no "
                        "rooms, but sessions name rooms (6 sessions): R0, R1, R2, R3, R4, R5")


def test_an_empty_rooms_field_is_where_one_session_follows_from(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.md": _session("A")},
                           "name: Camp\ndate: 2026-05-16\nrooms:\n" + SLOTS)
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/camp.yaml:3:7: error[CD314] rooms: the camp lists no rooms, but "
        "sessions name rooms (1 session): Saal",
        "  hint: Add the rooms to camp.yaml under 'rooms:', one line '  - name: …' each, such "
        "as '  - name: Saal'. If the camp had no rooms, delete 'room:' from the sessions "
        "instead.",
        "1 follow-up error of sessions/camp/camp.yaml:3 hidden; they usually go away once "
        "that error is fixed.",
        "1 error, 0 warnings in 2 files",
    ])
    _, lines = check(runner, project)
    assert lines[0] == ("sessions/camp/camp.yaml:3:7: Fehler[CD314] rooms: das Camp hat keine "
                        "Räume angelegt, aber Sessions nennen Räume (1 Session): Saal")


def test_a_room_defined_twice_drops_none_so_an_unknown_room_is_no_follow_up(
        runner: CliRunner, tmp_path: Path) -> None:
    camp = "name: Camp\ndate: 2026-05-16\nrooms:\n  - name: Saal\n  - name: Saal\n" + SLOTS
    project = make_project(tmp_path, THREE_SESSIONS, camp)
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/c.md:5:7: error[CD301] room: the camp has no room 'Werkstatt'",
        "  hint: Write the room as camp.yaml names it (Saal), or add it there under "
        "'rooms:' first.",
        "sessions/camp/camp.yaml:5:5: error[CD307] rooms[2]: 'Saal' is defined twice (first "
        "at line 4)",
        "  hint: Rename or delete one of the two; each room name and slot id may appear only "
        "once.",
        "2 errors, 0 warnings in 4 files",
    ])


def test_an_entry_dropped_for_its_error_is_where_its_sessions_follow_from(
        runner: CliRunner, tmp_path: Path) -> None:
    camp = ("name: Camp\ndate: 2026-05-16\nrooms:\n  - name: Saal\n    capacity: viele\n"
            "  - name: [Werkstatt]\n  - 7\n" + SLOTS)
    project = make_project(tmp_path, THREE_SESSIONS, camp)
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json",
                                  "--lang", "en"])
    report = json.loads(result.output)
    assert [(i["line"], i["code"], i["field"]) for i in report["issues"]] == [
        (5, "CD209", "rooms[1].capacity"), (6, "CD203", "rooms[2].name"),
        (7, "CD203", "rooms[3]")]
    # The first error of the list is the root, even one that dropped nothing by itself.
    assert [(i["path"], i["code"], i["follows"]) for i in report["hidden"]] == [
        ("sessions/camp/c.md", "CD301",
         {"path": "sessions/camp/camp.yaml", "line": 5, "column": 15})]


def test_an_earlier_error_elsewhere_in_camp_yaml_is_not_the_root(
        runner: CliRunner, tmp_path: Path) -> None:
    camp = ("name: Camp\ndate: 2026-05-16\nlicense: 7\nrooms:\n  - name: Saal\n  - 7\n"
            + SLOTS)
    project = make_project(tmp_path, {"a.md": _session("A", room="Galerie")}, camp)
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json",
                                  "--lang", "en"])
    report = json.loads(result.output)
    assert [(i["line"], i["field"]) for i in report["issues"]] == [(3, "license"),
                                                                   (6, "rooms[2]")]
    assert [i["follows"] for i in report["hidden"]] == [
        {"path": "sessions/camp/camp.yaml", "line": 6, "column": 5}]


def test_a_colon_in_a_title_is_shown_at_its_column_and_the_rest_is_checked(
        runner: CliRunner, tmp_path: Path) -> None:
    text = ("---\ntitle: Förderung: digital und einfach\nhosts: [{name: A}]\ninsights: [a]\n"
            "room: Sall\n---\n")
    project = make_project(tmp_path, {"doppelpunkt.md": text})
    assert check(runner, project) == (1, [
        "sessions/camp/doppelpunkt.md:2:17: Fehler[CD112] title: der Wert enthält ': ' (Spalte "
        "17); YAML liest das als Beginn eines weiteren Felds",
        "  Tipp: Setze den ganzen Wert in gerade Anführungszeichen: title: \"Förderung: digital "
        "und einfach\"",
        "sessions/camp/doppelpunkt.md:5:7: Fehler[CD301] room: das Camp hat keinen Raum 'Sall'",
        "  Tipp: Meintest du 'Saal'? Schreibe den Raum so, wie er in der camp.yaml heißt "
        "(Saal, Werkstatt), oder trage ihn dort zuerst unter 'rooms:' ein.",
        "2 Fehler, 0 Warnungen in 2 Dateien",
    ])
    _, lines = check(runner, project, "--lang", "en")
    assert lines[:2] == [
        "sessions/camp/doppelpunkt.md:2:17: error[CD112] title: the value contains ': ' (column "
        "17), which YAML reads as the start of another field",
        "  hint: Put the whole value in double quotes: title: \"Förderung: digital und "
        "einfach\""]


def test_german_quotes_used_as_yaml_quotes_are_named(runner: CliRunner,
                                                     tmp_path: Path) -> None:
    text = "---\ntitle: „Förderung: digital“\nhosts: [{name: A}]\ninsights: [a]\n---\n"
    project = make_project(tmp_path, {"anfuehrung.md": text})
    assert check(runner, project) == (1, [
        "sessions/camp/anfuehrung.md:2:8: Fehler[CD113] title: der Wert steht in „…“, aber "
        "YAML versteht nur gerade Anführungszeichen (\" oder ') als Anführungszeichen",
        "  Tipp: Ersetze sie durch gerade Anführungszeichen: title: \"Förderung: digital\"",
        "1 Fehler, 0 Warnungen in 2 Dateien",
    ])
    _, lines = check(runner, project, "--lang", "en")
    assert lines[:2] == [
        "sessions/camp/anfuehrung.md:2:8: error[CD113] title: the value is enclosed in „…“, but "
        "YAML only takes straight quotes (\" or ') as quotes",
        "  hint: Replace them with straight quotes: title: \"Förderung: digital\""]


def test_other_yaml_errors_are_translated_with_a_fix(runner: CliRunner, tmp_path: Path) -> None:
    text = "---\ntitle: 'Anna's Idee'\nhosts: [{name: A}]\ninsights: [a]\n---\n"
    project = make_project(tmp_path, {"apostroph.md": text})
    assert check(runner, project)[1][:2] == [
        "sessions/camp/apostroph.md:2:14: Fehler[CD103] das ist kein gültiges YAML: der Wert "
        "beginnt mit ', daher liest YAML ihn nur bis zum schließenden ', und der Text danach "
        "passt nicht",
        "  Tipp: Setze den ganzen Wert in Anführungszeichen: title: \"Anna's Idee\""]
    assert check(runner, project, "--lang", "en")[1][:2] == [
        "sessions/camp/apostroph.md:2:14: error[CD103] this is not valid YAML: the value starts "
        "with ', so YAML reads it only up to the closing ', and the text after that does not "
        "fit",
        "  hint: Put the whole value in quotes: title: \"Anna's Idee\""]


def test_common_german_values_are_understood(runner: CliRunner, tmp_path: Path) -> None:
    # A draft needs no insights: --strict passing shows that 'Entwurf' was read as draft.
    draft = ("---\ntitle: Entwurf\nhosts: [{organization: V, publish_name: nein}]\n"
             "status: Entwurf\nlanguage: Deutsch\nlicense: CC BY-SA 4.0\n---\n")
    published = ("---\ntitle: Fertig\nhosts: [{name: B}]\ninsights: [a]\n"
                 "status: veröffentlicht\nlanguage: Englisch\n---\n")
    project = make_project(tmp_path, {"entwurf.md": draft, "fertig.md": published})
    assert check(runner, project, "--strict", "--lang", "en") == (
        0, ["0 errors, 0 warnings in 3 files"])


def test_a_value_that_is_no_choice_gets_the_choices_as_fix(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    text = ("---\ntitle: Status\nhosts: [{name: A}]\ninsights: [a]\nstatus: fertig\n"
            "participants: ca. 20\n---\n")
    project = make_project(tmp_path, {"status.md": text})
    assert check(runner, project, "--lang", "en") == (1, [
        "sessions/camp/status.md:5:9: error[CD208] status: expected one of draft, published, "
        "found 'fertig'",
        "  hint: Write exactly one of: draft, published.",
        "sessions/camp/status.md:6:15: error[CD209] participants: expected a whole number of at "
        "least 0, found 'ca. 20'",
        "  hint: Write a whole number, in digits only, e.g. 20.",
        "2 errors, 0 warnings in 2 files",
    ])
    assert check(runner, project)[1][1] == "  Tipp: Schreibe genau einen dieser Werte: draft, " \
        "published."
    assert check(runner, project)[1][3] == "  Tipp: Schreibe eine ganze Zahl, nur in Ziffern, " \
        "z. B. 20."


def test_html_on_a_paragraphs_third_line_is_reported_there(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    body = ("Erste Zeile\nzweite Zeile\ndritte mit <b>fett</b> und\n[Link](javascript:x)\n\n"
            "Neuer Absatz <i>\n")
    project = make_project(tmp_path, {"a.md": _session("A") + body})
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json",
                                  "--lang", "en"])
    report = json.loads(result.output)
    # The front matter has 7 lines, so the body starts on line 8.
    assert [(i["code"], i["line"], i["column"]) for i in report["issues"]
            if i["code"] in ("CD402", "CD403")] == [
        ("CD402", 10, 12), ("CD402", 10, 19), ("CD403", 11, 8), ("CD402", 13, 14)]
