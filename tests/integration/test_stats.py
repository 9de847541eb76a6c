"""`campdoc stats`: the headcount from camp.yaml, and the sum over sessions under its own name.

A morning with a keynote for 72 people and then three tables for the same people: 80 came,
152 session participations. Every format is compared in full, in German and English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from tests.conftest import make_project

# For mutation testing (tests/mutation/quick.py): these modules' mutants are tested with
# this file, which reaches them through campdoc's commands without building a site.
MUTATION_TARGETS = ("campdoc.content.stats",)

CAMP = ("name: Fachtag Engagement\ndate: 2026-03-07\nattendance: 80\n"
        "rooms:\n  - name: Saal\n  - name: Raum A\n  - name: Raum B\n"
        "slots:\n  - id: keynote\n    title: Impuls\n    start: '09:30'\n    end: '10:15'\n"
        "  - id: tische\n    title: Thementische\n    start: '10:30'\n    end: '12:00'\n")


def session(title: str, slot: str, room: str, participants: int | None, tags: str,
            host: str = "Ann Beispiel", org: str = "Verein A") -> str:
    count = "" if participants is None else f"participants: {participants}\n"
    return (f"---\ntitle: {title}\nhosts:\n  - name: {host}\n    organization: {org}\n"
            f"slot: {slot}\nroom: {room}\n{count}tags: [{tags}]\ninsights: [Eins]\n---\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path, {
        "impuls.md": session("Impuls", "keynote", "Saal", 72, "Ehrenamt"),
        "tisch-a.md": session("Tisch A", "tische", "Raum A", 30, "Ehrenamt, Förderung",
                              host="Bea Muster", org="Verein B"),
        "tisch-b.md": session("Tisch B", "tische", "Raum B", 50, "Jugend"),
    }, CAMP)
    second = root / "sessions" / "nachtreffen"  # a second camp that gives no attendance
    second.mkdir()
    (second / "camp.yaml").write_text("name: Nachtreffen\ndate: 2026-04-01\n", encoding="utf-8")
    (second / "runde.md").write_text(session("Runde", "", "", None, "Jugend").replace(
        "slot: \nroom: \n", ""), encoding="utf-8")
    return root


def stats(project: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["stats", "-C", str(project), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_text_in_german_names_the_headcount_and_the_session_participations(
        project: Path) -> None:
    assert stats(project, "--camp", "camp") == """\
Camp: camp
  Sessions: 3
  veröffentlicht: 3
  Entwürfe: 0
  ohne Erkenntnisse: 0
  Sessiongeber:innen (namentlich): 2
  anonyme Sessiongeber:innen: 0
  Organisationen: 2
  Teilnehmende am Camp: 80
  Session-Teilnahmen (Summe über alle Sessions, wer mehrere besucht hat, zählt mehrfach): 152
  Sessions ohne Teilnehmendenzahl: 0
  Fotos (veröffentlicht): 0
  Materialdateien (veröffentlicht): 0
  pro Slot:
    Impuls 09:30–10:15: 1 Session, 72 Teilnehmende
    Thementische 10:30–12:00: 2 Sessions, 80 Teilnehmende
  häufigste Schlagworte: Ehrenamt (2), Förderung (1), Jugend (1)
"""


def test_text_in_english_with_a_camp_without_attendance_and_the_total(project: Path) -> None:
    assert stats(project, "--lang", "en") == """\
Camp: camp
  Sessions: 3
  published: 3
  drafts: 0
  without insights: 0
  hosts (named): 2
  anonymous hosts: 0
  organisations: 2
  people at the camp: 80
  session participations (sum over all sessions; someone who went to several counts \
several times): 152
  sessions without a participant count: 0
  photos (published): 0
  material files (published): 0
  per slot:
    Impuls 09:30–10:15: 1 session, 72 participants
    Thementische 10:30–12:00: 2 sessions, 80 participants
  most frequent tags: Ehrenamt (2), Förderung (1), Jugend (1)

Camp: nachtreffen
  Sessions: 1
  published: 1
  drafts: 0
  without insights: 0
  hosts (named): 1
  anonymous hosts: 0
  organisations: 1
  people at the camp: not given (in camp.yaml: attendance)
  session participations (sum over all sessions; someone who went to several counts \
several times): 0
  sessions without a participant count: 1
  photos (published): 0
  material files (published): 0
  most frequent tags: Jugend (1)

Camp: total
  Sessions: 4
  published: 4
  drafts: 0
  without insights: 0
  hosts (named): 2
  anonymous hosts: 0
  organisations: 2
  people at the camp: 80 (not given for 1 camp)
  session participations (sum over all sessions; someone who went to several counts \
several times): 152
  sessions without a participant count: 1
  photos (published): 0
  material files (published): 0
  most frequent tags: Ehrenamt (2), Jugend (2), Förderung (1)
"""


def test_german_text_of_a_camp_without_attendance(project: Path) -> None:
    lines = stats(project, "--camp", "nachtreffen").splitlines()
    assert lines[8] == "  Teilnehmende am Camp: nicht angegeben (in der camp.yaml: attendance)"


def test_json_has_attendance_and_session_participations(project: Path) -> None:
    assert stats(project, "--format", "json", "--camp", "camp") == """\
{
  "version": 2,
  "camps": [
    {
      "camp": "camp",
      "sessions": 3,
      "published": 3,
      "drafts": 0,
      "without_insights": 0,
      "hosts": 2,
      "anonymous_hosts": 0,
      "organisations": 2,
      "attendance": 80,
      "camps_without_attendance": 0,
      "session_participations": 152,
      "sessions_without_participants": 0,
      "photos": 0,
      "materials": 0,
      "slots": [
        {
          "slot": "keynote",
          "label": "Impuls 09:30–10:15",
          "sessions": 1,
          "participants": 72
        },
        {
          "slot": "tische",
          "label": "Thementische 10:30–12:00",
          "sessions": 2,
          "participants": 80
        }
      ],
      "top_tags": [
        [
          "Ehrenamt",
          2
        ],
        [
          "Förderung",
          1
        ],
        [
          "Jugend",
          1
        ]
      ]
    }
  ]
}
"""


def test_csv_rows_name_each_figure_and_leave_a_missing_attendance_empty(
        project: Path) -> None:
    rows = stats(project, "--format", "csv").splitlines()
    assert rows[:20] == [
        "camp,metric,key,value",
        "camp,sessions,,3", "camp,published,,3", "camp,drafts,,0",
        "camp,without_insights,,0", "camp,hosts,,2", "camp,anonymous_hosts,,0",
        "camp,organisations,,2", "camp,attendance,,80", "camp,camps_without_attendance,,0",
        "camp,session_participations,,152", "camp,sessions_without_participants,,0",
        "camp,photos,,0", "camp,materials,,0",
        "camp,slot_sessions,Impuls 09:30–10:15,1", "camp,slot_participants,Impuls 09:30–10:15,72",
        "camp,slot_sessions,Thementische 10:30–12:00,2",
        "camp,slot_participants,Thementische 10:30–12:00,80",
        "camp,tag,Ehrenamt,2", "camp,tag,Förderung,1"]
    assert "nachtreffen,attendance,," in rows
    assert "total,attendance,,80" in rows and "total,camps_without_attendance,,1" in rows
