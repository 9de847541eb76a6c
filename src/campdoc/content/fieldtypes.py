"""The value types a schema field can have. Each converts a YAML node into a typed value or
reports issues; `convert` holds the protocol they follow.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from campdoc.content.colours import HEX_COLOUR, normalised
from campdoc.content.convert import INVALID, Context, Converted, FieldType, suggest
from campdoc.content.frontmatter import Mapping, Node, Scalar, Sequence, describe
from campdoc.content.links import is_safe_url
from campdoc.core.slugs import slugify
from campdoc.core.words import parse_date, parse_time

T = TypeVar("T")


@dataclass(frozen=True)
class Text(FieldType[str]):
    """A single-line text; inline Markdown is allowed where the field says so."""

    max_length: int = 300
    expected: ClassVar[str] = "a text"

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if not value:
            return ctx.report("CD215", node, expected=self.expected)
        if len(value) > self.max_length:
            return ctx.report("CD217", node, limit=str(self.max_length), found=str(len(value)))
        return value

    def value_type(self) -> Any:
        return str

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": self.max_length}


@dataclass(frozen=True)
class LongText(Text):
    """A paragraph or more of Markdown, such as a camp description."""

    max_length: int = 20_000
    multiline: ClassVar[bool] = True


@dataclass(frozen=True)
class Integer(FieldType[int]):
    """A whole number, written in decimal; ``0755`` means 755, not an octal number."""

    minimum: int = 0
    expected: ClassVar[str] = "a whole number"

    def convert(self, node: Node, ctx: Context) -> Converted[int]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        text = scalar.value.strip().replace("_", "")
        if not re.fullmatch(r"[+-]?[0-9]{1,9}", text) or int(text) < self.minimum:
            # 'ca. 20' means 20; a number below the minimum, or none, gets a plain example.
            numbers = re.findall(r"[0-9]+", text)
            example = numbers[0] if (len(numbers) == 1 and text != numbers[0]
                                     and not text.startswith("-")
                                     and self.minimum <= int(numbers[0]) < 10**9) else "20"
            return ctx.report("CD209", node, minimum=str(self.minimum), found=scalar.value,
                              example=example)
        return int(text)

    def value_type(self) -> Any:
        return int

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum}


def _word(text: str) -> str:
    """A value as choices and their synonyms are compared: case, umlauts, spaces and
    punctuation do not matter (``Veröffentlicht`` is ``veroeffentlicht``)."""
    return slugify(text)


@dataclass(frozen=True)
class Boolean(FieldType[bool]):
    """Yes or no: ``true``/``false``, or one of the other words below."""

    expected: ClassVar[str] = "true or false"
    # Every word that means yes or no without doubt, in the languages people write in.
    true_words: ClassVar[tuple[str, ...]] = ("true", "yes", "on", "ja", "wahr")
    false_words: ClassVar[tuple[str, ...]] = ("false", "no", "off", "nein", "falsch")

    @classmethod
    def meaning(cls, text: str, *, initials: bool = False) -> bool | None:
        """What a yes/no word means, None if it is none. With ``initials`` a first letter
        counts too when all words it begins agree (``j``, ``y``, ``n``; not ``o``), as a
        question on the terminal is answered."""
        word = _word(text)
        if word in cls.true_words or word in cls.false_words:
            return word in cls.true_words
        if initials and len(word) == 1:
            meanings = {True for each in cls.true_words if each[0] == word} | {
                False for each in cls.false_words if each[0] == word}
            if len(meanings) == 1:
                return meanings.pop()
        return None

    def convert(self, node: Node, ctx: Context) -> Converted[bool]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        meaning = self.meaning(scalar.value)
        if meaning is not None:
            return meaning
        close = suggest(scalar.value.strip().lower(), self.true_words + self.false_words)
        return ctx.report("CD208", node, choices="true, false", found=scalar.value,
                          suggestion="" if not close else "true" if close in self.true_words
                          else "false")

    def value_type(self) -> Any:
        return bool

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def describe(self) -> str:
        return (f"`true` (also {', '.join(self.true_words[1:])}) or `false` (also "
                f"{', '.join(self.false_words[1:])})")


@dataclass(frozen=True)
class Date(FieldType[dt.date]):
    """A calendar date written ``YYYY-MM-DD``."""

    expected: ClassVar[str] = "a date (YYYY-MM-DD)"

    def convert(self, node: Node, ctx: Context) -> Converted[dt.date]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        text = scalar.value.strip()
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:  # well-formed but not in the calendar, such as 2026-02-30
                return ctx.report("CD205", node, found=scalar.value)
        return ctx.report("CD205", node, found=scalar.value, suggestion=self._meant(text))

    @staticmethod
    def _meant(text: str) -> str:
        """The ISO date a German (14.5.2026, 14.3.25) or unpadded (2026-5-14) date means, if
        any: read as ``campdoc new`` reads dates, so both agree on what a date is."""
        meant = parse_date(text)
        return meant.isoformat() if meant is not None else ""

    def value_type(self) -> Any:
        return dt.date

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


@dataclass(frozen=True)
class Time(FieldType[dt.time]):
    """A time of day written ``HH:MM`` (24-hour clock)."""

    expected: ClassVar[str] = "a time (HH:MM)"

    def convert(self, node: Node, ctx: Context) -> Converted[dt.time]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", scalar.value.strip())
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            # '10.30', '10:30 Uhr' and '10 Uhr' say which time they mean, as `campdoc new`
            # reads them; a bare '10' could be anything and is not guessed.
            text = scalar.value.strip()
            meant = None if text.isdigit() else parse_time(text)
            suggestion = meant.strftime("%H:%M") if meant is not None else ""
            return ctx.report("CD206", node, found=scalar.value, suggestion=suggestion)
        return dt.time(int(match[1]), int(match[2]))

    def value_type(self) -> Any:
        return dt.time

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"}


@dataclass(frozen=True)
class Url(FieldType[str]):
    """A web address (``https://…``, ``http://…``) or a mail address (``mailto:…``)."""

    expected: ClassVar[str] = "a web address"

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        url = scalar.value.strip()
        if not is_safe_url(url):
            return ctx.report("CD207", node, found=scalar.value, suggestion=web_address_of(url))
        return url

    def value_type(self) -> Any:
        return str

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^([Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)\S+$"}


def web_address_of(text: str) -> str:
    """The address ``text`` means when written without ``https://`` (www.example.org) or
    ``mailto:`` (info@example.org); empty when it is not one."""
    domain = r"[\w-]+(\.[\w-]+)*\.[a-zA-Z]{2,}"
    if re.fullmatch(rf"{domain}(/\S*)?", text):
        return f"https://{text}"
    if re.fullmatch(rf"[\w.+-]+@{domain}", text):
        return f"mailto:{text}"
    return ""


@dataclass(frozen=True)
class Colour(FieldType[str]):
    """A colour as CSS writes it in hex: ``#145a8d`` or ``#15d``."""

    expected: ClassVar[str] = "a colour such as #145a8d"

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if not HEX_COLOUR.fullmatch(value):
            return ctx.report("CD241", node, found=scalar.value)
        return normalised(value)

    def value_type(self) -> Any:
        return str

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^#([0-9a-fA-F]{3}){1,2}$"}


@dataclass(frozen=True)
class PageOrUrl(FieldType[str]):
    """A web address, or the path of a Markdown page in the project (``rechtliches/x.md``)."""

    expected: ClassVar[str] = "a web address or a page"

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if is_safe_url(value) or (value.lower().endswith(".md") and ":" not in value):
            return value  # a page's path is checked against the project by validation
        return ctx.report("CD207", node, found=scalar.value)

    def value_type(self) -> Any:
        return str

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "anyOf": [Url().json_schema(),
                                            {"pattern": r"^[^:]+\.[Mm][Dd]$"}]}


@dataclass(frozen=True)
class Choice(FieldType[str]):
    """One of a fixed set of words; other words that mean one of them without doubt
    (``Entwurf`` for ``draft``) are read as that one."""

    choices: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, str], ...] = ()  # (other word, the choice it means)
    expected: ClassVar[str] = "one of the allowed values"

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if value in self.choices:
            return value
        meaning = {_word(word): choice for word, choice in self.synonyms}
        meaning.update({_word(choice): choice for choice in self.choices})
        if _word(value) in meaning:
            return meaning[_word(value)]
        words = {word: choice for word, choice in self.synonyms}
        words.update({choice: choice for choice in self.choices})
        close = suggest(value, words)
        return ctx.report("CD208", node, choices=", ".join(self.choices), found=scalar.value,
                          suggestion=words.get(close, ""))

    def value_type(self) -> Any:
        return str

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.choices)}  # an enum of texts: "type" would say it again

    def describe(self) -> str:
        def described(choice: str) -> str:
            others = [word for word, meant in self.synonyms if meant == choice]
            return f"`{choice}`" + (f" (also {', '.join(others)})" if others else "")

        return " or ".join(described(choice) for choice in self.choices)


