"""``campdoc import pad``: a session file from an Etherpad or HedgeDoc export.

Sections whose headings name a field ("Fragen", "Erkenntnisse", "Offene Fragen", "Nächste
Schritte", "Sessiongeber:in" and their English forms) fill that field; everything else is
kept, with its heading, as the notes. Nothing is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from campdoc.authoring.scaffold import (
    HostInput,
    SessionDraft,
    session_filename,
    session_text,
)
from campdoc.content.convert import field_for_word
from campdoc.content.frontmatter import (
    Mapping,
    Scalar,
    Sequence,
    UnclosedFrontMatter,
    normalise_text,
    parse_yaml,
    split_front_matter,
)
from campdoc.content.matching import find_room, find_slot
from campdoc.content.model import Camp
from campdoc.content.schema import SessionMeta
from campdoc.core.files import create_exclusively, new_file
from campdoc.importers.pad_images import PadImages, keep_pad_images
from campdoc.importers.result import ImportResult

# The session fields a pad section can fill; headings are matched by the schema's synonyms.
PAD_FIELDS = ("title", "hosts", "questions", "insights", "open_questions", "next_steps", "tags",
              "room", "slot")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(?P<md>.+?)\s*#*|\*\*(?P<bold>[^*]+?)\*\*:?|"
                      r"__(?P<under>[^_]+?)__:?|(?P<colon>[^\n]{2,40}?):)\s*$")
# Keys may hold the German gender colon: "Sessiongeber:in: Anna Beispiel".
_KEY_VALUE = re.compile(r"^\s*(?P<key>[^\n]{2,30}?):\s+(?P<value>\S.*)$")
_ITEM = re.compile(r"^(?P<indent>\s*)(?:[-*•+]|\d+[.)])\s+(?P<text>.+)$")
_HOST = re.compile(r"^(?P<name>[^(),–—]+?)\s*(?:\((?P<org1>[^)]+)\)|[,–—]\s*(?P<org2>.+))?$")


def _field_of(heading: str) -> str:
    """The session field a heading or key names (``Nächste Schritte`` → next_steps), or ""."""
    field = field_for_word(SessionMeta, heading.strip().strip("*_#:").strip())
    return field if field in PAD_FIELDS else ""


@dataclass(slots=True)
class PadImport:
    """The draft, and a record of which parts went where."""

    draft: SessionDraft
    mapped: list[tuple[str, str, int]] = field(default_factory=list)  # heading, field, items
    kept: list[str] = field(default_factory=list)  # headings kept in the notes


@dataclass(slots=True)
class PadResult(ImportResult):
    """An imported pad: the file created, and which parts of the pad went where."""

    mapped: list[tuple[str, str, int]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    images: PadImages | None = None


def import_pad(root: Path, camp: Camp, data: bytes, name: str, title: str = "",
               export_folder: Path | None = None,
               limit: int = 25 * 1024 * 1024) -> PadResult:
    """Create a draft session in the camp's folder of the project at ``root`` from a pad
    export (file name ``name``); images whose files lie in ``export_folder`` (beside the
    export) are copied into the camp (files up to ``limit`` bytes)."""
    text = data.decode("utf-8", errors="replace")
    parsed = parse_pad(text, fallback_title=Path(name).stem.replace("-", " ").replace("_", " "))
    draft = parsed.draft
    if title:
        draft.title = title
    room = find_room(camp.meta.rooms, draft.room)
    slot = find_slot(camp.meta.slots, draft.slot)
    draft.room = room.name if room else ""
    draft.slot = slot.id if slot else ""
    camp_folder = root / Path(camp.source).parent
    images = None
    if export_folder is not None:
        images = keep_pad_images(draft.body, export_folder, camp_folder, camp.language, limit)
        draft.body = images.body
    path = camp_folder / session_filename(draft.title)
    create_exclusively(root, path, session_text(draft, camp.language))
    made = [path]
    try:
        for target, content in (images.copies.items() if images else ()):
            new_file(root, target, content)
            made.append(target)
    except BaseException:  # no session that points to images that are not there
        for done in made:
            done.unlink(missing_ok=True)
        raise
    return PadResult(created=[path], mapped=parsed.mapped, kept=parsed.kept, images=images)


@dataclass(slots=True)
class _Section:
    heading: str
    target: str  # the session field this section fills, or "" for the notes
    is_title_level: bool = False  # a Markdown "# " heading
    lines: list[str] = field(default_factory=list)


def _sections(text: str) -> list[_Section]:
    sections = [_Section("", "")]
    for line in text.split("\n"):
        match = _HEADING.match(line)
        if match and not _ITEM.match(line):
            heading = next(group for group in match.groups() if group)
            sections.append(_Section(heading.strip(), _field_of(heading),
                                     is_title_level=line.lstrip().startswith("# ")))
            continue
        sections[-1].lines.append(line)
    return sections


def _items(lines: list[str]) -> list[str | tuple[str, list[str]]]:
    """List items (nested ones become groups); loose lines count as items too."""
    items: list[str | tuple[str, list[str]]] = []
    base_indent: int | None = None
    for line in lines:
        if not line.strip():
            continue
        match = _ITEM.match(line)
        text = (match["text"] if match else line).strip()
        indent = len(match["indent"].expandtabs(4)) if match else 0
        if base_indent is None:
            base_indent = indent
        if indent > base_indent and items:
            last = items[-1]
            heading, children = last if isinstance(last, tuple) else (last, [])
            items[-1] = (heading, [*children, text])
        else:
            items.append(text)
    return items


def _flat(items: list[str | tuple[str, list[str]]]) -> list[str]:
    flat: list[str] = []
    for item in items:
        if isinstance(item, tuple):
            flat += [item[0], *item[1]]
        else:
            flat.append(item)
    return flat


def parse_host(text: str) -> HostInput:
    """``Anna Beispiel (Verein X)`` or ``Anna Beispiel, Verein X``."""
    match = _HOST.match(text.strip())
    if not match:
        return HostInput(text.strip())
    return HostInput(match["name"].strip(), (match["org1"] or match["org2"] or "").strip())


def _hedgedoc_metadata(text: str, draft: SessionDraft) -> str:
    """HedgeDoc notes may start with their own YAML block (title, tags); read it safely."""
    try:
        split = split_front_matter(text)
    except UnclosedFrontMatter:
        return text
    if split.yaml_text is None:
        return text
    node, issues = parse_yaml(split.yaml_text, "pad", 2)
    if issues or not isinstance(node, Mapping):
        return text
    for key, value in node.entries:
        if key.value == "title" and isinstance(value, Scalar) and not value.is_null:
            draft.title = value.value.strip()
        elif key.value == "tags" and isinstance(value, Scalar):
            draft.tags += [tag.strip() for tag in value.value.split(",") if tag.strip()]
        elif key.value == "tags" and isinstance(value, Sequence):
            draft.tags += [item.value for item in value.items if isinstance(item, Scalar)]
    return split.body


def parse_pad(text: str, fallback_title: str) -> PadImport:
    """Map a pad's sections onto session fields; the rest becomes the notes."""
    result = PadImport(SessionDraft(title=""))
    draft, body = result.draft, []
    text = _hedgedoc_metadata(normalise_text(text), draft)
    for section in _sections(text):
        lines = section.lines
        if section.is_title_level and not section.target and not draft.title:
            draft.title = section.heading
            result.mapped.append((section.heading, "title", 1))
            section = _Section("", "", lines=lines)
        if not section.target:
            keep: list[str] = []
            for line in lines:  # "Titel: …" or "Raum: …" lines before or between sections
                key_value = _KEY_VALUE.match(line)
                key = _field_of(key_value["key"]) if key_value else None
                if key_value and key in ("title", "room", "slot", "hosts"):
                    value = key_value["value"].strip()
                    if key == "hosts":
                        draft.hosts += [parse_host(part) for part in value.split(";")]
                    elif not getattr(draft, key):
                        setattr(draft, key, value)
                    result.mapped.append((key_value["key"].strip(), key, 1))
                elif not draft.title and line.lstrip().startswith("# "):
                    draft.title = line.strip("# ").strip()
                else:
                    keep.append(line)
            if section.heading:
                result.kept.append(section.heading)
                body += ["", f"## {section.heading}", ""]
            body += keep
            continue
        items = _items(lines)
        if section.target in ("questions", "open_questions", "next_steps", "tags"):
            getattr(draft, section.target).extend(_flat(items))
        elif section.target == "insights":
            draft.insights.extend(items)
        elif section.target == "hosts":
            draft.hosts += [parse_host(item) for item in _flat(items)]
        elif section.target in ("title", "room", "slot"):
            value = next(iter(_flat(items)), "")
            if value and not getattr(draft, section.target):
                setattr(draft, section.target, value)
        result.mapped.append((section.heading, section.target, len(_flat(items))))
    draft.title = draft.title or fallback_title
    draft.body = "\n".join(body).strip()
    return result
