"""Every hint says how to fix the value, not what the field means (#17): the exact wording,
in English and German, for the values documenters most often get wrong."""

from __future__ import annotations

import pytest

from campdoc.content.convert import Context, Group
from campdoc.content.fieldtypes import (
    Boolean,
    Date,
    FieldType,
    Identifier,
    Insights,
    Integer,
    License,
    ListOf,
    Text,
    Time,
    Url,
)
from campdoc.content.frontmatter import Mapping, parse_yaml
from campdoc.content.schema import LANGUAGE, STATUS, Host
from campdoc.core.messages import hint_of, message_of

# field, its type, the value as written, code, English message, English hint, German hint
CASES: list[tuple[str, FieldType, str, str, str, str, str]] = [  # type: ignore[type-arg]
    ('participants', Integer(), 'ca. 20', 'CD209',
     "participants: expected a whole number of at least 0, found 'ca. 20'",
     'Write a whole number, in digits only, e.g. 20.',
     'Schreibe eine ganze Zahl, nur in Ziffern, z. B. 20.'),
    ('participants', Integer(), 'viele', 'CD209',
     "participants: expected a whole number of at least 0, found 'viele'",
     'Write a whole number, in digits only, e.g. 20.',
     'Schreibe eine ganze Zahl, nur in Ziffern, z. B. 20.'),
    ('date', Date(), '14.05.2026', 'CD205',
     "date: expected a date that exists, written YYYY-MM-DD, found '14.05.2026'",
     "Did you mean '2026-05-14'? Write the date as YYYY-MM-DD, e.g. 2026-05-14 for 14 "
     'May 2026.',
     "Meintest du '2026-05-14'? Schreibe das Datum als JJJJ-MM-TT, z. B. 2026-05-14 für "
     'den 14. Mai 2026.'),
    # Read as `campdoc new --date` reads it: two-digit years are this century.
    ('date', Date(), '14.3.25', 'CD205',
     "date: expected a date that exists, written YYYY-MM-DD, found '14.3.25'",
     "Did you mean '2025-03-14'? Write the date as YYYY-MM-DD, e.g. 2026-05-14 for 14 "
     'May 2026.',
     "Meintest du '2025-03-14'? Schreibe das Datum als JJJJ-MM-TT, z. B. 2026-05-14 für "
     'den 14. Mai 2026.'),
    ('date', Date(), '31.02.2025', 'CD205',
     "date: expected a date that exists, written YYYY-MM-DD, found '31.02.2025'",
     'Write the date as YYYY-MM-DD, e.g. 2026-05-14 for 14 May 2026.',
     'Schreibe das Datum als JJJJ-MM-TT, z. B. 2026-05-14 für den 14. Mai 2026.'),
    ('start', Time(), '9.30 Uhr', 'CD206',
     "start: expected a time of day written HH:MM, found '9.30 Uhr'",
     "Did you mean '09:30'? Write the time as HH:MM on the 24-hour clock, e.g. 09:30 or "
     '14:00.',
     "Meintest du '09:30'? Schreibe die Uhrzeit als HH:MM im 24-Stunden-Format, z. B. "
     '09:30 oder 14:00.'),
    ('date', Date(), 'Mai 2026', 'CD205',
     "date: expected a date that exists, written YYYY-MM-DD, found 'Mai 2026'",
     'Write the date as YYYY-MM-DD, e.g. 2026-05-14 for 14 May 2026.',
     'Schreibe das Datum als JJJJ-MM-TT, z. B. 2026-05-14 für den 14. Mai 2026.'),
    ('start', Time(), '10.30', 'CD206',
     "start: expected a time of day written HH:MM, found '10.30'",
     "Did you mean '10:30'? Write the time as HH:MM on the 24-hour clock, e.g. 09:30 or "
     '14:00.',
     "Meintest du '10:30'? Schreibe die Uhrzeit als HH:MM im 24-Stunden-Format, z. B. "
     '09:30 oder 14:00.'),
    ('start', Time(), '10 Uhr', 'CD206',
     "start: expected a time of day written HH:MM, found '10 Uhr'",
     "Did you mean '10:00'? Write the time as HH:MM on the 24-hour clock, e.g. 09:30 or "
     '14:00.',
     "Meintest du '10:00'? Schreibe die Uhrzeit als HH:MM im 24-Stunden-Format, z. B. "
     '09:30 oder 14:00.'),
    ('url', Url(), 'www.example.org', 'CD207',
     'url: expected a web address starting with https://, http:// or mailto:, found '
     "'www.example.org'",
     "Did you mean 'https://www.example.org'? Copy the full address from the browser's "
     'address bar.',
     "Meintest du 'https://www.example.org'? Kopiere die vollständige Adresse aus der "
     'Adresszeile des Browsers.'),
    ('url', Url(), 'info@example.org', 'CD207',
     'url: expected a web address starting with https://, http:// or mailto:, found '
     "'info@example.org'",
     "Did you mean 'mailto:info@example.org'? Copy the full address from the browser's "
     'address bar.',
     "Meintest du 'mailto:info@example.org'? Kopiere die vollständige Adresse aus der "
     'Adresszeile des Browsers.'),
    ('status', STATUS, 'fertig', 'CD208',
     "status: expected one of draft, published, found 'fertig'",
     'Write exactly one of: draft, published.',
     'Schreibe genau einen dieser Werte: draft, published.'),
    ('status', STATUS, 'Entwürfe', 'CD208',
     "status: expected one of draft, published, found 'Entwürfe'",
     "Did you mean 'draft'? Write exactly one of: draft, published.",
     "Meintest du 'draft'? Schreibe genau einen dieser Werte: draft, published."),
    ('publish_name', Boolean(), 'nain', 'CD208',
     "publish_name: expected one of true, false, found 'nain'",
     "Did you mean 'false'? Write exactly one of: true, false.",
     "Meintest du 'false'? Schreibe genau einen dieser Werte: true, false."),
    ('license', License(), 'CC BY 4.0 international', 'CD211',
     "license: expected an SPDX licence identifier such as CC-BY-4.0, found 'CC BY 4.0 "
     "international'",
     'Write the identifier without spaces, as listed on https://spdx.org/licenses/.',
     'Schreibe die Kennung ohne Leerzeichen, wie sie auf https://spdx.org/licenses/ '
     'steht.'),
    ('slot', Identifier(), 'Slot 1', 'CD214',
     "slot: expected an id of lower-case letters, digits and '-', found 'Slot 1'",
     "Write it with lower-case letters, digits and '-' only, e.g. 'slot-1'.",
     "Schreibe sie nur mit Kleinbuchstaben, Ziffern und '-', z. B. 'slot-1'."),
    ('title', Text(max_length=5), 'zu lang hier', 'CD217',
     'title: expected at most 5 characters, found 12',
     'Shorten it to at most 5 characters; what does not fit can go in the Markdown below the '
     'front matter.',
     'Kürze auf höchstens 5 Zeichen; was nicht hineinpasst, kann in den Markdown-Teil unter '
     'dem Kopfbereich.'),
    ('title', Text(), '[a, b]', 'CD203',
     'title: expected a text, found a list',
     'Write the text on the same line, right after the colon.',
     'Schreibe den Text in dieselbe Zeile, direkt hinter den Doppelpunkt.'),
    ('title', Text(), '""', 'CD215',
     'title: expected a text, found an empty value',
     'Write the text on the same line, right after the colon.',
     'Schreibe den Text in dieselbe Zeile, direkt hinter den Doppelpunkt.'),
    ('hosts', ListOf(Group(Host), min_items=1), 'Anna Beispiel', 'CD203',
     "hosts: expected a list, found 'Anna Beispiel'",
     "Write one entry per line below the field, each starting with '- ', such as '  - "
     "name: Anna Beispiel'.",
     "Schreibe darunter einen Eintrag pro Zeile, jeden beginnend mit '- ', etwa '  - "
     "name: Anna Beispiel'."),
    ('hosts', ListOf(Group(Host), min_items=1), '[]', 'CD204',
     'hosts: expected at least 1 entry, found none',
     "Add at least 1 entry on the lines below, such as '  - name: …'.",
     "Ergänze darunter mindestens 1 Eintrag, etwa '  - name: …'."),
    ('tags', ListOf(Text(), max_items=2), '[a, b, c]', 'CD217',
     'tags: expected at most 2 entries, found 3',
     'Shorten it to at most 2 entries; what does not fit can go in the Markdown below the '
     'front matter.',
     'Kürze auf höchstens 2 Einträge; was nicht hineinpasst, kann in den Markdown-Teil unter '
     'dem Kopfbereich.'),
    ('tags', ListOf(Text(), once=True), '[Straße, STRASSE]', 'CD246',
     "tags[2]: 'STRASSE' is listed twice (first as 'Straße' at line 2); it is shown once",
     'Delete this entry.', 'Lösche diesen Eintrag.'),
    ('tags', ListOf(Text()), 'KI, Ethik', 'CD203',
     "tags: expected a list, found 'KI, Ethik'",
     "Write one entry per line below the field, each starting with '- ', such as '  - "
     "KI'.",
     "Schreibe darunter einen Eintrag pro Zeile, jeden beginnend mit '- ', etwa '  - "
     "KI'."),
    ('insights', Insights(), 'Text', 'CD203',
     "insights: expected a list of points, found 'Text'",
     "Write one point per line below the field, each starting with '- ', such as '  - "
     "Text'.",
     "Schreibe darunter einen Punkt pro Zeile, jeden beginnend mit '- ', etwa '  - "
     "Text'."),
    ('organizer', Group(Host), 'Verein', 'CD203',
     "organizer: expected a group of fields, found 'Verein'",
     'Write its fields on the lines below, indented by two spaces, one per line, such as '
     "'  name: Verein'.",
     'Schreibe seine Felder in die Zeilen darunter, um zwei Leerzeichen eingerückt, eins '
     "pro Zeile, etwa '  name: Verein'."),
]


