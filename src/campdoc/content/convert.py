"""How a YAML tree becomes typed values: the field-type protocol, specs and group conversion.

Converters never raise on content: they append `Issue`s to the context and return `INVALID`.
The concrete value types are in `fieldtypes`; the declared schema is in `schema`.
"""

from __future__ import annotations

import abc
import dataclasses
import difflib
import enum
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, Literal, TypeAlias, TypeVar

from campdoc.content.characters import describe_character, forbidden_character
from campdoc.content.frontmatter import Mapping as MappingNode
from campdoc.content.frontmatter import Node, Scalar, describe
from campdoc.core.issues import Issue, Location
from campdoc.core.slugs import slugify

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")
S = TypeVar("S", bound="DataclassInstance")


class Invalid(enum.Enum):
    """The type of `INVALID`: a converter reported an issue, the field keeps its default."""

    INVALID = "INVALID"

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = Invalid.INVALID
Converted: TypeAlias = T | Literal[Invalid.INVALID]
"""A converter's result: the value, or `INVALID` after it reported an issue."""


@dataclass
class Context:
    """Where a conversion happens and where its issues go."""

    path: str
    issues: list[Issue]
    field: str = ""
    docs: tuple[str, str] = ("", "")
    folder: Path | None = None  # the folder of the file, for fields naming other files
    # Rules about a whole group of fields (such as 'end after start'), by schema class;
    # validation supplies them, so conversion itself knows no rule.
    checks: Mapping[type[Any], tuple[ObjectCheck, ...]] = dataclasses.field(
        default_factory=dict)

    def at(self, name: str | int, field_spec: Spec[Any] | None = None) -> Context:
        """The context of a sub-field (`hosts[1].name`), sharing the issue list."""
        docs = (field_spec.doc, field_spec.doc_de) if field_spec else self.docs
        if isinstance(name, int):
            field = f"{self.field}[{name + 1}]"
        else:
            field = f"{self.field}.{name}" if self.field else name
        return dataclasses.replace(self, field=field, docs=docs)

    def report(self, code: str, node: Node | None, **params: str) -> Literal[Invalid.INVALID]:
        """Record an issue at ``node`` for the current field; returns `INVALID`."""
        line, column = (node.line, node.column) if node is not None else (1, 1)
        params = {"doc": self.docs[0], "doc_de": self.docs[1], **params}
        self.issues.append(Issue(code, Location(self.path, line, column), self.field, params))
        return INVALID


def suggest(word: str, candidates: Iterable[str]) -> str:
    """The closest candidate, for 'did you mean'; empty when nothing is close."""
    candidates = list(candidates)
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    if not matches:
        lowered = {candidate.casefold(): candidate for candidate in candidates}
        return lowered.get(word.casefold(), "")
    return matches[0]


class FieldType(abc.ABC, Generic[T]):
    """Base of all value types: converts a node to a ``T``, names itself for messages and
    for the docs, and describes itself as a JSON Schema fragment."""

    expected: ClassVar[str] = "a value"
    # Whether values may hold line breaks and tabs (paragraphs of Markdown).
    multiline: ClassVar[bool] = False

    @abc.abstractmethod
    def convert(self, node: Node, ctx: Context) -> Converted[T]:
        """The value of ``node``, or `INVALID` after reporting why not."""

    @abc.abstractmethod
    def value_type(self) -> Any:
        """The Python type of converted values, as a schema field must be annotated."""

    @abc.abstractmethod
    def json_schema(self) -> dict[str, Any]:
        """The JSON Schema fragment that describes this type for editors."""

    def describe(self) -> str:
        """A short name for the field reference."""
        return self.expected.removeprefix("a ").removeprefix("an ")

    def _scalar(self, node: Node, ctx: Context) -> Scalar | None:
        """The node as a scalar with no forbidden character, or None after reporting why."""
        if isinstance(node, Scalar) and not node.is_null:
            text = node.value.strip()
            index = forbidden_character(text, self.multiline)
            if index >= 0:
                ctx.report("CD222", node, char=describe_character(text[index]),
                           position=str(index + 1))
                return None
            return node
        if isinstance(node, Scalar):
            ctx.report("CD215", node, expected=self.expected)
        else:
            ctx.report("CD203", node, expected=self.expected, found=describe(node))
        return None


