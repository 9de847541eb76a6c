"""The value types a schema field can have. Each converts a YAML node or reports issues.

Converters never raise on content: they append `Issue`s to the context and return `INVALID`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from campdoc.content.frontmatter import Mapping, Node, Scalar, Sequence, describe
from campdoc.core.issues import Issue, Location


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
"""Returned by a converter that reported an issue; the field then keeps its default."""


@dataclass
class Context:
    """Where a conversion happens and where its issues go."""

    path: str
    issues: list[Issue]
    field: str = ""
    docs: tuple[str, str] = ("", "")
    folder: Path | None = None  # the folder of the file, for fields naming other files

    def at(self, name: str | int, field_spec: Spec | None = None) -> Context:
        """The context of a sub-field (`hosts[1].name`), sharing the issue list."""
        docs = (field_spec.doc, field_spec.doc_de) if field_spec else self.docs
        if isinstance(name, int):
            field = f"{self.field}[{name + 1}]"
        else:
            field = f"{self.field}.{name}" if self.field else name
        return dataclasses.replace(self, field=field, docs=docs)

    def report(self, code: str, node: Node | None, **params: str) -> Any:
        """Record an issue at ``node`` for the current field; returns `INVALID`."""
        line, column = (node.line, node.column) if node is not None else (1, 1)
        params = {"doc": self.docs[0], "doc_de": self.docs[1], **params}
        self.issues.append(Issue(code, Location(self.path, line, column), self.field, params))
        return INVALID


def suggest(word: str, candidates: typing.Iterable[str]) -> str:
    """The closest candidate, for 'did you mean'; empty when nothing is close."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    if not matches:
        lowered = {candidate.casefold(): candidate for candidate in candidates}
        return lowered.get(word.casefold(), "")
    return matches[0]


class FieldType:
    """Base of all value types: a name for messages and a JSON Schema fragment."""

    expected: ClassVar[str] = "a value"

    def convert(self, node: Node, ctx: Context) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def describe(self) -> str:
        """The type's name in the field reference."""
        return self.expected.removeprefix("a ").removeprefix("an ")

    def _scalar(self, node: Node, ctx: Context) -> Scalar | None:
        if isinstance(node, Scalar) and not node.is_null:
            return node
        if isinstance(node, Scalar):
            ctx.report("CD215", node, expected=self.expected)
        else:
            ctx.report("CD203", node, expected=self.expected, found=describe(node))
        return None


@dataclass(frozen=True)
class Text(FieldType):
    """A single-line text; inline Markdown is allowed where the field says so."""

    max_length: int = 300
    expected: ClassVar[str] = "a text"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if not value:
            return ctx.report("CD215", node, expected=self.expected)
        if len(value) > self.max_length:
            return ctx.report("CD217", node, limit=str(self.max_length), found=str(len(value)))
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": self.max_length}


@dataclass(frozen=True)
class LongText(Text):
    """A paragraph or more of Markdown, such as a camp description."""

    max_length: int = 20_000


@dataclass(frozen=True)
class Integer(FieldType):
    """A whole number, written in decimal; ``0755`` means 755, not an octal number."""

    minimum: int = 0
    expected: ClassVar[str] = "a whole number"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        text = scalar.value.strip().replace("_", "")
        if not re.fullmatch(r"[+-]?[0-9]{1,9}", text) or int(text) < self.minimum:
            return ctx.report("CD209", node, minimum=str(self.minimum), found=scalar.value)
        return int(text)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum}


_TRUE = {"true", "yes", "on", "ja"}
_FALSE = {"false", "no", "off", "nein"}


@dataclass(frozen=True)
class Boolean(FieldType):
    """Yes or no: ``true``/``false`` (also ``yes``/``no``, ``ja``/``nein``)."""

    expected: ClassVar[str] = "true or false"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        word = scalar.value.strip().lower()
        if word in _TRUE | _FALSE:
            return word in _TRUE
        return ctx.report("CD208", node, choices="true, false", found=scalar.value)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True)
class Date(FieldType):
    """A calendar date written ``YYYY-MM-DD``."""

    expected: ClassVar[str] = "a date (YYYY-MM-DD)"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        text = scalar.value.strip()
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:  # well-formed but not in the calendar, such as 2026-02-30
                return ctx.report("CD205", node, found=scalar.value)
        return ctx.report("CD205", node, found=scalar.value)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


