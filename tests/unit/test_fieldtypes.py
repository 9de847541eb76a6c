"""Value types: what each accepts, and what it reports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from typing import Any

import jsonschema
import pytest

from campdoc.content.convert import (
    INVALID,
    Context,
    FieldType,
    Group,
    field_for_word,
    spec,
    spec_of,
)
from campdoc.content.fieldtypes import (
    KNOWN_LICENSES,
    Boolean,
    Choice,
    Colour,
    Date,
    Identifier,
    InsightGroup,
    Insights,
    Integer,
    License,
    ListOf,
    LongText,
    OneOrMany,
    PageOrUrl,
    Point,
    Text,
    Time,
    Url,
    insight_definition,
    web_address_of,
)
from campdoc.content.frontmatter import Mapping, parse_yaml
from campdoc.content.links import is_safe_url
from campdoc.content.schema import Room
from campdoc.core.issues import Issue
from campdoc.core.slugs import is_reserved, slugify


def _node(yaml_text: str):
    node, issues = parse_yaml(f"v: {yaml_text}\n", "x.md", 2)
    assert not issues and isinstance(node, Mapping)
    return node.entries[0][1]


def test_slugify_transliterates_german() -> None:
    assert slugify("Partnerschaften für Ostdeutschland") == "partnerschaften-fuer-ostdeutschland"
    assert slugify("Straße & Grüße – 2026!") == "strasse-gruesse-2026"


def test_slugify_treats_nfd_like_nfc() -> None:
    assert slugify("Cafe\u0301 Ü") == slugify("Café Ü") == "cafe-ue"


def test_windows_reserved_names() -> None:
    assert is_reserved("con") and is_reserved("nul") and is_reserved("com1")
    assert not is_reserved("console")


def test_nested_insights_become_groups() -> None:
    node = _node('["Eins", {"Ziel:": ["a", {"Tiefer:": ["b"]}]}, "Fazit: gut"]')
    issues: list = []
    value = Insights().convert(node, Context("x.md", issues))
    assert issues == []
    assert value == ("Eins", InsightGroup("Ziel:", ("a", InsightGroup("Tiefer:", ("b",)))),
                     "Fazit: gut")


def test_point_rejoins_a_colon_sentence() -> None:
    assert Point().convert(_node("{Ziel: mehr Austausch}"), Context("x.md", [])) == \
        "Ziel: mehr Austausch"


def test_urls_allow_only_web_and_mail() -> None:
    for good in ("https://example.org/a?b=c", "http://x.de", "mailto:a@b.de", "HTTPS://X.DE"):
        assert is_safe_url(good), good
    for bad in ("javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "vbscript:x",
                "//evil.example", "www.example.org", "https://", "https://a.de/\nx",
                " javascript:x", "file:///etc/passwd", "mailto:"):
        assert not is_safe_url(bad), bad


def test_url_field_reports_what_it_found() -> None:
    issues: list = []
    assert Url().convert(_node("ftp://x.de"), Context("x.md", issues, "links[1].url")) is INVALID
    assert issues[0].code == "CD207" and issues[0].params["found"] == "ftp://x.de"
    assert issues[0].field == "links[1].url"


def test_license_normalises_case_and_suggests() -> None:
    issues: list = []
    assert License().convert(_node("cc-by-sa-4.0"), Context("x.md", issues)) == "CC-BY-SA-4.0"
    License().convert(_node("CC-BY-SA-4"), Context("x.md", issues))
    assert issues[0].code == "CD210" and issues[0].params["suggestion"] == "CC-BY-SA-4.0"


def _schema_classes() -> list[type]:
    from campdoc.content import schema

    return [value for value in vars(schema).values()
            if isinstance(value, type) and dataclasses.is_dataclass(value)
            and value.__module__ == schema.__name__]


def test_every_schema_annotation_matches_its_field_type() -> None:
    """The annotation is what the code reads; the field type is what conversion produces."""
    checked = 0
    for cls in _schema_classes():
        hints = typing.get_type_hints(cls)
        for field in dataclasses.fields(cls):
            produced = spec_of(field).type.value_type()
            expected = produced | None if field.default is None else produced
            assert hints[field.name] == expected, f"{cls.__name__}.{field.name}"
            checked += 1
    assert checked >= 50  # every class of the schema was read


def test_a_wrong_annotation_would_be_caught() -> None:
    @dataclasses.dataclass
    class Wrong:
        count: str = dataclasses.field(default="", metadata=spec(Integer(), "n", "n"))

    field = dataclasses.fields(Wrong)[0]
    assert typing.get_type_hints(Wrong)["count"] != spec_of(field).type.value_type()


def test_synonyms_are_unique_within_each_schema() -> None:
    """A word may name one field only, or 'did you mean' and the imports would disagree."""
    for cls in _schema_classes():
        owner: dict[str, str] = {}
        for field in dataclasses.fields(cls):
            for word in (field.name, *spec_of(field).synonyms):
                key = slugify(word)
                assert owner.setdefault(key, field.name) == field.name, (cls.__name__, word)


def test_field_for_word_ignores_case_umlauts_gender_forms_and_separators() -> None:
    from campdoc.content.schema import Host, SessionMeta

    assert field_for_word(SessionMeta, "Nächste Schritte") == "next_steps"
    assert field_for_word(SessionMeta, "naechste_schritte") == "next_steps"
    assert field_for_word(SessionMeta, "Sessiongeber*innen") == "hosts"
    assert field_for_word(SessionMeta, "KEYWORDS") == "tags"
    assert field_for_word(Host, "Träger") == "organization"
    assert field_for_word(SessionMeta, "Kuchen") == ""
    assert field_for_word(SessionMeta, "!!") == ""


# --- exact results: each type's value, or its issue with the words a documenter reads ---

Reported = tuple[str, int, int, str, dict[str, str]]
ROOMS = ListOf(Group(Room), unique="name")
STATUS = Choice(("draft", "published"), (("Entwurf", "draft"), ("veröffentlicht", "published")))


def converted(field_type: FieldType[Any], written: str) -> tuple[object, list[Reported]]:
    """The value of ``v: written`` and its issues (without the field's docs)."""
    node, issues = parse_yaml(f"v: {written}\n", "x.md", 2)
    assert issues == [] and isinstance(node, Mapping)
    reported: list[Issue] = []
    value = field_type.convert(node.entries[0][1], Context("x.md", reported, "v", ("d", "D")))
    assert all(issue.params["doc"] == "d" and issue.params["doc_de"] == "D"
               for issue in reported)
    return value, [(issue.code, issue.location.line, issue.location.column, issue.field,
                    {key: value for key, value in issue.params.items()
                     if key not in ("doc", "doc_de")}) for issue in reported]


def refused(code: str, **params: str) -> tuple[object, list[Reported]]:
    return INVALID, [(code, 2, 4, "v", params)]


@pytest.mark.parametrize(("field_type", "written", "result"), [
    (Text(), "' Hallo '", ("Hallo", [])),
    (Text(), "' '", refused("CD215", expected="a text")),
    (Text(max_length=5), "abcde", ("abcde", [])),
    (Text(max_length=5), "' abcde '", ("abcde", [])),  # counted without the blanks around
    (Text(max_length=5), "abcdef", refused("CD217", limit="5", found="6")),
    (Text(), "[a]", refused("CD203", expected="a text", found="a list")),
    (Integer(), "35", (35, [])),
    (Integer(), "' 35 '", (35, [])),
    (Integer(), "+7", (7, [])),
    (Integer(), "1_000", (1000, [])),
    (Integer(), "0755", (755, [])),
    (Integer(), "999999999", (999999999, [])),
    (Integer(minimum=1), "1", (1, [])),
    (Integer(minimum=1), "0", refused("CD209", minimum="1", found="0", example="20")),
    (Integer(), "-5", refused("CD209", minimum="0", found="-5", example="20")),
    (Integer(), "1234567890", refused("CD209", minimum="0", found="1234567890", example="20")),
    # One number in words: that number is the example, if it would do.
    (Integer(), "ca. 35", refused("CD209", minimum="0", found="ca. 35", example="35")),
    (Integer(), "35 Personen", refused("CD209", minimum="0", found="35 Personen",
                                       example="35")),
    (Integer(minimum=35), "ca. 35", refused("CD209", minimum="35", found="ca. 35",
                                            example="35")),
    (Integer(minimum=36), "ca. 35", refused("CD209", minimum="36", found="ca. 35",
                                            example="20")),
    (Integer(), "-35 x", refused("CD209", minimum="0", found="-35 x", example="20")),
    (Integer(), "12 von 35", refused("CD209", minimum="0", found="12 von 35", example="20")),
    (Integer(), "ca 999999999", refused("CD209", minimum="0", found="ca 999999999",
                                        example="999999999")),
    (Integer(), "ca 1000000000", refused("CD209", minimum="0", found="ca 1000000000",
                                         example="20")),
    (Integer(), "x", refused("CD209", minimum="0", found="x", example="20")),
    (Boolean(), "Ja", (True, [])),
    (Boolean(), "WAHR", (True, [])),
    (Boolean(), "' yes '", (True, [])),
    (Boolean(), "nein", (False, [])),
    (Boolean(), "Falsch", (False, [])),
    (Boolean(), "treu", refused("CD208", choices="true, false", found="treu",
                                suggestion="true")),
    (Boolean(), "' Treu '", refused("CD208", choices="true, false", found=" Treu ",
                                    suggestion="true")),
    (Boolean(), "fals", refused("CD208", choices="true, false", found="fals",
                                suggestion="false")),
    (Boolean(), "j", refused("CD208", choices="true, false", found="j", suggestion="true")),
    (Boolean(), "vielleicht", refused("CD208", choices="true, false", found="vielleicht",
                                      suggestion="")),
    (Date(), "' 2026-05-14 '", (dt.date(2026, 5, 14), [])),
    (Date(), "2026-02-30", refused("CD205", found="2026-02-30")),  # no suggestion to give
    (Date(), "14.5.2026", refused("CD205", found="14.5.2026", suggestion="2026-05-14")),
    (Date(), "morgen", refused("CD205", found="morgen", suggestion="")),
    (Time(), "9:05", (dt.time(9, 5), [])),
    (Time(), "'23:59 '", (dt.time(23, 59), [])),
    (Time(), "0:00", (dt.time(0, 0), [])),
    (Time(), "24:00", refused("CD206", found="24:00", suggestion="")),
    (Time(), "10:60", refused("CD206", found="10:60", suggestion="")),
    (Time(), "100:00", refused("CD206", found="100:00", suggestion="")),
    (Time(), "' 10.30 '", refused("CD206", found=" 10.30 ", suggestion="10:30")),
    (Time(), "10 Uhr", refused("CD206", found="10 Uhr", suggestion="10:00")),
    (Time(), "10", refused("CD206", found="10", suggestion="")),  # a bare number: no guess
    (Url(), "' https://x.de '", ("https://x.de", [])),
    (Url(), "www.example.org/x", refused("CD207", found="www.example.org/x",
                                         suggestion="https://www.example.org/x")),
    (Url(), "info@example.org", refused("CD207", found="info@example.org",
                                        suggestion="mailto:info@example.org")),
    (Url(), "ftp://x.de", refused("CD207", found="ftp://x.de", suggestion="")),
    (Colour(), "' #ABCDEF '", ("#abcdef", [])),
    (Colour(), "'#ABC'", ("#aabbcc", [])),
    (Colour(), "'#12345'", refused("CD241", found="#12345")),
    (PageOrUrl(), "' seiten/a.MD '", ("seiten/a.MD", [])),
    (PageOrUrl(), "http://x.de/a.md", ("http://x.de/a.md", [])),
    (PageOrUrl(), "x.txt", refused("CD207", found="x.txt")),
    (PageOrUrl(), "javascript:a.md", refused("CD207", found="javascript:a.md")),
    (STATUS, "draft", ("draft", [])),
    (STATUS, "Draft", ("draft", [])),
    (STATUS, "Entwurf", ("draft", [])),
    (STATUS, "veroeffentlicht!", ("published", [])),
    (STATUS, "Entwurff", refused("CD208", choices="draft, published", found="Entwurff",
                                 suggestion="draft")),
    (STATUS, "publishd", refused("CD208", choices="draft, published", found="publishd",
                                 suggestion="published")),
    (STATUS, "xyz", refused("CD208", choices="draft, published", found="xyz", suggestion="")),
    (Identifier(), "' slot-1 '", ("slot-1", [])),
    (Identifier(), "a" * 64, ("a" * 64, [])),
    (Identifier(), "a" * 65, refused("CD214", found="a" * 65, example="a" * 64)),
    (Identifier(), "Slot 1", refused("CD214", found="Slot 1", example="slot-1")),
    (Identifier(), "-a", refused("CD214", found="-a", example="a")),
    (Identifier(), "Ab", refused("CD214", found="Ab", example="ab")),
    # Cut to the 64 characters an id may have, without a '-' at the cut.
    (Identifier(), "a" * 63 + " Zeichen", refused("CD214", found="a" * 63 + " Zeichen",
                                                  example="a" * 63)),
    (Identifier(), "'!!'", refused("CD214", found="!!", example="slot-1")),
    (License(), "CC BY-SA 4.0", ("CC-BY-SA-4.0", [])),
    (License(), "cc0", ("CC0-1.0", [])),
    (License(), "alle rechte vorbehalten", ("LicenseRef-All-Rights-Reserved", [])),
    (License(), "MIT", ("MIT", [])),
    # An unknown id is kept, with a warning; text that is no id is refused.
    (License(), "CC-BY-4", ("CC-BY-4", [("CD210", 2, 4, "v", {
        "found": "CC-BY-4", "suggestion": "CC-BY-4.0"})])),
    (License(), "Apache 2", refused("CD211", found="Apache 2", suggestion="Apache-2.0")),
    (License(), "x", refused("CD211", found="x", suggestion="")),
    (License(), "gpl-3.0", ("gpl-3.0", [("CD210", 2, 4, "v", {
        "found": "gpl-3.0", "suggestion": ""})])),
    # Words apart are compared as an id: with '-' between them.
    (License(), "CC BY NC SA 4.0 international", refused(
        "CD211", found="CC BY NC SA 4.0 international", suggestion="CC-BY-NC-SA-4.0")),
    (ListOf(Text()), "~", ((), [])),
    (ListOf(Text(), max_items=2), "[a, b]", (("a", "b"), [])),
    (ListOf(Text(), max_items=2), "[a, b, c]",
     refused("CD217", limit="2", found="3", units="entries")),
    (ListOf(Text(), min_items=1), "[]", refused("CD204", minimum="1", example="- …")),
    (ListOf(Text(), min_items=1), "~", refused("CD204", minimum="1", example="- …")),
    (ListOf(Text()), "Saal, Werkstatt", refused("CD203", expected="a list",
                                                found="'Saal, Werkstatt'", example="- Saal")),
    (ListOf(Text()), "{a: 1}", refused("CD203", expected="a list", found="a group of fields",
                                       example="- …")),
    (ListOf(Text()), "''", refused("CD203", expected="a list", found="''", example="- …")),
    (ROOMS, "Saal", refused("CD203", expected="a list", found="'Saal'", example="- name: Saal")),
    (ListOf(Text()), "[a, '', b]", (("a", "b"), [("CD215", 2, 8, "v[2]",
                                                  {"expected": "a text"})])),
    (OneOrMany(Text()), "Anna", (("Anna",), [])),
    (OneOrMany(Text()), "[Anna, Bob]", (("Anna", "Bob"), [])),
    (OneOrMany(Text()), "~", ((), [])),
    (OneOrMany(Text()), "''", refused("CD215", expected="a text")),
    (OneOrMany(Text(max_length=2)), "Anna", refused("CD217", limit="2", found="4")),
    (Insights(), "~", ((), [])),
    (Insights(), "'Eine Erkenntnis'", refused(
        "CD203", expected="a list of points", found="'Eine Erkenntnis'",
        example="Eine Erkenntnis")),
    (Insights(), "{a: b}", refused("CD203", expected="a list of points",
                                   found="a group of fields", example="…")),
    (Insights(), "[{Ziel: x}]", (("Ziel: x",), [])),
    (Insights(), "[{Ziel: ~}]", ((InsightGroup("Ziel", ()),), [])),
    (Insights(), "[{Ziel: [a, '']}]", ((InsightGroup("Ziel", ("a",)),), [
        ("CD215", 2, 16, "v[1].Ziel[2]", {"expected": "a text"})])),
    (Insights(), "[{'': [a]}]", ((), [("CD215", 2, 6, "v[1]", {"expected": "a text"})])),
    (Insights(), "[[a]]", ((), [("CD213", 2, 5, "v[1]", {"found": "a list"})])),
    (Insights(), "[{a: 1, b: 2}]", ((), [("CD213", 2, 5, "v[1]",
                                          {"found": "a group of fields"})])),
    (Insights(), "[{Ziel: {x: y}}]", ((), [("CD203", 2, 5, "v[1]", {
        "expected": "a text", "found": "a group of fields"})])),
    (Point(), "{Ziel: ~}", refused("CD203", expected="a text", found="a group of fields")),
    # The sentence joined back is placed where its group was written.
    (Point(max_length=10), "{Ziel: mehr Austausch}", refused("CD217", limit="10", found="20")),
    (Point(), "{Ziel: [x]}", refused("CD203", expected="a text", found="a group of fields")),
])
def test_each_type_gives_its_value_or_its_issue(field_type: FieldType[Any], written: str,
                                               result: tuple[object, list[Reported]]) -> None:
    assert converted(field_type, written) == result


def test_a_repeated_list_entry_is_kept_once_and_told_where_it_was_first() -> None:
    tags = ListOf(Text(), once=True)
    assert converted(tags, "[KI, x, ki, Straße, STRASSE, ' ', ki]") == (("KI", "x", "Straße"), [
        ("CD215", 2, 33, "v[6]", {"expected": "a text"}),
        ("CD246", 2, 12, "v[3]", {"found": "ki", "first": "KI", "first_line": "2"}),
        ("CD246", 2, 24, "v[5]", {"found": "STRASSE", "first": "Straße", "first_line": "2"}),
        ("CD246", 2, 38, "v[7]", {"found": "ki", "first": "KI", "first_line": "2"})])


def test_entries_that_must_differ_are_told_at_the_second_with_the_first_line() -> None:
    node, _ = parse_yaml("v:\n  - name: Saal\n  - name: x\n    capacity: -1\n"
                         "  - name: SAAL\n  - [Küche]\n  - name: Werkstatt\n  - name: saal\n",
                         "x.md", 2)
    assert isinstance(node, Mapping)
    reported: list[Issue] = []
    rooms = ROOMS.convert(node.entries[0][1], Context("x.md", reported, "v"))
    # A wrong capacity keeps its default; a repeated name is told, not dropped.
    assert rooms == tuple(Room(name=name) for name in ("Saal", "x", "SAAL", "Werkstatt", "saal"))
    # An entry that is no room at all is told once, and the check goes on after it.
    assert [(issue.code, issue.location.line, issue.field, issue.params.get("found"),
             issue.params.get("first_line")) for issue in reported] == [
        ("CD209", 5, "v[2].capacity", "-1", None),
        ("CD203", 7, "v[4]", "a list", None),
        ("CD307", 6, "v[3]", "SAAL", "3"),
        ("CD307", 9, "v[6]", "saal", "3")]


@pytest.mark.parametrize(("word", "meaning", "with_initials"), [
    ("ja", True, True), ("JA ", True, True), ("Off", False, False), ("wahr", True, True),
    ("j", None, True), ("y", None, True), ("t", None, True), ("w", None, True),
    ("n", None, False), ("f", None, False),
    ("o", None, None),  # on or off
    ("", None, None), ("jaa", None, None), ("x", None, None),
])
def test_yes_and_no_words_and_their_initials(word: str, meaning: bool | None,
                                             with_initials: bool | None) -> None:
    assert Boolean.meaning(word) is meaning
    assert Boolean.meaning(word, initials=True) is with_initials


@pytest.mark.parametrize(("text", "address"), [
    ("www.example.org", "https://www.example.org"),
    ("WWW.Example.ORG", "https://WWW.Example.ORG"),
    ("example.org/a?b=c", "https://example.org/a?b=c"),
    ("sub.ex-ample.de", "https://sub.ex-ample.de"),
    ("info@example.org", "mailto:info@example.org"),
    ("a.b+c@x.de", "mailto:a.b+c@x.de"),
    ("example", ""), ("example.o", ""), ("a b.de", ""), ("@x.de", ""), ("x.de/ a", ""),
])
def test_a_web_address_written_without_its_scheme_is_found(text: str, address: str) -> None:
    assert web_address_of(text) == address


@pytest.mark.parametrize(("field_type", "described"), [
    (Text(), "text"), (Integer(), "whole number"), (Date(), "date (YYYY-MM-DD)"),
    (Url(), "web address"), (PageOrUrl(), "web address or a page"),
    (Boolean(), "`true` (also yes, on, ja, wahr) or `false` (also no, off, nein, falsch)"),
    (STATUS, "`draft` (also Entwurf) or `published` (also veröffentlicht)"),
    (Choice(("a", "b")), "`a` or `b`"),
    (Choice(("a", "b"), (("x", "a"), ("y", "b"), ("z", "b"))), "`a` (also x) or `b` (also y, z)"),
    (License(), "licence id (`CC BY-SA 4.0` is read as `CC-BY-SA-4.0`; also CC0, "
                "Alle Rechte vorbehalten, All rights reserved)"),
    (ListOf(Text()), "list of text"), (ROOMS, "list of Room (see below)"),
    (OneOrMany(Text()), "text or list of text"), (Insights(), "list of points"),
])
def test_each_type_names_itself_for_the_field_reference(field_type: FieldType[Any],
                                                        described: str) -> None:
    assert field_type.describe() == described


STRING_VALUES: list[tuple[FieldType[Any], str]] = [
    (field_type, text) for field_type, texts in (
        (Text(max_length=5), ("abcde", "abcdef", "a")),
        (LongText(max_length=5), ("abcde", "abcdef")),
        (Date(), ("2026-05-14", "2026-02-30", "14.5.2026", "2026-5-14")),
        (Time(), ("10:30", "9:05", "24:00", "10:60", "10.30", "23:59", "0:00", "09:5")),
        (Url(), ("https://x.de", "HTTP://x.de", "mailto:a@b.de", "ftp://x", "www.x.de",
                 "https://", "mailto:", "https://a b")),
        (Colour(), ("#abc", "#ABCDEF", "#12345", "red", "#abcd", "abc")),
        (PageOrUrl(), ("a.md", "seiten/a.MD", "https://x.de", "x.txt", "javascript:a.md",
                       "C:/a.md", "http://x.de/a.md", "a.md/x")),
        (Identifier(), ("slot-1", "Slot", "-a", "a" * 64, "a" * 65, "1")),
        (License(), ("CC-BY-4.0", "MIT", "x", "a b", "CC-BY-4", "gpl-3.0")),
        (Choice(("de", "en")), ("de", "en", "fr")),
    ) for text in texts]


@pytest.mark.parametrize(("field_type", "text"), STRING_VALUES)
def test_the_json_schema_accepts_a_text_exactly_when_check_does(field_type: FieldType[Any],
                                                                text: str) -> None:
    """What an editor marks as wrong, `campdoc check` refuses, and the other way round."""
    validator = jsonschema.Draft202012Validator(
        field_type.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    value, reported = converted(field_type, f"'{text}'")
    accepted = value is not INVALID and not any(code != "CD210" for code, *_ in reported)
    assert validator.is_valid(text) is accepted


@pytest.mark.parametrize(("field_type", "good", "bad"), [
    (Integer(minimum=1), [1, 500], [0, "1", 1.5]),
    (Boolean(), [True, False], ["ja", 1]),
    (ListOf(Text(), min_items=1), [["a"]], [[], "a", [""]]),
    (ListOf(Text()), [[], ["a", "b"]], ["a", None]),
    (OneOrMany(Text(max_length=3)), ["abc", ["a", "b"], []], ["abcd", ["abcd"], 3]),
    (Text(), ["a" * 300], ["a" * 301, "", 3]),
    (LongText(), ["a" * 20_000], ["a" * 20_001]),
    # Editors that do not check formats still see the pattern.
    (Date(), ["2026-05-14"], ["14.5.2026", "2026-5-14", 20260514]),
    (Time(), ["10:30"], ["10.30", 1030]),
    (Url(), ["https://x.de"], ["x.de", None]),
    (Colour(), ["#abc"], ["abc", 0xABC]),
    (PageOrUrl(), ["a.md", "https://x.de"], ["a.txt", 5, None]),
    (Identifier(), ["slot-1"], ["Slot", 1]),
    (License(), ["MIT"], ["M I T", 4.0]),
    (STATUS, ["draft"], ["Entwurf", None]),
])
def test_the_json_schema_of_other_types_agrees_with_their_limits(
        field_type: FieldType[Any], good: list[object], bad: list[object]) -> None:
    validator = jsonschema.Draft202012Validator(field_type.json_schema())
    assert [validator.is_valid(value) for value in good + bad] == [True] * len(good) + [
        False] * len(bad)


def test_the_json_schema_of_insights_is_the_recursive_point() -> None:
    schema = {"$defs": {"insight": insight_definition()}, **Insights().json_schema()}
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(["a", {"Ziel:": ["b", {"Tiefer:": ["c"]}]}, {"Fazit": None},
                               {"Ziel": "x"}])
    for bad in (["", "a"], [{"a": ["b"], "c": ["d"]}], [{}], [{"a": [""]}], [["a"]], "a",
                [{"a": 5}], [{"a": {"b": "c"}}]):
        assert not validator.is_valid(bad), bad
    assert Insights().value_type() == tuple[str | InsightGroup, ...]
    assert ListOf(Integer()).value_type() == tuple[int, ...]
    assert ROOMS.value_type() == tuple[Room, ...]


@pytest.mark.parametrize(("field_type", "expected"), [
    (Text(), "a text"), (LongText(), "a text"), (Point(), "a text"),
    (Integer(), "a whole number"), (Boolean(), "true or false"),
    (Date(), "a date (YYYY-MM-DD)"), (Time(), "a time (HH:MM)"), (Url(), "a web address"),
    (Colour(), "a colour such as #145a8d"), (PageOrUrl(), "a web address or a page"),
    (STATUS, "one of the allowed values"), (Identifier(), "an id"),
    (License(), "a licence id"),
])
def test_a_single_value_field_names_what_it_expected_instead_of_a_list_or_nothing(
        field_type: FieldType[Any], expected: str) -> None:
    assert converted(field_type, "[a]") == refused("CD203", expected=expected, found="a list")
    assert converted(field_type, "~") == refused("CD215", expected=expected)
    assert converted(field_type, '"a\\a"') == refused(  # YAML's escape of U+0007
        "CD222", char="U+0007 CONTROL CHARACTER", position="2")


def test_editors_are_offered_the_creative_commons_4_0_licences_and_cc0() -> None:
    assert set(License().json_schema()["examples"]) == {
        name for name in KNOWN_LICENSES if re.fullmatch(r"CC(-[A-Z]+)*-4\.0|CC0-1\.0", name)}
