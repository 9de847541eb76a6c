"""Text-only places: meta descriptions, Open Graph, the feed and the web app manifest,
read back by independent clients (an HTML parser, feedparser)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from campdoc.core.words import short_name
from tests.conftest import build_sample_site, site_scope

LEIPZIG = "engagementcamp-leipzig-2026"
KASSEL = "sozialcamp-kassel-2025"
BREMEN = "open-data-day-bremen-2024"
BASE = "https://campdoc-beispiel.github.io/barcamp-doku/"


@pytest.fixture(scope=site_scope)
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_site(tmp_path_factory.mktemp("text-places"))


class _Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        key = found.get("name") or found.get("property")
        if tag == "meta" and key in ("description", "og:description"):
            self.values[key] = found.get("content") or ""


def _descriptions(page: Path) -> dict[str, str]:
    parser = _Meta()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.values


def test_no_markdown_in_any_meta_description(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    described = 0
    for page in pages:
        for key, value in _descriptions(page).items():
            described += 1
            assert "*" not in value and "](" not in value and "`" not in value, (page, key)
    assert described > len(pages)  # most pages have both


def test_camp_description_keeps_its_words_without_the_markup(site: Path) -> None:
    values = _descriptions(site / LEIPZIG / "index.html")
    assert values["description"].startswith("Ein Tag, fünf Räume")
    assert "Beim Engagementcamp Leipzig haben" in values["description"]
    assert values["og:description"] == values["description"]


def test_feed_subtitle_and_entries_as_a_feed_reader_sees_them(site: Path) -> None:
    feed = feedparser.parse((site / BREMEN / "feed.xml").read_bytes(),
                            response_headers={"content-location": f"{BASE}{BREMEN}/feed.xml",
                                              "content-type": "application/atom+xml"})
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.subtitle.startswith("A one-day barcamp held in English")
    assert "open data help small associations" in feed.feed.subtitle
    assert "*" not in feed.feed.subtitle
    maps = next(e for e in feed.entries if e.title == "Accessible maps with OpenStreetMap")
    assert maps.link == f"{BASE}{BREMEN}/sessions/accessible-maps-with-openstreetmap.html"
    (content,) = maps.content
    assert content.type == "text/html"
    # The whole session, not a teaser: the insights and the notes' last paragraph.
    assert "<li>A mapping walk with people who use wheelchairs" in content.value
    assert "StreetComplete app, which" in content.value


def test_feed_photo_addresses_resolve_to_the_published_photos(site: Path) -> None:
    feed = feedparser.parse((site / LEIPZIG / "feed.xml").read_bytes(),
                            response_headers={"content-location": f"{BASE}{LEIPZIG}/feed.xml",
                                              "content-type": "application/atom+xml"})
    entry = next(e for e in feed.entries
                 if e.title == "Digitale Vereinsarbeit mit einfachen Werkzeugen")
    (content,) = entry.content
    sources = [part.split('"')[1] for part in content.value.split("src=")[1:]]
    assert sources
    for source in sources:
        assert source.startswith(BASE), source  # resolved against xml:base by the reader
        assert (site / source.removeprefix(BASE)).is_file(), source


def test_manifest_short_names_are_whole_words(site: Path) -> None:
    names = {camp: json.loads((site / camp / "manifest.webmanifest").read_text())["short_name"]
             for camp in (LEIPZIG, KASSEL, BREMEN)}
    assert names == {LEIPZIG: "Engagementcamp", KASSEL: "Sozialcamp", BREMEN: "ODD Bremen"}


@pytest.mark.parametrize(("name", "expected"), [
    ("Sozialcamp Kassel 2025 – Soziale Arbeit digital", "Sozialcamp"),
    ("Barcamp Kiel 2026", "Barcamp Kiel"),
    ("OSC – Open Social Camp", "OSC"),
    ("Camp 2026", "Camp 2026"),
    ("Engagementcampus", "Engagementcampus"),  # too long, but never cut inside a word
])
def test_short_name_cuts_at_a_word_boundary(name: str, expected: str) -> None:
    assert short_name(name) == expected
