"""Typed content as plain data, and that data written as a session file's front matter:
exact output, since sessions.json and `campdoc import json` depend on both."""

from __future__ import annotations

import datetime as dt

import yaml

from campdoc.content.data import as_data, session_file, yaml_document
from campdoc.content.fieldtypes import InsightGroup
from campdoc.content.schema import Host, SessionMeta, Slot


def test_only_fields_that_differ_from_their_defaults_are_data() -> None:
    meta = SessionMeta(
        title="Ehrenamt digital", hosts=(Host(name="Anna", organization="Verein"),),
        insights=("Erstens", InsightGroup(heading="Zweitens", items=("a", "b"))),
        date=dt.date(2026, 5, 16), status="published")
    assert as_data(meta) == {
        "title": "Ehrenamt digital",
        # A host's publish_name is true by default, so it is left out like status.
        "hosts": [{"name": "Anna", "organization": "Verein"}],
        "insights": ["Erstens", {"Zweitens": ["a", "b"]}],
        "date": "2026-05-16",
    }


def test_a_required_field_without_a_value_is_left_out() -> None:
    assert as_data(SessionMeta(title="T", hosts=(), insights=("x",))) == {
        "title": "T", "insights": ["x"]}  # and the fields after it are still read


def test_times_are_hours_and_minutes() -> None:
    slot = Slot(id="s1", start=dt.time(9, 5), end=dt.time(10, 30, 59))
    assert as_data(slot) == {"id": "s1", "start": "09:05", "end": "10:30"}


def test_a_false_value_that_is_not_the_default_is_kept() -> None:
    assert as_data(Host(name="Anna", publish_name=False)) == {"name": "Anna",
                                                              "publish_name": False}


def test_front_matter_is_written_as_people_write_it() -> None:
    shared = ["x"]
    data = {
        "title": "Größe zählt", "room": "saal",
        "hosts": [{"name": "Anna", "organization": "Verein"}],
        "insights": ["a", {"Gruppe": ["b"]}],
        "summary": "Zeile 1\nZeile 2",
        "trailing": "Leerzeichen \nam Ende", "leading": " vorne\nx", "bell": "a\x07\nb",
        "yes": "yes", "one": shared, "two": shared, "long": "w " * 60, "n": 3,
    }
    assert yaml_document(data) == (
        'title: "Größe zählt"\n'  # quoted, and not escaped
        "room: saal\n"  # a lower-case word stays plain, as people write field names
        "hosts:\n"
        '  - name: "Anna"\n'  # lists indented under their key
        '    organization: "Verein"\n'
        "insights:\n"
        "  - a\n"
        '  - "Gruppe":\n'
        "      - b\n"
        "summary: |-\n"  # line breaks as a literal block
        "  Zeile 1\n"
        "  Zeile 2\n"
        # A block cannot carry trailing spaces, a leading space or a control character.
        'trailing: "Leerzeichen \\nam Ende"\n'
        'leading: " vorne\\nx"\n'
        'bell: "a\\a\\nb"\n'
        '"yes": "yes"\n'  # YAML 1.1 would read a plain yes as true
        "one:\n  - x\n"
        "two:\n  - x\n"  # the same list twice is written twice, never as an alias
        f'long: "{"w " * 60}"\n'  # never wrapped
        '"n": 3\n')
    assert yaml.safe_load(yaml_document(data)) == data


def test_a_text_with_an_indented_line_is_a_block_but_invisible_spaces_are_quoted() -> None:
    assert yaml_document({"summary": "Liste:\n  - eins"}) == "summary: |-\n  Liste:\n    - eins\n"
    # A no-break or zero-width space would be invisible in a block: quoted, where the
    # line it stands in shows its end.
    for space in ("\u00a0", "\u200b"):
        text = f"a{space}b\nc"
        assert yaml_document({"summary": text}) == f'summary: "a{space}b\\nc"\n'
        assert yaml.safe_load(yaml_document({"summary": text})) == {"summary": text}


def test_a_session_file_is_front_matter_then_the_notes() -> None:
    assert session_file({"title": "T"}, "Notizen\n") == '---\ntitle: "T"\n---\nNotizen\n'
