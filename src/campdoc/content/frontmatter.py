"""Split a session file into front matter and body, and read the YAML safely.

Hand-written front matter is read as a tree of plain strings with their source positions
(like StrictYAML): the schema, not YAML 1.1, decides what ``NO``, ``10:30`` or ``0755`` mean.
The tree is composed from the parser's event stream, so anchors, aliases, tags and absurd
nesting are refused before they can cost time or memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import yaml

from campdoc.content.yaml_problems import (
    LINE_BREAK,
    SyntaxFinding,
    reader_issue,
    syntax_finding,
)
from campdoc.core.issues import Issue, Location

# Deep enough for real notes (insight groups nest a handful of levels), far below recursion limits.
MAX_DEPTH = 32
MAX_FRONT_MATTER_BYTES = 256 * 1024
FENCE = "---"
_DEFAULT_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "!",
}
_NULLS = {"", "~", "null", "Null", "NULL"}
_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Scalar:
    """A plain or quoted value, always kept as the text the author wrote."""

    value: str
    line: int
    column: int
    quoted: bool = False
    # Where the written value ends (line, and the column just after it): tools that edit a
    # file in place (campdoc forget, add photo) replace exactly that span, nothing else.
    end_line: int = 0
    end_column: int = 0

    @property
    def is_null(self) -> bool:
        return _is_null(self)


def _is_null(scalar: Scalar) -> bool:
    """YAML's null (``~``, ``null``, nothing), unless written in quotes."""
    return not scalar.quoted and scalar.value in _NULLS


@dataclass(frozen=True, slots=True)
class Sequence:
    """A YAML list."""

    items: tuple[Node, ...]
    line: int
    column: int
    flow: bool = False  # written inline, [a, b], rather than as lines starting with '-'
    end_line: int = 0  # just after the closing ']' of a flow list
    end_column: int = 0


@dataclass(frozen=True, slots=True)
class Mapping:
    """A YAML mapping; keys are scalars, in source order, duplicates already reported."""

    entries: tuple[tuple[Scalar, Node], ...]
    line: int
    column: int
    flow: bool = False  # written inline, {a: 1}, rather than as indented lines


Node = Scalar | Sequence | Mapping


@dataclass(frozen=True, slots=True)
class SplitFile:
    """A source file cut into its YAML part and its Markdown part."""

    yaml_text: str | None
    yaml_first_line: int
    body: str
    body_first_line: int


