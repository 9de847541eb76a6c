"""The schedule page: one section per day, time first; a series reads as a list."""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

from campdoc.site.build import build
from tests.conftest import make_project

TWO_DAYS = ("name: Zwei Tage\nstart: 2026-05-15\nend: 2026-05-16\nrooms:\n  - name: Saal\n"
            "  - name: Werkstatt\n  - name: Keller\nslots:\n"
            "  - {id: fr, date: 2026-05-15, start: '10:00', end: '11:00'}\n"
            "  - {id: sa1, date: 2026-05-16, start: '10:00', end: '11:00'}\n"
            "  - {id: sa2, date: 2026-05-16, start: '11:30', end: '12:30'}\n")


def readable_text(markup: str) -> str:
    """The words of a piece of HTML, as a reader sees them in order."""
    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _session(title: str, room: str, slot: str) -> str:
    return (f"---\ntitle: {title}\nhosts: [{{name: A}}]\ninsights: [Eins]\nroom: {room}\n"
            f"slot: {slot}\n---\n")


def _schedule(tmp_path: Path, sessions: dict[str, str]) -> str:
    project = make_project(tmp_path, sessions, TWO_DAYS)
    assert build(project, project / "site").issues == []
    return (project / "site" / "camp" / "schedule.html").read_text(encoding="utf-8")


def test_days_get_headings_and_parallel_days_a_grid_of_used_rooms(tmp_path: Path) -> None:
    html = _schedule(tmp_path, {
        "a.md": _session("Freitagsrunde", "Saal", "fr"),
        "b.md": _session("Parallel eins", "Saal", "sa1"),
        "c.md": _session("Parallel zwei", "Werkstatt", "sa1"),
    })
    assert '<h2 id="day-2026-05-15">Freitag, 15. Mai 2026</h2>' in html
    assert '<h2 id="day-2026-05-16">Samstag, 16. Mai 2026</h2>' in html
    friday, saturday = html.split('id="day-2026-05-16"')
    assert "<table" not in friday and '<ol class="schedule-list">' in friday  # one per slot
    assert "<table" in saturday and "<caption" not in saturday
    assert '<th scope="col">Werkstatt</th>' in saturday
    assert "Keller" not in saturday  # no room used that day, no empty column
    text = readable_text(saturday)
    assert text.index("10:00–11:00") < text.index("Parallel eins")  # time first


def test_a_series_with_one_session_per_slot_is_a_list(tmp_path: Path) -> None:
    html = _schedule(tmp_path, {
        "a.md": _session("Erste", "Saal", "sa1"),
        "b.md": _session("Zweite", "Werkstatt", "sa2"),
    })
    assert "<table" not in html
    items = html.split('<ol class="schedule-list">')[1].split("</ol>")[0]
    assert readable_text(items).split("Erste")[0].strip() == "10:00–11:00"
    assert items.index("Erste") < items.index("11:30–12:30") < items.index("Zweite")
