"""``campdoc import plan``: one draft session per row of a spreadsheet's session plan.

Reads CSV as LibreOffice and Excel write it: ``;`` or ``,`` separators, UTF-8 with or without
a byte order mark, UTF-16 or Windows-1252 (see `decoding`), German or English headers.
Problems are issues located in the table (row and column); existing sessions are never
overwritten.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from campdoc.authoring.scaffold import (
    SessionDraft,
    session_filename,
    session_text,
)
from campdoc.content.convert import field_for_word
from campdoc.content.matching import find_room, find_slot, unknown_room, unknown_slot
from campdoc.content.model import Camp
from campdoc.content.schema import Host, SessionMeta
from campdoc.content.validate import session_text_errors
from campdoc.core.errors import CampdocError
from campdoc.core.files import create_exclusively
from campdoc.core.issues import Issue, Location
from campdoc.importers.decoding import decode_export
from campdoc.importers.persons import parse_host, split_people
from campdoc.importers.result import ImportResult

# The session fields a column can fill; headers are matched by the schema's synonyms.
COLUMNS = ("title", "hosts", "organization", "room", "slot", "tags")


@dataclass(slots=True)
class PlanImport:
    """What a session plan yields: drafts to write, with their table rows, and issues."""

    drafts: list[tuple[int, SessionDraft]] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def read_table(data: bytes) -> tuple[list[list[str]], str]:
    """Rows of a CSV export, and the encoding it was read with."""
    text, encoding = decode_export(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)), encoding


def _column_of(header: str) -> str:
    """The field a column header names (``Sessiongeber:in`` → hosts), or ""."""
    name = header.strip().strip("\ufeff")
    field = field_for_word(SessionMeta, name) or field_for_word(Host, name)
    return field if field in COLUMNS else ""


def parse_plan(path: str, rows: list[list[str]], camp: Camp) -> PlanImport:
    """Turn table rows into drafts; each problem becomes an issue at its row and column."""
    result = PlanImport()
    if not rows:
        result.issues.append(Issue("CD504", Location(path), params={"problem": "it is empty"}))
        return result
    columns = {_column_of(header): index for index, header in reversed(list(enumerate(rows[0])))}
    columns.pop("", None)
    if "title" not in columns:
        result.issues.append(Issue("CD501", Location(path, 1, 1),
                                   params={"found": ", ".join(rows[0]) or "–"}))
        return result
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(column: str, row: list[str] = row) -> str:
            index = columns.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        def at(column: str, number: int = number) -> Location:
            return Location(path, number, columns.get(column, 0) + 1)

        title = cell("title")
        if not title:
            result.issues.append(Issue("CD502", at("title"), params={"row": str(number)}))
            continue
        hosts = [parse_host(name) for name in split_people(cell("hosts"))]
        # One organisation per host only when the cell lists exactly that many, separated
        # by ';' or '/': names such as "Verein für Sport und Kultur" must stay whole.
        organisations = [part.strip() for part in re.split(r"[;/]", cell("organization"))]
        if len(organisations) != len(hosts):
            organisations = [cell("organization")] * len(hosts)
        for host, organisation in zip(hosts, organisations, strict=True):
            host.organization = host.organization or organisation
        room = find_room(camp.meta.rooms, cell("room")) if cell("room") else None
        slot = find_slot(camp.meta.slots, cell("slot")) if cell("slot") else None
        problems = len(result.issues)
        if cell("room") and room is None:
            result.issues.append(unknown_room(camp.meta.rooms, cell("room"), at("room")))
        if cell("slot") and slot is None:
            result.issues.append(unknown_slot(camp.meta.slots, cell("slot"), at("slot")))
        if len(result.issues) > problems:
            continue
        tags = [tag.strip() for tag in re.split(r"[,;]", cell("tags")) if tag.strip()]
        result.drafts.append((number, SessionDraft(
            title=title, hosts=hosts, room=room.name if room else "",
            slot=slot.id if slot else "", tags=tags)))
    return result


@dataclass(slots=True)
class PlanResult(ImportResult):
    """An imported session plan."""


def import_plan(root: Path, camp: Camp, data: bytes, shown: str) -> PlanResult:
    """Create a draft session file in the camp's folder of the project at ``root`` for every
    good row of the table ``data`` (shown to people as ``shown``); existing files are never
    touched."""
    rows, encoding = read_table(data)
    plan = parse_plan(shown, rows, camp)
    result = PlanResult(encoding=encoding)
    rows_of = {id(draft): row for row, draft in plan.drafts}
    for path, draft in plan_targets(root / Path(camp.source).parent, plan, shown):
        text = session_text(draft, camp.language)
        problems = session_text_errors(text, path.name, camp.id)
        if problems:  # written, it would fail `check`: report at the row instead
            plan.issues += [replace(issue, location=Location(shown, rows_of[id(draft)], 1))
                            for issue in problems]
            continue
        create_exclusively(root, path, text)
        result.created.append(path)
    result.issues = plan.issues
    return result



def plan_targets(folder: Path, plan: PlanImport, path: str) -> list[tuple[Path, SessionDraft]]:
    """Where each draft goes; rows whose file exists (or repeats a title) become warnings."""
    targets: list[tuple[Path, SessionDraft]] = []
    taken: set[str] = set()
    for row, draft in plan.drafts:
        try:
            name = session_filename(draft.title)
        except CampdocError:
            plan.issues.append(Issue("CD311", Location(path, row, 1), params={
                "found": draft.title, "reason": "it has no letters or digits",
                "example": "Partnerschaften vor Ort"}))
            continue
        target = folder / name
        if target.exists() or name in taken:
            plan.issues.append(Issue("CD503", Location(path, row, 1),
                                     params={"found": f"{folder.name}/{name}"}))
            continue
        taken.add(name)
        targets.append((target, draft))
    return targets
