"""Read a ``sessions.json`` from another campdoc site back into session files.

The file comes from elsewhere, so it is treated like any other untrusted input: every
record is turned into the session file it describes and read back through the same
checks as ``campdoc check`` before anything is written. A record with an error is
reported at its place in the JSON file and skipped; file names come from the record's id
made safe, so nothing can be written outside the camp's folder.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from campdoc.content.data import session_file, yaml_document
from campdoc.content.fieldtypes import Identifier
from campdoc.content.frontmatter import parse_yaml
from campdoc.content.load import CAMP_FILE, SESSIONS_DIR, SourceFile, load_project
from campdoc.content.model import Project
from campdoc.content.schema import CampMeta
from campdoc.content.validate import (
    RESERVED_CAMP_IDS,
    convert_document,
    session_text_errors,
    validate_project,
)
from campdoc.core.files import new_file
from campdoc.core.issues import Issue, Location
from campdoc.core.slugs import is_reserved, slugify
from campdoc.exports.sessions import FORMAT, VERSION
from campdoc.importers.published_files import PublishedFiles
from campdoc.importers.result import ImportResult


@dataclass(slots=True)
class ImportedFile:
    """A file to create (relative to the camp's folder) and its text; ``media``: the photos
    and materials it names (path in the camp's folder → content)."""

    name: str
    text: str
    media: dict[str, bytes] = field(default_factory=dict)


@dataclass(slots=True)
class SessionsImport:
    """What a sessions.json holds, ready to be written, and what was wrong with it."""

    camp_id: str = ""
    camp_file: ImportedFile | None = None
    sessions: list[ImportedFile] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def _record_lines(text: str) -> list[tuple[int, int]]:
    """Line and column of each session record's ``"id"``, in order, for messages."""
    start = text.find('"sessions"')
    positions = []
    for match in re.finditer(r'(?<!\\)"id"\s*:', text[max(start, 0):]):
        offset = max(start, 0) + match.start()
        line = text.count("\n", 0, offset) + 1
        positions.append((line, offset - text.rfind("\n", 0, offset)))
    return positions


_JSON_KINDS = {dict: "object", list: "array", str: "string", bool: "true/false", int: "number",
               float: "number", type(None): "null"}


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "an object without 'format'" if "format" not in value else (
            f"an object with 'format' {json.dumps(value['format'])[:40]}")
    return f"a JSON {_JSON_KINDS.get(type(value), 'value')}"


def _relocated(issues: list[Issue], path: str, where: tuple[int, int], prefix: str) -> list[Issue]:
    """Issues found in a generated file, pointed at the record in the JSON file instead."""
    location = Location(path, *where)
    return [replace(issue, location=location,
                    field=f"{prefix}.{issue.field}" if issue.field else prefix)
            for issue in issues]


def _file_name(record_id: str, title: str, taken: set[str]) -> str:
    slug = slugify(record_id) or slugify(title) or "session"
    if is_reserved(slug):
        slug += "-session"
    name, number = slug, 2
    while name in taken:
        name, number = f"{slug}-{number}", number + 1
    taken.add(name)
    return f"{name}.md"


# A sessions.json nests five levels (file, sessions, record, fields, insight groups);
# Python's parser would recurse until it crashes on a file of nothing but '['.
MAX_JSON_DEPTH = 64


def _too_deep(text: str) -> tuple[int, int] | None:
    """Line and column where nesting passes `MAX_JSON_DEPTH`, in one pass over the text."""
    depth, in_string, escaped, line, line_start = 0, False, False, 1, 0
    for index, char in enumerate(text):
        if char == "\n":
            line, line_start = line + 1, index + 1
        elif in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return line, index - line_start + 1
        elif char in "]}":
            depth -= 1
    return None


def read_sessions_json(data: bytes, shown: str, camp_id: str | None,
                       folder: Path | None = None) -> SessionsImport:
    """Check ``data`` (the file ``shown``) and turn it into files for camp ``camp_id``
    (default: the camp id the file names). Photos and materials are taken from the site
    ``folder`` the file lies in (its camp folder), when they are there."""
    result = SessionsImport()
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    deep = _too_deep(text)
    if deep is not None:
        result.issues.append(Issue("CD505", Location(shown, *deep), params={
            "found": f"JSON nested deeper than {MAX_JSON_DEPTH} levels"}))
        return result
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        result.issues.append(Issue("CD505", Location(shown, error.lineno, error.colno),
                                   params={"found": f"no valid JSON ({error.msg})"}))
        return result
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        result.issues.append(Issue("CD505", Location(shown, 1, 1),
                                   params={"found": _describe(document)}))
        return result
    if document.get("version") != VERSION:
        result.issues.append(Issue("CD506", Location(shown, 1, 1), params={
            "found": str(document.get("version")), "supported": str(VERSION)}))
        return result
    camp_data = document.get("camp")
    camp: dict[str, Any] = camp_data if isinstance(camp_data, dict) else {}
    result.camp_id = camp_id or str(camp.get("id", ""))
    if (not Identifier.pattern.fullmatch(result.camp_id) or is_reserved(result.camp_id)
            or result.camp_id in RESERVED_CAMP_IDS):
        result.issues.append(Issue("CD312", Location(shown, 1, 1), params={
            "found": result.camp_id, "reason": "",
            "example": slugify(result.camp_id) or "barcamp-2026"}))
        return result
    _camp_file(result, camp.get("fields"), shown)
    fields = camp.get("fields")
    files = PublishedFiles(folder, str(document.get("site", "")),
                           str(fields.get("license", "")) if isinstance(fields, dict) else "")
    records = document.get("sessions")
    lines = _record_lines(text)
    taken: set[str] = set()
    for index, record in enumerate(records if isinstance(records, list) else []):
        where = lines[index] if index < len(lines) else (1, 1)
        imported = _session_file(record, index, shown, where, result.camp_id, taken, files)
        if isinstance(imported, ImportedFile):
            result.sessions.append(imported)
        else:
            result.issues += imported
    return result


def _camp_file(result: SessionsImport, fields: Any, shown: str) -> None:
    """camp.yaml from the camp's fields; used only when the camp does not exist yet."""
    if not isinstance(fields, dict):
        return
    text = yaml_document(fields)
    node, issues = parse_yaml(text, CAMP_FILE, 1)
    source = SourceFile(CAMP_FILE, node=node, issues=issues)
    if convert_document(source, CampMeta) is None or any(i.is_error for i in source.issues):
        result.issues += _relocated([i for i in source.issues if i.is_error], shown, (1, 1),
                                    "camp.fields")
        return
    result.camp_file = ImportedFile(CAMP_FILE, text)


def _session_file(record: Any, index: int, shown: str, where: tuple[int, int], camp_id: str,
                  taken: set[str], files: PublishedFiles) -> ImportedFile | list[Issue]:
    prefix = f"sessions[{index}]"
    fields = record.get("fields") if isinstance(record, dict) else None
    notes = record.get("notes", "") if isinstance(record, dict) else None
    if not isinstance(fields, dict) or not isinstance(notes, str):
        return [Issue("CD505", Location(shown, *where), prefix,
                      params={"found": f"{prefix} without 'fields' and 'notes'"})]
    title = fields.get("title")
    title = title if isinstance(title, str) else ""
    name = _file_name(str(record.get("id", "")), title, taken)
    fields, notes, media = files.take(record, dict(fields), notes)
    text = session_file(fields, notes)
    errors = session_text_errors(text, name, camp_id)
    if errors:
        taken.discard(name.removesuffix(".md"))
        return _relocated(errors, shown, where, prefix)
    return ImportedFile(name, text, media)


def write_import(result: SessionsImport, root: Path, camp_folder: Path,
                 shown: str) -> list[Path]:
    """Create the camp's folder and files that do not exist yet; returns the new files.

    Existing files are never changed: each is reported (CD503) and skipped, so importing
    the same file twice creates nothing the second time.
    """
    created: list[Path] = []
    wanted = list(result.sessions)
    if result.camp_file and not (camp_folder / CAMP_FILE).exists():
        wanted.insert(0, result.camp_file)
    for item in wanted:
        target = camp_folder / item.name
        try:
            new_file(root, target, item.text)
        except FileExistsError:
            result.issues.append(Issue("CD503", Location(shown, 1, 1),
                                       params={"found": str(target)}))
            continue
        created.append(target)
        for name, data in item.media.items():
            path = camp_folder / name
            if path.exists() and path.read_bytes() == data:
                continue  # the same photo, imported with another session
            try:
                new_file(root, path, data)
            except FileExistsError:
                result.issues.append(Issue("CD503", Location(shown, 1, 1),
                                           params={"found": str(path)}))
                continue
            created.append(path)
    return created


@dataclass(slots=True)
class JsonResult(ImportResult):
    """An imported sessions.json. ``camp_file`` is the camp.yaml it created, if any;
    ``checked`` holds what `check` finds in the new files against their camp (rooms,
    slots, clashes), which needs the whole camp and can only be known once they exist."""

    camp_file: Path | None = None
    checked: list[Issue] = field(default_factory=list)

    @property
    def sessions(self) -> int:
        return sum(1 for path in self.created if path.suffix == ".md")


def import_sessions_json(project: Project, data: bytes, shown: str,
                         camp_id: str | None, folder: Path | None = None) -> JsonResult:
    """Import ``data`` (the file ``shown``, in the site folder ``folder``) into ``camp_id``
    (default: the file's camp)."""
    parsed = read_sessions_json(data, shown, camp_id, folder)
    result = JsonResult(issues=parsed.issues)
    if not parsed.camp_id or any(issue.code in {"CD505", "CD506", "CD312"}
                                 for issue in parsed.issues):
        return result
    existing = next((camp for camp in project.camps if camp.id == parsed.camp_id), None)
    folder = (project.root / Path(existing.source).parent if existing
              else project.root / SESSIONS_DIR / parsed.camp_id)
    result.created = write_import(parsed, project.root, folder, shown)
    if folder / CAMP_FILE in result.created:
        result.camp_file = folder / CAMP_FILE
    new = {path.relative_to(project.root).as_posix() for path in result.created}
    _, issues = validate_project(load_project(project.root))
    result.checked = [issue for issue in issues if issue.location.path in new]
    return result
