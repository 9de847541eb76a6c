"""Add entries to a list field of a session's front matter, changing nothing else.

A session file is written by people, with their comments, quoting and order; a tool that
adds a photo must not reformat it. The new entries go right after the list's last entry,
indented like it (or into a new list before the closing ``---``), and values are quoted
only where YAML needs it.
"""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from campdoc.authoring.mentions import LineOffsets
from campdoc.content.frontmatter import (
    Mapping,
    Node,
    Scalar,
    Sequence,
    UnclosedFrontMatter,
    normalise_text,
    parse_yaml,
    split_front_matter,
)
from campdoc.core.errors import CampdocError

Entry = dict[str, str | bool]
_NEW_LIST_INDENT = 2  # "  - file: …", as the sample project and `campdoc new` write lists


def yaml_value(value: str | bool) -> str:
    """A value as YAML reads it back unchanged, quoted only when it must be."""
    if isinstance(value, bool):
        return "true" if value else "false"
    dumped = yaml.safe_dump(value, allow_unicode=True, width=10_000, default_style=None)
    dumped = dumped.removesuffix("\n").removesuffix("\n...")
    if "\n" in dumped:  # a line break in the value: one double-quoted line
        dumped = yaml.safe_dump(value, allow_unicode=True, width=10_000, default_style='"')
        dumped = " ".join(dumped.split("\n")).strip()
    return dumped


def _last_line(node: Node) -> int:
    """The last line a node's text reaches."""
    if isinstance(node, Scalar):
        # A block scalar (| or >) ends at the start of the line after it.
        return node.end_line - 1 if node.end_column == 1 and node.end_line > node.line \
            else node.end_line
    children: Iterable[Node] = (
        node.items if isinstance(node, Sequence)
        else (part for pair in node.entries for part in pair))
    return max((_last_line(child) for child in children), default=node.line)


def _block(entries: list[Entry], dash: int, key: int) -> str:
    lines = []
    for entry in entries:
        for number, (name, value) in enumerate(entry.items()):
            lead = " " * dash + "-".ljust(key - dash) if number == 0 else " " * key
            lines.append(f"{lead}{name}: {yaml_value(value)}\n")
    return "".join(lines)


def _flow(entries: list[Entry]) -> str:
    return ", ".join("{" + ", ".join(f"{name}: {yaml_value(value)}"
                                     for name, value in entry.items()) + "}"
                     for entry in entries)


def append_to_list(text: str, field: str, entries: list[Entry], name: str) -> str:
    """``text`` (a session file) with ``entries`` added to its list ``field``; raises
    `CampdocError` when its front matter cannot be read."""
    crlf = "\r\n" in text
    bom = text.startswith("\ufeff")
    text = normalise_text(text)
    try:
        split = split_front_matter(text)
    except UnclosedFrontMatter:
        split = None
    if split is None or split.yaml_text is None:
        raise CampdocError.said("add.no_front_matter", name=name)
    root, issues = parse_yaml(split.yaml_text, name, split.yaml_first_line)
    errors = [issue for issue in issues if issue.is_error]
    if errors or not isinstance(root, Mapping):
        where = f":{errors[0].location.line}" if errors else ""
        raise CampdocError.said("add.broken_front_matter", name=name, where=where)
    offsets = LineOffsets(text)
    value = next((node for key, node in root.entries if key.value == field), None)
    key = next((k for k, _ in root.entries if k.value == field), None)
    if value is None or key is None:
        closing = split.body_first_line - 1  # the line of the closing '---'
        at = offsets.line_start(closing)
        result = (text[:at] + f"{field}:\n"
                  + _block(entries, _NEW_LIST_INDENT, _NEW_LIST_INDENT + 2) + text[at:])
    elif isinstance(value, Sequence) and value.flow and value.items:
        at = offsets.offset(value.end_line, value.end_column - 1)  # before the ']'
        result = text[:at] + ", " + _flow(entries) + text[at:]
    elif isinstance(value, Sequence) and not value.flow:
        first = value.items[0]
        dash = value.column - 1
        indent = first.column - 1 if isinstance(first, Mapping) else dash + 2
        at = offsets.next_line(_last_line(value))
        result = text[:at] + _block(entries, dash, indent) + text[at:]
    elif (isinstance(value, Scalar) and value.is_null) or isinstance(value, Sequence):
        # "photos:" with nothing, "photos: ~" or "photos: []": the value becomes the list,
        # a comment after it stays.
        end = offsets.offset(value.end_line, value.end_column)
        rest = text[end:offsets.next_line(value.end_line)].strip()
        line = f"{field}:" + (f"  {rest}" if rest.startswith("#") else "")
        result = (text[:offsets.line_start(key.line)] + line + "\n"
                  + _block(entries, _NEW_LIST_INDENT, _NEW_LIST_INDENT + 2)
                  + text[offsets.next_line(value.end_line):])
    else:
        raise CampdocError.said("add.not_a_list", field=field, name=name, line=key.line)
    if bom:
        result = "\ufeff" + result
    return result.replace("\n", "\r\n") if crlf else result
