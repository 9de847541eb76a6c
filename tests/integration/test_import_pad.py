"""``campdoc import pad`` with real pad exports: every shape in tests/fixtures/pads, as a
documenter runs it, read back from the session file it writes."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from PIL import Image

from campdoc.authoring.project import pick_camp
from campdoc.cli import main
from campdoc.content.load import load_project
from campdoc.content.model import Camp
from campdoc.content.validate import validate_project
from campdoc.importers.pad import import_pad as import_pad_file
from tests.conftest import FIXTURES, make_project

PADS = FIXTURES / "pads"
QUESTIONS = ["Wie finanzieren wir ein Wohnprojekt ohne viel Eigenkapital?",
             "Welche Rechtsform passt: Genossenschaft, GmbH oder Verein?"]
UWE = {"name": "Uwe Bauer", "organization": "Wohnbund Nordhessen"}
MIRA = {"name": "Mira Sander", "organization": "Mietshäuser Syndikat"}
FINANCING = {"Finanzierung:": ["Bankkredit für 60–70 %", "Direktkredite von Unterstützer:innen"]}

# What each export must give: the front matter read back, and the notes below it.
EXPECTED: dict[str, tuple[dict[str, Any], str]] = {
    "etherpad-export.txt": ({
        "title": "Wohnprojekte gemeinsam gründen",
        "hosts": [UWE, MIRA],
        "tags": [],
        "questions": [*QUESTIONS, "Wie finden wir ein Grundstück, das die Stadt nicht "
                      "meistbietend verkauft?"],
        "insights": ["Die Genossenschaft passt oft, braucht aber Zeit für die Prüfung durch "
                     "den Verband.",
                     {"Finanzierung:": ["Bankkredit für 60–70 % der Kosten",
                                        "Direktkredite von Unterstützer:innen"]},
                     "Ohne eine Ansprechperson im Rathaus geht es kaum."],
        "open_questions": ["Wie bleiben die Mieten langfristig bezahlbar?"],
        "next_steps": ["Treffen im Mai vereinbaren (Mira)", "Kontaktliste herumgeschickt",
                       "Beispielsatzung ins Pad legen (Uwe)"],
        "participants": 14,
        "documented_by": ["Jonas Weber"],
    }, "Sozialcamp Kassel 2025 · Runde 2 · Werkstatt\n\n"
       "## Sessiongeber:in\n\n* Moderation: Lea aus dem Orga-Team\n\n"
       "## Ablauf\n\nKurze Vorstellungsrunde, dann Input von Uwe (20 Minuten) und Diskussion "
       "in zwei Gruppen.\nDie Folien schickt Uwe über die Mailingliste.\n"),
    "etherpad-export.html": ({
        "title": "Wohnprojekte gemeinsam gründen",
        "hosts": [UWE, MIRA],
        "tags": [],
        "questions": QUESTIONS,
        "insights": ["Die Genossenschaft passt oft, braucht aber Zeit.", FINANCING,
                     "Mehr dazu: https://www.example.org/wohnprojekte"],
        "open_questions": None,
        "next_steps": ["Treffen im Mai vereinbaren (Mira)", "Kontaktliste herumgeschickt"],
        "participants": 9,
        "documented_by": ["Jonas Weber"],
    }, "Sozialcamp Kassel 2025 · Runde 2 · Werkstatt\n\n## Notizen\n\n"
       "Uwe berichtet vom Projekt \"Am Kirchweg\": 18 Wohnungen, Baubeginn 2026 & Einzug "
       "2028.\nDie Stadt vergibt Grundstücke dort nach Konzept, nicht nach Preis.\n"),
    "hedgedoc-note.md": ({
        "title": "Wohnprojekte gemeinsam gründen",
        "hosts": [UWE],
        "tags": ["sozialcamp2025", "wohnen", "genossenschaft"],
        "questions": QUESTIONS,
        "insights": ["Die Genossenschaft passt oft, braucht aber Zeit.", FINANCING],
        "open_questions": ["Wie bleiben die Mieten langfristig bezahlbar?"],
        "next_steps": ["Treffen im Mai vereinbaren (Mira)", "Kontaktliste herumgeschickt",
                       "Beispielsatzung ins Pad legen (Uwe)"],
        "participants": 9,
        "documented_by": ["Jonas Weber"],
    }, "## Notizen\n\n:::info\nDie Folien liegen im Wiki des Sozialcamps.\n:::\n\n"
       "Uwe berichtet vom Projekt „Am Kirchweg“: 18 Wohnungen, Einzug 2028.\n\n"
       "![Flipchart mit dem Finanzierungsplan](fotos/flipchart-mit-dem-finanzierungsplan.png)"
       "\n"),
    "nextcloud-text.md": ({
        "title": "Wohnprojekte gemeinsam gründen",
        "hosts": [UWE],
        "tags": [],
        "questions": QUESTIONS,
        "insights": ["Die Genossenschaft passt oft, braucht aber Zeit.", FINANCING],
        "open_questions": None,
        "next_steps": ["Treffen im Mai vereinbaren (Mira)", "Kontaktliste herumgeschickt"],
        "participants": 14,
        "documented_by": ["Jonas Weber"],
    }, ""),
    "office-plain-text.txt": ({
        "title": "Wohnprojekte gemeinsam gründen",
        "hosts": [UWE, {"name": "Dr. Mira Sander", "organization": "Mietshäuser Syndikat"}],
        "tags": [],
        "questions": QUESTIONS,
        "insights": ["Die Genossenschaft passt oft, braucht aber Zeit.",
                     "Direktkredite von Unterstützer:innen tragen oft ein Viertel der Kosten."],
        "open_questions": None,
        "next_steps": ["Treffen im Mai vereinbaren (Mira)",
                       "Beispielsatzung herumschicken (Uwe)"],
        "participants": 12,
        "documented_by": ["Jonas Weber"],
    }, "Sozialcamp Kassel, 14. Juni 2025\n"),
}


def import_pad(runner: CliRunner, project: Path, pad: Path, *options: str) -> tuple[int, str]:
    result = runner.invoke(main, ["import", "pad", str(pad), "-C", str(project), *options])
    return result.exit_code, result.output


def read_session(path: Path) -> tuple[dict[str, Any], str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body.lstrip("\n")


def test_every_fixture_shape_is_tested() -> None:
    assert sorted(path.name for path in PADS.iterdir() if path.name != "README.md") == \
        sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_real_export_fills_the_fields_and_keeps_the_rest(runner: CliRunner, tmp_path: Path,
                                                           name: str) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / name
    shutil.copy(PADS / name, pad)
    (tmp_path / "uploads").mkdir()  # HedgeDoc's image, saved beside the export
    Image.new("RGB", (120, 90), (40, 90, 160)).save(tmp_path / "uploads" / "upload_5f3c2a.png")
    code, output = import_pad(runner, project, pad, "--lang", "en")
    assert code == 0, output
    assert output.splitlines()[-1] == ("Created: sessions/camp/"
                                       "wohnprojekte-gemeinsam-gruenden.md")
    front, body = read_session(project / "sessions/camp/wohnprojekte-gemeinsam-gruenden.md")
    fields, notes = EXPECTED[name]
    assert {key: front[key] for key in fields} == fields
    assert front["status"] == "draft"
    assert all("publish_name" not in host for host in front["hosts"])  # as before: named
    assert body == notes
    check = runner.invoke(main, ["check", "--strict", "-C", str(project), "--lang", "en"])
    assert check.exit_code == 0, check.output


def test_plain_etherpad_text_reports_what_went_where_and_the_line_left_out(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    code, output = import_pad(runner, project, PADS / "etherpad-export.txt", "--lang", "en")
    assert code == 0
    assert output.splitlines() == [
        "etherpad-export.txt:7:1: warning[CD507] hosts: 'Moderation: Lea aus dem Orga-Team' "
        "(under 'Sessiongeber:in') is not clearly the name of a person; it was kept in the "
        "notes",
        "  hint: If it names a person who agreed to be named, write the name under hosts: in "
        "the new session file.",
        "Mapped: Wohnprojekte gemeinsam gründen → title (1)",
        "Mapped: Sessiongeber:in → hosts (2)",
        "Mapped: Protokoll → documented_by (1)",
        "Mapped: TN → participants (1)",
        "Mapped: Fragen → questions (3)",
        "Mapped: Erkenntnisse → insights (5)",
        "Mapped: Offene Fragen → open_questions (1)",
        "Mapped: Nächste Schritte → next_steps (3)",
        "Kept in the notes: Sessiongeber:in, Ablauf",
        "Created: sessions/camp/wohnprojekte-gemeinsam-gruenden.md",
    ]


def test_a_hedgedoc_label_line_under_the_host_heading_is_no_second_host(
        runner: CliRunner, tmp_path: Path) -> None:
    """The reported bug: '**Protokoll:** Jonas Weber · **Teilnehmende:** 9' became a host."""
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "notiz.md"
    pad.write_text("# Wohnen im Quartier\n\n## Sessiongeber:in\nAnna Beispiel\n"
                   "**Protokoll:** Jonas Weber · **Teilnehmende:** 9 · **Raum:** Werkstatt\n",
                   encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    front, body = read_session(project / "sessions/camp/wohnen-im-quartier.md")
    assert front["hosts"] == [{"name": "Anna Beispiel"}]
    assert (front["documented_by"], front["participants"], front["room"]) == (
        ["Jonas Weber"], 9, "Werkstatt")
    assert body == ""
    assert "Übernommen: Teilnehmende → participants (1)" in output.splitlines()


def test_lines_that_are_not_clearly_people_stay_in_the_notes_with_a_warning(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "runde.txt"
    pad.write_text("Wohnen im Quartier\n\nSessiongeber:in:\n- Anna Beispiel und Ben Muster\n"
                   "- Uwe erzählt von seinem Projekt in Kassel\n- Gruppe 3\n\n"
                   "Protokoll: siehe unten\nTeilnehmende: 12 plus 3 online\n", encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    front, body = read_session(project / "sessions/camp/wohnen-im-quartier.md")
    assert front["hosts"] == [{"name": "Anna Beispiel"}, {"name": "Ben Muster"}]
    assert (front["documented_by"], front["participants"]) == (None, None)
    assert body == ("## Sessiongeber:in\n\n- Uwe erzählt von seinem Projekt in Kassel\n"
                    "- Gruppe 3\n\nProtokoll: siehe unten\nTeilnehmende: 12 plus 3 online\n")
    warnings = [line for line in output.splitlines() if "Warnung[" in line]
    assert warnings == [
        "runde.txt:5:1: Warnung[CD507] hosts: 'Uwe erzählt von seinem Projekt in Kassel' "
        "(unter 'Sessiongeber:in') ist nicht eindeutig der Name einer Person; es steht jetzt "
        "in den Notizen",
        "runde.txt:6:1: Warnung[CD507] hosts: 'Gruppe 3' (unter 'Sessiongeber:in') ist nicht "
        "eindeutig der Name einer Person; es steht jetzt in den Notizen",
        "runde.txt:8:1: Warnung[CD507] documented_by: 'siehe unten' (unter 'Protokoll') ist "
        "nicht eindeutig der Name einer Person; es steht jetzt in den Notizen",
        "runde.txt:9:1: Warnung[CD508] participants: '12 plus 3 online' (unter "
        "'Teilnehmende') ist nicht eine ganze Zahl; es steht jetzt in den Notizen",
    ]


def test_a_room_the_camp_does_not_have_stays_in_the_notes(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "pad.txt"
    pad.write_text("Wohnen im Quartier\nOrt: Turnhalle\nZeit: 11:30\n", encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    front, body = read_session(project / "sessions/camp/wohnen-im-quartier.md")
    assert ("room" in front, front["slot"]) == (False, "s2")
    assert body == "Ort: Turnhalle\n"


def test_an_unknown_room_is_kept_under_the_heading_it_was_taken_from(runner: CliRunner,
                                                                       tmp_path: Path) -> None:
    # A later "Ort" section that stays in the notes does not rename the room's label.
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "pad.txt"
    pad.write_text("# Inklusion im Verein\nRaum: Gruppenraum A\n\n## Ort\nSaal B\n",
                   encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    front, body = read_session(project / "sessions/camp/inklusion-im-verein.md")
    assert "room" not in front
    assert body == "Raum: Gruppenraum A\n\n## Ort\n\nSaal B\n"


def test_a_second_room_or_count_stays_in_the_notes_and_is_not_reported_as_taken(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "pad.txt"
    pad.write_text("Wohnen im Quartier\nRaum: Werkstatt\nRaum: Saal\n12 Teilnehmende\n"
                   "TN: 15\n", encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    front, body = read_session(project / "sessions/camp/wohnen-im-quartier.md")
    assert (front["room"], front["participants"]) == ("Werkstatt", 12)
    assert body == "Raum: Saal\nTN: 15\n"
    assert output.splitlines() == [
        "Übernommen: Wohnen im Quartier → title (1)", "Übernommen: Raum → room (1)",
        "Übernommen: Teilnehmende → participants (1)",
        "Angelegt: sessions/camp/wohnen-im-quartier.md"]


def load_camp(project: Path) -> Camp:
    return pick_camp(validate_project(load_project(project))[0], None)


@pytest.mark.parametrize(("data", "encoding"), [
    ("Fördermittel\n\nFragen\n- Wer zahlt?\n".encode("cp1252"), "windows-1252"),
    ("Fördermittel\n\nFragen\n- Wer zahlt?\n".encode("utf-8-sig"), "utf-8"),
    ("Fördermittel\n\nFragen\n- Wer zahlt?\n".encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + "Fördermittel\n\nFragen\n- Wer zahlt?\n".encode("utf-16-be"),
     "utf-16"),
])
def test_a_pad_saved_on_windows_keeps_its_letters_and_tells_the_encoding(
        tmp_path: Path, data: bytes, encoding: str) -> None:
    project = make_project(tmp_path / "project", {})
    result = import_pad_file(project, load_camp(project), data, "runde.txt")
    assert result.encoding == encoding
    front, body = read_session(project / "sessions/camp/foerdermittel.md")
    assert (front["title"], front["questions"], body) == ("Fördermittel", ["Wer zahlt?"], "")


def test_a_title_longer_than_a_title_may_be_is_shortened_at_a_word(runner: CliRunner,
                                                                    tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "lang.html"
    words = "Wohnen im Quartier " * 500  # 9,500 characters in Etherpad's <title>
    pad.write_text(f"<!DOCTYPE HTML><html><head><title>{words}</title></head><body>"
                   "<ul class=\"bullet\"><li>Nur ein Punkt</ul></body></html>", encoding="utf-8")
    code, output = import_pad(runner, project, pad, "--lang", "en")
    assert code == 0, output
    [written] = (project / "sessions" / "camp").glob("wohnen-*.md")
    front, body = read_session(written)
    shortened = "Wohnen im Quartier " * 10 + "Wohnen im…"  # cut before "Quartier"
    assert front["title"] == shortened and len(shortened) == 200
    assert body == f"{words.strip()}\n\n* Nur ein Punkt\n"
    assert output.splitlines()[:2] == [
        "lang.html:1:1: warning[CD510] title: the pad's title has 9499 characters, more than "
        "200; it was shortened to 'Wohnen im Quartier Wohnen im Quartier Wohnen im Quartier "
        "Wo…' and is in the notes in full",
        "  hint: Choose a shorter title under title: in the new session file."]
    check = runner.invoke(main, ["check", "--strict", "-C", str(project)])
    assert check.exit_code == 0, check.output


def test_parts_too_long_for_their_field_go_to_the_notes(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "runde.txt"
    long_item = "lang " * 40_000  # 200 KB in one list item
    pad.write_text("Wohnen im Quartier\n\nFragen\n- Kurz?\n- " + long_item + "\n- Noch eine?\n\n"
                   "Tags: " + ", ".join(f"t{number}" for number in range(32)) + "\n",
                   encoding="utf-8")
    code, output = import_pad(runner, project, pad, "--lang", "en")
    assert code == 0, output
    front, body = read_session(project / "sessions/camp/wohnen-im-quartier.md")
    assert front["questions"] == ["Kurz?", "Noch eine?"]
    assert front["tags"] == [f"t{number}" for number in range(30)]
    assert body == f"## Fragen\n\n- {long_item.strip()}\n\n## Tags\n\n- t30\n- t31\n"
    assert [line for line in output.splitlines() if "warning[" in line] == [
        "runde.txt:1:1: warning[CD509] questions: 'lang lang lang lang lang lang lang lang "
        "lang lang lang lang…' does not fit in the field (at most 300 characters); it was kept "
        "in the notes",
        "runde.txt:1:1: warning[CD509] tags: 't30 t31' does not fit in the field (at most 30 "
        "entries); it was kept in the notes"]
    check = runner.invoke(main, ["check", "--strict", "-C", str(project)])
    assert check.exit_code == 0, check.output


def test_a_pad_whose_file_would_still_fail_check_is_not_written(runner: CliRunner,
                                                                tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "glocke.txt"
    pad.write_text("Glocke\n\nNotizen mit \x07 drin\n", encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert (code, output.splitlines()) == (1, [
        "campdoc: Aus 'glocke.txt' würde eine Sessiondatei, die 'campdoc check' nicht "
        "besteht; sie wurde nicht angelegt: notes: der Text enthält das unsichtbare Zeichen "
        "U+0007 CONTROL CHARACTER (an Stelle 13), das hier nicht erlaubt ist",
        "  Korrigiere diese Stellen im Export und importiere ihn erneut."])
    assert sorted(path.name for path in (project / "sessions" / "camp").iterdir()) == [
        "camp.yaml"]


def test_a_refusal_in_english_names_every_problem_where_check_finds_it(
        runner: CliRunner, tmp_path: Path) -> None:
    # A question with a control character is no part too long: it is not moved to the notes.
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "glocke.txt"
    pad.write_text("Glocke\n\nFragen\n- Wer\x07?\n\nNotizen mit \x07 drin\n", encoding="utf-8")
    code, output = import_pad(runner, project, pad, "--lang", "en")
    assert (code, output.splitlines()) == (1, [
        "campdoc: 'glocke.txt' would give a session file that fails 'campdoc check'; it was "
        "not created: questions[1]: the text contains the invisible character U+0007 CONTROL "
        "CHARACTER (at character 4), which is not allowed here; notes: the text contains the "
        "invisible character U+0007 CONTROL CHARACTER (at character 13), which is not allowed "
        "here",
        "  Correct these places in the export and import it again."])
    assert sorted(path.name for path in (project / "sessions" / "camp").iterdir()) == [
        "camp.yaml"]


def test_entries_too_long_are_moved_from_the_last_so_that_each_moves_itself(
        tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    first, third = "eins " * 70, "drei " * 70  # 350 characters each, more than 300
    pad = f"Wohnen\n\nFragen\n- {first}\n- kurz\n- {third}\n- auch kurz\n"
    result = import_pad_file(project, load_camp(project), pad.encode(), "runde.txt")
    front, body = read_session(project / "sessions/camp/wohnen.md")
    assert front["questions"] == ["kurz", "auch kurz"]
    assert body == f"## Fragen\n\n- {third.strip()}\n\n## Fragen\n\n- {first.strip()}\n"
    assert [(issue.code, issue.field, issue.params) for issue in result.issues] == [
        ("CD509", "questions", {"found": "drei " * 11 + "drei…", "limit": "300",
                                "units": "characters"}),
        ("CD509", "questions", {"found": "eins " * 11 + "eins…", "limit": "300",
                                "units": "characters"})]


def test_a_long_title_is_shortened_after_the_entries_are_moved(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    title, question = "Wohnen im Quartier " * 12, "lang " * 70  # 227 and 350 characters
    pad = f"# {title}\n\n## Fragen\n- {question}\n"
    result = import_pad_file(project, load_camp(project), pad.encode(), "runde.md")
    shortened = "Wohnen im Quartier " * 10 + "Wohnen im…"
    [written] = result.created
    front, body = read_session(written)
    assert (front["title"], front["questions"]) == (shortened, None)
    assert body == f"{title.strip()}\n\n## Fragen\n\n- {question.strip()}\n"
    assert [(issue.code, str(issue.location.path), issue.field, issue.params)
            for issue in result.issues] == [
        ("CD509", "runde.md", "questions", {"found": "lang " * 11 + "lang…", "limit": "300",
                                            "units": "characters"}),
        ("CD510", "runde.md", "title", {"found": "227", "limit": "200",
                                        "title": "Wohnen im Quartier " * 3 + "Wo…"})]


def test_a_hedgedoc_tag_too_long_goes_to_the_notes_under_the_fields_name(
        tmp_path: Path) -> None:
    """HedgeDoc's own tags come under no heading of the pad: the field names them."""
    project = make_project(tmp_path / "project", {})
    tag = "x" * 61
    pad = f"---\ntitle: Wohnen\ntags: [{tag}, kurz]\n---\n\nFragen\n- Wer?\n"
    result = import_pad_file(project, load_camp(project), pad.encode(), "notiz.md")
    front, body = read_session(project / "sessions/camp/wohnen.md")
    assert (front["tags"], front["questions"]) == (["kurz"], ["Wer?"])
    assert body == f"## tags\n\n- {tag}\n"
    assert [(issue.code, issue.field, issue.params) for issue in result.issues] == [
        ("CD509", "tags", {"found": "x" * 59 + "…", "limit": "60", "units": "characters"})]


