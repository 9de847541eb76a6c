"""The pad import's smaller rules, one by one: where a section starts and what it records,
list items and labels, and how Etherpad's HTML becomes lines (tests/unit/test_pad_parsing.py
reads whole pads)."""

from __future__ import annotations

import pytest

from campdoc.importers.pad_html import etherpad_html_lines
from campdoc.importers.pad_sections import (
    Item,
    Line,
    Section,
    items,
    labels,
    section_field,
    split_sections,
)


def pad(*texts: str) -> list[Line]:
    """The lines of a pad as a text export has them: numbered from 1, placed from 0."""
    return [Line(number, text, number - 1) for number, text in enumerate(texts, 1)]


def headings(*texts: str) -> list[tuple[str, str, int, bool, str]]:
    return [(section.heading, section.target, section.line, section.is_title_level,
             section.kind) for section in split_sections(pad(*texts))[1:]]


def test_each_way_of_writing_a_heading_starts_a_section_that_records_it() -> None:
    lines = pad("Vorab", "# Wohnen im Quartier", "Wie geht das?", "Fragen", "- Wer?",
                "Rückblick", "===", "Text", "__Ergebnisse__", "Viel gelernt", "Sonstiges:",
                "Kaffee", "Kleingedrucktes", "---", "Ende")
    assert split_sections(lines) == [
        Section("", "", lines=[lines[0]]),
        Section("Wohnen im Quartier", "", 2, True, "markdown", [lines[2]]),
        Section("Fragen", "questions", 4, False, "name", [lines[4]], has_items=True),
        Section("Rückblick", "", 6, True, "markdown", [lines[7]]),
        Section("Ergebnisse", "insights", 9, False, "bold", [lines[9]]),
        Section("Sonstiges", "", 11, False, "colon", [lines[11]]),
        Section("Kleingedrucktes", "", 13, False, "markdown", [lines[14]]),
    ]


@pytest.mark.parametrize(("text", "heading"), [
    ("Wohnen im Quartier", "Wohnen im Quartier"),  # the underline may be the last line
    (" Wohnen im Quartier", None),  # an indented line is no heading
    ("A" * 80, "A" * 80),
    ("A" * 81, None),  # longer lines are sentences
    ("Frage: Wer macht mit", None),  # a label
])
def test_a_line_underlined_with_equals_signs_is_a_title_level_heading(
        text: str, heading: str | None) -> None:
    assert headings(text, "===") == ([(heading, "", 1, True, "markdown")] if heading else [])


def test_a_markdown_heading_may_be_300_characters_long() -> None:
    assert headings("# " + "x" * 298) == [("x" * 298, "", 1, True, "markdown")]
    assert headings("# " + "x" * 299) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Fragen" + " " * 42, ("Fragen", "questions")),  # 48 characters with the spaces after it
    ("Fragen" + " " * 43, None),
    ("Nächste" + " " * 25 + "Schritte", ("Nächste" + " " * 25 + "Schritte", "next_steps")),
    ("Nächste" + " " * 26 + "Schritte", None),  # 41 characters: the name is too long
    ("Fragen X", None),  # more than the name
    ("1. Teilnehmende", ("Teilnehmende", "participants")),  # a numbered heading
    ("12 Teilnehmende", None),  # a count
])
def test_a_plain_line_is_a_heading_when_it_is_a_short_section_name(
        text: str, found: tuple[str, str] | None) -> None:
    assert headings(text, "Text") == ([(*found, 1, False, "name")] if found else [])


def test_a_paragraph_after_a_list_is_in_the_notes_under_its_short_first_line() -> None:
    lines = pad("Fragen", "- Wer?", "", "Kurz gesagt", "Es war gut.")
    assert split_sections(lines)[1:] == [
        Section("Fragen", "questions", 1, False, "name", lines[1:3], has_items=True),
        Section("Kurz gesagt", "", 4, kind="paragraph", lines=[lines[4]]),
    ]


def test_a_last_line_after_a_list_is_in_the_notes_without_a_heading() -> None:
    lines = pad("Fragen", "- Wer?", "", "Schluss")
    assert split_sections(lines)[1:] == [
        Section("Fragen", "questions", 1, False, "name", lines[1:3], has_items=True),
        Section("", "", 4, kind="paragraph", lines=[lines[3]]),
    ]


@pytest.mark.parametrize(("first", "heading"), [
    ("Was wir am Ende noch besprochen haben zu", "Was wir am Ende noch besprochen haben zu"),
    ("Was wir am Ende noch besprochen haben zum", ""),  # 41 characters: a sentence
])
def test_the_first_line_of_a_paragraph_after_a_list_is_a_heading_of_at_most_40_characters(
        first: str, heading: str) -> None:
    sections = split_sections(pad("Fragen", "- Wer?", "", first, "Text"))
    assert [(section.heading, section.kind) for section in sections[2:]] == [
        (heading, "paragraph")]
    assert [line.text for line in sections[2].lines] == ([] if heading else [first]) + ["Text"]


