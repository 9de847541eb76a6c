"""How front matter becomes typed values (content/convert.py): the exact issues, with their
places and parameters, and the renames that later stages read."""

from __future__ import annotations

import dataclasses

from campdoc.content import schema
from campdoc.content.convert import (
    INVALID,
    Context,
    convert_mapping,
    field_for_word,
    field_name,
    intended_field,
    spec_of,
    suggest,
    value_problem,
)
from campdoc.content.frontmatter import Mapping, Node, Scalar, Sequence, parse_yaml
from campdoc.content.schema import SessionMeta
from campdoc.core.issues import Issue, Location
from campdoc.core.slugs import slugify

TITLE_DOCS = {"doc": "The session's title.", "doc_de": "Der Titel der Session."}
TAGS_DOCS = {"doc": "Keywords for finding the session.",
             "doc_de": "Schlagworte, über die man die Session findet."}
HOSTS_DOCS = {"doc": "Who hosted the session (at least one).",
              "doc_de": "Wer die Session gegeben hat (mindestens eine Person)."}
FIELDS = ("title, subtitle, hosts, questions, insights, open_questions, next_steps, tags, "
          "room, slot, date, language, participants, documented_by, photos, materials, links, "
          "license, status")


def convert(text: str) -> tuple[object, Context]:
    """The session's front matter ``text`` (from line 2 of s.md) converted."""
    node, issues = parse_yaml(text, "s.md", 2)
    assert node is not None and not issues
    ctx = Context("s.md", [])
    return _convert(node, ctx), ctx


def _convert(node: Node, ctx: Context) -> object:
    return convert_mapping(node, SessionMeta, ctx)


def test_invalid_names_itself_in_debug_output() -> None:
    assert repr(INVALID) == "INVALID"
    assert repr([INVALID]) == "[INVALID]"


def test_a_renamed_key_is_reported_once_read_as_its_field_and_remembered() -> None:
    meta, ctx = convert("title: A\nhosts: [{name: B}]\nRaum: Saal\nraum: Keller\n")
    assert ctx.issues == [
        Issue("CD243", Location("s.md", 4, 1), "Raum",
              {"doc": "", "doc_de": "", "key": "Raum", "suggestion": "room"}),
        Issue("CD244", Location("s.md", 5, 1), "raum",
              {"doc": "", "doc_de": "", "suggestion": "room", "first_line": "4"})]
    assert ctx.renamed == {(4, 1): "room"}
    assert isinstance(meta, SessionMeta) and meta.room == "Saal"


def test_renames_inside_a_group_go_into_the_files_one_record() -> None:
    node, _ = parse_yaml("title: A\nhosts: [{Name: B, organisatio: C}]\n", "s.md", 2)
    assert isinstance(node, Mapping)
    ctx = Context("s.md", [])
    meta = _convert(node, ctx)
    assert ctx.renamed == {(3, 10): "name", (3, 19): "organization"}
    assert [(issue.code, issue.field) for issue in ctx.issues] == [
        ("CD243", "hosts[1].Name"), ("CD243", "hosts[1].organisatio")]
    assert ctx.issues[0].params == {**HOSTS_DOCS, "key": "Name", "suggestion": "name"}
    assert isinstance(meta, SessionMeta)
    host = meta.hosts[0]
    assert (host.name, host.organization) == ("B", "C")
    assert isinstance(ctx.value_node(node, "hosts"), Sequence)


def test_a_key_close_to_a_field_that_is_already_there_is_unknown() -> None:
    """The closest field not yet in the file: 'room' is taken, so 'roomm' names nothing."""
    _, ctx = convert("title: A\nhosts: [{name: B}]\nroom: X\nroomm: Y\n")
    assert ctx.issues == [Issue("CD202", Location("s.md", 5, 1), "roomm", {
        "doc": "", "doc_de": "", "suggestion": "", "allowed": FIELDS})]
    assert ctx.renamed == {}


def test_an_empty_required_text_is_reported_where_it_is_with_what_was_expected() -> None:
    meta, ctx = convert("title: \nhosts: [{name: B}]\n")
    assert meta is INVALID
    assert ctx.issues == [Issue("CD215", Location("s.md", 2, 7), "title",
                                {**TITLE_DOCS, "expected": "a text"})]


