"""A pad's lines cut into sections, as people write them in Etherpad, HedgeDoc or a text file.

A heading is a Markdown heading (``## Fragen``), a line set in bold (``**Fragen**``), a short
line ending in a colon (``Fragen:``), a line underlined with ``===`` or ``---``, or a line
that is nothing but a section name the schema knows (``Fragen``, ``1. Fragen``), as plain
text exports write headings. After a bulleted list, a blank line and a paragraph end that
list: the paragraph belongs to the notes, under its own short first line if it has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from campdoc.content.convert import field_for_word
from campdoc.content.schema import SessionMeta

# The session fields a pad section or a labelled line can fill; names are the schema's.
PAD_FIELDS = ("title", "hosts", "questions", "insights", "open_questions", "next_steps", "tags",
              "room", "slot", "documented_by", "participants")
MAX_HEADING = 40  # characters; longer lines are sentences, not headings
# Longer lines are never headings or labels; nor do the patterns below see them, so a pad
# of long lines costs linear time.
MAX_SHORT_LINE = 300

_MARKDOWN = re.compile(r"^ {0,3}(?P<level>#{1,6})\s+(?P<text>.+?)(?:\s+#+)?\s*$")
_BOLD = re.compile(r"^(?:\*\*(?P<star>[^*]+?)\*\*|__(?P<under>[^_]+?)__):?\s*$")
_COLON = re.compile(rf"^(?P<text>\S[^\n]{{1,{MAX_HEADING - 1}}}?):\s*$")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?P<text>\S.*)$")
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})\s*$")
ITEM = re.compile(r"^(?P<indent>\s*)(?:[-*•+–◦▪‣]|\d+(?:\.\d+)*[.)])\s+(?P<text>.+)$")
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")
_MARKED_LABEL = re.compile(r"^(?P<mark>\*\*|__|\*|_)(?P<key>[^*_\n]{2,30}?)"
                           r"(?::(?P=mark)|(?P=mark):)\s*(?P<value>\S.*)$")
# Keys may hold the German gender colon: "Sessiongeber:in: Anna Beispiel".
_LABEL = re.compile(r"^(?P<key>[^\s:][^\n]{1,29}?):\s+(?P<value>\S.*)$")
_BETWEEN_LABELS = re.compile(r"\s+[·|]\s+")
_SENTENCE_END = re.compile(r"[.,;!?]$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the pad: its line number in the exported file (for messages only: an
    Etherpad HTML export holds the whole pad on one source line) and its place among the
    pad's lines, which tells two lines apart."""

    number: int
    text: str
    index: int = 0

    def with_text(self, text: str) -> Line:
        """The same line of the pad, with other text."""
        return Line(self.number, text, self.index)


@dataclass(slots=True)
class Section:
    """A heading (empty before the first one) and the lines below it."""

    heading: str
    target: str  # the session field this section fills, or "" for the notes
    line: int = 0  # where the heading stands
    is_title_level: bool = False  # a Markdown "# " heading or a line underlined with ===
    kind: str = ""  # how it was written: markdown, bold, name, colon or paragraph
    lines: list[Line] = field(default_factory=list)
    has_items: bool = False  # a bulleted or numbered list has begun


@dataclass(frozen=True, slots=True)
class Item:
    """A list item (or a loose line), with the items nested below it."""

    line: Line  # its text without the bullet
    children: tuple[Line, ...] = ()


def section_field(name: str) -> str:
    """The session field a heading or label names (``Nächste Schritte`` → next_steps), by
    the schema's names and synonyms; "" for any other name."""
    # Compared as slugs: marks, colons and spaces around the name ("**Fragen:**") drop out.
    found = field_for_word(SessionMeta, name)
    return found if found in PAD_FIELDS else ""


def is_item(text: str) -> bool:
    return ITEM.match(text) is not None


def _plain_heading(text: str) -> str:
    """The section name a plain line is, with or without a colon or a number, or ""."""
    # _heading has already turned indented lines away.
    numbered = _NUMBERED.match(text)
    if len(text) > MAX_HEADING + 8 or (is_item(text) and not numbered):
        return ""
    name = (numbered["text"] if numbered else text).strip().rstrip(":").strip()
    target = section_field(name) if len(name) <= MAX_HEADING else ""
    if numbered and target == "participants" and not re.match(r"^[\d.]+[.)]\s", text):
        return ""  # "12 Teilnehmende" is a count, not the heading of section 12
    return name if target else ""


