"""Typed content as plain data in the shape of the front matter, and back to YAML text.

`as_data` walks the declared schema, so sessions.json and the JSON Schema (`campdoc schema`)
describe the same fields with the same names. `yaml_document` writes such data as a session
file again; `campdoc check` reads it back to the same values, which the re-import relies on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import yaml

from campdoc.content.fieldtypes import InsightGroup


def as_data(instance: Any) -> dict[str, Any]:
    """A schema dataclass as a dict of the fields that differ from their defaults."""
    data: dict[str, Any] = {}
    for field in dataclasses.fields(instance):
        value = getattr(instance, field.name)
        if field.default is not dataclasses.MISSING and value == field.default:
            continue
        if value is None or value == ():
            continue
        data[field.name] = _value(value)
    return data


def _value(value: Any) -> Any:
    if isinstance(value, InsightGroup):
        return {value.heading: [_value(item) for item in value.items]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return as_data(value)
    if isinstance(value, tuple):
        return [_value(item) for item in value]
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _Dumper(yaml.SafeDumper):
    """Block style, keys in schema order, multi-line texts as literal blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True  # campdoc refuses anchors and aliases (CD106), so never write them

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # lists indented under their key, as people write


_FIELD_NAME = re.compile(r"[a-z][a-z_]*")
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    # A literal block keeps line breaks readable, but YAML cannot carry trailing spaces
    # or control characters in it; those texts stay double-quoted.
    if _FIELD_NAME.fullmatch(text) and text not in _YAML_WORDS:
        style = ""  # field names stay plain, as people write them
    else:
        style = "|" if "\n" in text and _block_safe(text) else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style or None)


def _block_safe(text: str) -> bool:
    lines = text.split("\n")
    return (all(line == line.rstrip() and line.isprintable() for line in lines)
            and not text[:1].isspace())


_Dumper.add_representer(str, _text)


def yaml_document(data: dict[str, Any]) -> str:
    """Front-matter YAML for ``data``; every text is quoted, so nothing changes type."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1_000_000)


def session_file(fields: dict[str, Any], notes: str) -> str:
    """A whole session file: front matter between ``---`` lines, then the notes."""
    return f"---\n{yaml_document(fields)}---\n{notes}"
