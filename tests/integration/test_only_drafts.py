"""A camp whose sessions are all drafts: nothing of them is published, and the feed and the
calendar still have a time stamp that depends on the content alone."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest

from campdoc.site.build import build
from tests.conftest import make_project

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
DRAFT = ("---\ntitle: Entwurf\nstatus: draft\nhosts: [{name: Ann}]\nroom: Saal\nslot: s1\n"
         "insights: [Eins]\n---\n")


def test_feed_and_calendar_of_a_camp_with_only_drafts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without SOURCE_DATE_EPOCH the feed is dated by its latest session; with none
    published, by the start of the camp's first day, in the camp's zone."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project = make_project(tmp_path, {"entwurf.md": DRAFT})
    assert not build(project, project / "site").failed
    camp = project / "site" / "camp"
    feed = ET.parse(camp / "feed.xml").getroot()
    assert feed.findtext("atom:updated", namespaces=ATOM) == "2026-05-16T00:00:00+02:00"
    assert feed.findall("atom:entry", ATOM) == []
    calendar = icalendar.Calendar.from_ical((camp / "camp.ics").read_bytes())
    assert calendar.walk("VEVENT") == []
    assert calendar.walk("VTIMEZONE") == []  # no times to place in a zone
    assert not (camp / "sessions").exists() or list((camp / "sessions").iterdir()) == []
