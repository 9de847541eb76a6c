"""Threat: hostile or surprising YAML. Each case gets a clear issue with a location, in
bounded memory (measured with tracemalloc, not with a clock)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import yaml

from campdoc.content import frontmatter
from campdoc.content.convert import Context
from campdoc.content.frontmatter import Mapping
from campdoc.content.load import read_session_file, read_yaml_file
from campdoc.content.schema import SessionMeta
from campdoc.content.validate import convert_document

MUTATION_TARGETS = "campdoc check"  # for mutation testing (tests/mutation/quick.py)

OK = "hosts: [{name: A}]\ninsights: [a]\n"
BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(24))

CASES = {
    # name: (file text, [(code, line, column), ...])
    "python-object-apply": ('---\ntitle: !!python/object/apply:os.system ["id"]\n' + OK + "---\n",
                            [("CD107", 2, 8)]),
    "python-name": ("---\ntitle: x\n" + OK + "x: !!python/name:os.system\n---\n",
                    [("CD107", 5, 4)]),
    "local-tag": ("---\ntitle: !ruby/object:Gem::Installer x\n" + OK + "---\n",
                  [("CD107", 2, 8)]),
    "alias-bomb": ("---\ntitle: x\n" + OK + BOMB + "---\n", [("CD106", 5, 4)]),
    "merge-key": ("---\ntitle: x\nbase: &b {name: A}\nhosts: [{<<: *b}]\n---\n",
                  [("CD106", 3, 7)]),
    "deep-flow": ("---\ntitle: x\n" + OK + "deep: " + "[" * 50_000 + "]" * 50_000 + "\n---\n",
                  [("CD108", 5, 38)]),
    "deep-block": ("---\ntitle: x\n" + OK + "".join("  " * i + f"k{i}:\n" for i in range(60))
                   + "---\n", [("CD108", 36, 63)]),
    "duplicate-key": ("---\ntitle: a\n" + OK + "title: b\n---\n", [("CD105", 5, 1)]),
    "no-is-text": ("---\ntitle: NO\nsubtitle: off\n" + OK + "---\n", []),
    "sexagesimal": ("---\ntitle: 10:30\n" + OK + "participants: 0755\n---\n", []),
    "float-text": ("---\ntitle: 1.10\n" + OK + "---\n", []),
    "date-not-real": ("---\ntitle: x\n" + OK + "date: 2026-02-30\n---\n", [("CD205", 5, 7)]),
    "date-month-13": ("---\ntitle: x\n" + OK + "date: 2026-13-01\n---\n", [("CD205", 5, 7)]),
    "date-short": ("---\ntitle: x\n" + OK + "date: 26-05-16\n---\n", [("CD205", 5, 7)]),
    "tab-indent": ("---\ntitle: x\nhosts:\n\t- name: A\n---\n", [("CD104", 4, 1)]),
    "missing-fence": ("title: x\n" + OK, [("CD101", 1, 1)]),
    "unclosed-fence": ("---\ntitle: x\n" + OK, [("CD102", 1, 1)]),
    "second-document": ("---\ntitle: x\n" + OK + "---\nfoo: bar\n---\n", []),
    "empty-front-matter": ("---\n---\nText\n", [("CD110", 1, 1)]),
    "list-front-matter": ("---\n- a\n- b\n---\n", [("CD110", 2, 1)]),
    # At the character itself now (#17), not at the start of the front matter.
    "control-character": ("---\ntitle: a\x07b\n" + OK + "---\n", [("CD103", 2, 9)]),
    # Repaired and read again at most MAX_REPAIRS (10) times; the 11th is reported, no more.
    "many-colon-values": ("---\n" + "".join(f"k{i}: a: b\n" for i in range(3000)) + "---\n",
                          [("CD112", 2 + i, 6 if i < 10 else 7) for i in range(11)]),
    # YAML also ends lines at NEL and U+2028; positions must not run past the text.
    "next-line-character": ("---\ntitle: a\x85b\n" + OK + "---\n", [("CD103", 3, 1)]),
    "line-separator-last": ("---\n" + OK + "title: a\u2028b\n---\n", [("CD103", 5, 1)]),
}


def _issues(tmp_path: Path, text: str, encoding: str = "utf-8") -> list[tuple[str, int, int]]:
    path = tmp_path / "s.md"
    path.write_bytes(text.encode(encoding))
    source = read_session_file(path, "s.md")
    convert_document(source, SessionMeta)
    return [(i.code, i.location.line, i.location.column) for i in source.issues]


@pytest.mark.parametrize("name", sorted(CASES))
def test_yaml_case(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    tracemalloc.start()
    try:
        found = _issues(tmp_path, text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == expected
    assert peak < 64 * 1024 * 1024, f"{peak / 1e6:.0f} MB"


def test_yaml_11_values_keep_their_text(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text("---\ntitle: NO\nsubtitle: 10:30\nhosts: [{name: off}]\ntags: [yes, 1.10]\n"
                    "participants: 0755\ninsights: [a]\n---\n", encoding="utf-8")
    source = read_session_file(path, "s.md")
    meta = convert_document(source, SessionMeta)
    assert meta is not None
    assert (meta.title, meta.subtitle, meta.hosts[0].name) == ("NO", "10:30", "off")
    assert meta.tags == ("yes", "1.10") and meta.participants == 755


def test_huge_scalar_is_refused(tmp_path: Path) -> None:
    assert _issues(tmp_path, "---\ntitle: " + "x" * 1_000_000 + "\n" + OK + "---\n") == [
        ("CD109", 2, 1)]


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    text = "\ufeff---\r\ntitle: x\r\nhosts: [{name: A}]\r\ninsights: [a]\r\n---\r\nText\r\n"
    assert _issues(tmp_path, text) == []


def test_utf16_file_is_reported_not_misread(tmp_path: Path) -> None:
    found = _issues(tmp_path, "---\ntitle: x\n" + OK + "---\n", encoding="utf-16")
    assert [code for code, _, _ in found] == ["CD100"]


def test_every_field_reports_every_wrong_node_shape() -> None:
    import dataclasses

    from campdoc.content.convert import spec_of
    from campdoc.content.frontmatter import parse_yaml

    node, issues = parse_yaml("a: x\nb: [[x]]\nc: {x: {y: z}}\n", "x.md", 2)
    assert isinstance(node, Mapping) and not issues
    text, nested_list, nested_group = (value for _key, value in node.entries)
    fields = dataclasses.fields(SessionMeta)
    assert len(fields) > 10
    for field in fields:
        for value in (text, nested_list, nested_group):
            ctx = Context("x.md", [])
            spec_of(field).type.convert(value, ctx)  # must report, never raise
            codes = [issue.code for issue in ctx.issues]
            assert [code for code in codes if not code.startswith("CD2")] == [], field.name
            # No field takes a list of lists or a group of groups; a word fits some.
            assert codes or value is text, (field.name, value)


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_a_control_character_after_umlauts_is_found_where_it_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loader: str) -> None:
    """libyaml counts the place in bytes, PyYAML's own reader in characters: both land on
    the character itself, not bytes too far (#umlauts: 'Ü' is one character, two bytes)."""
    if not hasattr(yaml, loader):
        pytest.skip(f"this PyYAML has no {loader}")
    monkeypatch.setattr(frontmatter, "_Parser", getattr(yaml, loader))
    frontmatter._parse_yaml.cache_clear()  # the other loader's reading must not be reused
    text = ('---\ninsights: [Größe, Übung]\nhosts: [{name: Jörg Müßig}]\n'
            'title: "Überlänge äöü\x07"\n---\n')
    assert _issues(tmp_path, text) == [("CD103", 4, 22)]


def test_a_line_break_only_yaml_knows_is_reported_not_a_crash(tmp_path: Path) -> None:
    # NEL (U+0085) ends a line for YAML but not for str.split("\n"): on the last line of a
    # file without a final newline, the error's line was past the end of the text.
    path = tmp_path / "camp.yaml"
    path.write_bytes("name: C\ndate: 2026-05-16\nlocation: a\x85b".encode())
    source = read_yaml_file(path, "camp.yaml")
    assert [(i.code, i.location.line, i.location.column) for i in source.issues] == [
        ("CD103", 4, 1)]
