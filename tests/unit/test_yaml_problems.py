"""YAML syntax errors as users meet them: every parser problem told in German and English
with a fix, under libyaml and under PyYAML's pure-Python parser alike, and the two common
causes (': ' in a value, „…“ as quotes) named at their column."""

from __future__ import annotations

import pytest
import yaml

import campdoc.content.frontmatter as frontmatter
from campdoc.content.frontmatter import Mapping, Node, Scalar, parse_yaml
from campdoc.content.yaml_problems import quoted, syntax_finding
from campdoc.core.issues import Issue, Location
from campdoc.core.messages import hint_of, message_of

# name: (YAML text, read from line 2 of a file; [(code, line, column)] under libyaml)
CASES: dict[str, tuple[str, list[tuple[str, int, int]]]] = {
    "colon-in-value": ("title: Förderung: digital und einfach\nhosts: [{name: A}]\n",
                       [("CD112", 2, 17)]),
    "colon-in-list-entry": ("insights:\n  - Ziel: mehr: Austausch\n", [("CD112", 3, 15)]),
    "two-fields-on-one-line": ("hosts:\n  - name: A, organization: B\n", [("CD112", 3, 26)]),
    "german-quotes": ("title: „Förderung: digital“\n", [("CD113", 2, 8)]),
    "english-quotes": ("title: “Förderung: digital”\n", [("CD113", 2, 8)]),
    "straight-then-german-quote": ('title: "Förderung: digital“\nhosts:\n  - name: A\n',
                                   [("CD113", 2, 8)]),
    "single-then-typographic": ("title: 'Förderung: digital’\n", [("CD113", 2, 8)]),
    "unclosed-double-quote": ('title: "Förderung\nhosts:\n  - name: A\n', [("CD103", 2, 8)]),
    "unclosed-single-quote": ("title: 'Förderung\nhosts:\n  - name: A\n", [("CD103", 2, 8)]),
    "apostrophe-in-single-quotes": ("title: 'Anna's Idee'\n", [("CD103", 2, 14)]),
    "quote-then-text": ('title: "Wir" sind da\n', [("CD103", 2, 14)]),
    "bracket-then-text": ("title: [Entwurf] Neue Ideen\n", [("CD103", 2, 18)]),
    "brace-then-text": ("title: {Entwurf} Neue Ideen\n", [("CD103", 2, 18)]),
    "bracket-too-many": ("tags: [a]]\n", [("CD103", 2, 10)]),
    "list-field-indented-too-far": ("hosts:\n  - name: A\n   organization: B\n",
                                    [("CD103", 4, 4)]),
    "list-field-indented-too-little": ("hosts:\n  - name: A\n organization: B\n",
                                       [("CD103", 4, 2)]),
    "field-indented-under-text": ("title: A\n  subtitle: B\n", [("CD103", 3, 11)]),
    "line-without-colon": ("title: A\nsubtitle B\nroom: C\n", [("CD103", 3, 1)]),
    "no-space-after-colon": ("title:Foo\nroom: x\n", [("CD103", 2, 1)]),
    "list-entry-out-of-line": ("tags:\n  - a\n b\n", [("CD103", 4, 2)]),
    "field-after-list-entry": ("tags:\n  - a\n  b: c\n", [("CD103", 4, 3)]),
    "dash-in-mapping": ("title: a\n- b\n", [("CD103", 3, 1)]),
    "list-on-field-line": ("hosts: - name: A\n", [("CD103", 2, 8)]),
    "flow-list-unclosed": ("tags: [a, b\nroom: C\n", [("CD103", 3, 5)]),
    "flow-list-unclosed-at-end": ("title: [a,\n", [("CD103", 3, 1)]),
    "flow-group-unclosed": ("hosts: [{name: A]\n", [("CD103", 2, 17)]),
    "flow-list-colon": ("tags: [a: b: c]\n", [("CD103", 2, 12)]),
    "flow-list-empty-entry": ("tags: [a, , b]\n", [("CD103", 2, 11)]),
    "closing-bracket-first": ("title: ]a\n", [("CD103", 2, 8)]),
    "backslash-in-double-quotes": ('title: "C:\\Users"\n', [("CD103", 2, 13)]),
    "short-unicode-escape": ('title: "\\u12"\n', [("CD103", 2, 11)]),
    "markdown-emphasis-first": ("title: *wichtig* ist das\n", [("CD103", 2, 8)]),
    "ampersand-first": ("title: & Co\n", [("CD103", 2, 8)]),
    "at-sign-first": ("title: @anna\n", [("CD103", 2, 8)]),
    "backtick-first": ("title: `code`\n", [("CD103", 2, 8)]),
    "greater-than-first": ("title: > 18 Jahre\n", [("CD103", 2, 8)]),
    "pipe-first": ("title: | Wer | Was |\n", [("CD103", 2, 8)]),
    "block-indicator-with-text": ("description: |x\n  a\n", [("CD103", 2, 14)]),
    "block-indicator-zero": ("description: |0\n  a\n", [("CD103", 2, 14)]),
    "tag-handle": ("title: !x!y a\n", [("CD103", 2, 8)]),
    "tag-uri": ("title: !<a\n", [("CD103", 2, 8)]),
    "directive-twice": ("%YAML 1.1\n%YAML 1.1\n---\na: b\n", [("CD103", 3, 1)]),
    "document-start-in-quotes": ('title: "a\n---\nb"\n', [("CD103", 2, 8)]),
    "second-document": ("description: |\n  a\n---\n", [("CD103", 4, 1)]),
    "lone-colon": (": a\n", [("CD103", 2, 1)]),
    "control-character": ("title: a\x07b\n", [("CD103", 2, 9)]),
    "noncharacter": ("title: a\uffffb\n", [("CD103", 2, 9)]),
    "tab-indentation": ("hosts:\n\t- name: A\n", [("CD104", 3, 1)]),
}
# Where PyYAML's own parser stops elsewhere than libyaml (or at all).
PURE_PYTHON = {"directive-twice": [("CD103", 3, 1)]}


def _parse(text: str, parser: type, name: str) -> tuple[Node | None, list[Issue]]:
    # A path per parser, so the cache never answers for the other one.
    return parse_yaml(text, f"{name}-{parser.__name__}.md", 2, repair=True)


