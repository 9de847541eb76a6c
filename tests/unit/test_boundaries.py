"""The edges of campdoc's limits, on both sides: where a page address is cut, which names
Windows refuses, where a value in a message is shortened, and a second YAML document in
the front matter."""

from __future__ import annotations

import pytest

from campdoc.content.frontmatter import Scalar, describe
from campdoc.content.load import session_source
from campdoc.content.markdown import parse_body, render_body
from campdoc.core.issues import Issue, Location
from campdoc.core.slugs import MAX_SLUG_LENGTH, is_reserved, slugify


@pytest.mark.parametrize(("title", "slug"), [
    ("a" * 80, "a" * 80),  # exactly the limit: kept
    ("a" * 81, "a" * 80),  # one more: cut
    ("a" * 79 + " bcd", "a" * 79),  # the cut falls after the dash: no dash at the end
    ("Ä" * 41, "ae" * 40),  # the limit counts the address, after ä → ae
])
def test_page_addresses_from_titles_are_at_most_80_characters(title: str, slug: str) -> None:
    assert MAX_SLUG_LENGTH == 80
    assert slugify(title) == slug


def test_a_session_file_with_a_long_name_gets_a_cut_address() -> None:
    name = "engagement-" * 10 + "ende.md"
    source = session_source("---\ntitle: T\n---\n", f"camp/{name}", name)
    assert source.slug == "engagement-" * 7 + "eng"  # 80 characters
    assert source.issues == []


def test_heading_anchors_of_long_headings_are_cut_too() -> None:
    assert str(render_body(parse_body("# " + "Wort " * 30))) == (
        f'<h3 id="h-{"wort-" * 15}wort">{"Wort " * 29}Wort</h3>\n')


@pytest.mark.parametrize(("name", "reserved"), [
    ("con", True), ("aux.2024", True), ("lpt9.md", True), ("com1", True), ("com0", False),
    ("icon", False), ("con-treffen", False), ("con 2024", False), ("nul.", True)])
def test_names_windows_refuses_whatever_their_extension(name: str, reserved: bool) -> None:
    assert is_reserved(name) is reserved


@pytest.mark.parametrize(("value", "shown"), [
    ("x" * 40, "'" + "x" * 40 + "'"),  # up to 40 characters: the whole value
    ("x" * 41, "'" + "x" * 37 + "…'"),  # longer: its first 37 and an ellipsis
    ("", "an empty value"),
])
def test_values_in_messages_are_shown_up_to_40_characters(value: str, shown: str) -> None:
    assert describe(Scalar(value, 1, 1)) == shown


def test_a_quoted_empty_value_is_shown_as_written() -> None:
    assert describe(Scalar("", 1, 1, quoted=True)) == "''"
    assert describe(None) == "nothing"


def test_a_second_yaml_document_in_the_front_matter_is_refused() -> None:
    text = "---\ntitle: Eins\n--- zwei\n---\nText\n"
    source = session_source(text, "camp/s.md", "s.md")
    assert source.node is None
    assert source.issues == [Issue("CD103", Location("camp/s.md", 3, 1), params={
        "problem": "a second document starts here ('---')",
        "problem_de": "hier beginnt ein zweites Dokument ('---')",
        "fix": "Delete the line '---'; one file holds one set of fields.",
        "fix_de": "Lösche die Zeile '---'; eine Datei enthält nur einen Satz Felder."})]
