"""The plain-text summary of a session in calendars and schedule.json."""

from __future__ import annotations

from campdoc.content.fieldtypes import InsightGroup
from campdoc.content.model import Session
from campdoc.core.words import UI
from campdoc.exports.text import session_summary_text
from tests.builders import make_session


def _session(**fields: object) -> Session:
    return make_session("t", title="T", **fields)


def test_subtitle_hosts_then_each_list_as_bullets_with_its_heading() -> None:
    session = _session(
        subtitle="Untertitel", questions=("Wie **geht** das?",),
        insights=("Erstens", InsightGroup(heading="Zweitens", items=(
            "a", InsightGroup(heading="tiefer", items=("`code`",))))),
        open_questions=("Und [dann](https://example.org)?",))
    assert session_summary_text(session, "Anna (Verein)", UI["de"]) == (
        "Untertitel\n"
        "Anna (Verein)\n"
        "\n"
        "Fragen:\n"
        "• Wie geht das?\n"
        "\n"
        "Wichtigste Erkenntnisse:\n"
        "• Erstens\n"
        "• Zweitens\n"
        "  • a\n"
        "  • tiefer\n"
        "    • code\n"
        "\n"
        "Offene Fragen:\n"
        "• Und dann?")


def test_empty_lists_and_a_missing_subtitle_leave_no_lines() -> None:
    assert session_summary_text(_session(insights=("x",)), "Anna", UI["en"]) == (
        "Anna\n\nKey insights:\n• x")
