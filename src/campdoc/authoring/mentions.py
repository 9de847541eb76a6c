"""Where a person's name occurs in a project: for `campdoc forget`, the right to erasure.

A name is matched as people write it: in any case, in composed or decomposed Unicode
(``ü`` or ``u`` + ``¨``), with any white space between its parts, a line break included
(Markdown and folded YAML wrap lines anywhere). ``ß`` and ``ss`` stay different letters,
as in German they are. Each mention is placed in its field, so that `forget` can turn a
host into an anonymous host instead of writing a placeholder into ``name:``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from campdoc.content.frontmatter import (
    Mapping,
    Node,
    Scalar,
    Sequence,
    UnclosedFrontMatter,
    parse_yaml,
    split_front_matter,
)
from campdoc.content.load import CONFIG_FILE, SESSIONS_DIR, is_ignored_name
from campdoc.render.environment import TEMPLATES_DIR

# What a project's templates/ folder may hold that a reader sees (images cannot be edited).
TEMPLATE_SUFFIXES = (".html", ".xml", ".txt", ".md", ".css", ".js", ".svg")

# Parts of a name shorter than this are not looked for alone (initials, "von", "de").
MIN_PART_LENGTH = 3


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where the name (or a part of it) is written."""

    path: str  # project-relative
    start: int  # character offsets into the file's text
    end: int
    line: int
    column: int
    field: str  # "hosts[2].name", "notes", "# comment" …
    found: str  # the text as written there
    line_text: str

    @property
    def is_host_name(self) -> bool:
        return bool(re.fullmatch(r"hosts\[\d+\]\.name", self.field))

    @property
    def is_documented_by(self) -> bool:
        return bool(re.fullmatch(r"documented_by(\[\d+\])?", self.field))


def _letter(char: str) -> str:
    """A pattern for one letter in its composed and decomposed spelling."""
    forms = {unicodedata.normalize("NFC", char), unicodedata.normalize("NFD", char)}
    return "(?:" + "|".join(re.escape(form) for form in sorted(forms, key=len,
                                                                reverse=True)) + ")"


def name_pattern(words: list[str]) -> re.Pattern[str]:
    """The words in order, any white space between them, not inside a longer word."""
    parts = [("".join(_letter(char) for char in word)) for word in words]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def name_words(name: str) -> list[str]:
    return unicodedata.normalize("NFC", name).split()


def project_files(root: Path, pages: list[Path]) -> Iterator[Path]:
    """campdoc.yaml, its imprint and privacy pages (``pages``), every session and camp
    file, and the project's own templates (a footer may name a person), in a stable
    order."""
    if (root / CONFIG_FILE).is_file():
        yield root / CONFIG_FILE
    yield from sorted(pages)
    yield from _files(root / SESSIONS_DIR, (".md", ".yaml"))
    yield from _files(root / TEMPLATES_DIR, TEMPLATE_SUFFIXES)


def _files(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Path]:
    if not folder.is_dir() or folder.is_symlink():
        return
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if (path.is_file() and not path.is_symlink() and path.suffix in suffixes
                and not any(is_ignored_name(part) for part in relative.parts)):
            yield path


def has_front_matter(root: Path, path: Path, pages: list[Path]) -> bool:
    """Whether ``path`` (one of `project_files`) is YAML or a session with front matter;
    imprint, privacy and template files are text as a whole."""
    return path not in pages and not path.is_relative_to(root / TEMPLATES_DIR)


def _scalars(node: Node | None, prefix: str = "") -> Iterator[tuple[str, Scalar]]:
    """Every scalar value with its field path (keys are not values)."""
    if isinstance(node, Scalar):
        yield prefix, node
    elif isinstance(node, Mapping):
        for key, value in node.entries:
            yield from _scalars(value, f"{prefix}.{key.value}" if prefix else key.value)
    elif isinstance(node, Sequence):
        for number, item in enumerate(node.items, start=1):
            yield from _scalars(item, f"{prefix}[{number}]")


class LineOffsets:
    """Between (line, column) as YAML and editors count them and offsets into the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for index, char in enumerate(text):
            if char == "\n":
                self.starts.append(index + 1)

    def offset(self, line: int, column: int) -> int:
        return self.starts[min(line, len(self.starts)) - 1] + column - 1

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]

    def next_line(self, line: int) -> int:
        """Where the line after ``line`` starts (the end of the text after the last line)."""
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        line = self.text.count("\n", 0, offset) + 1
        return line, offset - self.starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]


@dataclass(frozen=True, slots=True)
class _Field:
    path: str
    start: int
    end: int


def _fields(text: str, name: str, offsets: LineOffsets) -> tuple[list[_Field], int, int]:
    """The scalar fields of a file's YAML part, and where the YAML part is."""
    if name.endswith(".yaml"):
        yaml_text, first_line, yaml_start = text, 1, 0
    else:
        try:
            split = split_front_matter(text)
        except UnclosedFrontMatter:
            return [], 0, 0
        if split.yaml_text is None:
            return [], 0, 0
        yaml_text, first_line = split.yaml_text, split.yaml_first_line
        yaml_start = offsets.offset(first_line, 1)
    node, _ = parse_yaml(yaml_text, name, first_line)
    fields = [_Field(path, offsets.offset(scalar.line, scalar.column),
                     offsets.offset(scalar.end_line, scalar.end_column))
              for path, scalar in _scalars(node) if scalar.end_line]
    return fields, yaml_start, yaml_start + len(yaml_text)


def find_mentions(root: Path, pattern: re.Pattern[str], pages: list[Path]) -> list[Mention]:
    """Every place in the project's files (and ``pages``) where ``pattern`` matches."""
    mentions: list[Mention] = []
    for path in project_files(root, pages):
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        offsets = LineOffsets(text)
        fields: list[_Field] = []
        yaml_start = yaml_end = 0
        if has_front_matter(root, path, pages):
            fields, yaml_start, yaml_end = _fields(text, path.name, offsets)
        relative = path.relative_to(root).as_posix()
        for match in pattern.finditer(text):
            containing = [f for f in fields if f.start <= match.start() and match.end() <= f.end]
            if containing:
                field = containing[-1].path
            elif yaml_start <= match.start() < yaml_end:
                field = "# comment"
            else:
                field = "notes"
            line, column = offsets.position(match.start())
            mentions.append(Mention(relative, match.start(), match.end(), line, column, field,
                                    match.group(), offsets.line_text(line)))
    return mentions


def find_partial_mentions(root: Path, words: list[str], full: list[Mention],
                          pages: list[Path]) -> list[Mention]:
    """Each longer part of the name (first or last name) alone, outside the full mentions."""
    covered = {(mention.path, offset) for mention in full
               for offset in range(mention.start, mention.end)}
    found: list[Mention] = []
    for word in words:
        if len(word) < MIN_PART_LENGTH:
            continue
        for mention in find_mentions(root, name_pattern([word]), pages):
            if (mention.path, mention.start) not in covered:
                found.append(mention)
    return sorted(found, key=lambda m: (m.path, m.start))

