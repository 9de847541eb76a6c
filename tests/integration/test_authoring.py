"""init, new, import and stats, as documenters use them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from campdoc.cli import main
from tests.conftest import FIXTURES, make_project

PLAN = FIXTURES / "plans" / "sessionplan-40.csv"
PLAN_CAMP = ("name: Plancamp\ndate: 2026-06-20\nrooms:\n  - name: Saal\n  - name: Werkstatt\n"
             "  - name: Galerie\n  - name: Küche\nslots:\n" + "".join(
                 f"  - {{id: r{h}, start: '{h:02d}:30', end: '{h + 1:02d}:15'}}\n"
                 for h in range(9, 19)))


def run(runner: CliRunner, *args: str, input: str | None = None) -> tuple[int, str]:
    result = runner.invoke(main, list(args), input=input)
    return result.exit_code, result.output


def test_new_user_flow_init_new_build(runner: CliRunner, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    code, out = run(runner, "init", str(demo))
    assert code == 0 and "campdoc.yaml" in out and (demo / ".gitignore").read_text().count(
        "/site/") == 1
    code, out = run(runner, "new", "session", "-C", str(demo), "--no-interactive",
                    "--title", "Partnerschaften für Ostdeutschland", "--host", "Anna Beispiel",
                    "--org", "Verein X", "--room", "Raum 1", "--slot", "slot-1",
                    "--tag", "Kooperation")
    assert code == 0, out
    created = demo / "sessions" / "beispielcamp" / "partnerschaften-fuer-ostdeutschland.md"
    assert created.is_file() and "status: draft" in created.read_text()
    assert run(runner, "check", "--strict", "-C", str(demo))[0] == 0
    code, out = run(runner, "build", "-C", str(demo))
    assert code == 0, out
    assert (demo / "site" / "beispielcamp" / "sessions" /
            "vorstellungsrunde-und-themensammlung.html").is_file()


def test_init_refuses_to_overwrite_unless_forced(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "init", str(tmp_path))[0] == 0
    (tmp_path / "README.md").write_text("meins")
    code, out = run(runner, "init", str(tmp_path))
    assert code == 1
    assert out.splitlines()[0].endswith(f"README.md, sessions/beispielcamp/camp.yaml, "
                                        f"sessions/beispielcamp/vorstellungsrunde-und-"
                                        f"themensammlung.md gibt es schon in {tmp_path}")
    assert out.splitlines()[1] == ("  Mit --force werden sie überschrieben; oder nimm einen "
                                   "anderen Ordner.")
    assert (tmp_path / "README.md").read_text() == "meins"
    assert run(runner, "init", str(tmp_path), "--force", "--lang", "en")[0] == 0
    assert "Documentation of our barcamps" in (tmp_path / "README.md").read_text()


def test_new_session_interactive_offers_rooms_slots_and_tags(runner: CliRunner,
                                                             sample_project: Path) -> None:
    answers = "\n".join(["Wohnen im Quartier", "Leyla Özdemir", "Mieterverein Ost", "",
                         "Jonas Krüger", "", "j", "", "2", "3", "nein", "3", "3",
                         "Kooperation, Wohnen", ""])
    code, out = run(runner, "new", "session", "-C", str(sample_project), "--interactive",
                    "--camp", "engagementcamp-leipzig-2026", input=answers)
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "Camp: Engagementcamp Leipzig 2026 (engagementcamp-leipzig-2026)"
    assert "  1) Saal" in lines and "  2) Werkstatt" in lines
    assert "  3) slot-3 · Sa 16. Mai · 14:00–15:00" in lines
    # Werkstatt is taken in slot-3: said before anything is written, then chosen anew.
    assert ("  ✗ Raum 'Werkstatt' ist in Slot slot-3 (Sa 16. Mai · 14:00–15:00) schon belegt "
            "durch sessions/engagementcamp-leipzig-2026/offene-runde-naechstes-camp.md."
            ) in lines
    assert "Trotzdem dort anlegen? [j/N]: nein" in lines
    suggested = next(line for line in out.splitlines() if line.startswith("Bisher verwendet:"))
    assert "Ehrenamt" in suggested and "Digitalisierung" in suggested
    text = (sample_project / "sessions" / "engagementcamp-leipzig-2026" /
            "wohnen-im-quartier.md").read_text(encoding="utf-8")
    assert 'organization: "Mieterverein Ost"' in text and '  - name: "Jonas Krüger"' in text
    assert 'room: "Galerie"' in text and 'slot: "slot-3"' in text
    assert 'tags: ["Kooperation", "Wohnen"]' in text
    assert run(runner, "check", "--strict", "-C", str(sample_project))[0] == 0


def test_new_session_never_overwrites_and_checks_room(runner: CliRunner,
                                                      sample_project: Path) -> None:
    args = ["new", "session", "-C", str(sample_project), "--no-interactive", "--camp",
            "engagementcamp-leipzig-2026", "--host", "A"]
    code, out = run(runner, *args, "--title", "Partnerschaften für Ostdeutschland")
    assert code == 2  # a wrong flag, as new camp says it: a usage error (was 1)
    assert out.splitlines()[-1] == (
        "campdoc: --title: sessions/engagementcamp-leipzig-2026/partnerschaften-fuer-"
        "ostdeutschland.md gibt es schon: Wähle einen anderen Titel oder bearbeite diese "
        "Datei.")
    code, out = run(runner, *args, "--title", "Neu", "--room", "Sall")
    assert code == 2
    assert out.splitlines()[-1] == ("campdoc: --room: das Camp hat keinen Raum 'Sall' (Räume: "
                                    "Saal, Werkstatt, Galerie). Meintest du 'Saal'?")
    assert not (sample_project / "sessions" / "engagementcamp-leipzig-2026" / "neu.md").exists()


def test_new_session_warns_before_a_taken_room_and_slot(runner: CliRunner,
                                                        sample_project: Path) -> None:
    result = runner.invoke(main, [
        "new", "session", "-C", str(sample_project), "--no-interactive", "--camp",
        "engagementcamp-leipzig-2026", "--title", "Neu", "--host", "A", "--room", "Saal",
        "--slot", "slot-1", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "Warning: Room 'Saal' in slot slot-1 (Sat 16 May · 10:30–11:30) is already taken by "
        "sessions/engagementcamp-leipzig-2026/partnerschaften-fuer-ostdeutschland.md. "
        "'campdoc check' reports it once both are published.\n")
    assert result.stdout.splitlines()[1] == (
        "Created: sessions/engagementcamp-leipzig-2026/neu.md")


def test_new_session_says_which_camp_and_asks_when_there_are_several(
        runner: CliRunner, sample_project: Path) -> None:
    code, out = run(runner, "new", "session", "-C", str(sample_project), "--interactive",
                    input="x\n2\nNeu\nAnna\n\n\n\n\n\n\n")
    assert code == 0, out
    assert out.splitlines()[:6] == [
        "Das Projekt hat 3 Camps. Zu welchem gehört die Session?",
        "  1) engagementcamp-leipzig-2026 · Engagementcamp Leipzig 2026 · 16. Mai 2026",
        "  2) sozialcamp-kassel-2025 · Sozialcamp Kassel 2025 – Soziale Arbeit digital · "
        "26. September 2025 – 27. September 2025",
        "  3) open-data-day-bremen-2024 · Open Data Day Bremen 2024 · 2. März 2024",
        "Camp [Nummer oder Name, Enter: engagementcamp-leipzig-2026]: x",
        "  ✗ 'x' steht nicht in der Liste: Gib eine Zahl von 1 bis 3 oder einen Namen aus der "
        "Liste ein."]
    assert "  3) sa-1 · Sa 27. Sep · 10:00–11:00" in out.splitlines()
    assert (sample_project / "sessions" / "sozialcamp-kassel-2025" / "neu.md").is_file()
    # Unattended, it takes the newest camp and says so.
    code, out = run(runner, "new", "session", "-C", str(sample_project), "--no-interactive",
                    "--title", "Noch eine", "--host", "B")
    assert code == 0, out
    assert out.splitlines()[0] == ("Camp: Engagementcamp Leipzig 2026 (engagementcamp-leipzig-"
                                   "2026), das neueste; ein anderes mit --camp KENNUNG")


def test_new_session_after_init_names_the_example_camp(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    assert run(runner, "init", str(tmp_path / "demo"))[0] == 0
    code, out = run(runner, "new", "session", "-C", str(tmp_path / "demo"), "--no-interactive",
                    "--title", "Erste Session", "--host", "A")
    assert code == 0, out
    assert out.splitlines()[0].startswith("Camp: Beispielcamp ") \
        and out.splitlines()[0].endswith(" (beispielcamp)")


def test_new_session_prompts_ask_again_instead_of_failing(runner: CliRunner,
                                                          sample_project: Path) -> None:
    answers = ["", "Partnerschaften für Ostdeutschland", "!!!", "Neue Session", "",
               "Anna", "", "vielleicht", "n", "", "Sall", "Saal", "9", "", ""]
    code, out = run(runner, "new", "session", "-C", str(sample_project), "--interactive",
                    "--camp", "engagementcamp-leipzig-2026", input="\n".join(answers) + "\n")
    assert code == 0, out
    problems = [line for line in out.splitlines() if line.startswith("  ✗ ")]
    assert problems == [
        "  ✗ Ein Titel wird gebraucht.",
        "  ✗ sessions/engagementcamp-leipzig-2026/partnerschaften-fuer-ostdeutschland.md gibt "
        "es schon: Wähle einen anderen Titel oder bearbeite diese Datei.",
        "  ✗ Der Titel '!!!' hat keine Buchstaben oder Ziffern für einen Dateinamen.",
        "  ✗ Eine Session braucht mindestens eine:n Sessiongeber:in; wer nicht genannt werden "
        "möchte, bleibt anonym.",
        "  ✗ Antworte mit j (ja) oder n (nein).",
        "  ✗ 'Sall' steht nicht in der Liste: Gib eine Zahl von 1 bis 3 oder einen Namen aus "
        "der Liste ein. Meintest du 'Saal'?",
        "  ✗ '9' steht nicht in der Liste: Gib eine Zahl von 1 bis 3 oder einen Namen aus der "
        "Liste ein."]
    text = (sample_project / "sessions" / "engagementcamp-leipzig-2026" /
            "neue-session.md").read_text(encoding="utf-8")
    assert "publish_name: false" in text and "Anna" not in text
    assert 'room: "Saal"' in text and "slot:" not in text


def test_new_camp_with_flags_and_prompts(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Sommercamp Jena 2027", "--date", "2027-07-03", "--location", "Jena")
    assert code == 0, out
    assert (project / "sessions" / "sommercamp-jena-2027" / "camp.yaml").is_file()
    code, out = run(runner, "new", "camp", "-C", str(project), "--interactive",
                    input="Wintercamp Erfurt\n2027-01-15\nErfurt\nNetzwerk Thüringen\n\n\n")
    assert code == 0, out
    assert run(runner, "check", "--strict", "-C", str(project))[0] == 0


def test_new_camp_prompts_ask_again_and_store_iso_dates_and_times(runner: CliRunner,
                                                                 tmp_path: Path) -> None:
    """The reported case: 14.03.2025 was taken, then the command died with English words."""
    project = make_project(tmp_path, {})
    answers = ["", "Camp", "Frühjahrscamp Jena", "31.02.2025", "14.03.2025", "Jena", "",
               "Saal, Saal", "Saal, Küche", "9:30-10:30, 14-13", "9:30, 11",
               "9.30 Uhr - 10.30 Uhr, 11 bis 12.30 Uhr"]
    code, out = run(runner, "new", "camp", "-C", str(project), "--interactive",
                    input="\n".join(answers) + "\n")
    assert code == 0, out
    problems = [line for line in out.splitlines() if line.startswith("  ✗ ")]
    assert problems == [
        "  ✗ Ein Name wird gebraucht.",
        "  ✗ Das Camp 'camp' gibt es schon (sessions/camp/camp.yaml); wähle einen anderen "
        "Namen oder --id.",
        "  ✗ '31.02.2025': den 31. Februar 2025 gibt es nicht; prüfe Tag und Monat.",
        "  ✗ Der Raum 'Saal' ist doppelt genannt.",
        "  ✗ '14-13' endet, bevor er beginnt.",
        "  ✗ '9:30' ist kein Zeitslot; schreibe Beginn und Ende, etwa 9:30-10:30 oder 9.30 bis "
        "10.30 Uhr."]
    text = (project / "sessions" / "fruehjahrscamp-jena" / "camp.yaml").read_text("utf-8")
    assert "date: 2025-03-14\n" in text and 'location: "Jena"\n' in text
    assert '  - name: "Saal"\n  - name: "Küche"\n' in text
    assert ('  - id: slot-1\n    start: "09:30"\n    end: "10:30"\n'
            '  - id: slot-2\n    start: "11:00"\n    end: "12:30"\n') in text
    assert run(runner, "check", "--strict", "-C", str(project))[0] == 0


def test_new_camp_options_take_german_dates_and_times(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Herbstcamp", "--date", "8.10.24", "--room", "Werkstatt", "--slots",
                    "10-13 Uhr")
    assert code == 0, out
    text = (project / "sessions" / "herbstcamp" / "camp.yaml").read_text("utf-8")
    assert "date: 2024-10-08\n" in text and '    start: "10:00"\n    end: "13:00"\n' in text
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Wintercamp", "--date", "31.02.2025")
    assert code == 2
    assert out.splitlines() == ["campdoc: --date: '31.02.2025': den 31. Februar 2025 gibt es "
                                "nicht; prüfe Tag und Monat."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--lang",
                    "en", "--name", "Wintercamp", "--date", "2025-13-01")
    assert code == 2
    assert out.splitlines() == ["campdoc: --date: '2025-13-01': there is no month 13; check the "
                                "day and the month."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--lang",
                    "en", "--name", "Wintercamp", "--date", "29.2.27")
    assert code == 2
    assert out.splitlines() == ["campdoc: --date: '29.2.27': there is no 29 February 2027; "
                                "check the day and the month."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Wintercamp", "--date", "Februar")
    assert code == 2
    assert out.splitlines() == ["campdoc: --date: 'Februar' ist kein Datum; schreibe es als "
                                "14.03.2025, 14.3.25 oder 2025-03-14."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--interactive", "--lang", "en",
                    "--name", "Wintercamp", "--slots", "9-8", input="")
    assert code == 2
    assert out.splitlines() == ["campdoc: --slots: '9-8' ends before it starts."]
    assert not (project / "sessions" / "wintercamp").exists()


def test_import_plan_creates_40_drafts_then_none(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {}, camp_yaml=PLAN_CAMP)
    code, out = run(runner, "import", "plan", str(PLAN), "-C", str(project), "--lang", "en")
    assert code == 0, out
    assert out.strip().endswith("40 sessions created, 0 already there, 0 rows with problems.")
    drafts = sorted((project / "sessions" / "camp").glob("*.md"))
    assert len(drafts) == 40
    code, out = run(runner, "check", "--strict", "-C", str(project), "--lang", "en")
    assert code == 0 and "0 errors, 0 warnings in 41 files" in out
    again = run(runner, "import", "plan", str(PLAN), "-C", str(project), "--lang", "en")
    assert again[0] == 0 and "0 sessions created, 40 already there" in again[1]
    assert "sessionplan-40.csv:2:1: warning[CD503]" in again[1]
    folder = project / "sessions" / "camp"
    one = (folder / "kooperation-mit-kommunen-runde-1.md").read_text(encoding="utf-8")
    assert 'room: "Werkstatt"' in one and 'slot: "r10"' in one
    assert 'organization: "Verein für Sport und Kultur"' in one
    pair = (folder / "digitale-mitgliederverwaltung-runde-1.md").read_text(encoding="utf-8")
    assert ('  - name: "Thomas Weiß"\n    organization: "Verein für Sport und Kultur"\n'
            '  - name: "Anna Berger"\n    organization: "Freiwilligenagentur Nord"') in pair
    single = (folder / "oeffentlichkeitsarbeit-mit-wenig-geld-runde-1.md").read_text("utf-8")
    assert 'organization: "Sportbund; Kreisverband Mitte"' in single


def test_import_plan_reports_bad_rows_with_their_numbers(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    table = tmp_path / "plan.csv"
    table.write_bytes("Title,Host,Organization,Room,Slot,Tags\n"
                      "Gute Session für alle,Anna & Ben,Verein,saal,s1,\"a, b\"\n"
                      ",Niemand,,,,\n"
                      "Falscher Raum,Cem,,Sall,s1,\n"
                      "Falsche Zeit,Dana,,Werkstatt,07:00,\n".encode("cp1252"))
    code, out = run(runner, "import", "plan", str(table), "-C", str(project), "--lang", "en")
    assert code == 1
    assert out.splitlines() == [
        "plan.csv:3:1: error[CD502] row 3 has no title; it was not imported",
        "  hint: Fill in the title, or delete the row.",
        "plan.csv:4:4: error[CD301] room: the camp has no room 'Sall'",
        "  hint: Did you mean 'Saal'? Write the room as camp.yaml names it (Saal, Werkstatt), "
        "or add it there under 'rooms:' first.",
        "plan.csv:5:5: error[CD302] slot: the camp has no slot '07:00'",
        "  hint: Write the slot's id as camp.yaml defines it (s1 (10:00), s2 (11:30)), or add "
        "the slot there under 'slots:' first.",
        "Read as windows-1252.",
        "1 session created, 0 already there, 3 rows with problems."]
    code, out = run(runner, "import", "plan", str(table), "-C", str(project), "--lang", "de")
    assert code == 1
    assert out.splitlines()[:4] == [
        "plan.csv:2:1: Warnung[CD503] camp/gute-session-fuer-alle.md gibt es schon; sie wurde "
        "nicht noch einmal importiert und die Datei nicht verändert",
        "  Tipp: Nichts zu tun, wenn die Session schon früher importiert wurde.",
        "plan.csv:3:1: Fehler[CD502] Zeile 3 hat keinen Titel; sie wurde nicht importiert",
        "  Tipp: Trage einen Titel ein oder lösche die Zeile."]
    assert out.splitlines()[-2:] == [
        "Gelesen als windows-1252.",
        "0 Sessions angelegt, 1 schon vorhanden, 3 Zeilen mit Problemen."]
    good = (project / "sessions" / "camp" / "gute-session-fuer-alle.md").read_text()
    assert 'name: "Anna"' in good and 'name: "Ben"' in good and 'room: "Saal"' in good


def test_import_plan_keeps_an_organisation_in_parentheses_whole(runner: CliRunner,
                                                                 tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    table = tmp_path / "plan.csv"
    table.write_text("Titel;Sessiongeber:in\nSport im Quartier;Anna (Sport und Kultur) & Ben\n",
                     encoding="utf-8")
    code, out = run(runner, "import", "plan", str(table), "-C", str(project), "--lang", "en")
    assert code == 0, out
    text = (project / "sessions/camp/sport-im-quartier.md").read_text(encoding="utf-8")
    assert text.split("\ntags:")[0].split("hosts:\n")[1] == (
        '  - name: "Anna"\n    organization: "Sport und Kultur"\n  - name: "Ben"')


def test_import_plan_reads_a_table_saved_as_utf_16(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    table = tmp_path / "plan.csv"
    table.write_bytes("Titel;Raum\nFördermittel finden;Saal\n".encode("utf-16"))
    code, out = run(runner, "import", "plan", str(table), "-C", str(project), "--lang", "en")
    assert (code, out.splitlines()) == (0, [
        "Read as utf-16.", "1 session created, 0 already there, 0 rows with problems."])
    assert (project / "sessions/camp/foerdermittel-finden.md").is_file()


def test_import_pad_maps_sections_and_keeps_the_rest(runner: CliRunner,
                                                     sample_project: Path,
                                                     tmp_path: Path) -> None:
    pad = tmp_path / "pad-export.txt"
    pad.write_text("Wohnprojekte gründen\n\nSessiongeber:in: Uwe Bauer (Wohnbund)\n\n"
                   "Fragen:\n- Wie finanzieren?\n- Welche Rechtsform?\n\n"
                   "Ergebnisse:\n- Genossenschaft passt oft\n- Finanzierung:\n"
                   "  - Bankkredit\n  - Direktkredite\n\nAblauf:\nKurze Runde.\n\n"
                   "Nächste Schritte:\n- Treffen im Mai\n", encoding="utf-8")
    code, out = run(runner, "import", "pad", str(pad), "-C", str(sample_project), "--camp",
                    "sozialcamp-kassel-2025", "--title", "Wohnprojekte gründen", "--lang", "en")
    assert code == 0, out
    assert "Mapped: Fragen → questions (2)" in out
    assert "Mapped: Ergebnisse → insights (4)" in out
    assert "Kept in the notes: Ablauf" in out
    text = (sample_project / "sessions" / "sozialcamp-kassel-2025" /
            "wohnprojekte-gruenden.md").read_text(encoding="utf-8")
    assert 'name: "Uwe Bauer"' in text and 'organization: "Wohnbund"' in text
    assert '  - "Finanzierung:":\n      - "Bankkredit"' in text
    assert "## Ablauf\n\nKurze Runde." in text
    assert run(runner, "check", "--strict", "-C", str(sample_project))[0] == 0


def test_stats_in_three_formats(runner: CliRunner, sample_project: Path) -> None:
    code, out = run(runner, "stats", "-C", str(sample_project), "--format", "json")
    assert code == 0
    data = {camp["camp"]: camp for camp in json.loads(out)["camps"]}
    leipzig = data["engagementcamp-leipzig-2026"]
    assert (leipzig["sessions"], leipzig["published"], leipzig["drafts"]) == (8, 7, 1)
    assert (leipzig["attendance"], leipzig["session_participations"]) == (90, 179)
    assert leipzig["anonymous_hosts"] == 1
    assert leipzig["top_tags"][0] == ["Ehrenamt", 4]
    assert [slot["sessions"] for slot in leipzig["slots"]] == [3, 3, 2]
    assert data["total"]["sessions"] == 17
    code, out = run(runner, "stats", "-C", str(sample_project), "--format", "csv")
    assert code == 0
    assert "engagementcamp-leipzig-2026,session_participations,,179" in out.splitlines()
    assert "engagementcamp-leipzig-2026,attendance,,90" in out.splitlines()
    code, out = run(runner, "stats", "-C", str(sample_project), "--camp",
                    "sozialcamp-kassel-2025")
    lines = out.splitlines()
    assert code == 0 and "  Teilnehmende am Camp: 115" in lines and "  Entwürfe: 0" in lines
    assert ("  Session-Teilnahmen (Summe über alle Sessions, wer mehrere besucht hat, zählt "
            "mehrfach): 201") in lines


def test_import_plan_without_a_title_column_or_rows(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    wrong = tmp_path / "falsch.csv"
    wrong.write_text("Name;Raum\nAnna;Saal\n", encoding="utf-8")
    code, out = run(runner, "import", "plan", str(wrong), "-C", str(project), "--lang", "en")
    assert code == 1 and "falsch.csv:1:1: error[CD501]" in out and "Name, Raum" in out
    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    code, out = run(runner, "import", "plan", str(empty), "-C", str(project), "--lang", "en")
    assert code == 1 and "leer.csv:1:1: error[CD504]" in out


def test_new_camp_makes_no_folder_that_check_refuses(runner: CliRunner, tmp_path: Path) -> None:
    """'Assets' gives the folder the site's own assets/ takes, a long name one past 64
    characters: new says so and names an id that check accepts, instead of a broken camp."""
    project = make_project(tmp_path, {})
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Assets")
    assert code == 2
    assert out.splitlines() == [
        "campdoc: --name: Den Ordnernamen 'assets' braucht die Website selbst; gib einen "
        "anderen mit --id an, etwa --id assets-camp."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--lang",
                    "en", "--id", "pagefind", "--name", "Suche")
    assert code == 2
    assert out.splitlines() == [
        "campdoc: --id: The folder name 'pagefind' is taken by the site itself; give another "
        "with --id, e.g. --id pagefind-camp."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Camp " * 30)
    assert code == 2
    assert out.splitlines() == [
        "campdoc: --name: Der Ordnername 'camp-camp-camp-camp-camp-camp-camp-camp-…' ist "
        "länger als 64 Zeichen; gib einen kürzeren mit --id an, etwa --id "
        "camp-camp-camp-camp-camp-camp-camp-camp-camp-camp-camp-camp."]
    assert not (project / "sessions" / "assets").exists()
    code, out = run(runner, "new", "camp", "-C", str(project), "--interactive",
                    input="Assets\nAssets 2027\n\n\n\n\n\n")
    assert code == 0, out
    assert [line for line in out.splitlines() if line.startswith("  ✗ ")] == [
        "  ✗ Den Ordnernamen 'assets' braucht die Website selbst; gib einen anderen mit --id "
        "an, etwa --id assets-camp."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--id",
                    "camp-camp-camp-camp-camp-camp-camp-camp-camp-camp-camp-camp",
                    "--name", "Camp " * 30)
    assert code == 0, out
    assert run(runner, "check", "--strict", "-C", str(project))[0] == 0


def test_new_session_flags_name_rooms_and_slots_as_import_pad_does(runner: CliRunner,
                                                                    sample_project: Path) -> None:
    """'saal' is the room Saal and '11.45 Uhr' the slot that starts then, written as camp.yaml
    writes them; a room the camp does not have is still refused."""
    args = ["new", "session", "-C", str(sample_project), "--no-interactive", "--camp",
            "engagementcamp-leipzig-2026", "--host", "A"]
    code, out = run(runner, *args, "--title", "Neu", "--room", "saal", "--slot", "11.45 Uhr")
    assert code == 0, out
    text = (sample_project / "sessions" / "engagementcamp-leipzig-2026" / "neu.md").read_text(
        "utf-8")
    assert '\nroom: "Saal"\n' in text and '\nslot: "slot-2"\n' in text, text
    code, out = run(runner, *args, "--title", "Neu 2", "--lang", "en", "--room", "Keller")
    assert code == 2
    assert out.splitlines()[-1] == ("campdoc: --room: the camp has no room 'Keller' (rooms: "
                                    "Saal, Werkstatt, Galerie).")
    code, out = run(runner, *args, "--title", "Neu 2", "--slot", "23 Uhr")
    assert code == 2
    assert out.splitlines()[-1] == ("campdoc: --slot: das Camp hat keinen Slot '23 Uhr' "
                                    "(Slots: slot-1, slot-2, slot-3).")
    assert run(runner, "check", "--strict", "-C", str(sample_project))[0] == 0


def test_empty_flags_are_read_as_empty_answers(runner: CliRunner, tmp_path: Path) -> None:
    """--host "" is no name (as an empty answer is not), --tag "" no tag, --room "" no room:
    no file that check then refuses (CD215)."""
    project = make_project(tmp_path, {})
    new = ["new", "session", "-C", str(project), "--no-interactive", "--title", "Offen"]
    code, out = run(runner, *new, "--host", "")
    assert code == 2
    assert out.splitlines()[-1] == "campdoc: --host: Ein Name wird gebraucht."
    code, out = run(runner, *new, "--host", "Ada", "--tag", "", "--tag", " Inklusion ")
    assert code == 0, out
    assert '\ntags: ["Inklusion"]\n' in (project / "sessions" / "camp" / "offen.md"
                                            ).read_text("utf-8")
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--lang",
                    "en", "--name", "Leer", "--room", "")
    assert code == 2
    assert out.splitlines() == ["campdoc: --room: At least one room is needed."]
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Voll", "--room", " Saal ", "--room", "")
    assert code == 0, out
    assert '  - name: "Saal"\n' in (project / "sessions" / "voll" / "camp.yaml").read_text(
        "utf-8")
    assert not (project / "sessions" / "leer").exists()
    assert run(runner, "check", "--strict", "-C", str(project))[0] == 0
