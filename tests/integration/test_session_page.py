"""What a session page shows of the notes."""

from __future__ import annotations

import re
from pathlib import Path

from campdoc.site.build import build
from tests.conftest import make_project

HEAD = "---\ntitle: {}\nhosts:\n  - name: Ann\ninsights: [Eins]\n---\n"


def _notes(site: Path, slug: str) -> list[str]:
    page = (site / "camp" / "sessions" / f"{slug}.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="notes"[^>]*>(.*?)</section>', page, re.DOTALL)
    assert section is not None
    return re.findall(r"<h[2-6][^>]*>(.*?)</h[2-6]>", section[1])


def test_notes_that_open_with_their_own_notes_heading_show_it_once(tmp_path: Path) -> None:
    """Pads often start the notes with "## Notizen"; the page heads them so already."""
    project = make_project(tmp_path, {
        "pad.md": HEAD.format("Aus dem Pad") + "## Notizen\n\nWir haben gesammelt.\n",
        "english.md": HEAD.format("English") + "# Notes:\n\nWe collected.\n",
        "own.md": HEAD.format("Eigene") + "## Notizen vom Vormittag\n\nAm Vormittag.\n"})
    site = tmp_path / "site"
    assert not build(project, site).failed
    assert _notes(site, "pad") == ["Notizen"]
    assert _notes(site, "english") == ["Notizen"]
    assert _notes(site, "own") == ["Notizen", "Notizen vom Vormittag"]
    feed = (site / "camp" / "feed.xml").read_text(encoding="utf-8")
    assert feed.count("Wir haben gesammelt.") == 1