@dataclass(frozen=True)
class Identifier(FieldType[str]):
    """A short id of lower-case letters, digits and ``-``, such as ``slot-1``."""

    expected: ClassVar[str] = "an id"
    pattern: ClassVar[re.Pattern[str]] = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        if not self.pattern.fullmatch(value):
            return ctx.report("CD214", node, found=scalar.value,
                              example=slugify(value)[:64].strip("-") or "slot-1")
        return value

    def value_type(self) -> Any:
        return str

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"}


KNOWN_LICENSES = (
    "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0",
    "CC-BY-NC-ND-4.0", "CC0-1.0", "CC-BY-3.0-DE", "CC-BY-SA-3.0-DE", "CC-BY-3.0", "CC-BY-SA-3.0",
    "MIT", "Apache-2.0", "GFDL-1.3-or-later", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "ODbL-1.0",
    "LicenseRef-All-Rights-Reserved",
)


@dataclass(frozen=True)
class License(FieldType[str]):
    """An SPDX licence identifier such as ``CC-BY-4.0``; a known licence written the way
    people write it (``CC BY-SA 4.0``, ``cc0``) is read as its identifier."""

    expected: ClassVar[str] = "a licence id"
    synonyms: ClassVar[tuple[tuple[str, str], ...]] = (
        ("CC0", "CC0-1.0"),
        ("Alle Rechte vorbehalten", "LicenseRef-All-Rights-Reserved"),
        ("All rights reserved", "LicenseRef-All-Rights-Reserved"),
    )

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
        scalar = self._scalar(node, ctx)
        if scalar is None:
            return INVALID
        value = scalar.value.strip()
        known = {_word(word): name for word, name in self.synonyms}
        known.update({_word(name): name for name in KNOWN_LICENSES})
        if _word(value) in known:
            return known[_word(value)]
        close = suggest(re.sub(r"\s+", "-", value), KNOWN_LICENSES)
        if not re.fullmatch(r"[A-Za-z0-9.+-]{2,64}", value):
            return ctx.report("CD211", node, found=scalar.value, suggestion=close)
        ctx.report("CD210", node, found=value, suggestion=close)
        return value

    def value_type(self) -> Any:
        return str

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[A-Za-z0-9.+-]{2,64}$",
                "examples": list(KNOWN_LICENSES[:7])}

    def describe(self) -> str:
        return ("licence id (`CC BY-SA 4.0` is read as `CC-BY-SA-4.0`; also "
                f"{', '.join(word for word, _ in self.synonyms)})")


