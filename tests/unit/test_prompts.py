"""The questions of `campdoc new`: what is asked, what a bad answer says, and that the same
question comes again until the answer fits (the real terminal: test_prompts_tty.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from click.testing import CliRunner

from campdoc.cli.new_session import read_tags
from campdoc.cli.prompts import (
    ask,
    ask_yes_no,
    choose,
    field_reader,
    is_interactive,
    required,
    said,
)
from campdoc.content.schema import Host, SessionMeta
from campdoc.core.issues import Issue, Location
from campdoc.core.messages import KINDS

T = TypeVar("T")
ROOMS = [("Saal", "groß"), ("Werkstatt", "")]


def answered(question: Callable[[], T], typed: str) -> tuple[T, str]:
    """The answer ``question`` takes from the lines ``typed``, and the screen."""
    with CliRunner().isolation(input=typed) as (out, _, _):
        answer = question()
    return answer, out.getvalue().decode()


def test_a_choice_is_asked_again_until_it_is_on_the_list() -> None:
    assert answered(lambda: choose("Raum", ROOMS, "en"), "x\n0\n3\nwerkstatt\n") == (
        "Werkstatt",
        "  1) Saal · groß\n  2) Werkstatt\n"
        "Raum [number or name, Enter: none]: x\n"
        "  ✗ 'x' is not on the list: give a number from 1 to 2 or a name from the list.\n"
        "Raum [number or name, Enter: none]: 0\n"
        "  ✗ '0' is not on the list: give a number from 1 to 2 or a name from the list.\n"
        "Raum [number or name, Enter: none]: 3\n"
        "  ✗ '3' is not on the list: give a number from 1 to 2 or a name from the list.\n"
        "Raum [number or name, Enter: none]: werkstatt\n")


def test_a_choice_by_number_after_a_typo_with_a_suggestion_in_german() -> None:
    assert answered(lambda: choose("Raum", ROOMS, "de"), "Sall\n2\n") == (
        "Werkstatt",
        "  1) Saal · groß\n  2) Werkstatt\n"
        "Raum [Nummer oder Name, Enter: keiner]: Sall\n"
        "  ✗ 'Sall' steht nicht in der Liste: Gib eine Zahl von 1 bis 2 oder einen Namen aus "
        "der Liste ein. Meintest du 'Saal'?\n"
        "Raum [Nummer oder Name, Enter: keiner]: 2\n")
    assert answered(lambda: choose("Raum", ROOMS, "de"), "1\n")[0] == "Saal"


def test_enter_takes_the_default_or_none() -> None:
    assert answered(lambda: choose("Raum", ROOMS, "de", default="Saal"), "\n") == (
        "Saal", "  1) Saal · groß\n  2) Werkstatt\nRaum [Nummer oder Name, Enter: Saal]: \n")
    assert answered(lambda: choose("Raum", ROOMS, "en"), "\n")[0] == ""
    assert answered(lambda: choose("Raum", [], "en"), "") == ("", "")


def test_a_name_in_other_letters_counts_only_when_one_name_matches() -> None:
    rooms = [("Saal", "groß"), ("saal", "")]
    assert answered(lambda: choose("Raum", rooms, "en"), "SAAL\n\n") == (
        "",
        "  1) Saal · groß\n  2) saal\nRaum [number or name, Enter: none]: SAAL\n"
        "  ✗ 'SAAL' is not on the list: give a number from 1 to 2 or a name from the list. "
        "Did you mean 'saal'?\nRaum [number or name, Enter: none]: \n")


def test_yes_or_no_understands_the_yaml_words_and_enter_is_the_default() -> None:
    assert answered(lambda: ask_yes_no("Weiter?", "de", True), "vielleicht\n\n") == (
        True, "Weiter? [J/n]: vielleicht\n  ✗ Antworte mit j (ja) oder n (nein).\n"
              "Weiter? [J/n]: \n")
    assert answered(lambda: ask_yes_no("Weiter?", "en", False), "j\n") == (
        True, "Weiter? [y/N]: j\n")
    assert answered(lambda: ask_yes_no("Weiter?", "en", False), "  \n") == (
        False, "Weiter? [y/N]:   \n")
    assert answered(lambda: ask_yes_no("Weiter?", "en", True), "nein\n")[0] is False


def test_a_required_answer_is_asked_again_and_stripped() -> None:
    assert answered(lambda: ask("Titel", required("en", "a title")), "\n  Hallo  \n") == (
        "Hallo", "Titel: \n  ✗ a title is needed.\nTitel:   Hallo  \n")
    assert answered(lambda: ask("Titel", required("de", "einen Titel"), default="Vorschlag"),
                    "\n") == ("Vorschlag", "Titel [Vorschlag]: \n")


def test_questions_are_asked_when_told_to_and_never_without_a_terminal() -> None:
    assert is_interactive(True) is True
    assert is_interactive(False) is False
    with CliRunner().isolation():
        assert is_interactive(None) is False  # the runner's input is no terminal


def test_an_answer_check_would_refuse_is_asked_again_with_checks_message_and_hint() -> None:
    name = field_reader("en", Host, "name")
    assert answered(lambda: ask("Name", name), "A\u0007\nAnna\n") == ("Anna", (
        "Name: A\u0007\n"
        "  ✗ The text contains the invisible character U+0007 CONTROL CHARACTER (at character "
        "2), which is not allowed here. Delete it; it usually comes along when text is "
        "copied from another program. In a one-line field, line breaks and tabs are not "
        "allowed either.\n"
        "Name: Anna\n"))


def test_a_field_reader_with_what_refuses_an_empty_answer_and_takes_one_at_the_limit() -> None:
    title = field_reader("de", SessionMeta, "title", "einen Titel")
    assert answered(lambda: ask("Titel", title), "\n" + "x" * 200 + "\n") == (
        "x" * 200, "Titel: \n  ✗ einen Titel wird gebraucht.\nTitel: " + "x" * 200 + "\n")
    assert field_reader("de", Host, "organization")("") == ""


def test_said_drops_the_field_the_question_named_but_keeps_an_entrys() -> None:
    here = Location(Path("x.md"), 1, 1)
    whole = Issue("CD217", here, "title", {"limit": "200", "found": "201"})
    entry = Issue("CD217", here, "tags[2]", {"limit": "60", "found": "61"})
    assert said(whole, "de") == ("Erwartet werden höchstens 200 Zeichen, gefunden: 201. Kürze "
                                 "auf höchstens 200 Zeichen; was nicht hineinpasst, kann in den "
                                 "Markdown-Teil unter dem Kopfbereich.")
    assert said(entry, "en").startswith("tags[2]: expected at most 60 characters, found 61. ")
    assert said(Issue("CD401", here, "insights", {}), "en") == (
        "The session is published but has no key insights. Add the two or three most "
        "important results under 'insights:', or set 'status: draft' while it is still being "
        "written.")


def test_every_issue_kind_has_a_hint_in_both_languages() -> None:
    # `said` always adds the hint: an issue without one would end in ". ".
    assert [code for code, kind in KINDS.items() if not (kind.en[1] and kind.de[1])] == []


def test_tags_keep_their_order_and_the_first_spelling_of_a_repeated_one() -> None:
    assert read_tags("x, y, X, , z") == ["x", "y", "z"]
    assert read_tags("Ehrenamt,ehrenamt ,Förderung") == ["Ehrenamt", "Förderung"]
    assert read_tags("Straße, STRASSE") == ["Straße"]  # as check's CD246 sees them
