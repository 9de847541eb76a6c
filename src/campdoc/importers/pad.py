"""``campdoc import pad``: a session file from an Etherpad, HedgeDoc or text export.

Sections whose headings name a field ("Fragen", "Erkenntnisse", "Offene Fragen", "Nächste
Schritte", "Sessiongeber:in", "Protokoll", "Teilnehmende" and the other names the schema
knows) fill that field, and so do labelled lines such as ``**Protokoll:** Jonas Weber``;
everything else is kept, with its heading, as the notes. Nothing is dropped: what does not
clearly fit a field (a line under "Sessiongeber:in" that is not clearly a person) stays in
the notes, and the import says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from campdoc.authoring.scaffold import SessionDraft, session_filename, session_text
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
from campdoc.core.files import create_exclusively, new_file
from campdoc.importers.decoding import decode_export
from campdoc.importers.pad_fields import PadImport, map_sections
from campdoc.importers.pad_html import etherpad_html_lines, is_html
from campdoc.importers.pad_images import PadImages, keep_pad_images
from campdoc.importers.pad_limits import fit_for_check
from campdoc.importers.pad_sections import ITEM, Line, split_sections
from campdoc.importers.result import ImportResult

__all__ = ["PadImport", "PadResult", "import_pad", "parse_pad"]

MARKDOWN_SUFFIXES = (".md", ".markdown")


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
    text, encoding = decode_export(data)
    parsed = parse_pad(text, fallback_title=Path(name).stem.replace("-", " ").replace("_", " "),
                       name=name)
    draft = parsed.draft
    if title:
        draft.title = title
    room = find_room(camp.meta.rooms, draft.room)
    slot = find_slot(camp.meta.slots, draft.slot)
    # "Ort" for room: the heading of the value that was taken (a second one stays in the
    # notes under its own heading).
    said: dict[str, str] = {}
    for heading, named, count in parsed.mapped:
        if count:
            said.setdefault(named, heading)
    unknown = [f"{said.get(target, target)}: {value}" for target, value, found in (
        ("room", draft.room, room), ("slot", draft.slot, slot)) if value and not found]
    if unknown:  # not the camp's: kept in the notes for the documenter to match by hand
        draft.body = "\n\n".join(["\n".join(unknown), draft.body]).strip()
    draft.room = room.name if room else ""
    draft.slot = slot.id if slot else ""
    camp_folder = root / Path(camp.source).parent
    images = None
    if export_folder is not None:
        images = keep_pad_images(draft.body, export_folder, camp_folder, camp.language, limit)
        draft.body = images.body
    # What check would refuse for its length goes to the notes; a file that would still
    # fail check is not written (PadRefused).
    issues = parsed.issues + fit_for_check(draft, camp.id, camp.language, name, said)
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
    return PadResult(created=[path], issues=issues, mapped=parsed.mapped,
                     kept=parsed.kept, images=images, encoding=encoding)


def parse_pad(text: str, fallback_title: str, name: str = "pad.txt") -> PadImport:
    """Map the sections of the export ``text`` (file name ``name``, which tells its shape)
    onto session fields; the rest becomes the notes."""
    text = normalise_text(text)
    draft = SessionDraft(title="")
    if is_html(name, text):
        page = etherpad_html_lines(text)
        lines, fallback_title = page.lines, page.title or fallback_title
    else:
        lines = _hedgedoc_metadata(text, draft)
        if not name.lower().endswith(MARKDOWN_SUFFIXES):
            etherpad = _is_etherpad_text(lines)
            lines = [line.with_text(_untabbed(line.text, etherpad)) for line in lines]
    result = map_sections(split_sections(lines), draft, name)
    draft.title = draft.title or fallback_title
    return result


def _is_etherpad_text(lines: list[Line]) -> bool:
    """Etherpad's text export puts at least one tab before every list item."""
    listed = [line.text for line in lines if ITEM.match(line.text)]
    return bool(listed) and all(text.startswith("\t") for text in listed)


def _untabbed(text: str, etherpad: bool) -> str:
    """A plain export's tab indents as Markdown reads them: Etherpad writes a list item of
    level n after n tabs, and an indented paragraph after tabs too, which is no code."""
    tabs = len(text) - len(text.lstrip("\t"))
    rest = text[tabs:]
    if not ITEM.match(rest):
        return rest
    return "    " * (tabs - 1) + rest if etherpad and tabs else text


def _hedgedoc_metadata(text: str, draft: SessionDraft) -> list[Line]:
    """The lines of the note; HedgeDoc's own YAML block (title, tags), its ``###### tags:``
    line and its ``[TOC]`` marker are read or left out."""
    first_line = 1
    try:
        split = split_front_matter(text)
    except UnclosedFrontMatter:
        split = None
    if split is not None and split.yaml_text is not None:
        node, issues = parse_yaml(split.yaml_text, "pad", split.yaml_first_line)
        if not issues and isinstance(node, Mapping):
            _read_front_matter(node, draft)
            text, first_line = split.body, split.body_first_line
    lines: list[Line] = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        stripped = line.strip()
        if stripped.lstrip("#").lstrip().lower().startswith("tags:") and stripped[:1] == "#":
            words = stripped.lstrip("#").strip()[len("tags:"):]
            quoted = [word for word in words.split("`")[1::2] if word.strip()]
            draft.tags += [tag.strip() for tag in (quoted or words.split(",")) if tag.strip()]
            line = ""
        elif stripped.upper() == "[TOC]":
            line = ""
        lines.append(Line(number, line, len(lines)))
    return lines


def _read_front_matter(node: Mapping, draft: SessionDraft) -> None:
    for key, value in node.entries:
        if key.value == "title" and isinstance(value, Scalar) and not value.is_null:
            draft.title = value.value.strip()
        elif key.value == "tags" and isinstance(value, Scalar):
            draft.tags += [tag.strip() for tag in value.value.split(",") if tag.strip()]
        elif key.value == "tags" and isinstance(value, Sequence):
            draft.tags += [item.value for item in value.items if isinstance(item, Scalar)]