def test_a_pad_title_with_a_noncharacter_is_written_so_that_check_reads_it(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "runde.txt"
    pad.write_text("Wohnen\ufffeim Quartier\n\nFragen\n- Wer?\n", encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    front, _ = read_session(project / "sessions/camp/wohnen-im-quartier.md")
    assert (front["title"], front["questions"]) == ("Wohnen\ufffeim Quartier", ["Wer?"])
    check = runner.invoke(main, ["check", "--strict", "-C", str(project)])
    assert check.exit_code == 0, check.output


def test_the_pad_command_says_which_encoding_it_read(runner: CliRunner,
                                                     tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "runde.txt"
    pad.write_bytes("Fördermittel\n\nFragen\n- Wer zahlt?\n".encode("cp1252"))
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    assert output.splitlines()[0] == "Gelesen als windows-1252."


def test_a_section_that_gave_its_field_nothing_is_not_reported_as_mapped(
        runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", {})
    pad = tmp_path / "pad.txt"
    pad.write_text("Wohnen im Quartier\nRaum: Werkstatt\n\nRaum\nSaal\n\nZeit\n\nFragen\n"
                   "- Wie weiter?\n", encoding="utf-8")
    code, output = import_pad(runner, project, pad)
    assert code == 0, output
    assert output.splitlines() == [
        "Übernommen: Wohnen im Quartier → title (1)", "Übernommen: Raum → room (1)",
        "Übernommen: Fragen → questions (1)", "In die Notizen übernommen: Raum",
        "Angelegt: sessions/camp/wohnen-im-quartier.md"]