def normalise_text(text: str) -> str:
    """Drop a UTF-8 byte order mark and turn CRLF / CR line ends into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def split_front_matter(text: str) -> SplitFile:
    """Find the ``---`` fenced block at the top; ``yaml_text`` is None when there is none."""
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        return SplitFile(None, 0, text, 1)
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in (FENCE, "..."):
            yaml_text = "".join(f"{each}\n" for each in lines[1:number])
            return SplitFile(yaml_text, 2, "\n".join(lines[number + 1 :]), number + 2)
    raise UnclosedFrontMatter


class UnclosedFrontMatter(Exception):
    """The opening fence has no closing partner."""


class _Refusal(Exception):
    def __init__(self, code: str, line: int, column: int, **params: str) -> None:
        self.code, self.line, self.column, self.params = code, line, column, params


# Certain fixes (quoting a value with ': ' in it) are applied and the text read again, so
# the rest of the file is checked in the same run; a few, as each costs a parse.
MAX_REPAIRS = 10


def parse_yaml(text: str, path: str, first_line: int,
               repair: bool = False) -> tuple[Node | None, list[Issue]]:
    """Compose the YAML text into a `Node` tree; problems come back as issues, never raised.

    With ``repair``, a syntax error whose fix is certain is reported and the repaired text
    read on, so validation sees the rest of the file; the tree is then of the repaired text
    (its positions are the file's, but a repaired value ends later), so tools that edit
    the file in place must not ask for it.
    """
    node, issues = _parse_yaml(text, path, first_line, repair)
    return node, list(issues)  # callers may add to their list; the cached one stays as is


def _parse_yaml_text(text: str, path: str, first_line: int,
                     repair: bool) -> tuple[Node | None, tuple[Issue, ...]]:
    if len(text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        return None, (
            Issue("CD109", Location(path, first_line), params={
                "what": "the front matter", "size": _kib(len(text.encode("utf-8"))),
                "limit": _kib(MAX_FRONT_MATTER_BYTES)}),
        )
    repairs: list[Issue] = []
    while True:
        node, issues, repaired = _compose_yaml(text, path, first_line)
        if repaired in (None, text) or not repair or len(repairs) >= MAX_REPAIRS:
            return node, tuple(repairs + issues)
        repairs += issues  # the syntax error; the composer's findings come again next time
        text = repaired


# check, build and the preview read the same front matter again and again; a plain function
# wrapped (not decorated), so that mutation testing measures it.
_parse_yaml = lru_cache(maxsize=256)(_parse_yaml_text)


def _compose_yaml(text: str, path: str,
                  first_line: int) -> tuple[Node | None, list[Issue], str | None]:
    """The tree and the issues; after a syntax error with a certain fix, only the syntax
    error and the repaired text."""
    issues: list[Issue] = []
    composer = _Composer(path, first_line, issues)
    try:
        node = composer.compose(yaml.parse(text, Loader=_Parser))
    except _Refusal as refusal:
        issues.append(Issue(refusal.code, Location(path, refusal.line, refusal.column),
                            params=refusal.params))
        return None, issues, None
    except yaml.MarkedYAMLError as error:
        found = _syntax_finding(error, text, path, first_line)
        if found.repaired is not None:
            return None, [found.issue], found.repaired
        issues.append(found.issue)
        return None, issues, None
    except yaml.reader.ReaderError as error:  # control characters and the like
        issues.append(reader_issue(error, text, path, first_line,
                                   offset_in_bytes=_Parser is not yaml.SafeLoader))
        return None, issues, None
    return node, issues, None


def _kib(size: int) -> str:
    return f"{size / 1024:.0f} KiB"


def _syntax_finding(error: yaml.MarkedYAMLError, text: str, path: str,
                    first_line: int) -> SyntaxFinding:
    mark = error.problem_mark or error.context_mark
    # libyaml does not name the tab in its message, so look at the text where it stopped.
    lines = LINE_BREAK.split(text)
    source_line = lines[mark.line] if mark and mark.line < len(lines) else ""
    indent = source_line[: len(source_line) - len(source_line.lstrip())]
    if "\t" in indent and mark is not None:
        return SyntaxFinding(Issue("CD104", Location(path, first_line + mark.line,
                                                     source_line.index("\t") + 1)))
    return syntax_finding(error, text, path, first_line)


class _Composer:
    """Builds `Node`s from parser events, enforcing the front-matter rules as it goes."""

    def __init__(self, path: str, first_line: int, issues: list[Issue]) -> None:
        self.path, self.first_line, self.issues = path, first_line, issues

    def _position(self, event: yaml.Event) -> tuple[int, int]:
        mark = event.start_mark
        assert mark is not None  # the parser always marks its events
        return self.first_line + mark.line, mark.column + 1

    def compose(self, events: Iterator[yaml.Event]) -> Node | None:
        root: Node | None = None
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    line, column = self._position(event)
                    raise _Refusal(
                        "CD103", line, column, problem="a second document starts here ('---')",
                        problem_de="hier beginnt ein zweites Dokument ('---')",
                        fix="Delete the line '---'; one file holds one set of fields.",
                        fix_de="Lösche die Zeile '---'; eine Datei enthält nur einen Satz "
                               "Felder.")
                root = self._node(events, next(events), 1)
        return root

    def _node(self, events: Iterator[yaml.Event], event: yaml.Event, depth: int) -> Node:
        line, column = self._position(event)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refusal("CD106", line, column)
        if depth > MAX_DEPTH:
            raise _Refusal("CD108", line, column, limit=str(MAX_DEPTH))
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _DEFAULT_TAGS:
            raise _Refusal("CD107", line, column, tag=tag)
        if isinstance(event, yaml.ScalarEvent):
            end = event.end_mark
            assert end is not None  # the parser always marks its events
            return Scalar(event.value, line, column, quoted=event.style in ("'", '"', "|", ">"),
                          end_line=self.first_line + end.line, end_column=end.column + 1)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Node] = []
            for item in events:
                if isinstance(item, yaml.SequenceEndEvent):
                    end = item.end_mark
                    assert end is not None  # the parser always marks its events
                    return Sequence(tuple(items), line, column, flow=bool(event.flow_style),
                                    end_line=self.first_line + end.line,
                                    end_column=end.column + 1)
                items.append(self._node(events, item, depth + 1))
        if isinstance(event, yaml.MappingStartEvent):
            return self._mapping(events, line, column, depth, bool(event.flow_style))
        raise _Refusal("CD103", line, column, problem=f"unexpected {type(event).__name__}",
                       problem_de=f"unerwartetes {type(event).__name__}",
                       fix="Check the indentation of this line and the lines above it.",
                       fix_de="Prüfe die Einrückung dieser Zeile und der Zeilen darüber.")

    def _mapping(self, events: Iterator[yaml.Event], line: int, column: int,
                 depth: int, flow: bool) -> Mapping:
        entries: list[tuple[Scalar, Node]] = []
        seen: dict[str, Scalar] = {}
        for key_event in events:
            if isinstance(key_event, yaml.MappingEndEvent):
                return Mapping(tuple(entries), line, column, flow)
            key = self._node(events, key_event, depth + 1)
            value = self._node(events, next(events), depth + 1)
            if not isinstance(key, Scalar):
                self.issues.append(Issue("CD111", Location(self.path, key.line, key.column),
                                         params={"found": describe(key)}))
                continue
            if key.value in seen:
                self.issues.append(Issue("CD105", Location(self.path, key.line, key.column),
                                         field=key.value,
                                         params={"first_line": str(seen[key.value].line)}))
                continue
            seen[key.value] = key
            entries.append((key, value))
        raise _Refusal("CD103", line, column, problem="the group of fields is not closed",
                       problem_de="die Gruppe von Feldern wird nicht geschlossen",
                       fix="Check the indentation of this line and the lines above it.",
                       fix_de="Prüfe die Einrückung dieser Zeile und der Zeilen darüber.")


def describe(node: Node | None) -> str:
    """A short English/neutral description of what a node is, for 'found …' in messages."""
    if node is None:
        return "nothing"
    if isinstance(node, Mapping):
        return "a group of fields"
    if isinstance(node, Sequence):
        return "a list"
    if node.is_null:
        return "an empty value"
    shown = node.value if len(node.value) <= 40 else node.value[:37] + "…"
    return f"'{shown}'"