@dataclass(frozen=True)
class Time(FieldType):
    """A time of day written ``HH:MM`` (24-hour clock)."""

    expected: ClassVar[str] = "a time (HH:MM)"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", scalar.value.strip())
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            return ctx.report("CD206", node, found=scalar.value)
        return dt.time(int(match[1]), int(match[2]))

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"}


ALLOWED_SCHEMES = ("http", "https", "mailto")
_URL = re.compile(r"(?i)(?:https?://[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)")


def is_safe_url(url: str) -> bool:
    """True for http(s) URLs with a host and mailto addresses; nothing else is ever linked."""
    return bool(_URL.fullmatch(url)) and not any(ord(char) < 32 for char in url)


@dataclass(frozen=True)
class Url(FieldType):
    """A web address (``https://…``, ``http://…``) or a mail address (``mailto:…``)."""

    expected: ClassVar[str] = "a web address"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        url = scalar.value.strip()
        if not is_safe_url(url):
            return ctx.report("CD207", node, found=scalar.value)
        return url

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)\S+$"}


@dataclass(frozen=True)
class Choice(FieldType):
    """One of a fixed set of words."""

    choices: tuple[str, ...] = ()
    expected: ClassVar[str] = "one of the allowed values"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if value in self.choices:
            return value
        if value.lower() in self.choices:
            return value.lower()
        close = suggest(value, self.choices)
        return ctx.report("CD208", node, choices=", ".join(self.choices), found=scalar.value,
                          suggestion=close)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "enum": list(self.choices)}

    def describe(self) -> str:
        return " or ".join(f"`{choice}`" for choice in self.choices)


@dataclass(frozen=True)
class Identifier(FieldType):
    """A short id of lower-case letters, digits and ``-``, such as ``slot-1``."""

    expected: ClassVar[str] = "an id"
    pattern: ClassVar[re.Pattern[str]] = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if not self.pattern.fullmatch(value):
            return ctx.report("CD214", node, found=scalar.value)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"}


KNOWN_LICENSES = (
    "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0",
    "CC-BY-NC-ND-4.0", "CC0-1.0", "CC-BY-3.0-DE", "CC-BY-SA-3.0-DE", "CC-BY-3.0", "CC-BY-SA-3.0",
    "MIT", "Apache-2.0", "GFDL-1.3-or-later", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "ODbL-1.0",
    "LicenseRef-All-Rights-Reserved",
)


@dataclass(frozen=True)
class License(FieldType):
    """An SPDX licence identifier such as ``CC-BY-4.0``."""

    expected: ClassVar[str] = "a licence id"

    def convert(self, node: Node, ctx: Context) -> Any:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if not re.fullmatch(r"[A-Za-z0-9.+-]{2,64}", value):
            return ctx.report("CD211", node, found=scalar.value)
        known = {name.casefold(): name for name in KNOWN_LICENSES}
        if value.casefold() in known:
            return known[value.casefold()]
        close = suggest(value, KNOWN_LICENSES)
        ctx.report("CD210", node, found=value,
                   suggestion=close)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[A-Za-z0-9.+-]{2,64}$",
                "examples": list(KNOWN_LICENSES[:7])}


@dataclass(frozen=True)
class ListOf(FieldType):
    """A YAML list whose every entry has the same type."""

    item: FieldType = dataclasses.field(default_factory=Text)
    min_items: int = 0
    max_items: int = 500
    unique: str = ""  # an attribute of the items that must differ between them (case-folded)
    expected: ClassVar[str] = "a list"

    def describe(self) -> str:
        return f"list of {self.item.describe()}"

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Scalar) and node.is_null:
            items: tuple[Node, ...] = ()
        elif isinstance(node, Sequence):
            items = node.items
        else:
            return ctx.report("CD203", node, expected="a list", found=describe(node))
        if len(items) < self.min_items:
            return ctx.report("CD204", node, minimum=str(self.min_items))
        if len(items) > self.max_items:
            return ctx.report("CD217", node, limit=str(self.max_items), found=str(len(items)))
        values = [self.item.convert(item, ctx.at(index)) for index, item in enumerate(items)]
        if self.unique:
            self._report_duplicates(items, values, ctx)
        return tuple(value for value in values if value is not INVALID)

    def _report_duplicates(self, items: tuple[Node, ...], values: list[Any],
                           ctx: Context) -> None:
        first: dict[str, Node] = {}
        for index, (node, value) in enumerate(zip(items, values, strict=True)):
            if value is INVALID:
                continue
            key = str(getattr(value, self.unique)).casefold()
            if key in first:
                ctx.at(index).report("CD307", node, found=str(getattr(value, self.unique)),
                                     first_line=str(first[key].line))
            else:
                first[key] = node

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            schema["minItems"] = self.min_items
        return schema


