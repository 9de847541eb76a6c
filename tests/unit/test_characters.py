"""Characters no session or camp text may carry, found by index and named for people."""

from __future__ import annotations

import pytest

from campdoc.content.characters import describe_character, forbidden_character


@pytest.mark.parametrize(("char", "described"), [
    ("\t", "U+0009 TAB"),
    ("\n", "U+000A LINE FEED"),
    ("\r", "U+000D CARRIAGE RETURN"),
    ("\x00", "U+0000 NUL"),
    ("\x07", "U+0007 CONTROL CHARACTER"),  # controls have no Unicode name
    ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\u2028", "U+2028 LINE SEPARATOR"),
])
def test_a_character_is_named_by_its_code_point_and_name(char: str, described: str) -> None:
    assert describe_character(char) == described


@pytest.mark.parametrize(("text", "multiline", "index"), [
    ("Zeile\tmit Tab", False, 5),
    ("Zeile\tmit Tab", True, -1),  # a paragraph may hold tabs and line breaks
    ("a\nb", False, 1),
    ("a\nb", True, -1),
    ("a\r\nb", True, 1),  # a carriage return never
    ("ab\u202ec\u202ed", True, 2),  # the first one
    ("a\u2029b", False, 1),
    ("Grüße, Ünïcödé und 🙂", False, -1),
])
def test_the_first_forbidden_character_is_found(text: str, multiline: bool, index: int) -> None:
    assert forbidden_character(text, multiline) == index
