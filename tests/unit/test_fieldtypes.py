"""Value types: what each accepts, and what it reports."""

from __future__ import annotations

from campdoc.content.fieldtypes import (
    INVALID,
    Context,
    InsightGroup,
    Insights,
    License,
    Point,
    Url,
    is_safe_url,
)
from campdoc.content.frontmatter import Mapping, parse_yaml
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