@pytest.mark.parametrize(("field", "kind", "written", "code", "message", "hint", "hint_de"),
                         CASES, ids=[f"{case[0]}={case[2]}" for case in CASES])
def test_hint_says_how_to_fix(field: str, kind: FieldType, written: str,  # type: ignore[type-arg]
                              code: str, message: str, hint: str, hint_de: str) -> None:
    node, _ = parse_yaml(f"v: {written}\n", "x.md", 2)
    assert isinstance(node, Mapping)
    issues: list = []
    kind.convert(node.entries[0][1], Context("x.md", issues, field))
    assert [(issue.code, message_of(issue, "en"), hint_of(issue, "en"), hint_of(issue, "de"))
            for issue in issues] == [(code, message, hint, hint_de)]


@pytest.mark.parametrize(("kind", "written", "value"), [
    (STATUS, "Entwurf", "draft"), (STATUS, "veröffentlicht", "published"),
    (STATUS, "Veroeffentlicht", "published"), (STATUS, "DRAFT", "draft"),
    (LANGUAGE, "Deutsch", "de"), (LANGUAGE, "english", "en"), (LANGUAGE, "de-DE", "de"),
    (Boolean(), "Ja", True), (Boolean(), "nein", False), (Boolean(), "wahr", True),
    (Boolean(), "FALSE", False),
    (License(), "CC BY-SA 4.0", "CC-BY-SA-4.0"), (License(), "cc0", "CC0-1.0"),
    (License(), "Alle Rechte vorbehalten", "LicenseRef-All-Rights-Reserved"),
], ids=lambda value: str(value) if isinstance(value, str | bool) else type(value).__name__)
def test_common_other_words_are_read_as_the_value(kind: FieldType,  # type: ignore[type-arg]
                                                   written: str, value: object) -> None:
    node, _ = parse_yaml(f"v: {written}\n", "x.md", 2)
    assert isinstance(node, Mapping)
    issues: list = []
    assert kind.convert(node.entries[0][1], Context("x.md", issues, "v")) == value
    assert issues == []


@pytest.mark.parametrize(("answer", "meaning"), [
    ("j", True), ("Ja", True), ("y", True), ("yes", True), ("wahr", True),
    ("n", False), ("nein", False), ("NO", False), ("falsch", False),
    ("o", None), ("vielleicht", None), ("", None)])
def test_a_question_on_the_terminal_understands_the_yaml_yes_no_words(
        answer: str, meaning: bool | None) -> None:
    """``campdoc new`` asks yes/no with the same table as the YAML reads ('o' is on or off)."""
    assert Boolean.meaning(answer, initials=True) is meaning
    assert Boolean.meaning(answer) is (meaning if len(answer) > 1 else None)


def test_the_other_words_are_in_the_field_reference() -> None:
    assert STATUS.describe() == ("`draft` (also Entwurf) or `published` (also veröffentlicht, "
                                 "publiziert)")
    assert Boolean().describe() == ("`true` (also yes, on, ja, wahr) or `false` (also no, off, "
                                    "nein, falsch)")
