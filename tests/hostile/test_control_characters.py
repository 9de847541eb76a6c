"""Threat: invisible characters in one-line fields that forge calendar entries, break XML or
make text read differently from how it is stored."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest

from tests.hostile.conftest import CAMP, build_project, write_project

MUTATION_TARGETS = "campdoc check"  # for mutation testing (tests/mutation/quick.py)

SESSION = "---\ntitle: {title}\nhosts: [{{name: {host}}}]\ntags: [{tag}]\ninsights: [x]\n---\n"


def _yaml(text: str) -> str:
    """A YAML double-quoted scalar that carries any character, controls as escapes."""
    def escaped(char: str) -> str:
        invisible = ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F or char in "\u2028\u2029" \
            or 0x202A <= ord(char) <= 0x202E or 0x2066 <= ord(char) <= 0x2069
        return f"\\u{ord(char):04x}" if invisible else json.dumps(char, ensure_ascii=False)[1:-1]

    return '"' + "".join(escaped(char) for char in text) + '"'


@pytest.mark.parametrize(("where", "char"), [
    ("title", "\r"), ("title", "\n"), ("title", "\x00"), ("title", "\x0b"), ("title", "\x7f"),
    ("title", "\x85"), ("title", "\u202e"), ("title", "\u2066"), ("title", "\t"),
    ("title", "\u2028"), ("host", "\u202d"), ("tag", "\x1b"),
])
def test_control_and_bidi_characters_in_one_line_fields_are_refused(tmp_path: Path, where: str,
                                                                     char: str) -> None:
    values = {"title": "Titel", "host": "Anna", "tag": "Schlagwort"}
    values[where] = f"Vor{char}nach"
    text = SESSION.format(**{key: _yaml(value) for key, value in values.items()})
    root = write_project(tmp_path, {"s.md": text})
    result, site = build_project(root)
    errors = [issue for issue in result.issues if issue.is_error]
    assert [issue.code for issue in errors] == ["CD222"]
    assert errors[0].location.line == {"title": 2, "host": 3, "tag": 4}[where]
    assert not site.exists()


def test_a_carriage_return_in_the_camp_name_cannot_forge_a_calendar_event(tmp_path: Path) -> None:
    forged = "Camp\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Gefälscht"
    camp = CAMP.replace("name: Sicherheitscamp", f"name: {_yaml(forged)}")
    root = write_project(tmp_path, {"s.md": SESSION.format(title="T", host="A", tag="t")}, camp)
    result, site = build_project(root)
    assert [(i.code, i.location.path, i.location.line) for i in result.issues if i.is_error] \
        == [("CD222", "sessions/camp/camp.yaml", 1)]
    assert not site.exists()


def test_control_characters_in_the_notes_are_refused_where_they_are(tmp_path: Path) -> None:
    text = SESSION.format(title="T", host="A", tag="t") + "Erste Zeile\nzweite \x00 Zeile\n"
    result, site = build_project(write_project(tmp_path, {"s.md": text}))
    (error,) = [issue for issue in result.issues if issue.is_error]
    assert (error.code, error.location.line, error.location.column) == ("CD222", 8, 8)
    assert not site.exists()


def test_paragraph_fields_keep_tabs_and_line_breaks_and_every_xml_file_parses(
        tmp_path: Path) -> None:
    description = "Zeile eins\n\tZeile zwei mit & und <b>\nDrei: „Anführung“ 😀"
    camp = CAMP.replace("license: CC-BY-4.0", f"license: CC-BY-4.0\ndescription: "
                        f"{_yaml(description)}")
    title = "Ampersand & <Spitze> \"Zitat\" — 😀 עברית"
    session = SESSION.format(title=_yaml(title), host=_yaml("Anna & Ben"), tag="a&b")
    root = write_project(tmp_path, {"s.md": session + "Text mit\tTab.\n"}, camp)
    (root / "campdoc.yaml").write_text("base_url: https://example.org/doku/\n")
    result, site = build_project(root)
    assert not result.failed, result.issues
    xml_files = sorted(site.rglob("*.xml"))
    assert [path.name for path in xml_files] == ["feed.xml", "sitemap.xml"]
    for path in xml_files:
        ET.parse(path)  # raises on anything that is not well-formed
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "camp" / "feed.xml").getroot()
    assert feed.findtext(f"{atom}entry/{atom}title") == title
    calendar = icalendar.Calendar.from_ical((site / "camp" / "camp.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [title]