@pytest.fixture(params=[getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml.SafeLoader],
                ids=["libyaml", "pure-python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> type:
    monkeypatch.setattr(frontmatter, "_Parser", request.param)
    return request.param


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_problem_is_told_in_both_languages_with_a_fix(parser: type, name: str) -> None:
    text, expected = CASES[name]
    _, issues = _parse(text, parser, name)
    if parser is yaml.SafeLoader:
        expected = PURE_PYTHON.get(name, expected)
    assert [(i.code, i.location.line, i.location.column) for i in issues] == expected
    for issue in issues:
        for language in ("de", "en"):
            assert hint_of(issue, language), (issue, language)
        # The German text is campdoc's own, never the parser's English.
        assert "Meldung des YAML-Lesers" not in message_of(issue, "de")
        assert message_of(issue, "de") != message_of(issue, "en")


def test_a_tab_inside_a_value_is_refused_only_by_the_pure_python_parser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frontmatter, "_Parser", yaml.SafeLoader)
    _, issues = _parse("title:\tx\n", yaml.SafeLoader, "tab-in-value")
    assert [(i.code, i.location.line, i.location.column, message_of(i, "en"), hint_of(i, "en"))
            for i in issues] == [
        ("CD103", 2, 7, "this is not valid YAML: a tab character stands where YAML expects spaces",
         "Replace the tab with spaces.")]


def test_colon_in_value_names_the_column_and_the_quoted_line() -> None:
    _, issues = parse_yaml("insights:\n  - Ziel: mehr: Austausch\n", "x.md", 2, repair=True)
    assert [(message_of(i, "en"), hint_of(i, "en")) for i in issues] == [
        ("Ziel: the value contains ': ' (column 15), which YAML reads as the start of another "
         "field", "Put the whole value in double quotes: - Ziel: \"mehr: Austausch\"")]
    assert [(message_of(i, "de"), hint_of(i, "de")) for i in issues] == [
        ("Ziel: der Wert enthält ': ' (Spalte 15); YAML liest das als Beginn eines weiteren "
         "Felds", "Setze den ganzen Wert in gerade Anführungszeichen: - Ziel: \"mehr: "
         "Austausch\"")]


def test_a_repaired_file_is_read_on_with_the_value_the_author_meant() -> None:
    text = "title: Förderung: digital\nsubtitle: „Teil 2: Praxis“\nroom: Saal\n"
    node, issues = parse_yaml(text, "x.md", 2, repair=True)
    assert [issue.code for issue in issues] == ["CD112", "CD113"]
    assert isinstance(node, Mapping)
    assert [(key.value, value.value) for key, value in node.entries
            if isinstance(value, Scalar)] == [
        ("title", "Förderung: digital"), ("subtitle", "Teil 2: Praxis"), ("room", "Saal")]


def test_without_repair_the_tree_is_not_given() -> None:
    node, issues = parse_yaml("title: Förderung: digital\n", "x.md", 2)
    assert node is None and [issue.code for issue in issues] == ["CD112"]


def test_the_parsers_wording_of_an_unknown_problem_is_kept() -> None:
    class Odd(yaml.MarkedYAMLError):
        pass

    found = syntax_finding(Odd(problem="something new"), "a: b\n", "x.md", 2)
    assert message_of(found.issue, "en") == "this is not valid YAML: something new"
    assert message_of(found.issue, "de") == ("das ist kein gültiges YAML: „something new“ "
                                             "(Meldung des YAML-Lesers)")
    assert found.repaired is None
    # Without a place, the first line of the front matter; without words, general ones.
    assert found.issue.location == Location("x.md", 2, 1)
    silent = syntax_finding(Odd(), "a: b\n", "x.md", 2)
    assert (silent.issue.location, message_of(silent.issue, "en"),
            message_of(silent.issue, "de")) == (
        Location("x.md", 2, 1), "this is not valid YAML: unexpected content",
        "das ist kein gültiges YAML: „unerwarteter Inhalt“ (Meldung des YAML-Lesers)")
    assert (hint_of(silent.issue, "en"), hint_of(silent.issue, "de")) == (
        "If the ':' belongs to the text, put the whole value in quotes (\"…\"). If this line "
        "is a field of its own, indent it exactly like the fields above it.",
        "Gehört der ':' zum Text, setze den ganzen Wert in Anführungszeichen (\"…\"). Ist "
        "diese Zeile ein eigenes Feld, rücke sie genau so ein wie die Felder darüber.")


@pytest.mark.parametrize("value", ["Förderung: digital", 'Sie sagte "ja"', "Anna's Idee",
                                   'Anna\'s "Idee"', "C:\\Daten", "„Zitat“", "#1",
                                   'Annas "Pfad": C:\\Daten\\Anna\'s'])
def test_quoted_values_read_back_unchanged(value: str) -> None:
    assert yaml.safe_load(f"v: {quoted(value)}\n") == {"v": value}


# Every case's message and hint, in English and German (libyaml and PyYAML word them alike).
MESSAGES: dict[str, tuple[str, str, str, str]] = {
    "ampersand-first": (
        "this is not valid YAML: a value starting with '&' is read as a YAML reference (anchor "
        'or alias)',
        'Put the value in quotes: title: "& Co"',
        "das ist kein gültiges YAML: ein Wert, der mit '&' beginnt, wird als YAML-Verweis "
        '(Anker) gelesen',
        'Setze den Wert in Anführungszeichen: title: "& Co"'),
    "apostrophe-in-single-quotes": (
        "this is not valid YAML: the value starts with ', so YAML reads it only up to the "
        "closing ', and the text after that does not fit",
        'Put the whole value in quotes: title: "Anna\'s Idee"',
        "das ist kein gültiges YAML: der Wert beginnt mit ', daher liest YAML ihn nur bis zum "
        "schließenden ', und der Text danach passt nicht",
        'Setze den ganzen Wert in Anführungszeichen: title: "Anna\'s Idee"'),
    "at-sign-first": (
        "this is not valid YAML: a value cannot start with '@' unless it is in quotes",
        'Put the value in quotes: title: "@anna"',
        "das ist kein gültiges YAML: ein Wert kann nur in Anführungszeichen mit '@' beginnen",
        'Setze den Wert in Anführungszeichen: title: "@anna"'),
    "backslash-in-double-quotes": (
        'this is not valid YAML: inside "…" a backslash (\\) starts a special character, and '
        'this one is not valid',
        "Put the value in single quotes instead ('C:\\Daten'), or write each backslash twice.",
        'das ist kein gültiges YAML: innerhalb von "…" beginnt ein Backslash (\\) ein '
        'Sonderzeichen, und dieses ist ungültig',
        "Setze den Wert stattdessen in einfache Anführungszeichen ('C:\\Daten') oder schreibe "
        'jeden Backslash doppelt.'),
    "backtick-first": (
        "this is not valid YAML: a value cannot start with '`' unless it is in quotes",
        'Put the value in quotes: title: "`code`"',
        "das ist kein gültiges YAML: ein Wert kann nur in Anführungszeichen mit '`' beginnen",
        'Setze den Wert in Anführungszeichen: title: "`code`"'),
    "block-indicator-with-text": (
        "this is not valid YAML: after '|', which starts a block of text, only a line break may "
        'follow',
        "End the line after '|' and write the text in the lines below it, indented.",
        "das ist kein gültiges YAML: nach '|', das einen Textblock beginnt, darf nur ein "
        'Zeilenende folgen',
        "Beende die Zeile nach '|' und schreibe den Text eingerückt in die Zeilen darunter."),
    "block-indicator-zero": (
        "this is not valid YAML: after '|', which starts a block of text, only a line break may "
        'follow',
        "End the line after '|' and write the text in the lines below it, indented.",
        "das ist kein gültiges YAML: nach '|', das einen Textblock beginnt, darf nur ein "
        'Zeilenende folgen',
        "Beende die Zeile nach '|' und schreibe den Text eingerückt in die Zeilen darunter."),
    "brace-then-text": (
        'this is not valid YAML: the value starts with {, so YAML reads it only up to the '
        'closing }, and the text after that does not fit',
        'Put the whole value in quotes: title: "{Entwurf} Neue Ideen"',
        'das ist kein gültiges YAML: der Wert beginnt mit {, daher liest YAML ihn nur bis zum '
        'schließenden }, und der Text danach passt nicht',
        'Setze den ganzen Wert in Anführungszeichen: title: "{Entwurf} Neue Ideen"'),
    "bracket-then-text": (
        'this is not valid YAML: the value starts with [, so YAML reads it only up to the '
        'closing ], and the text after that does not fit',
        'Put the whole value in quotes: title: "[Entwurf] Neue Ideen"',
        'das ist kein gültiges YAML: der Wert beginnt mit [, daher liest YAML ihn nur bis zum '
        'schließenden ], und der Text danach passt nicht',
        'Setze den ganzen Wert in Anführungszeichen: title: "[Entwurf] Neue Ideen"'),
    "bracket-too-many": (
        'this is not valid YAML: more text follows where the list ends',
        "Remove the extra ']' or text after the closing one.",
        'das ist kein gültiges YAML: wo die Liste endet, folgt weiterer Text',
        "Entferne das überzählige ']' oder den Text nach dem schließenden."),
    "closing-bracket-first": (
        'this is not valid YAML: a value is missing here (two commas in a row, or a bracket or '
        'comma too many)',
        'Remove the extra character, or put the value in quotes if it is meant as text.',
        'das ist kein gültiges YAML: hier fehlt ein Wert (zwei Kommas hintereinander oder eine '
        'Klammer oder ein Komma zu viel)',
        'Entferne das überzählige Zeichen oder setze den Wert in Anführungszeichen, wenn er '
        'Text sein soll.'),
    "colon-in-list-entry": (
        "Ziel: the value contains ': ' (column 15), which YAML reads as the start of another "
        'field',
        'Put the whole value in double quotes: - Ziel: "mehr: Austausch"',
        "Ziel: der Wert enthält ': ' (Spalte 15); YAML liest das als Beginn eines weiteren "
        'Felds',
        'Setze den ganzen Wert in gerade Anführungszeichen: - Ziel: "mehr: Austausch"'),
    "colon-in-value": (
        "title: the value contains ': ' (column 17), which YAML reads as the start of another "
        'field',
        'Put the whole value in double quotes: title: "Förderung: digital und einfach"',
        "title: der Wert enthält ': ' (Spalte 17); YAML liest das als Beginn eines weiteren "
        'Felds',
        'Setze den ganzen Wert in gerade Anführungszeichen: title: "Förderung: digital und '
        'einfach"'),
    "control-character": (
        'this is not valid YAML: the invisible control character U+0007 is not allowed',
        'Delete it; it usually comes along when text is copied from another program.',
        'das ist kein gültiges YAML: das unsichtbare Steuerzeichen U+0007 ist nicht erlaubt',
        'Lösche es; es kommt meist mit, wenn Text aus einem anderen Programm kopiert wird.'),
    "dash-in-mapping": (
        'this is not valid YAML: this line does not line up with the fields around it',
        'Start each field at the same column as the fields next to it, with two more spaces for '
        "the fields of a list entry ('  - name: …', then '    organization: …' below it). A "
        'line that belongs to the text above needs that text in quotes.',
        'das ist kein gültiges YAML: diese Zeile passt nicht zur Einrückung der Felder um sie '
        'herum',
        'Beginne jedes Feld in derselben Spalte wie die Felder daneben, die Felder eines '
        "Listeneintrags zwei Leerzeichen weiter ('  - name: …', darunter '    organization: "
        "…'). Gehört die Zeile zum Text darüber, muss dieser Text in Anführungszeichen stehen."),
    "directive-twice": (
        "this is not valid YAML: a line starting with '%' is read as a YAML instruction",
        'Put the value in quotes, or start the line differently.',
        "das ist kein gültiges YAML: eine Zeile, die mit '%' beginnt, wird als YAML-Anweisung "
        'gelesen',
        'Setze den Wert in Anführungszeichen oder beginne die Zeile anders.'),
    "document-start-in-quotes": (
        'this is not valid YAML: the quote " that starts here is never closed',
        'End the value with the same straight quote it starts with, on the same line. An '
        "apostrophe inside '…' is written twice: 'Anna''s Idee'.",
        'das ist kein gültiges YAML: das Anführungszeichen ", das hier beginnt, wird nie '
        'geschlossen',
        'Beende den Wert in derselben Zeile mit demselben geraden Anführungszeichen, mit dem er '
        "beginnt. Ein Apostroph innerhalb von '…' wird doppelt geschrieben: 'Anna''s Idee'."),
    "english-quotes": (
        'title: the value is enclosed in “…”, but YAML only takes straight quotes (" or \') as '
        'quotes',
        'Replace them with straight quotes: title: "Förderung: digital"',
        'title: der Wert steht in “…”, aber YAML versteht nur gerade Anführungszeichen (" oder '
        "') als Anführungszeichen",
        'Ersetze sie durch gerade Anführungszeichen: title: "Förderung: digital"'),
    "field-after-list-entry": (
        'this is not valid YAML: this line does not line up with the fields around it',
        'Start each field at the same column as the fields next to it, with two more spaces for '
        "the fields of a list entry ('  - name: …', then '    organization: …' below it). A "
        'line that belongs to the text above needs that text in quotes.',
        'das ist kein gültiges YAML: diese Zeile passt nicht zur Einrückung der Felder um sie '
        'herum',
        'Beginne jedes Feld in derselben Spalte wie die Felder daneben, die Felder eines '
        "Listeneintrags zwei Leerzeichen weiter ('  - name: …', darunter '    organization: "
        "…'). Gehört die Zeile zum Text darüber, muss dieser Text in Anführungszeichen stehen."),
    "field-indented-under-text": (
        'this is not valid YAML: this line is indented further than the one above, so YAML '
        "reads it as part of that line's value, and its ':' as out of place",
        'If this line is a field of its own, indent it like the field above. If it continues '
        'the text above, put that whole text in quotes.',
        'das ist kein gültiges YAML: diese Zeile ist weiter eingerückt als die darüber, daher '
        "liest YAML sie als Teil von deren Wert, und ihren ':' als fehl am Platz",
        'Ist diese Zeile ein eigenes Feld, rücke sie ein wie das Feld darüber. Setzt sie den '
        'Text darüber fort, setze diesen ganzen Text in Anführungszeichen.'),
    "flow-group-unclosed": (
        "this is not valid YAML: the group that starts with '{' in line 2 does not go on with "
        "',' or '}' here",
        "Close it with '}' on the same line and separate the entries with ', '; put an entry "
        "that contains ':' or ',' in quotes. Or write one '- ' line per entry.",
        "das ist kein gültiges YAML: die Gruppe, die in Zeile 2 mit '{' beginnt, geht hier "
        "nicht mit ',' oder '}' weiter",
        "Schließe sie in derselben Zeile mit '}' und trenne die Einträge mit ', '; setze einen "
        "Eintrag mit ':' oder ',' in Anführungszeichen. Oder schreibe eine Zeile '- ' pro "
        'Eintrag.'),
    "flow-list-colon": (
        "this is not valid YAML: the list that starts with '[' in line 2 does not go on with "
        "',' or ']' here",
        "Close it with ']' on the same line and separate the entries with ', '; put an entry "
        "that contains ':' or ',' in quotes. Or write one '- ' line per entry.",
        "das ist kein gültiges YAML: die Liste, die in Zeile 2 mit '[' beginnt, geht hier nicht "
        "mit ',' oder ']' weiter",
        "Schließe sie in derselben Zeile mit ']' und trenne die Einträge mit ', '; setze einen "
        "Eintrag mit ':' oder ',' in Anführungszeichen. Oder schreibe eine Zeile '- ' pro "
        'Eintrag.'),
    "flow-list-empty-entry": (
        'this is not valid YAML: a value is missing here (two commas in a row, or a bracket or '
        'comma too many)',
        'Remove the extra character, or put the value in quotes if it is meant as text.',
        'das ist kein gültiges YAML: hier fehlt ein Wert (zwei Kommas hintereinander oder eine '
        'Klammer oder ein Komma zu viel)',
        'Entferne das überzählige Zeichen oder setze den Wert in Anführungszeichen, wenn er '
        'Text sein soll.'),
    "flow-list-unclosed": (
        "this is not valid YAML: the list that starts with '[' in line 2 does not go on with "
        "',' or ']' here",
        "Close it with ']' on the same line and separate the entries with ', '; put an entry "
        "that contains ':' or ',' in quotes. Or write one '- ' line per entry.",
        "das ist kein gültiges YAML: die Liste, die in Zeile 2 mit '[' beginnt, geht hier nicht "
        "mit ',' oder ']' weiter",
        "Schließe sie in derselben Zeile mit ']' und trenne die Einträge mit ', '; setze einen "
        "Eintrag mit ':' oder ',' in Anführungszeichen. Oder schreibe eine Zeile '- ' pro "
        'Eintrag.'),
    "flow-list-unclosed-at-end": (
        'this is not valid YAML: the text ends in the middle of a value',
        'Close every quote and bracket that was opened, in the same line.',
        'das ist kein gültiges YAML: der Text endet mitten in einem Wert',
        'Schließe jedes geöffnete Anführungszeichen und jede Klammer in derselben Zeile.'),
    "german-quotes": (
        'title: the value is enclosed in „…“, but YAML only takes straight quotes (" or \') as '
        'quotes',
        'Replace them with straight quotes: title: "Förderung: digital"',
        'title: der Wert steht in „…“, aber YAML versteht nur gerade Anführungszeichen (" oder '
        "') als Anführungszeichen",
        'Ersetze sie durch gerade Anführungszeichen: title: "Förderung: digital"'),
    "greater-than-first": (
        "this is not valid YAML: a value starting with '>' is read as a block of text, which "
        'has to begin on the next line',
        'Put the value in quotes: title: "> 18 Jahre"',
        "das ist kein gültiges YAML: ein Wert, der mit '>' beginnt, wird als Textblock gelesen, "
        'der erst in der nächsten Zeile beginnen darf',
        'Setze den Wert in Anführungszeichen: title: "> 18 Jahre"'),
    "line-without-colon": (
        "this is not valid YAML: this line is neither a field ('name: value') nor part of the "
        'value above',
        "Write ': ' after the field name. If the line continues the text above, indent it "
        'further than the field, or put that text in quotes.',
        "das ist kein gültiges YAML: diese Zeile ist weder ein Feld ('name: wert') noch Teil "
        'des Werts darüber',
        "Schreibe ': ' hinter den Feldnamen. Setzt die Zeile den Text darüber fort, rücke sie "
        'weiter ein als das Feld oder setze den Text in Anführungszeichen.'),
    "list-entry-out-of-line": (
        'this is not valid YAML: this line does not line up with the fields around it',
        'Start each field at the same column as the fields next to it, with two more spaces for '
        "the fields of a list entry ('  - name: …', then '    organization: …' below it). A "
        'line that belongs to the text above needs that text in quotes.',
        'das ist kein gültiges YAML: diese Zeile passt nicht zur Einrückung der Felder um sie '
        'herum',
        'Beginne jedes Feld in derselben Spalte wie die Felder daneben, die Felder eines '
        "Listeneintrags zwei Leerzeichen weiter ('  - name: …', darunter '    organization: "
        "…'). Gehört die Zeile zum Text darüber, muss dieser Text in Anführungszeichen stehen."),
    "list-field-indented-too-far": (
        'this is not valid YAML: this line does not line up with the fields around it',
        'Start each field at the same column as the fields next to it, with two more spaces for '
        "the fields of a list entry ('  - name: …', then '    organization: …' below it). A "
        'line that belongs to the text above needs that text in quotes.',
        'das ist kein gültiges YAML: diese Zeile passt nicht zur Einrückung der Felder um sie '
        'herum',
        'Beginne jedes Feld in derselben Spalte wie die Felder daneben, die Felder eines '
        "Listeneintrags zwei Leerzeichen weiter ('  - name: …', darunter '    organization: "
        "…'). Gehört die Zeile zum Text darüber, muss dieser Text in Anführungszeichen stehen."),
    "list-field-indented-too-little": (
        'this is not valid YAML: this line does not line up with the fields around it',
        'Start each field at the same column as the fields next to it, with two more spaces for '
        "the fields of a list entry ('  - name: …', then '    organization: …' below it). A "
        'line that belongs to the text above needs that text in quotes.',
        'das ist kein gültiges YAML: diese Zeile passt nicht zur Einrückung der Felder um sie '
        'herum',
        'Beginne jedes Feld in derselben Spalte wie die Felder daneben, die Felder eines '
        "Listeneintrags zwei Leerzeichen weiter ('  - name: …', darunter '    organization: "
        "…'). Gehört die Zeile zum Text darüber, muss dieser Text in Anführungszeichen stehen."),
    "list-on-field-line": (
        "this is not valid YAML: a list entry ('- ') cannot start on the same line as its field",
        "Start the list on the next line, one entry per line as '  - …'. If the value is a text "
        "that starts with '-', put it in quotes.",
        "das ist kein gültiges YAML: ein Listeneintrag ('- ') kann nicht in derselben Zeile wie "
        'sein Feld beginnen',
        "Beginne die Liste in der nächsten Zeile, einen Eintrag pro Zeile als '  - …'. Ist der "
        "Wert ein Text, der mit '-' beginnt, setze ihn in Anführungszeichen."),
    "lone-colon": (
        'this is not valid YAML: this line does not line up with the fields around it',
        'Start each field at the same column as the fields next to it, with two more spaces for '
        "the fields of a list entry ('  - name: …', then '    organization: …' below it). A "
        'line that belongs to the text above needs that text in quotes.',
        'das ist kein gültiges YAML: diese Zeile passt nicht zur Einrückung der Felder um sie '
        'herum',
        'Beginne jedes Feld in derselben Spalte wie die Felder daneben, die Felder eines '
        "Listeneintrags zwei Leerzeichen weiter ('  - name: …', darunter '    organization: "
        "…'). Gehört die Zeile zum Text darüber, muss dieser Text in Anführungszeichen stehen."),
    "markdown-emphasis-first": (
        "this is not valid YAML: a value starting with '*' is read as a YAML reference (anchor "
        'or alias)',
        'Put the value in quotes: title: "*wichtig* ist das"',
        "das ist kein gültiges YAML: ein Wert, der mit '*' beginnt, wird als YAML-Verweis "
        '(Anker) gelesen',
        'Setze den Wert in Anführungszeichen: title: "*wichtig* ist das"'),
    "no-space-after-colon": (
        "this is not valid YAML: line 2 has no space after its ':', so YAML reads it and this "
        'line as one long text',
        "Write a space after the colon: 'title: My session', not 'title:My session'.",
        "das ist kein gültiges YAML: Zeile 2 hat kein Leerzeichen nach dem ':', daher liest "
        'YAML sie und diese Zeile als einen langen Text',
        "Schreibe ein Leerzeichen nach dem Doppelpunkt: 'title: Meine Session', nicht "
        "'title:Meine Session'."),
    "noncharacter": (
        'this is not valid YAML: the invisible control character U+FFFF is not allowed',
        'Delete it; it usually comes along when text is copied from another program.',
        'das ist kein gültiges YAML: das unsichtbare Steuerzeichen U+FFFF ist nicht erlaubt',
        'Lösche es; es kommt meist mit, wenn Text aus einem anderen Programm kopiert wird.'),
    "pipe-first": (
        "this is not valid YAML: a value starting with '|' is read as a block of text, which "
        'has to begin on the next line',
        'Put the value in quotes: title: "| Wer | Was |"',
        "das ist kein gültiges YAML: ein Wert, der mit '|' beginnt, wird als Textblock gelesen, "
        'der erst in der nächsten Zeile beginnen darf',
        'Setze den Wert in Anführungszeichen: title: "| Wer | Was |"'),
    "quote-then-text": (
        'this is not valid YAML: the value starts with ", so YAML reads it only up to the '
        'closing ", and the text after that does not fit',
        'Put the whole value in quotes: title: \'"Wir" sind da\'',
        'das ist kein gültiges YAML: der Wert beginnt mit ", daher liest YAML ihn nur bis zum '
        'schließenden ", und der Text danach passt nicht',
        'Setze den ganzen Wert in Anführungszeichen: title: \'"Wir" sind da\''),
    "second-document": (
        "this is not valid YAML: a second document starts here ('---')",
        "Delete the line '---'; one file holds one set of fields.",
        "das ist kein gültiges YAML: hier beginnt ein zweites Dokument ('---')",
        "Lösche die Zeile '---'; eine Datei enthält nur einen Satz Felder."),
    "short-unicode-escape": (
        'this is not valid YAML: inside "…" a backslash (\\) starts a special character, and '
        'this one is not valid',
        "Put the value in single quotes instead ('C:\\Daten'), or write each backslash twice.",
        'das ist kein gültiges YAML: innerhalb von "…" beginnt ein Backslash (\\) ein '
        'Sonderzeichen, und dieses ist ungültig',
        "Setze den Wert stattdessen in einfache Anführungszeichen ('C:\\Daten') oder schreibe "
        'jeden Backslash doppelt.'),
    "single-then-typographic": (
        'title: the value is enclosed in \'…’, but YAML only takes straight quotes (" or \') as '
        'quotes',
        'Replace them with straight quotes: title: "Förderung: digital"',
        'title: der Wert steht in \'…’, aber YAML versteht nur gerade Anführungszeichen (" oder '
        "') als Anführungszeichen",
        'Ersetze sie durch gerade Anführungszeichen: title: "Förderung: digital"'),
    "straight-then-german-quote": (
        'title: the value is enclosed in "…“, but YAML only takes straight quotes (" or \') as '
        'quotes',
        'Replace them with straight quotes: title: "Förderung: digital"',
        'title: der Wert steht in "…“, aber YAML versteht nur gerade Anführungszeichen (" oder '
        "') als Anführungszeichen",
        'Ersetze sie durch gerade Anführungszeichen: title: "Förderung: digital"'),
    "tab-indentation": (
        'a tab character is used for indentation; YAML only allows spaces',
        'Replace the tab with spaces (two per level).',
        'zum Einrücken wird ein Tabulator verwendet; YAML erlaubt nur Leerzeichen',
        'Ersetze den Tabulator durch Leerzeichen (zwei pro Ebene).'),
    "tag-handle": (
        "this is not valid YAML: a value starting with '!' is read as a YAML type tag",
        'Put the value in quotes: title: "!x!y a"',
        "das ist kein gültiges YAML: ein Wert, der mit '!' beginnt, wird als YAML-Typangabe "
        'gelesen',
        'Setze den Wert in Anführungszeichen: title: "!x!y a"'),
    "tag-uri": (
        "this is not valid YAML: a value starting with '!' is read as a YAML type tag",
        'Put the value in quotes: title: "!<a"',
        "das ist kein gültiges YAML: ein Wert, der mit '!' beginnt, wird als YAML-Typangabe "
        'gelesen',
        'Setze den Wert in Anführungszeichen: title: "!<a"'),
    "two-fields-on-one-line": (
        "name: the value contains ': ' (column 26), which YAML reads as the start of another "
        'field',
        'Put the whole value in double quotes: - name: "A, organization: B"',
        "name: der Wert enthält ': ' (Spalte 26); YAML liest das als Beginn eines weiteren "
        'Felds',
        'Setze den ganzen Wert in gerade Anführungszeichen: - name: "A, organization: B"'),
    "unclosed-double-quote": (
        'this is not valid YAML: the quote " that starts here is never closed',
        'End the value with the same straight quote it starts with, on the same line. An '
        "apostrophe inside '…' is written twice: 'Anna''s Idee'.",
        'das ist kein gültiges YAML: das Anführungszeichen ", das hier beginnt, wird nie '
        'geschlossen',
        'Beende den Wert in derselben Zeile mit demselben geraden Anführungszeichen, mit dem er '
        "beginnt. Ein Apostroph innerhalb von '…' wird doppelt geschrieben: 'Anna''s Idee'."),
    "unclosed-single-quote": (
        "this is not valid YAML: the quote ' that starts here is never closed",
        'End the value with the same straight quote it starts with, on the same line. An '
        "apostrophe inside '…' is written twice: 'Anna''s Idee'.",
        "das ist kein gültiges YAML: das Anführungszeichen ', das hier beginnt, wird nie "
        'geschlossen',
        'Beende den Wert in derselben Zeile mit demselben geraden Anführungszeichen, mit dem er '
        "beginnt. Ein Apostroph innerhalb von '…' wird doppelt geschrieben: 'Anna''s Idee'."),
}


# The text read again after a certain fix (under both parsers alike); the other cases
# are not repaired.
REPAIRED: dict[str, str] = {
    "ampersand-first": 'title: "& Co"\n',
    "apostrophe-in-single-quotes": 'title: "Anna\'s Idee"\n',
    "at-sign-first": 'title: "@anna"\n',
    "backtick-first": 'title: "`code`"\n',
    "brace-then-text": 'title: "{Entwurf} Neue Ideen"\n',
    "bracket-then-text": 'title: "[Entwurf] Neue Ideen"\n',
    "colon-in-list-entry": 'insights:\n  - Ziel: "mehr: Austausch"\n',
    "colon-in-value": 'title: "Förderung: digital und einfach"\nhosts: [{name: A}]\n',
    "english-quotes": 'title: "Förderung: digital"\n',
    "german-quotes": 'title: "Förderung: digital"\n',
    "greater-than-first": 'title: "> 18 Jahre"\n',
    "markdown-emphasis-first": 'title: "*wichtig* ist das"\n',
    "pipe-first": 'title: "| Wer | Was |"\n',
    "quote-then-text": 'title: \'"Wir" sind da\'\n',
    "single-then-typographic": 'title: "Förderung: digital"\n',
    "straight-then-german-quote": 'title: "Förderung: digital"\nhosts:\n  - name: A\n',
    "tag-handle": 'title: "!x!y a"\n',
    "tag-uri": 'title: "!<a"\n',
    "two-fields-on-one-line": 'hosts:\n  - name: "A, organization: B"\n',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_problem_has_its_exact_message_and_hint(parser: type, name: str) -> None:
    _, issues = _parse(CASES[name][0], parser, name)
    assert [(message_of(i, "en"), hint_of(i, "en"), message_of(i, "de"), hint_of(i, "de"))
            for i in issues] == [MESSAGES[name]]


@pytest.mark.parametrize(("text", "line", "column"), [
    ("\x07title: a\n", 2, 1),  # the very first character
    ("\ntitle: Über\x07\n", 3, 12),  # after a blank line, behind a two-byte character
])
def test_a_control_character_is_placed_exactly_by_both_parsers(
        parser: type, text: str, line: int, column: int) -> None:
    _, issues = _parse(text, parser, f"place-{line}")
    assert [(i.code, i.location.path, i.location.line, i.location.column) for i in issues] == [
        ("CD103", f"place-{line}-{parser.__name__}.md", line, column)]


@pytest.mark.parametrize("name", sorted(set(CASES) - {"control-character", "noncharacter"}))
def test_a_certain_fix_repairs_exactly_the_broken_line(name: str) -> None:
    text = CASES[name][0]
    with pytest.raises(yaml.MarkedYAMLError) as error:
        yaml.load(text, Loader=yaml.SafeLoader)
    assert syntax_finding(error.value, text, "x.md", 2).repaired == REPAIRED.get(name)


# Where a problem is placed, what it says and how it is repaired when the lines around it, a
# comment or trailing spaces matter. name: (YAML text, read from line 2 of a file;
# [(line, column, English message, English hint)] under both parsers; the repaired text).
_AT_THIS_PLACE = (
    "this is not valid YAML: a ':' at this place is not expected",
    "If the ':' belongs to the text, put the whole value in quotes (\"…\"). If this line is "
    "a field of its own, indent it exactly like the fields above it.")
_NOT_LINED_UP = MESSAGES["lone-colon"][:2]
_NO_SPACE_IN_LINE_2 = MESSAGES["no-space-after-colon"][:2]
PLACES: dict[str, tuple[str, list[tuple[int, int, str, str]], str | None]] = {
    # The line without a space after its ':' is found across a blank line.
    "no-space-after-colon-then-blank-line": (
        "title:Foo\n\nroom: x\n", [(2, 1, *_NO_SPACE_IN_LINE_2)], None),
    # The nearest line with text above is indented further: not 'indented further' then,
    # though the line above that is indented less.
    "indented-less-than-the-text-above": (
        "title: Ideen\n für\n   morgen\n\n  subtitle: Teil 2\n", [(6, 11, *_AT_THIS_PLACE)],
        None),
    # Above the line there are only a comment and a blank line: nothing to compare with.
    "only-a-comment-above": (
        "\n# Notizen\n  -Ziel: mehr: Austausch\n", [(4, 14, *_AT_THIS_PLACE)], None),
    # The anchor starts the value in line 2, the tag the parser stops at is in line 3: the
    # value is quoted where it starts, and the tag below is read (and refused) again.
    "anchor-then-tag-below": ("title: &a\n  !x!y b\n", [
        (2, 8, "this is not valid YAML: a value starting with '&' is read as a YAML type tag",
         'Put the value in quotes: title: "&a"'),
        (3, 3, *_NOT_LINED_UP)], 'title: "&a"\n  !x!y b\n'),
    # A quoted text that goes on in the next line, with more after its closing quote: the
    # line does not start with a quote of its own.
    "quoted-text-goes-on-after-its-line": (
        'title: "Workshop\nTeil 2: XL" Entwurf\n', [(3, 13, *_NOT_LINED_UP)], None),
    # Trailing spaces are not taken into the quoted value.
    "value-start-then-spaces": ("title: @anna   \n", [
        (2, 8, "this is not valid YAML: a value cannot start with '@' unless it is in quotes",
         'Put the value in quotes: title: "@anna"')], 'title: "@anna"\n'),
    "quote-then-text-then-spaces": ('title: "Wir" sind da   \n', [
        (2, 14, MESSAGES["quote-then-text"][0],
         "Put the whole value in quotes: title: '\"Wir\" sind da'")],
        "title: '\"Wir\" sind da'\n"),
    # A ' #' inside the quotes or brackets is not a comment: YAML read past it.
    "hash-inside-single-quotes": ("title: 'a # b' c\n", [
        (2, 16, "this is not valid YAML: the value starts with ', so YAML reads it only up to "
         "the closing ', and the text after that does not fit",
         "Put the whole value in quotes: title: \"'a # b' c\"")],
        "title: \"'a # b' c\"\n"),
    "hash-inside-brackets": ('title: ["a # b"] c\n', [
        (2, 18, "this is not valid YAML: the value starts with [, so YAML reads it only up to "
         "the closing ], and the text after that does not fit",
         "Put the whole value in quotes: title: '[\"a # b\"] c'")],
        "title: '[\"a # b\"] c'\n"),
    # A comment after the value stays a comment, behind the quoted value.
    "apostrophe-then-comment": ("title: 'Anna's Idee' # Notiz\n", [
        (2, 14, MESSAGES["apostrophe-in-single-quotes"][0],
         "Put the whole value in quotes: title: \"Anna's Idee\" # Notiz")],
        "title: \"Anna's Idee\" # Notiz\n"),
    # The text above goes on at the same indentation: not 'indented further' then.
    "indented-as-the-text-above": (
        "title: Ideen\n  für\n  morgen: x\n", [(4, 9, *_AT_THIS_PLACE)], None),
    # The line above has a ': ' after its first ':', so it is a field (its key is
    # 'title:Foo bar'), not a line without a space after its ':'.
    "colon-without-space-inside-the-key-above": (
        "title:Foo bar: baz\n  x: y\n", [(3, 4, *MESSAGES["field-indented-under-text"][:2])],
        None),
    # The line without ':' is placed where it starts, not where the parser stopped (at the
    # next entry's column).
    "field-without-colon-in-a-list-entry": (
        "hosts:\n  - name: A\n    organization B\n  - name: C\n",
        [(4, 5, *MESSAGES["line-without-colon"][:2])], None),
    "group-too-many": ("tags: {a: b}}\n", [
        (2, 13, "this is not valid YAML: more text follows where the group ends",
         "Remove the extra '}' or text after the closing one.")], None),
    # '|' then text is quoted unless the next line is indented further and not blank.
    "block-indicator-then-field": ("description: |x\nroom: a\n", [
        (2, 14, "this is not valid YAML: a value starting with '|' is read as a block of text, "
         "which has to begin on the next line", 'Put the value in quotes: description: "|x"')],
        'description: "|x"\nroom: a\n'),
    "block-indicator-then-blank-line": ("description: >x\n  \nroom: a\n", [
        (2, 14, "this is not valid YAML: a value starting with '>' is read as a block of text, "
         "which has to begin on the next line", 'Put the value in quotes: description: ">x"')],
        'description: ">x"\n  \nroom: a\n'),
}


@pytest.mark.parametrize("name", sorted(PLACES))
def test_problems_are_placed_and_repaired_by_the_lines_around_them(
        parser: type, name: str) -> None:
    text, expected, repaired = PLACES[name]
    _, issues = _parse(text, parser, name)
    assert [(i.code, i.location.line, i.location.column, message_of(i, "en"), hint_of(i, "en"))
            for i in issues] == [("CD103", *place) for place in expected]
    with pytest.raises(yaml.MarkedYAMLError) as error:
        yaml.load(text, Loader=parser)
    assert syntax_finding(error.value, text, "x.md", 2).repaired == repaired


def test_a_block_of_text_started_on_the_last_line_is_quoted() -> None:
    # Nothing follows the '|' line, not even a line break: no line below to look at.
    text = "title: | Text"
    with pytest.raises(yaml.MarkedYAMLError) as error:
        yaml.load(text, Loader=yaml.SafeLoader)
    found = syntax_finding(error.value, text, "x.md", 2)
    assert (found.issue.location, message_of(found.issue, "en"), found.repaired) == (
        Location("x.md", 2, 8), "this is not valid YAML: a value starting with '|' is read as "
        "a block of text, which has to begin on the next line", 'title: "| Text"')


@pytest.mark.parametrize(("text", "found"), [
    # The key is named without its quotes, and a key may end in any letter.
    ('"TeX": Satz: a\n', ("CD112", "TeX", 2, 12, '"TeX": "Satz: a"')),
    # Only a value that starts and ends with quote marks is a quoted value.
    ("title: Er sagte: „ja“\n", ("CD112", "title", 2, 16, 'title: "Er sagte: „ja“"')),
    # A quote closed by a typographic one, on a later line, its key in quotes.
    ('room: Saal\n"title": "Ein Zitat“\n', ("CD113", "title", 3, 10, '"title": "Ein Zitat"')),
    ('"TeX": "Ein Zitat“\n', ("CD113", "TeX", 2, 8, '"TeX": "Ein Zitat"')),
    # A list entry has no key.
    ('tags:\n  - "Ein Zitat“\n', ("CD113", "", 3, 5, '- "Ein Zitat"')),
    # The value starts with the colon itself.
    ("title: : b\n", ("CD112", "title", 2, 8, 'title: ": b"')),
    # Spaces after the value are not taken into the quotes.
    ("title: a: b   \n", ("CD112", "title", 2, 9, 'title: "a: b"')),
    # Only a space or a tab before '#' starts a comment, as in YAML; not a no-break space.
    ("title: „a“\u00a0#x: y\n", ("CD112", "title", 2, 14, 'title: "„a“\u00a0#x: y"')),
    ("title: a\u00a0#x: y\n", ("CD112", "title", 2, 12, 'title: "a\u00a0#x: y"')),
])
def test_a_colon_in_a_value_names_its_key_and_quotes_the_value(
        text: str, found: tuple[str, str, int, int, str]) -> None:
    _, issues = parse_yaml(text, "x.md", 2, repair=True)
    assert [(issue.code, issue.field, issue.location.line, issue.location.column,
             issue.params["fixed"]) for issue in issues] == [found]


def test_the_text_after_a_typographic_closing_quote_is_kept_as_it_was() -> None:
    _, issues = parse_yaml('room: Saal\n"title": "Ein Zitat“ am Ende\n', "x.md", 2,
                           repair=True)
    assert issues[0].params["fixed"] == '"title": "Ein Zitat" am Ende'


def test_a_quote_stopped_by_a_document_separator_is_placed_where_it_opened() -> None:
    # In a camp.yaml the quote may stop at a '---' line, not at the end of the text.
    _, issues = parse_yaml('title: "Ein Zitat“\n---\nroom: x\n', "x.md", 2, repair=True)
    assert [(issue.code, issue.location.line, issue.location.column, issue.params.get("fixed"))
            for issue in issues] == [("CD113", 2, 8, 'title: "Ein Zitat"'), ("CD103", 3, 1, None)]


def test_a_field_without_a_space_after_its_colon_is_named_by_its_line() -> None:
    _, issues = parse_yaml("host:\n  name:Anna\n  organization: X\n", "x.md", 2, repair=True)
    assert [(issue.location.line, issue.location.column, message_of(issue, "en"),
             message_of(issue, "de")) for issue in issues] == [(
        3, 3, "this is not valid YAML: line 3 has no space after its ':', so YAML reads it and "
              "this line as one long text",
        "das ist kein gültiges YAML: Zeile 3 hat kein Leerzeichen nach dem ':', daher liest "
        "YAML sie und diese Zeile als einen langen Text")]


def test_an_open_list_names_the_line_it_starts_on() -> None:
    _, issues = parse_yaml("room: Saal\ntags: [a, b\nslot: s1\n", "x.md", 2, repair=True)
    assert [(issue.location.line, issue.location.column, message_of(issue, "en"))
            for issue in issues] == [(4, 5, "this is not valid YAML: the list that starts with "
                                            "'[' in line 3 does not go on with ',' or ']' here")]


def test_a_colon_at_an_unexpected_place_is_told_in_german() -> None:
    text = PLACES["indented-less-than-the-text-above"][0]
    with pytest.raises(yaml.MarkedYAMLError) as error:
        yaml.load(text, Loader=yaml.SafeLoader)
    issue = syntax_finding(error.value, text, "x.md", 2).issue
    assert (message_of(issue, "de"), hint_of(issue, "de")) == (
        "das ist kein gültiges YAML: ein ':' an dieser Stelle ist nicht erwartet",
        "Gehört der ':' zum Text, setze den ganzen Wert in Anführungszeichen (\"…\"). Ist "
        "diese Zeile ein eigenes Feld, rücke sie genau so ein wie die Felder darüber.")


def test_a_repaired_value_with_a_hash_in_quotes_is_read_whole() -> None:
    node, issues = parse_yaml("title: 'a # b' c\nroom: Saal\n", "x.md", 2, repair=True)
    assert [issue.code for issue in issues] == ["CD103"]
    assert isinstance(node, Mapping)
    assert [(key.value, value.value) for key, value in node.entries
            if isinstance(value, Scalar)] == [("title", "'a # b' c"), ("room", "Saal")]


def test_more_text_after_a_group_is_told_in_german() -> None:
    _, issues = parse_yaml("tags: {a: b}}\n", "x.md", 2, repair=True)
    assert [(message_of(i, "de"), hint_of(i, "de")) for i in issues] == [
        ("das ist kein gültiges YAML: wo die Gruppe endet, folgt weiterer Text",
         "Entferne das überzählige '}' oder den Text nach dem schließenden.")]