def same_entry_key(text: str) -> str:
    """Two entries of a list are the same when their keys are: case does not count, so
    'KI' repeats 'ki' (and German 'STRASSE' repeats 'Straße')."""
    return text.casefold()


@dataclass(frozen=True)
class ListOf(FieldType[tuple[T, ...]]):
    """A YAML list whose every entry has the same type."""

    item: FieldType[T]
    min_items: int = 0
    max_items: int = 500
    unique: str = ""  # an attribute of the items that must differ between them (case-folded)
    # Text entries written twice (case-folded) are a warning and kept once: a tag twice is a
    # slip, not a reason to fail a host's pull request.
    once: bool = False
    expected: ClassVar[str] = "a list"

    def describe(self) -> str:
        return f"list of {self.item.describe()}"

    def convert(self, node: Node, ctx: Context) -> Converted[tuple[T, ...]]:
        if isinstance(node, Scalar) and node.is_null:
            items: tuple[Node, ...] = ()
        elif isinstance(node, Sequence):
            items = node.items
        else:
            # 'Saal, Werkstatt' was meant as a list: its first part makes the example.
            written = node.value.split(",")[0].strip() if isinstance(node, Scalar) else ""
            return ctx.report("CD203", node, expected="a list", found=describe(node),
                              example=self._entry(written or "…"))
        if len(items) < self.min_items:
            return ctx.report("CD204", node, minimum=str(self.min_items),
                              example=self._entry("…"))
        if len(items) > self.max_items:
            return ctx.report("CD217", node, limit=str(self.max_items), found=str(len(items)),
                              units="entries")
        values = [self.item.convert(item, ctx.at(index)) for index, item in enumerate(items)]
        if self.unique:
            self._report_duplicates(items, values, ctx)
        if self.once:
            values = self._drop_repeated(items, values, ctx)
        return tuple(value for value in values if value is not INVALID)

    def value_type(self) -> Any:
        return tuple.__class_getitem__((self.item.value_type(), ...))

    def _entry(self, text: str) -> str:
        """One entry of this list as written in YAML, for hints: '- name: Anna'."""
        group = getattr(self.item, "schema", None)
        if group is None:
            return f"- {text}"
        return f"- {dataclasses.fields(group)[0].name}: {text}"

    def _report_duplicates(self, items: tuple[Node, ...], values: list[Converted[T]],
                           ctx: Context) -> None:
        first: dict[str, Node] = {}
        for index, (node, value) in enumerate(zip(items, values, strict=True)):
            if value is INVALID:
                continue
            key = same_entry_key(str(getattr(value, self.unique)))
            if key in first:
                ctx.at(index).report("CD307", node, found=str(getattr(value, self.unique)),
                                     first_line=str(first[key].line))
            else:
                first[key] = node

    @staticmethod
    def _drop_repeated(items: tuple[Node, ...], values: list[Converted[T]],
                       ctx: Context) -> list[Converted[T]]:
        first: dict[str, tuple[Node, str]] = {}
        kept: list[Converted[T]] = []
        for index, (node, value) in enumerate(zip(items, values, strict=True)):
            if value is not INVALID:
                key = same_entry_key(str(value))
                if key in first:
                    earlier, written = first[key]
                    ctx.at(index).report("CD246", node, found=str(value), first=written,
                                         first_line=str(earlier.line))
                    continue
                first[key] = (node, str(value))
            kept.append(value)
        return kept

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

    def convert(self, node: Node, ctx: Context) -> Converted[str]:
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
class Insights(FieldType[tuple[Insight, ...]]):
    """A list of points; a point is a text or a heading with its own list of points."""

    expected: ClassVar[str] = "a list of points"

    def convert(self, node: Node, ctx: Context) -> Converted[tuple[Insight, ...]]:
        if isinstance(node, Scalar) and node.is_null:
            return ()
        if not isinstance(node, Sequence):
            written = node.value.strip() if isinstance(node, Scalar) else ""
            return ctx.report("CD203", node, expected=self.expected, found=describe(node),
                              example=written or "…")
        points = [self._point(item, ctx.at(index)) for index, item in enumerate(node.items)]
        return tuple(point for point in points if point is not INVALID)

    def _point(self, node: Node, ctx: Context) -> Converted[Insight]:
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

    def value_type(self) -> Any:
        return tuple[Insight, ...]

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
class OneOrMany(ListOf[T]):
    """A single text or a list of texts, such as one or several names."""

    def convert(self, node: Node, ctx: Context) -> Converted[tuple[T, ...]]:
        if isinstance(node, Scalar) and not node.is_null:
            value = self.item.convert(node, ctx)
            return INVALID if value is INVALID else (value,)
        return super().convert(node, ctx)

    def json_schema(self) -> dict[str, Any]:
        return {"anyOf": [self.item.json_schema(), super().json_schema()]}

    def describe(self) -> str:
        return f"{self.item.describe()} or {super().describe()}"