def _heading(lines: list[Line], index: int) -> tuple[str, bool, str, int] | None:
    """(heading, title level, kind, lines used) when line ``index`` starts a section."""
    text = lines[index].text
    if len(text) > MAX_SHORT_LINE:
        return None
    markdown = _MARKDOWN.match(text)
    if markdown:
        return markdown["text"].strip(), len(markdown["level"]) == 1, "markdown", 1
    if not text.strip() or text[:1].isspace():
        return None
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if (_UNDERLINE.match(following) and not is_item(text) and len(text.strip()) <= 80
            and ": " not in text and any(char.isalpha() for char in text)):
        return text.strip(), following.startswith("="), "markdown", 2
    bold = _BOLD.match(text)
    if bold:
        return (bold["star"] or bold["under"]).strip(), False, "bold", 1
    name = _plain_heading(text)
    if name:
        return name, False, "name", 1
    colon = _COLON.match(text)
    if colon and not is_item(text) and any(char.isalpha() for char in colon["text"]):
        return colon["text"].strip(), False, "colon", 1
    return None


def _ends_list(section: Section, lines: list[Line], index: int) -> bool:
    """Whether a paragraph after a blank line closes the bulleted list of a field section."""
    text = lines[index].text
    return (bool(section.target) and section.has_items and index > 0
            and not lines[index - 1].text.strip() and bool(text.strip())
            and not text[:1].isspace() and not is_item(text))


def _is_short_heading(lines: list[Line], index: int) -> bool:
    """A short line with no label and no sentence end, followed by text: a notes heading."""
    text = lines[index].text.strip()
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return (len(text) <= MAX_HEADING and ": " not in text and not _SENTENCE_END.search(text)
            and bool(following.strip()))


def split_sections(lines: list[Line]) -> list[Section]:
    """The sections of a pad, in order; the first one holds what comes before any heading."""
    sections = [Section("", "")]
    index = 0
    while index < len(lines):
        line = lines[index]
        found = _heading(lines, index)
        if found:
            heading, title_level, kind, used = found
            sections.append(Section(heading, section_field(heading), line.number,
                                    title_level, kind))
            index += used
            continue
        if _ends_list(sections[-1], lines, index):
            if _is_short_heading(lines, index):
                sections.append(Section(line.text.strip(), "", line.number, kind="paragraph"))
                index += 1
                continue
            sections.append(Section("", "", line.number, kind="paragraph"))
        sections[-1].lines.append(line)
        sections[-1].has_items = sections[-1].has_items or is_item(line.text)
        index += 1
    return sections


def items(lines: list[Line]) -> list[Item]:
    """List items (nested ones become children); loose lines count as items too."""
    found: list[Item] = []
    base_indent: int | None = None
    for line in lines:
        if not line.text.strip():
            continue
        match = ITEM.match(line.text)
        text = _TASK_BOX.sub("", (match["text"] if match else line.text).strip())
        indent = len(match["indent"].expandtabs(4)) if match else 0
        if base_indent is None:
            base_indent = indent
        if indent > base_indent and found:
            last = found[-1]
            found[-1] = Item(last.line, (*last.children, line.with_text(text)))
        else:
            found.append(Item(line.with_text(text)))
    return found


def labels(text: str, *, in_list: bool) -> list[tuple[str, str, str]]:
    """The labelled values of a line (``**Protokoll:** Jonas · **TN:** 9`` gives two), as
    (key, value, part as written); a part without a label has key "". A list item counts
    only when its label is set in bold, and not at all in a list section (``- Zeit: knapp``
    is an insight there)."""
    if len(text) > MAX_SHORT_LINE:
        return [("", text, text)]
    item = ITEM.match(text)
    if item and in_list:
        return []
    parts = _BETWEEN_LABELS.split((item["text"] if item else text).strip())
    found: list[tuple[str, str, str]] = []
    for part in parts:
        marked = _MARKED_LABEL.match(part)
        label = marked or (None if item else _LABEL.match(part))
        found.append((label["key"].strip(), label["value"].strip(), part) if label
                     else ("", part, part))
    return found
