"""Which session field each section and labelled line of a pad fills; the rest is the notes.

People are judged by `persons`: a line that is not clearly a person stays in the notes and
becomes a warning (CD507), and a count of participants that is not a number likewise
(CD508). Nothing is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from campdoc.authoring.scaffold import HostInput, SessionDraft
from campdoc.core.issues import Issue, Location
from campdoc.importers.pad_sections import (
    ITEM,
    Item,
    Line,
    Section,
    items,
    labels,
    section_field,
)
from campdoc.importers.persons import hosts_of, names_of

LIST_FIELDS = ("questions", "insights", "open_questions", "next_steps", "tags")
# What a labelled line ("Raum: Werkstatt", "**Protokoll:** Jonas Weber") may fill.
LABEL_FIELDS = ("title", "hosts", "room", "slot", "tags", "documented_by", "participants")
NOT_A_PERSON = "CD507"
NOT_A_NUMBER = "CD508"
_COUNT = re.compile(r"^(?:ca\.\s*|etwa\s+|~\s*)?(?P<count>\d{1,5})\s+(?P<name>\S.{0,30})$")
_ONE_NUMBER = re.compile(r"^\D{0,20}?(?P<count>\d{1,5})\D{0,20}$")
_MAX_TITLE = 200  # characters, as the schema allows
_MAX_SHOWN = 60  # characters of a line quoted in a warning


@dataclass(slots=True)
class PadImport:
    """The draft, a record of which parts went where, and what needs a look."""

    draft: SessionDraft
    mapped: list[tuple[str, str, int]] = field(default_factory=list)  # heading, field, items
    kept: list[str] = field(default_factory=list)  # headings kept in the notes
    issues: list[Issue] = field(default_factory=list)


def participants_of(value: str) -> int | None:
    """``9``, ``ca. 15`` or ``15 Personen``; None when there is not exactly one number."""
    match = _ONE_NUMBER.match(value.strip())
    return int(match["count"]) if match else None


def _group_heading(text: str) -> str:
    """``**Finanzierung:**`` over sub-points is the group heading ``Finanzierung:``."""
    bold = re.fullmatch(r"(\*\*|__)(?P<text>[^*_]+?)(:?)\1(:?)", text)
    return f"{bold['text']}:" if bold else text


def _unique(words: list[str]) -> list[str]:
    unique: dict[str, str] = {}
    for word in words:
        unique.setdefault(word.casefold(), word)
    return list(unique.values())


def _same(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


class _Mapper:
    def __init__(self, draft: SessionDraft, path: str) -> None:
        self.result = PadImport(draft)
        self.draft = draft
        self.path = path
        self.body: list[str] = []

    def warn(self, code: str, line: Line, target: str, found: str, heading: str) -> None:
        if len(found) > _MAX_SHOWN:
            found = found[:_MAX_SHOWN - 1].rstrip() + "…"
        self.result.issues.append(Issue(code, Location(self.path, line.number, 1), target,
                                        {"found": found, "heading": heading}))

    def not_people(self, lines: list[Line], heading: str, target: str) -> None:
        for line in lines:
            self.warn(NOT_A_PERSON, line, target, found=line.text.strip(), heading=heading)

    def keep(self, heading: str, lines: list[str]) -> None:
        if heading:
            self.result.kept.append(heading)
            self.body += ["", f"## {heading}", ""]
        else:
            self.body.append("")  # a paragraph of its own
        self.body += lines

    # --- labelled lines ---------------------------------------------------------------------
    # The first title, room, slot or count counts; another one stays in the notes, as
    # nothing of the pad is dropped. The same one again adds nothing, so it may go.
    def take_first(self, target: str, value: str) -> bool:
        """Title, room or slot ``value``, unless the field holds another one."""
        current = getattr(self.draft, target)
        if current:
            return _same(current, value)
        setattr(self.draft, target, value)
        return True

    def take_count(self, number: int) -> bool:
        """The count of participants, unless the draft holds another one."""
        if self.draft.participants not in (None, number):
            return False
        self.draft.participants = number
        return True

    def fill(self, key: str, target: str, value: str, line: Line) -> bool:
        """Put one labelled value into its field; False when it stays in the notes."""
        draft, count = self.draft, 1
        if target == "hosts":
            hosts = hosts_of(value)
            if hosts is None:
                self.not_people([line.with_text(value)], key, target)
                return False
            draft.hosts += hosts
            count = len(hosts)
        elif target == "documented_by":
            names = names_of(value)
            if names is None:
                self.not_people([line.with_text(value)], key, target)
                return False
            draft.documented_by += names
            count = len(names)
        elif target == "participants":
            number = participants_of(value)
            if number is None:
                self.warn(NOT_A_NUMBER, line, target, found=value, heading=key)
                return False
            if not self.take_count(number):
                return False
        elif target == "tags":
            tags = [tag.strip() for tag in re.split(r"[,;]", value) if tag.strip()]
            draft.tags += tags
            count = len(tags)
        elif not self.take_first(target, value):
            return False
        self.result.mapped.append((key, target, count))
        return True

    def take_labels(self, line: Line, in_list: bool) -> tuple[str | None, bool]:
        """The line with its labelled values taken out (None when nothing is left), and
        whether what is left belongs to the notes: labels that could not be used, or parts
        of a line of labels."""
        count = _COUNT.match(line.text.strip()) if not ITEM.match(line.text) else None
        if count and section_field(count["name"]) == "participants":
            used = self.fill(count["name"], "participants", count["count"], line)
            return (None, False) if used else (line.text, True)
        left: list[str] = []
        known = taken = False
        for key, value, part in labels(line.text, in_list=in_list):
            target = section_field(key) if key else ""
            known = known or target in LABEL_FIELDS
            if target in LABEL_FIELDS and self.fill(key, target, value, line):
                taken = True
            else:
                left.append(part)
        if not known:
            return line.text, False
        if not taken:
            return line.text, True
        return (" · ".join(left), True) if left else (None, False)

    # --- sections ---------------------------------------------------------------------------
    def take_first_line_title(self, sections: list[Section]) -> None:
        """A plain export's first line (or a first line set in bold) is the pad's title."""
        if self.draft.title or any(s.is_title_level and not s.target for s in sections):
            return
        filled = [line for line in sections[0].lines if line.text.strip()]
        if filled:
            text = filled[0].text.strip()
            if (len(text) > _MAX_TITLE or ITEM.match(text) or text.startswith(("![", "<", ":::"))
                    or any(section_field(key) for key, _, _ in labels(text, in_list=False))):
                return
            self.draft.title = text
            sections[0].lines.remove(filled[0])
        elif len(sections) > 1 and sections[1].kind == "bold" and not sections[1].target:
            self.draft.title, sections[1].heading = sections[1].heading, ""
        else:
            return
        self.result.mapped.append((self.draft.title, "title", 1))

    def map(self, section: Section) -> None:
        heading, target = section.heading, section.target
        if section.is_title_level and not target:
            if not self.draft.title:
                self.draft.title = heading
                self.result.mapped.append((heading, "title", 1))
                heading = ""
            elif _same(heading, self.draft.title):
                heading = ""  # HedgeDoc repeats its front matter title as "# Title"
        rest: list[Line] = []
        aside: set[int] = set()  # places (Line.index) of lines for the notes in any section
        for line in section.lines:
            text, is_aside = self.take_labels(line, target in LIST_FIELDS)
            if text is not None:
                rest.append(line.with_text(text))
                if is_aside:
                    aside.add(line.index)
        fill = [line for line in rest if line.index not in aside]
        if not target:
            kept = [line.index for line in rest]
        elif target in LIST_FIELDS:
            kept = self.map_list(heading, target, items(fill))
        elif target in ("hosts", "documented_by"):
            kept = self.map_people(heading, target, fill)
        elif target == "participants":
            kept = self.map_participants(heading, fill)
        else:  # title, room, slot: the first line counts, the others stay in the notes
            found = items(fill)
            taken = bool(found) and self.take_first(target, found[0].line.text)
            kept = [line.index for line in fill if not taken or line.index > found[0].line.index]
            self.result.mapped.append((heading, target, int(taken)))
        notes = _between(rest, {*kept, *aside})
        if not target or any(text.strip() for text in notes):
            self.keep(heading, notes)

    def map_list(self, heading: str, target: str, found: list[Item]) -> list[int]:
        flat = [line.text for item in found for line in (item.line, *item.children)]
        if target == "insights":
            self.draft.insights += [(_group_heading(item.line.text),
                                     [child.text for child in item.children])
                                    if item.children else item.line.text for item in found]
        elif target == "tags":
            flat = [tag.strip() for text in flat for tag in re.split(r"[,;]", text)
                    if tag.strip()]
            self.draft.tags += flat
        else:
            getattr(self.draft, target).extend(flat)
        self.result.mapped.append((heading, target, len(flat)))
        return []

    def map_people(self, heading: str, target: str, lines: list[Line]) -> list[int]:
        """Hosts or who documented, one person per line (or several joined by ';', 'und');
        the places (Line.index) of the lines that stay in the notes."""
        found = [line for item in items(lines) for line in (item.line, *item.children)]
        hosts: list[HostInput] = []
        names: list[str] = []
        unsure: list[Line] = []
        for line in found:
            if target == "hosts" and (host_list := hosts_of(line.text)) is not None:
                hosts += host_list
            elif target == "documented_by" and (name_list := names_of(line.text)) is not None:
                names += name_list
            else:
                unsure.append(line)
        if not hosts and not names:
            # "Protokoll" or "Input" over the minutes or the talk itself: they are notes.
            # No host at all is worth one warning; no one who documented is not.
            self.not_people(unsure[:1] if target == "hosts" else [], heading, target)
            return [line.index for line in lines]
        self.draft.hosts += hosts
        self.draft.documented_by += names
        self.result.mapped.append((heading, target, len(hosts) + len(names)))
        self.not_people(unsure, heading, target)
        return [line.index for line in unsure]

    def map_participants(self, heading: str, lines: list[Line]) -> list[int]:
        found = [line for item in items(lines) for line in (item.line, *item.children)]
        number = participants_of(found[0].text) if len(found) == 1 else None
        if number is None:
            if found:
                self.warn(NOT_A_NUMBER, found[0], "participants", found=found[0].text,
                          heading=heading)
            return [line.index for line in lines]
        if not self.take_count(number):
            return [line.index for line in lines]
        self.result.mapped.append((heading, "participants", 1))
        return []


def _between(lines: list[Line], kept: set[int]) -> list[str]:
    """The kept lines, with the blank lines that stand between two of them."""
    places = sorted(line.index for line in lines if line.index in kept)
    if not places:
        return []
    return [line.text for line in lines if line.index in kept
            or (not line.text.strip() and places[0] < line.index < places[-1])]


def map_sections(sections: list[Section], draft: SessionDraft, path: str) -> PadImport:
    """Fill ``draft`` from the sections of a pad (the file ``path``, for the issues)."""
    mapper = _Mapper(draft, path)
    mapper.take_first_line_title(sections)
    for section in sections:
        mapper.map(section)
    draft.body = re.sub(r"\n{3,}", "\n\n", "\n".join(mapper.body)).strip()
    draft.tags = _unique(draft.tags)  # HedgeDoc names tags in its YAML and its tags line
    return mapper.result

