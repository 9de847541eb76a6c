"""Write new session and camp files that pass `campdoc check` at once.

The YAML is written as text, not dumped, so the hints can stay as comments in the
documenter's language and every value is quoted exactly once (JSON strings are valid YAML
double-quoted scalars).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from campdoc.content.characters import ESCAPED_IN_FILES
from campdoc.core.errors import CampdocError
from campdoc.core.slugs import is_reserved, slugify

_ESCAPED = re.compile(f"[{ESCAPED_IN_FILES}]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one); invisible characters, and those
    YAML does not allow in a file, are written as escapes, so the file stays readable and
    `check` can name them. A lone surrogate (half of a character, as a command line with
    broken bytes gives) cannot be stored at all: it is written as U+FFFD, the sign for a
    character that was lost."""
    text = _SURROGATES.sub("\ufffd", text)
    return _ESCAPED.sub(lambda match: f"\\u{ord(match[0]):04x}",
                        json.dumps(text, ensure_ascii=False))


@dataclass(slots=True)
class HostInput:
    """A host as typed into a form, a flag or a spreadsheet cell."""

    name: str
    organization: str = ""
    # Does not want to be named: written without a name, with publish_name: false.
    anonymous: bool = False


@dataclass(slots=True)
class SessionDraft:
    """What is known about a session before it is documented."""

    title: str
    hosts: list[HostInput] = field(default_factory=list)
    room: str = ""
    slot: str = ""
    tags: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    insights: list[str | tuple[str, list[str]]] = field(default_factory=list)
    open_questions: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    body: str = ""
    published: bool = False
    participants: int | None = None
    documented_by: list[str] = field(default_factory=list)


HINTS = {
    "de": {
        "status": "auf published setzen, wenn die Dokumentation fertig ist",
        "questions": "Welche Fragen wurden besprochen? Eine pro Zeile: - Frage",
        "insights": "Die wichtigsten Erkenntnisse. Gruppe: - \"Überschrift:\" und darunter "
                    "eingerückt die Unterpunkte",
        "open_questions": "Was ist offen geblieben?",
        "next_steps": "Was passiert als Nächstes, und wer kümmert sich?",
        "participants": "Wie viele Menschen waren dabei? (Zahl)",
        "documented_by": "Wer schreibt diese Dokumentation?",
        "body": "Freie Notizen kommen unter die zweite Zeile mit ---.",
        "host": "Sessiongeber:in",
        "anonymous": "möchte nicht genannt werden; darum steht hier kein Name",
    },
    "en": {
        "status": "set to published when the documentation is complete",
        "questions": "Which questions were discussed? One per line: - question",
        "insights": "The key insights. A group: - \"Heading:\" with sub-points indented below",
        "open_questions": "What stayed open?",
        "next_steps": "What happens next, and who takes care of it?",
        "participants": "How many people took part? (a number)",
        "documented_by": "Who writes this documentation?",
        "body": "Free notes go below the second --- line.",
        "host": "Session host",
        "anonymous": "does not want to be named, so no name is written here",
    },
}


def _list_block(name: str, values: list[str] | list[str | tuple[str, list[str]]],
                hint: str) -> list[str]:
    lines = [f"# {hint}", f"{name}:"]
    for value in values:
        if isinstance(value, tuple):  # a heading with sub-points
            heading, items = value
            lines.append(f"  - {quoted(heading if heading.endswith(':') else heading + ':')}:")
            lines += [f"      - {quoted(item)}" for item in items]
        else:
            lines.append(f"  - {quoted(value)}")
    return lines


def session_text(draft: SessionDraft, language: str) -> str:
    """The file text of a draft session, with the empty sections and their hints."""
    hints = HINTS[language]
    lines = ["---", f"title: {quoted(draft.title)}", "hosts:"]
    for host in draft.hosts or [HostInput(hints["host"])]:
        entry = [] if host.anonymous else [f"name: {quoted(host.name)}"]
        if host.organization:
            entry.append(f"organization: {quoted(host.organization)}")
        if host.anonymous:
            entry.append(f"publish_name: false  # {hints['anonymous']}")
        lines += [f"  - {entry[0]}", *(f"    {part}" for part in entry[1:])]
    if draft.room:
        lines.append(f"room: {quoted(draft.room)}")
    if draft.slot:
        lines.append(f"slot: {quoted(draft.slot)}")
    lines.append("tags: [" + ", ".join(quoted(tag) for tag in draft.tags) + "]")
    lines.append("status: published" if draft.published else f"status: draft  # {hints['status']}")
    for name in ("questions", "insights", "open_questions", "next_steps"):
        lines += _list_block(name, getattr(draft, name), hints[name])
    participants = "" if draft.participants is None else f" {draft.participants}"
    lines += [f"# {hints['participants']}", f"participants:{participants}",
              f"# {hints['documented_by']}", "documented_by:"]
    lines += [f"  - {quoted(name)}" for name in draft.documented_by]
    lines += [f"# {hints['body']}", "---", ""]
    if draft.body.strip():
        lines += [draft.body.strip(), ""]
    return "\n".join(lines)


def session_filename(title: str) -> str:
    """``Partnerschaften für Ostdeutschland`` → ``partnerschaften-fuer-ostdeutschland.md``."""
    slug = slugify(title)
    if not slug:
        raise CampdocError.said("session.no_name", title=title)
    return f"{slug}-session.md" if is_reserved(slug) else f"{slug}.md"


@dataclass(slots=True)
class CampDraft:
    """A new camp's basics."""

    camp_id: str
    name: str
    date: dt.date
    location: str = ""
    organizer: str = ""
    language: str = "de"
    rooms: list[str] = field(default_factory=lambda: ["Raum 1", "Raum 2"])
    slots: list[tuple[str, str, str]] = field(
        default_factory=lambda: [("slot-1", "10:00", "11:00"), ("slot-2", "11:30", "12:30")])


def camp_text(camp: CampDraft) -> str:
    """The camp.yaml of a new camp, with placeholders for what is not known yet."""
    de = camp.language == "de"
    lines = [f"name: {quoted(camp.name)}", f"date: {camp.date.isoformat()}"]
    if camp.location:
        lines.append(f"location: {quoted(camp.location)}")
    if camp.organizer:
        lines += ["organizer:", f"  name: {quoted(camp.organizer)}"]
    lines += [f"language: {camp.language}", "license: CC-BY-4.0",
              "# " + ("Räume, wie Sessions sie unter room: nennen" if de
                      else "Rooms, as sessions name them under room:"), "rooms:"]
    lines += [f"  - name: {quoted(room)}" for room in camp.rooms]
    lines += ["# " + ("Zeitslots: Kennung, Beginn und Ende (HH:MM)" if de
                      else "Time slots: id, start and end (HH:MM)"), "slots:"]
    for slot_id, start, end in camp.slots:
        lines += [f"  - id: {slot_id}", f"    start: \"{start}\"", f"    end: \"{end}\""]
    lines += ["# " + ("Förderer und Partner: - name: …, url: …, logo: logos/datei.svg" if de
                      else "Funders and partners: - name: …, url: …, logo: logos/file.svg"),
              "funders: []", "partners: []", ""]
    return "\n".join(lines)
