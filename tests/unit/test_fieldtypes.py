"""Value types: what each accepts, and what it reports."""

from __future__ import annotations

import dataclasses
import typing

from campdoc.content.convert import INVALID, Context, field_for_word, spec, spec_of
from campdoc.content.fieldtypes import InsightGroup, Insights, Integer, License, Point, Url
from campdoc.content.frontmatter import Mapping, parse_yaml
from campdoc.content.links import is_safe_url
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