def test_a_list_where_a_group_belongs_shows_an_example_with_the_first_field() -> None:
    node, _ = parse_yaml("- a\n- b\n", "s.md", 2)
    assert node is not None
    ctx = Context("s.md", [])
    assert _convert(node, ctx) is INVALID
    assert ctx.issues == [Issue("CD203", Location("s.md", 2, 1), "", {
        "doc": "", "doc_de": "", "expected": "a group of fields", "found": "a list",
        "example": "title: …"})]
    scalar = Scalar("Mein Thema ", 7, 3)
    ctx = Context("s.md", [])
    _convert(scalar, ctx)
    assert ctx.issues[0].params["example"] == "title: Mein Thema"
    assert ctx.issues[0].location == Location("s.md", 7, 3)


def test_an_issue_without_a_node_is_at_the_files_start() -> None:
    ctx = Context("s.md", [], "title", ("en", "de"))
    assert ctx.report("CD201", None, key="title") is INVALID
    assert ctx.issues == [Issue("CD201", Location("s.md", 1, 1), "title",
                                {"doc": "en", "doc_de": "de", "key": "title"})]


def test_a_missing_fields_value_node_is_the_mapping_itself() -> None:
    node, _ = parse_yaml("title: A\n", "s.md", 2)
    assert isinstance(node, Mapping)
    ctx = Context("s.md", [])
    assert ctx.value_node(node, "room") is node
    title = ctx.value_node(node, "title")
    assert isinstance(title, Scalar) and title.value == "A"


def test_a_renamed_key_is_named_by_its_field() -> None:
    key = Scalar("Raum", 4, 1)
    assert field_name(key, {(4, 1): "room"}) == "room"
    assert field_name(key, {(4, 2): "room"}) == "Raum"


def test_suggestions_are_the_closest_name_or_one_that_differs_in_case_only() -> None:
    assert suggest("titel", ["title", "subtitle"]) == "title"
    assert suggest("ROOM", ["room"]) == "room"  # difflib compares case; 0.0 alike
    assert suggest("xyz", ["title", "room"]) == ""


def test_a_word_names_a_field_by_its_slug() -> None:
    assert field_for_word(SessionMeta, "Nächste Schritte") == "next_steps"
    assert field_for_word(SessionMeta, "next-steps") == "next_steps"
    assert field_for_word(SessionMeta, "…") == ""
    assert field_for_word(SessionMeta, "") == ""


def test_a_key_four_fifths_like_a_field_is_read_as_it() -> None:
    # difflib: 2 × 4 matching letters / 10 letters = 0.8, SURE_RENAME exactly.
    assert intended_field(SessionMeta, "tagsxy") == ("tags", True)
    assert intended_field(SessionMeta, "tagsxy", ["tags"]) == ("", False)
    assert intended_field(SessionMeta, "Raum") == ("room", True)


def test_a_value_a_command_would_write_is_checked_as_check_would() -> None:
    assert value_problem(SessionMeta, "title", "Gute Arbeit") is None
    assert value_problem(SessionMeta, "title", "\x07Titel") == Issue(
        "CD222", Location("", 1, 1), "title",
        {**TITLE_DOCS, "char": "U+0007 CONTROL CHARACTER", "position": "1"})
    assert value_problem(SessionMeta, "tags", ["gut", "a\x07"]) == Issue(
        "CD222", Location("", 1, 1), "tags[2]",
        {**TAGS_DOCS, "char": "U+0007 CONTROL CHARACTER", "position": "2"})
    assert value_problem(SessionMeta, "tags", ["x"] * 31) == Issue(
        "CD217", Location("", 1, 1), "tags",
        {**TAGS_DOCS, "limit": "30", "found": "31", "units": "entries"})


def test_every_field_name_and_synonym_has_a_slug() -> None:
    """field_for_word looks words up by slug: an empty one would match every word that
    has none ('…')."""
    found = 0
    for value in vars(schema).values():
        if not (isinstance(value, type) and dataclasses.is_dataclass(value)):
            continue
        for field in dataclasses.fields(value):
            if "campdoc" in field.metadata:
                for word in (field.name, *spec_of(field).synonyms):
                    assert slugify(word), (value.__name__, word)
                    found += 1
    assert found > 100
