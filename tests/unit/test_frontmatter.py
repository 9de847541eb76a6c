"""Reading hand-written front matter: fences, encodings and YAML 1.1 surprises."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from campdoc.content.convert import Context
from campdoc.content.fieldtypes import Integer, Text, Time
from campdoc.content.frontmatter import (
    MAX_FRONT_MATTER_BYTES,
    MAX_REPAIRS,
    Mapping,
    Node,
    Scalar,
    Sequence,
    SplitFile,
    UnclosedFrontMatter,
    _Composer,
    _Refusal,
    describe,
    normalise_text,
    parse_yaml,
    split_front_matter,
)
from campdoc.content.load import read_session_file
from campdoc.core.issues import Issue


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


# --- exact results: the fences, the tree and its positions, every refusal with its place ---


@pytest.mark.parametrize(("text", "expected"), [
    ("--- \nx: 1\n...  \n", SplitFile("x: 1\n", 2, "", 4)),  # blanks after a fence
    ("---\nx: 1\n---", SplitFile("x: 1\n", 2, "", 4)),  # closed on the last line
    ("---\n---\nbody", SplitFile("", 2, "body", 3)),  # empty front matter
    ("---\na: 1\nb: 2\n---\n\nText\n", SplitFile("a: 1\nb: 2\n", 2, "\nText\n", 5)),
    ("a\n---\n---\n", SplitFile(None, 0, "a\n---\n---\n", 1)),  # a fence not on line 1
    ("----\nx: 1\n---\n", SplitFile(None, 0, "----\nx: 1\n---\n", 1)),
])
def test_split_cuts_at_the_fences_exactly(text: str, expected: SplitFile) -> None:
    assert split_front_matter(text) == expected


@pytest.mark.parametrize("text", ["---", "---\n", "---\nx: 1", "---\nx: 1\n--\n"])
def test_a_fence_without_its_partner_is_unclosed(text: str) -> None:
    with pytest.raises(UnclosedFrontMatter):
        split_front_matter(text)


def test_normalise_keeps_text_without_mark_or_carriage_returns() -> None:
    assert normalise_text("a\ufeff\nb\r\n\rc") == "a\ufeff\nb\n\nc"


def _s(value: str, line: int, column: int, end_line: int, end_column: int,
       quoted: bool = False) -> Scalar:
    return Scalar(value, line, column, quoted, end_line, end_column)


def test_the_tree_keeps_every_value_as_written_with_where_it_starts_and_ends() -> None:
    text = ('title: "Hallo"\ntags: [a, bb]\nhosts:\n  - name: x\n    org: y\n'
            "m: {a: 1}\nl: |\n  text\n  more\nf: >\n  folded\nn: ~\n")
    node, issues = parse_yaml(text, "x.md", 2)
    assert issues == []
    assert node == Mapping((
        (_s("title", 2, 1, 2, 6), _s("Hallo", 2, 8, 2, 15, quoted=True)),
        (_s("tags", 3, 1, 3, 5), Sequence(
            (_s("a", 3, 8, 3, 9), _s("bb", 3, 11, 3, 13)), 3, 7, True, 3, 14)),
        (_s("hosts", 4, 1, 4, 6), Sequence((Mapping((
            (_s("name", 5, 5, 5, 9), _s("x", 5, 11, 5, 12)),
            (_s("org", 6, 5, 6, 8), _s("y", 6, 10, 6, 11))), 5, 5, False),), 5, 3, False, 7, 1)),
        (_s("m", 7, 1, 7, 2), Mapping(((_s("a", 7, 5, 7, 6), _s("1", 7, 8, 7, 9)),), 7, 4, True)),
        (_s("l", 8, 1, 8, 2), _s("text\nmore\n", 8, 4, 11, 1, quoted=True)),
        (_s("f", 11, 1, 11, 2), _s("folded\n", 11, 4, 13, 1, quoted=True)),
        (_s("n", 13, 1, 13, 2), _s("~", 13, 4, 13, 5)),
    ), 2, 1, False)


@pytest.mark.parametrize(("value", "quoted", "null"), [
    ("", False, True), ("~", False, True), ("null", False, True), ("Null", False, True),
    ("NULL", False, True), ("nULL", False, False), ("none", False, False),
    ("", True, False), ("null", True, False),
])
def test_null_is_an_unquoted_yaml_null_word(value: str, quoted: bool, null: bool) -> None:
    assert Scalar(value, 1, 1, quoted).is_null is null


def test_the_explicit_default_tags_are_read_as_plain_values() -> None:
    node, issues = parse_yaml("a: !!str 1\nb: !!seq [x]\nc: !!map {d: e}\nf: ! g\n", "x.md", 2)
    assert issues == [] and isinstance(node, Mapping)
    assert [type(value).__name__ for _, value in node.entries] == [
        "Scalar", "Sequence", "Mapping", "Scalar"]


def _found(text: str, repair: bool = False) -> tuple[Node | None, list[tuple[object, ...]]]:
    node, issues = parse_yaml(text, "x.md", 2, repair=repair)
    return node, [(i.code, i.location.path, i.location.line, i.location.column, i.field,
                   dict(i.params)) for i in issues]


@pytest.mark.parametrize(("text", "found"), [
    ("a: &x 1\nb: *x\n", ("CD106", "x.md", 2, 4, "", {})),  # the anchor, before its alias
    ("a: 1\nb: *x\n", ("CD106", "x.md", 3, 4, "", {})),  # an alias on its own
    ("a: !!python/object 1\n",
     ("CD107", "x.md", 2, 4, "", {"tag": "tag:yaml.org,2002:python/object"})),
    ("a:\n  - !foo 1\n", ("CD107", "x.md", 3, 5, "", {"tag": "!foo"})),
    ("a:\n\t- x\n", ("CD104", "x.md", 3, 1, "", {})),
    ("a:\n  b:\n  \t- x\n", ("CD104", "x.md", 4, 3, "", {})),
    ("a:\n\t\t- x\n", ("CD104", "x.md", 3, 1, "", {})),  # the first tab
])
def test_every_refusal_is_placed_and_leaves_no_tree(
        text: str, found: tuple[object, ...]) -> None:
    assert _found(text) == (None, [found])


def test_a_second_document_is_refused_at_its_fence_in_both_languages() -> None:
    assert _found("a: 1\n---\nb: 2\n") == (None, [("CD103", "x.md", 3, 1, "", {
        "problem": "a second document starts here ('---')",
        "problem_de": "hier beginnt ein zweites Dokument ('---')",
        "fix": "Delete the line '---'; one file holds one set of fields.",
        "fix_de": "Lösche die Zeile '---'; eine Datei enthält nur einen Satz Felder."})])


def test_nesting_is_allowed_to_the_limit_and_refused_one_past_it() -> None:
    node, issues = parse_yaml("a: " + "[" * 31 + "]" * 31, "x.md", 2)
    assert issues == [] and node is not None
    assert _found("a: " + "[" * 32 + "]" * 32) == (
        None, [("CD108", "x.md", 2, 35, "", {"limit": "32"})])


def test_a_key_that_is_not_a_text_is_reported_and_its_entry_dropped() -> None:
    node, found = _found("[a]: 1\nb: 2\n")
    assert found == [("CD111", "x.md", 2, 1, "", {"found": "a list"})]
    assert node == Mapping(((_s("b", 3, 1, 3, 2), _s("2", 3, 4, 3, 5)),), 2, 1, False)


def test_a_nested_key_is_placed_at_its_own_column() -> None:
    node, found = _found("a:\n  [x]: 1\n  b: 1\n  b: 2\n")
    assert found == [("CD111", "x.md", 3, 3, "", {"found": "a list"}),
                     ("CD105", "x.md", 5, 3, "b", {"first_line": "4"})]
    assert node == Mapping(((_s("a", 2, 1, 2, 2), Mapping(
        ((_s("b", 4, 3, 4, 4), _s("1", 4, 6, 4, 7)),), 3, 3, False)),), 2, 1, False)


def _mark(line: int, column: int) -> yaml.Mark:
    return yaml.Mark("x", 0, line, column, None, None)


def _composed(*events: yaml.Event) -> tuple[object, list[tuple[object, ...]]]:
    issues: list[Issue] = []
    composer = _Composer("x.md", 2, issues)
    try:
        return composer.compose(iter(events)), []
    except _Refusal as refusal:
        return None, [(refusal.code, refusal.line, refusal.column, refusal.params)]


CHECK_INDENTATION = {"fix": "Check the indentation of this line and the lines above it.",
                     "fix_de": "Prüfe die Einrückung dieser Zeile und der Zeilen darüber."}


def test_an_event_stream_out_of_order_is_refused_not_crashed_on() -> None:
    """The parsers never give these, but the composer does not rely on either of the two."""
    start = yaml.DocumentStartEvent(_mark(0, 0), _mark(0, 0))
    assert _composed(start, yaml.SequenceEndEvent(_mark(1, 4), _mark(1, 5))) == (None, [(
        "CD103", 3, 5, {"problem": "unexpected SequenceEndEvent",
                        "problem_de": "unerwartetes SequenceEndEvent", **CHECK_INDENTATION})])
    mapping = yaml.MappingStartEvent(None, None, True, _mark(2, 2), _mark(2, 2))
    key = yaml.ScalarEvent(None, None, (True, False), "a", _mark(2, 2), _mark(2, 3))
    value = yaml.ScalarEvent(None, None, (True, False), "b", _mark(2, 5), _mark(2, 6))
    assert _composed(start, mapping, key, value) == (None, [(
        "CD103", 4, 3, {"problem": "the group of fields is not closed",
                        "problem_de": "die Gruppe von Feldern wird nicht geschlossen",
                        **CHECK_INDENTATION})])


def test_a_field_given_twice_names_the_first_line_and_keeps_the_first_value() -> None:
    node, found = _found("a: 1\nb: 2\na: 3\nb: 4\n")
    assert found == [("CD105", "x.md", 4, 1, "a", {"first_line": "2"}),
                     ("CD105", "x.md", 5, 1, "b", {"first_line": "3"})]
    assert isinstance(node, Mapping)
    assert [(key.value, value.value) for key, value in node.entries  # type: ignore[union-attr]
            ] == [("a", "1"), ("b", "2")]


def test_front_matter_over_the_size_limit_is_not_parsed_and_its_size_is_told() -> None:
    at_limit = "x" * MAX_FRONT_MATTER_BYTES
    assert parse_yaml(at_limit, "x.md", 2) == (
        Scalar(at_limit, 2, 1, False, 2, len(at_limit) + 1), [])
    # Measured in bytes of UTF-8: 300 Ki umlauts are 600 KiB.
    assert _found("ä" * (300 * 1024), repair=True) == (None, [("CD109", "x.md", 2, 1, "", {
        "what": "the front matter", "size": "600 KiB", "limit": "256 KiB"})])
    assert _found("x" * (MAX_FRONT_MATTER_BYTES + 1))[1][0][5]["size"] == "256 KiB"


def test_certain_repairs_go_on_to_the_limit_and_the_next_problem_is_told() -> None:
    text = "".join(f"k{number}: a: {number}\n" for number in range(MAX_REPAIRS + 2))
    node, found = _found(text, repair=True)
    assert node is None
    assert [(code, line, column, field) for code, _, line, column, field, _ in found] == [
        ("CD112", 2 + number, 6 if number < 10 else 7, f"k{number}")
        for number in range(MAX_REPAIRS + 1)]
    assert found[0][5] == {"column": "6", "fixed": 'k0: "a: 0"'}


def test_a_repaired_file_still_reports_what_the_composer_finds() -> None:
    node, found = _found("a: b: c\nb: 1\nb: 2\n", repair=True)
    assert [item[:5] for item in found] == [("CD112", "x.md", 2, 5, "a"),
                                            ("CD105", "x.md", 4, 1, "b")]
    assert node == Mapping(((_s("a", 2, 1, 2, 2), _s("b: c", 2, 4, 2, 10, quoted=True)),
                            (_s("b", 3, 1, 3, 2), _s("1", 3, 4, 3, 5))), 2, 1, False)
    # Without repair the first problem ends the reading.
    assert _found("a: b: c\nb: 1\nb: 2\n")[0] is None
    assert [item[0] for item in _found("a: b: c\nb: 1\nb: 2\n")[1]] == ["CD112"]


def test_the_issues_given_are_the_callers_to_change() -> None:
    parse_yaml("a: 1\nb: *x\n", "x.md", 2)[1].clear()
    assert [issue.code for issue in parse_yaml("a: 1\nb: *x\n", "x.md", 2)[1]] == ["CD106"]


@pytest.mark.parametrize(("node", "shown"), [
    (None, "nothing"),
    (Mapping((), 1, 1), "a group of fields"),
    (Sequence((), 1, 1), "a list"),
    (Scalar("~", 1, 1), "an empty value"),
    (Scalar("~", 1, 1, quoted=True), "'~'"),
    (Scalar("a" * 40, 1, 1), "'" + "a" * 40 + "'"),
    (Scalar("b" * 41, 1, 1), "'" + "b" * 37 + "…'"),
])
def test_describe_names_what_was_found(node: Node | None, shown: str) -> None:
    assert describe(node) == shown
