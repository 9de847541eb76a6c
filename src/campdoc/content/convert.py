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
from campdoc.content.frontmatter import Node, Scalar, Sequence, describe
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
    # Keys read under another field's name (`host:` as `hosts`), by the key's (line, column):
    # later stages find a renamed field's value by the name the schema gives it.
    renamed: dict[tuple[int, int], str] = dataclasses.field(default_factory=dict)

    def at(self, name: str | int, field_spec: Spec[Any] | None = None) -> Context:
        """The context of a sub-field (`hosts[1].name`), sharing the issue list."""
        docs = (field_spec.doc, field_spec.doc_de) if field_spec else self.docs
        if isinstance(name, int):
            field = f"{self.field}[{name + 1}]"
        else:
            field = f"{self.field}.{name}" if self.field else name
        # Built directly: dataclasses.replace inspects the fields on every call, and
        # conversion makes a context for each of the ~40 values of every session.
        return Context(self.path, self.issues, field, docs, self.folder, self.checks,
                       self.renamed)

    def names(self, node: MappingNode) -> set[str]:
        """The field names a mapping gives, renamed keys under their field's name."""
        return {field_name(key, self.renamed) for key, _ in node.entries}

    def value_node(self, node: MappingNode, name: str) -> Node:
        """The value of field ``name`` in a mapping, or the mapping itself when absent."""
        value = field_value(node, name, self.renamed)
        return node if value is None else value

    def report(self, code: str, node: Node | None, **params: str) -> Literal[Invalid.INVALID]:
        """Record an issue at ``node`` for the current field; returns `INVALID`."""
        line, column = (node.line, node.column) if node is not None else (1, 1)
        params = {"doc": self.docs[0], "doc_de": self.docs[1], **params}
        self.issues.append(Issue(code, Location(self.path, line, column), self.field, params))
        return INVALID


def field_name(key: Scalar, renamed: Mapping[tuple[int, int], str]) -> str:
    """The field a key stands for: itself, or the field validation read it as."""
    return renamed.get((key.line, key.column), key.value)


def field_value(node: MappingNode, name: str,
                renamed: Mapping[tuple[int, int], str]) -> Node | None:
    """The value of field ``name`` in a mapping (also under a renamed key), or None."""
    return next((value for key, value in node.entries if field_name(key, renamed) == name),
                None)


def suggest(word: str, candidates: Iterable[str]) -> str:
    """The closest candidate, for 'did you mean'; empty when nothing is close."""
    candidates = list(candidates)
    # difflib's own cutoff (0.6), best first.
    matches = difflib.get_close_matches(word, candidates)
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
    return _fields_by_slug(schema).get(slugify(word), "")  # no field's slug is empty


@functools.cache
def _fields_by_slug(schema: type[DataclassInstance]) -> dict[str, str]:
    """Each name and synonym of the schema's fields, as a slug; the first field wins.

    Built once per schema: the pad import asks for every short line it reads."""
    found: dict[str, str] = {}
    for field in dataclasses.fields(schema):
        for name in (field.name, *spec_of(field).synonyms):
            found.setdefault(slugify(name), field.name)
    return found


# How alike a key and a field name must be (difflib's ratio) for `check` to read the key as
# that field: 'insigths' (0.88) and 'subtitel' (0.88) are; 'hostname' for 'short_name'
# (0.78) and 'notes' for 'slots' (0.6) only get a did-you-mean.
SURE_RENAME = 0.8


def intended_field(schema: type[DataclassInstance], word: str,
                   taken: Iterable[str] = ()) -> tuple[str, bool]:
    """The field ``word`` most likely means, and whether that is sure enough to read it so.

    Sure: ``word`` is the field's name or a synonym (compared as slugs), or the closest
    field name not ``taken`` (already in the file) is very close to it, or close to it and
    required (it is missing, so the key is what the author wrote for it). Otherwise that
    closest name, for a did-you-mean, or "". One rule for `check`'s renames and its
    suggestions; the imports use the synonyms (`field_for_word`) the same way.
    """
    named = field_for_word(schema, word)
    if named:
        return named, True
    taken = set(taken)
    free = {field.name: spec_of(field) for field in dataclasses.fields(schema)
            if field.name not in taken}
    close = suggest(word, free)
    if not close:
        return "", False
    ratio = difflib.SequenceMatcher(None, word.casefold(), close).ratio()
    return close, ratio >= SURE_RENAME or free[close].required


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


def convert_mapping(node: Node, schema: type[S], ctx: Context) -> Converted[S]:
    """Build a schema dataclass from a mapping node, reporting every bad or unknown field.

    A key that is not a field but names one that the mapping lacks (``host:`` for
    ``hosts``, ``Raum:`` for ``room``) is reported once, as a rename, and its value is read
    as that field: the file still fails, but everything after it is checked in the same run.
    """
    fields = {field.name: field for field in dataclasses.fields(schema)}
    if not isinstance(node, MappingNode):
        written = node.value.strip() if isinstance(node, Scalar) and not node.is_null else "…"
        return ctx.report("CD203", node, expected="a group of fields", found=describe(node),
                          example=f"{next(iter(fields))}: {written}")
    given = {key.value: key.line for key, _ in node.entries}  # field names: where they are
    values: dict[str, Any] = {}
    failed = False
    for key, value in node.entries:
        name = key.value
        if name not in fields:
            name, sure = intended_field(schema, key.value, given)
            where = ctx.at(key.value)
            if not sure:
                where.report("CD202", key, suggestion=name, allowed=", ".join(fields))
                continue
            if name in given:
                where.report("CD244", key, suggestion=name, first_line=str(given[name]))
                continue
            where.report("CD243", key, key=key.value, suggestion=name)
            ctx.renamed[(key.line, key.column)] = name  # read by field_name()
            given[name] = key.line
        field_spec = spec_of(fields[name])
        if isinstance(value, Scalar) and value.is_null and not field_spec.required:
            continue  # 'subtitle:' left empty means 'no subtitle'
        converted = field_spec.type.convert(value, ctx.at(name, field_spec))
        if converted is INVALID:
            failed = failed or field_spec.required
        else:
            values[name] = converted
    for name, field in fields.items():
        field_spec = spec_of(field)
        if field_spec.required and name not in given:
            ctx.at(name, field_spec).report("CD201", node, key=name)
            failed = True
    if failed:
        return INVALID
    instance = schema(**values)
    for object_check in ctx.checks.get(schema, ()):
        object_check(instance, node, ctx)
    return instance


def value_problem(schema: type[Any], name: str, value: str | list[str]) -> Issue | None:
    """The first error `check` would report for ``value`` written (quoted) as field ``name``
    of ``schema`` (a list of texts for a list field), or None: what a command that writes
    such a file asks about before writing it."""
    field_spec = spec_of(next(f for f in dataclasses.fields(schema) if f.name == name))
    node: Node = (Scalar(value, 1, 1, quoted=True) if isinstance(value, str) else
                  Sequence(tuple(Scalar(text, 1, 1, quoted=True) for text in value), 1, 1))
    issues: list[Issue] = []
    field_spec.type.convert(node, Context("", issues, name, (field_spec.doc,
                                                             field_spec.doc_de)))
    return next((issue for issue in issues if issue.is_error), None)
