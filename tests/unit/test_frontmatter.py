"""Reading hand-written front matter: fences, encodings and YAML 1.1 surprises."""

from __future__ import annotations

from pathlib import Path

import pytest

from campdoc.content.convert import Context
from campdoc.content.fieldtypes import Integer, Text, Time
from campdoc.content.frontmatter import (
    Mapping,
    Scalar,
    UnclosedFrontMatter,
    normalise_text,
    parse_yaml,
    split_front_matter,
)
from campdoc.content.load import read_session_file


def test_split_finds_yaml_and_body_lines() -> None:
    split = split_front_matter("---\ntitle: x\n---\n# Body\n")
    assert split.yaml_text == "title: x\n"
    assert split.body == "# Body\n"
    assert split.body_first_line == 4


def test_split_accepts_dots_as_closing_fence() -> None:
    assert split_front_matter("---\na: b\n...\nText").body == "Text"


def test_split_without_fence_returns_none() -> None:
    assert split_front_matter("# Just text\n").yaml_text is None


def test_unclosed_fence_raises() -> None:
    with pytest.raises(UnclosedFrontMatter):
        split_front_matter("---\ntitle: x\n")


def test_bom_and_crlf_are_normalised() -> None:
    assert normalise_text("\ufeff---\r\ntitle: x\r\n---\rText") == "---\ntitle: x\n---\nText"


def test_bom_and_crlf_file_reads_like_a_clean_one(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_bytes(
        b"\xef\xbb\xbf---\r\ntitle: Gr\xc3\xbc\xc3\x9fe\r\nhosts: []\r\n---\r\nText\r\n")
    source = read_session_file(path, "s.md")
    assert source.issues == []
    assert isinstance(source.node, Mapping)
    key, value = source.node.entries[0]
    assert (key.value, value.value, value.line) == ("title", "Grüße", 2)
    assert source.body == "Text\n"


def _scalar(text: str) -> Scalar:
    node, issues = parse_yaml(f"value: {text}\n", "x.md", 2)
    assert not issues and isinstance(node, Mapping)
    value = node.entries[0][1]
    assert isinstance(value, Scalar)
    return value


@pytest.mark.parametrize("written", ["NO", "yes", "off", "1.10", "0755", "~x"])
def test_yaml_11_words_stay_text_where_text_is_wanted(written: str) -> None:
    assert Text().convert(_scalar(written), Context("x.md", [])) == written


def test_sexagesimal_time_is_a_time_not_630() -> None:
    converted = Time().convert(_scalar("10:30"), Context("x.md", []))
    assert (converted.hour, converted.minute) == (10, 30)


def test_leading_zero_number_is_decimal() -> None:
    assert Integer().convert(_scalar("0755"), Context("x.md", [])) == 755


def test_quoted_values_are_marked() -> None:
    assert _scalar("'NO'").quoted and not _scalar("NO").quoted


def test_alias_bomb_is_refused_without_expanding() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20))
    node, issues = parse_yaml(bomb, "x.md", 2)
    assert node is None
    assert [(i.code, i.location.line) for i in issues] == [("CD106", 2)]


def test_deep_flow_nesting_stops_at_the_limit() -> None:
    node, issues = parse_yaml("a: " + "[" * 50_000 + "]" * 50_000, "x.md", 2)
    assert node is None and [i.code for i in issues] == ["CD108"]