@dataclass(frozen=True)
class Point(Text):
    """An inline-Markdown text in a list; ``- Ziel: mehr Austausch`` stays one sentence.

    YAML reads an unquoted ``Ziel: mehr Austausch`` as a one-key mapping. In notes that
    colon is almost always prose, so it is joined back into the sentence the author wrote.
    """

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Mapping) and len(node.entries) == 1:
            key, value = node.entries[0]
            if isinstance(value, Scalar) and not value.is_null:
                node = Scalar(f"{key.value}: {value.value}", node.line, node.column)
        return super().convert(node, ctx)


@dataclass(frozen=True, slots=True)
class InsightGroup:
    """A heading with sub-points, written ``- Heading:`` with an indented list below it."""

    heading: str
    items: tuple[Insight, ...]


Insight = str | InsightGroup


@dataclass(frozen=True)
class Insights(FieldType):
    """A list of points; a point is a text or a heading with its own list of points."""

    expected: ClassVar[str] = "a list of points"

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Scalar) and node.is_null:
            return ()
        if not isinstance(node, Sequence):
            return ctx.report("CD203", node, expected=self.expected, found=describe(node))
        points = [self._point(item, ctx.at(index)) for index, item in enumerate(node.items)]
        return tuple(point for point in points if point is not INVALID)

    def _point(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Mapping) and len(node.entries) == 1:
            key, value = node.entries[0]
            if isinstance(value, Sequence) or (isinstance(value, Scalar) and value.is_null):
                heading = Text().convert(key, ctx)
                items = self.convert(value, ctx.at(key.value))
                if heading is INVALID or items is INVALID:
                    return INVALID
                return InsightGroup(heading, items)
            return Point().convert(node, ctx)
        if isinstance(node, Scalar):
            return Point().convert(node, ctx)
        return ctx.report("CD213", node, found=describe(node))

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": "#/$defs/insight"}}


def insight_definition() -> dict[str, Any]:
    """The recursive JSON Schema of one insight point."""
    return {
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "minProperties": 1, "maxProperties": 1,
             "additionalProperties": {
                 "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/insight"}},
                           {"type": "string"}, {"type": "null"}]}},
        ]
    }


@dataclass(frozen=True)
class OneOrMany(ListOf):
    """A single text or a list of texts, such as one or several names."""

    def convert(self, node: Node, ctx: Context) -> Any:
        if isinstance(node, Scalar) and not node.is_null:
            value = self.item.convert(node, ctx)
            return INVALID if value is INVALID else (value,)
        return super().convert(node, ctx)

    def json_schema(self) -> dict[str, Any]:
        return {"anyOf": [self.item.json_schema(), super().json_schema()]}

    def describe(self) -> str:
        return f"{self.item.describe()} or {super().describe()}"


@dataclass(frozen=True)
class Group(FieldType):
    """A nested set of fields, described by a schema dataclass."""

    schema: type[Any] = object
    expected: ClassVar[str] = "a group of fields"

    def convert(self, node: Node, ctx: Context) -> Any:
        from campdoc.content.validate import convert_mapping

        return convert_mapping(node, self.schema, ctx)

    def describe(self) -> str:
        return f"{self.schema.__name__} (see below)"

    def json_schema(self) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.schema.__name__}"}


@dataclass(frozen=True)
class Spec:
    """What a schema field is: its value type, whether it is required, and its docs."""

    type: FieldType
    doc: str
    doc_de: str
    required: bool = False


def spec(kind: FieldType, doc: str, doc_de: str, *, required: bool = False) -> dict[str, Spec]:
    """Field metadata for a schema dataclass: ``x: str = field(metadata=spec(...))``."""
    return {"campdoc": Spec(kind, doc, doc_de, required)}


def spec_of(field: dataclasses.Field[Any]) -> Spec:
    found = field.metadata.get("campdoc")
    assert isinstance(found, Spec), f"schema field {field.name} has no spec"
    return found


ObjectCheck = Callable[[Any, Mapping, Context], None]
"""A rule about a whole group of fields, such as 'end after start'; it reports via the context."""
