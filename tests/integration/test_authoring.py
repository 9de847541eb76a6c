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
    assert code == 1 and "already exist" in out and "--force" in out
    assert (tmp_path / "README.md").read_text() == "meins"
    assert run(runner, "init", str(tmp_path), "--force", "--lang", "en")[0] == 0
    assert "Documentation of our barcamps" in (tmp_path / "README.md").read_text()


def test_new_session_interactive_offers_rooms_slots_and_tags(runner: CliRunner,
                                                             sample_project: Path) -> None:
    answers = "\n".join(["Wohnen im Quartier", "Leyla Özdemir", "Mieterverein Ost", "",
                         "Jonas Krüger", "", "j", "", "2", "3", "Kooperation, Wohnen", ""])
    code, out = run(runner, "new", "session", "-C", str(sample_project), "--interactive",
                    "--camp", "engagementcamp-leipzig-2026", input=answers)
    assert code == 0, out
    assert "1) Saal" in out and "2) Werkstatt" in out and "3) slot-3  (14:00–15:00)" in out
    suggested = next(line for line in out.splitlines() if line.startswith("Bisher verwendet:"))
    assert "Ehrenamt" in suggested and "Digitalisierung" in suggested
    text = (sample_project / "sessions" / "engagementcamp-leipzig-2026" /
            "wohnen-im-quartier.md").read_text(encoding="utf-8")
    assert 'organization: "Mieterverein Ost"' in text and '  - name: "Jonas Krüger"' in text
    assert 'room: "Werkstatt"' in text and 'slot: "slot-3"' in text
    assert 'tags: ["Kooperation", "Wohnen"]' in text
    assert run(runner, "check", "--strict", "-C", str(sample_project))[0] == 0


def test_new_session_never_overwrites_and_checks_room(runner: CliRunner,
                                                      sample_project: Path) -> None:
    args = ["new", "session", "-C", str(sample_project), "--no-interactive", "--camp",
            "engagementcamp-leipzig-2026", "--host", "A"]
    code, out = run(runner, *args, "--title", "Partnerschaften für Ostdeutschland")
    assert code == 1 and "already exists and was left as it is" in out
    code, out = run(runner, *args, "--title", "Neu", "--room", "Sall")
    assert code == 2 and "did you mean 'Saal'" in out


def test_new_camp_with_flags_and_prompts(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    code, out = run(runner, "new", "camp", "-C", str(project), "--no-interactive", "--name",
                    "Sommercamp Jena 2027", "--date", "2027-07-03", "--location", "Jena")
    assert code == 0, out
    assert (project / "sessions" / "sommercamp-jena-2027" / "camp.yaml").is_file()
    code, out = run(runner, "new", "camp", "-C", str(project), "--interactive",
                    input="Wintercamp Erfurt\n2027-01-15\nErfurt\nNetzwerk Thüringen\n")
    assert code == 0, out
    assert run(runner, "check", "--strict", "-C", str(project))[0] == 0


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
    assert "plan.csv:3:1: error[CD502] row 3 has no title" in out
    assert "plan.csv:4:4: error[CD301] room: the camp has no room 'Sall'" in out
    assert "plan.csv:5:5: error[CD302] slot: the camp has no slot '07:00'" in out
    assert "Read as windows-1252." in out
    assert out.strip().endswith("1 session created, 0 already there, 3 rows with problems.")
    good = (project / "sessions" / "camp" / "gute-session-fuer-alle.md").read_text()
    assert 'name: "Anna"' in good and 'name: "Ben"' in good and 'room: "Saal"' in good


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