@dataclass(frozen=True)
class Spec(Generic[T]):
    """What a schema field is: its value type, whether it is required, its docs, and the
    other words people use for it (German names, common misspellings, pad headings)."""

    type: FieldType[T]
    doc: str
    doc_de: str
    required: bool = False
    synonyms: tuple[str, ...] = ()


def spec(kind: FieldType[T], doc: str, doc_de: str, *, required: bool = False,
         synonyms: tuple[str, ...] = ()) -> dict[str, Spec[T]]:
    """Field metadata for a schema dataclass: ``x: str = field(metadata=spec(...))``."""
    return {"campdoc": Spec(kind, doc, doc_de, required, synonyms)}


def spec_of(field: dataclasses.Field[Any]) -> Spec[Any]:
    found = field.metadata.get("campdoc")
    assert isinstance(found, Spec), f"schema field {field.name} has no spec"
    return found


def field_for_word(schema: type[DataclassInstance], word: str) -> str:
    """The field of ``schema`` that ``word`` names, by its name or one of its synonyms.

    Compared as slugs, so case, umlauts, gender forms and separators do not matter:
    ``Nächste Schritte``, ``naechste_schritte`` and ``next-steps`` all find ``next_steps``.
    """
    wanted = slugify(word)
    return _fields_by_slug(schema).get(wanted, "") if wanted else ""


@functools.cache
def _fields_by_slug(schema: type[DataclassInstance]) -> dict[str, str]:
    """Each name and synonym of the schema's fields, as a slug; the first field wins.

    Built once per schema: the pad import asks for every short line it reads."""
    found: dict[str, str] = {}
    for field in dataclasses.fields(schema):
        for name in (field.name, *spec_of(field).synonyms):
            found.setdefault(slugify(name), field.name)
    return found


ObjectCheck = Callable[[Any, MappingNode, Context], None]
"""A rule about a whole group of fields, such as 'end after start'; it reports via the context."""


@dataclass(frozen=True)
class Group(FieldType[S]):
    """A nested set of fields, described by a schema dataclass."""

    schema: type[S]
    expected: ClassVar[str] = "a group of fields"

    def convert(self, node: Node, ctx: Context) -> Converted[S]:
        return convert_mapping(node, self.schema, ctx)

    def value_type(self) -> Any:
        return self.schema

    def describe(self) -> str:
        return f"{self.schema.__name__} (see below)"

    def json_schema(self) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{self.schema.__name__}"}


def value_node(node: MappingNode, name: str) -> Node:
    """The value of key ``name`` in a mapping, or the mapping itself when it is absent."""
    return next((value for key, value in node.entries if key.value == name), node)


def convert_mapping(node: Node, schema: type[S], ctx: Context) -> Converted[S]:
    """Build a schema dataclass from a mapping node, reporting every bad or unknown field."""
    if not isinstance(node, MappingNode):
        return ctx.report("CD203", node, expected="a group of fields", found=describe(node))
    fields = {field.name: field for field in dataclasses.fields(schema)}
    values: dict[str, Any] = {}
    failed = False
    for key, value in node.entries:
        field = fields.get(key.value)
        sub = ctx.at(key.value, spec_of(field) if field else None)
        if field is None:
            close = field_for_word(schema, key.value) or suggest(key.value, fields)
            sub.report("CD202", key, suggestion=close, allowed=", ".join(fields))
            continue
        field_spec = spec_of(field)
        if isinstance(value, Scalar) and value.is_null and not field_spec.required:
            continue  # 'subtitle:' left empty means 'no subtitle'
        converted = field_spec.type.convert(value, sub)
        if converted is INVALID:
            failed = failed or field_spec.required
        else:
            values[key.value] = converted
    present = {key.value for key, _ in node.entries}
    for name, field in fields.items():
        field_spec = spec_of(field)
        if field_spec.required and name not in present:
            ctx.at(name, field_spec).report("CD201", node, key=name)
            failed = True
    if failed:
        return INVALID
    instance = schema(**values)
    for object_check in ctx.checks.get(schema, ()):
        object_check(instance, node, ctx)
    return instance
