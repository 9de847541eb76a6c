"""YAML syntax errors as users meet them: every parser problem told in German and English
with a fix, under libyaml and under PyYAML's pure-Python parser alike, and the two common
causes (': ' in a value, „…“ as quotes) named at their column."""

from __future__ import annotations

import pytest
import yaml

import campdoc.content.frontmatter as frontmatter
from campdoc.content.frontmatter import Mapping, Node, Scalar, parse_yaml
from campdoc.content.yaml_problems import quoted
from campdoc.core.issues import Issue
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
    assert [(i.code, message_of(i, "en"), hint_of(i, "en")) for i in issues] == [
        ("CD103", "this is not valid YAML: a tab character stands where YAML expects spaces",
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

    from campdoc.content.yaml_problems import syntax_finding

    found = syntax_finding(Odd(problem="something new"), "a: b\n", "x.md", 2)
    assert message_of(found.issue, "en") == "this is not valid YAML: something new"
    assert message_of(found.issue, "de") == ("das ist kein gültiges YAML: „something new“ "
                                             "(Meldung des YAML-Lesers)")
    assert found.repaired is None


@pytest.mark.parametrize("value", ["Förderung: digital", 'Sie sagte "ja"', "Anna's Idee",
                                   'Anna\'s "Idee"', "C:\\Daten", "„Zitat“", "#1"])
def test_quoted_values_read_back_unchanged(value: str) -> None:
    assert yaml.safe_load(f"v: {quoted(value)}\n") == {"v": value}
