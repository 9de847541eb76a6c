"""Threat: hostile values in session front matter and camp.yaml, wherever they are rendered:
<title>, meta tags, attributes, Pagefind metadata, the fallback index, feeds and sitemap."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from campdoc.site.build import BuildResult, build
from tests.conftest import site_scope
from tests.hostile.conftest import build_project, write_project
from tests.hostile.safety import site_problems
from tests.site_tools import readable_text

MUTATION_TARGETS = "campdoc check"  # for mutation testing (tests/mutation/quick.py)

PAYLOAD_TITLE = "</title><script>alert(1)</script>{{ 7*7 }}"
CAMP = """\
name: "Camp <script>alert('name')</script> {{ 7*7 }}"
description: "<img src=x onerror=alert(1)> [klick](javascript:alert(1))"
date: 2026-05-16
location: "\\"><svg onload=alert(1)>"
organizer:
  name: "<b onmouseover=alert(1)>Orga</b>"
  url: "https://example.org/\\"><script>alert(1)</script>"
funding_notice: "</p><script>alert('notice')</script>"
funders:
  - name: "' onerror='alert(1)"
    url: "https://example.org/?a=<b>&c=\\"d\\""
rooms:
  - name: "<iframe src=javascript:alert(1)>"
slots:
  - id: s1
    title: "<script>alert('slot')</script>"
    start: "10:00"
    end: "11:00"
"""
SESSION = """\
---
title: "</title><script>alert(1)</script>{{ 7*7 }}"
subtitle: "\\"><img src=x onerror=alert(1)>"
hosts:
  - name: "</script><script>alert('host')</script>"
    organization: "' onmouseover='alert(1)"
    url: "https://example.org/\\"onclick=\\"alert(1)"
  - name: "Geheim <script>"
    publish_name: false
questions:
  - "<script>alert('q')</script> [x](javascript:alert(1))"
insights:
  - "**fett** <img src=x onerror=alert(1)>"
  - "<svg onload=alert(1)>:":
      - "[y](data:text/html,<script>alert(1)</script>)"
tags: ["<svg/onload=alert(1)>", "{{7*7}}", "\\" data-pagefind-filter=\\"x"]
room: "<iframe src=javascript:alert(1)>"
slot: s1
documented_by: "<script>alert('doc')</script>"
links:
  - title: "\\"><script>alert('link')</script>"
    url: "https://example.org/'><script>alert(1)</script>"
---
Text with line separators that end a JavaScript string: a\u2028b\u2029c.
"""


@pytest.fixture(scope=site_scope)
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    root = tmp_path_factory.mktemp("values")
    write_project(root, {"boese.md": SESSION}, CAMP)
    (root / "campdoc.yaml").write_text(
        'title: "<script>alert(1)</script>"\nbase_url: "https://example.org/doku/"\n',
        encoding="utf-8")
    # With the booklet: its HTML is checked with every other page below, its PDF here.
    return build(root, root / "site", booklet=True), root / "site"


def test_the_build_succeeds(built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    assert not result.failed, [i for i in result.issues if i.is_error]


def test_every_page_is_safe(built: tuple[BuildResult, Path]) -> None:
    _, site = built
    assert site_problems(site) == {}


def test_values_are_shown_literally(built: tuple[BuildResult, Path]) -> None:
    markup = (built[1] / "camp" / "sessions" / "boese.html").read_text(encoding="utf-8")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}" in markup
    assert "&lt;/script&gt;&lt;script&gt;alert(&#39;host&#39;)&lt;/script&gt;" in markup
    assert "49" not in markup


def test_feed_and_sitemap_stay_well_formed(built: tuple[BuildResult, Path]) -> None:
    feed = ET.parse(built[1] / "camp" / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entry = feed.find(f"{atom}entry")
    assert entry is not None
    assert entry.findtext(f"{atom}title") == PAYLOAD_TITLE
    authors = [a.findtext(f"{atom}name") for a in entry.findall(f"{atom}author")]
    assert authors == ["</script><script>alert('host')</script>"]
    sitemap = ET.parse(built[1] / "sitemap.xml").getroot()
    addresses = [loc.text or "" for loc in
                 sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://example.org/doku/camp/sessions/boese.html" in addresses
    assert [a for a in addresses if not a.startswith("https://example.org/doku/")] == []


def test_fallback_index_is_inert_and_exact(built: tuple[BuildResult, Path]) -> None:
    text = (built[1] / "camp" / "search-index.js").read_text(encoding="utf-8")
    assert "<" not in text and "\u2028" not in text and "\u2029" not in text
    data = json.loads(text.split("=", 1)[1].rstrip().rstrip(";"))
    assert data["documents"][0]["title"] == PAYLOAD_TITLE


def test_unpublished_name_is_nowhere_even_hostile(built: tuple[BuildResult, Path]) -> None:
    for path in built[1].rglob("*"):
        if path.is_file():
            assert "Geheim" not in readable_text(path), path


def test_booklet_pdf_shows_values_as_text_and_no_hidden_name(
        built: tuple[BuildResult, Path]) -> None:
    pdf = built[1] / "camp" / "booklet.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    words = " ".join(text.replace("\u2010\n", "").split())
    assert "Geheim" not in words
    assert "alert('host')" in words  # shown as text, like on the pages
    assert "</title><script>alert(1)</script>{{ 7*7 }}" in words


def test_url_fields_refuse_other_schemes(tmp_path: Path) -> None:
    for url in ("javascript:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example",
                " javascript:alert(1)", "JAVASCRIPT:x", "file:///etc/passwd"):
        session = f'---\ntitle: x\nhosts: [{{name: A, url: "{url}"}}]\ninsights: [a]\n---\n'
        root = write_project(tmp_path / str(abs(hash(url))), {"s.md": session})
        result, site = build_project(root)
        assert [i.code for i in result.issues if i.is_error] == ["CD207"], url
        assert not site.exists()