def test_an_indented_line_after_a_list_and_a_blank_line_stays_in_the_list() -> None:
    lines = pad("Fragen", "- Wer?", "", " und wie?")
    assert split_sections(lines)[1:] == [
        Section("Fragen", "questions", 1, False, "name", lines[1:], has_items=True)]


def test_a_list_item_takes_the_more_indented_items_below_it_and_a_loose_line_stands_alone(
        ) -> None:
    lines = pad("- a", "b", "- c", "- d", "  - e")
    a, b, c, d, e = (line.with_text(text) for line, text in zip(lines, "abcde", strict=True))
    assert items(lines) == [Item(a), Item(b), Item(c), Item(d, (e,))]


@pytest.mark.parametrize(("text", "found"), [
    ("Protokoll: " + "x" * 289, [("Protokoll", "x" * 289, "Protokoll: " + "x" * 289)]),
    ("Protokoll: " + "x" * 290, [("", "Protokoll: " + "x" * 290, "Protokoll: " + "x" * 290)]),
    ("Einfach Text", [("", "Einfach Text", "Einfach Text")]),
    ("- Zeit: knapp", [("", "Zeit: knapp", "Zeit: knapp")]),  # in a list only in bold
    ("- **Zeit:** knapp", [("Zeit", "knapp", "**Zeit:** knapp")]),
])
def test_a_line_of_at_most_300_characters_has_labels(text: str,
                                                     found: list[tuple[str, str, str]]) -> None:
    assert labels(text, in_list=False) == found


def test_a_section_name_is_known_with_marks_and_colons_around_it_but_not_with_more() -> None:
    assert section_field("**Fragen:**") == "questions"
    assert section_field(" ## Fragen ") == "questions"
    assert section_field("Fragen X") == ""


def html_lines(body: str) -> list[tuple[int, str]]:
    page = etherpad_html_lines(f"<!DOCTYPE HTML><html><body>{body}</body></html>")
    assert [line.index for line in page.lines] == list(range(len(page.lines)))
    return [(line.number, line.text) for line in page.lines]


@pytest.mark.parametrize(("body", "lines"), [
    ("<br>Eins<br>", [(1, ""), (1, "Eins")]),  # a pad starting with an empty line
    ("<p>Eins\n<b>zwei</b></p>", [(1, "Eins **zwei**")]),  # a line starts where its text does
    ('<ul class="bullet"><li><br></li></ul>', [(1, "")]),  # an empty bullet is an empty line
    ("<p>Eins</p><p></p><p>Zwei</p>", [(1, "Eins"), (1, "Zwei")]),  # an empty block is none
    ("<li>Eins</li>", [(1, "Eins")]),  # an item outside any list has no bullet
    ('<ol start="123456"><li>x</ol><ol start="12345"><li>y</ol>', [(1, "1. x"), (1, "12345. y")]),
])
def test_etherpad_html_lines(body: str, lines: list[tuple[int, str]]) -> None:
    assert html_lines(body) == lines


def test_nothing_inside_a_hidden_element_is_read_even_after_a_hidden_element_inside_it(
        ) -> None:
    assert html_lines("<noscript><style>p {}</style>Bitte JavaScript einschalten</noscript>"
                      "Eins<br>") == [(1, "Eins")]


def test_an_image_needs_an_address_and_may_lack_a_description() -> None:
    assert html_lines('Bild <img src> da <img alt="Flipchart"> und <img src="/a.png"><br>') == [
        (1, "Bild da und ![](/a.png)")]


def test_a_link_closed_once_too_often_is_read_as_its_text() -> None:
    assert html_lines('Vorher</a> <a href="http://x.org/a">A</a> und</a> B<br>') == [
        (1, "Vorher [A](http://x.org/a) und B")]


@pytest.mark.parametrize(("body", "lines"), [
    ("<b> Fragen</b><br>Wer<b> fragt</b><br>", ["**Fragen**", "Wer **fragt**"]),
    ("<b>&nbsp;Eins</b><br><b>\nZwei</b><br>", ["**Eins**", "**Zwei**"]),
    ("<b>Fett <span> </span></b>x<br>", ["**Fett** x"]),
    # Not what Etherpad writes: a mark across a line break is kept as written, no crash.
    ("<b>Eins<br></b>Zwei<br>", ["**Eins", "**Zwei"]),
])
def test_spaces_inside_bold_go_outside_its_marks(body: str, lines: list[str]) -> None:
    assert [text for _, text in html_lines(body)] == lines


def test_the_page_title_is_all_text_of_the_title_element() -> None:
    page = etherpad_html_lines("<html><head><title>runde<!-- x -->-7</title></head>"
                               "<body>Eins<br></body></html>")
    assert page.title == "runde-7"
