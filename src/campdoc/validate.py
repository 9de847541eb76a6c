"""Turn front-matter trees into the typed model, and check the rules that span files.

Every check appends `Issue`s and carries on, so one run reports every problem at once.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from campdoc.fieldtypes import INVALID, Context, Identifier, spec_of, suggest
from campdoc.frontmatter import Mapping, Node, Scalar, describe
from campdoc.issues import Issue, Location
from campdoc.load import CampSources, ProjectSources, SourceFile
from campdoc.model import Camp, Project, Session
from campdoc.schema import CampMeta, SessionMeta, SiteConfig

T = TypeVar("T")

# German words and common misspellings people use for fields, for 'did you mean'.
_ALIASES = {
    "titel": "title", "untertitel": "subtitle", "host": "hosts", "gastgeber": "hosts",
    "sessiongeber": "hosts", "sessiongeberin": "hosts", "referent": "hosts", "fragen": "questions",
    "erkenntnisse": "insights", "ergebnisse": "insights", "offene_fragen": "open_questions",
    "naechste_schritte": "next_steps", "nächste_schritte": "next_steps", "schlagworte": "tags",
    "stichworte": "tags", "raum": "room", "datum": "date", "sprache": "language",
    "teilnehmende": "participants", "teilnehmer": "participants", "organisation": "organization",
    "org": "organization", "organisator": "organizer", "veranstalter": "organizer",
    "lizenz": "license", "licence": "license", "ort": "location", "foerderer": "funders",
    "förderer": "funders", "partner": "partners", "räume": "rooms", "raeume": "rooms",
    "dokumentiert_von": "documented_by", "protokoll": "documented_by",
}


def convert_mapping(node: Node, schema: type[T], ctx: Context) -> T:
    """Build a schema dataclass from a mapping node, reporting every bad or unknown field."""
    if not isinstance(node, Mapping):
        result: T = ctx.report("CD203", node, expected="a group of fields", found=describe(node))
        return result
    fields = {field.name: field for field in dataclasses.fields(schema)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    failed = False
    for key, value in node.entries:
        field = fields.get(key.value)
        sub = ctx.at(key.value, spec_of(field) if field else None)
        if field is None:
            close = suggest(key.value, fields) or _ALIASES.get(key.value.casefold(), "")
            sub.report("CD202", key, suggestion=close, allowed=", ".join(fields))
            continue
        if isinstance(value, Scalar) and value.is_null and not spec_of(field).required:
            continue  # 'subtitle:' left empty means 'no subtitle'
        converted = spec_of(field).type.convert(value, sub)
        if converted is INVALID:
            failed = failed or spec_of(field).required
        else:
            values[key.value] = converted
    present = {key.value for key, _ in node.entries}
    for name, field in fields.items():
        field_spec = spec_of(field)
        if field_spec.required and name not in present:
            ctx.at(name, field_spec).report("CD201", node, key=name)
            failed = True
    if failed:
        return INVALID  # type: ignore[no-any-return]
    return schema(**values)


def top_level_positions(node: Node | None, path: str) -> dict[str, Location]:
    """Where each top-level field's value starts, for issues found across files."""
    if not isinstance(node, Mapping):
        return {}
    return {key.value: Location(path, value.line, value.column) for key, value in node.entries}


def convert_document(source: SourceFile, schema: type[T]) -> T | None:
    """The typed front matter of one file, or None when it is unusable."""
    if source.node is None:
        if not source.issues:  # an empty YAML document
            source.issues.append(Issue("CD110", Location(source.path, 1, 1),
                                       params={"found": "nothing"}))
        return None
    if not isinstance(source.node, Mapping):
        source.issues.append(Issue("CD110", Location(source.path, source.node.line,
                                                     source.node.column),
                                   params={"found": describe(source.node)}))
        return None
    value = convert_mapping(source.node, schema, Context(source.path, source.issues))
    return None if value is INVALID else value


def validate_project(sources: ProjectSources) -> tuple[Project, list[Issue]]:
    """The typed project and every issue found in it, in no particular order."""
    project = Project(root=sources.root)
    if sources.config:
        config = convert_document(sources.config, SiteConfig)
        if config is not None:
            project.config = config
    issues: list[Issue] = []
    for camp_sources in sources.camps:
        camp = validate_camp(camp_sources, project, issues)
        if camp is not None:
            project.camps.append(camp)
    return project, sources.all_issues() + issues


def validate_camp(sources: CampSources, project: Project, issues: list[Issue]) -> Camp | None:
    """Convert one camp and its sessions, and check the rules between them."""
    if not Identifier.pattern.fullmatch(sources.id):
        from campdoc.slug import slugify

        issues.append(Issue("CD312", Location(sources.folder), params={
            "found": sources.id, "example": slugify(sources.id) or "barcamp-2026"}))
    meta = convert_document(sources.camp_file, CampMeta) if sources.camp_file else None
    sessions = [_session(source, sources.id) for source in sources.sessions]
    if meta is None or sources.camp_file is None:
        return None
    positions = top_level_positions(sources.camp_file.node, sources.camp_file.path)
    camp = Camp(id=sources.id, source=sources.camp_file.path, meta=meta,
                language=meta.language or project.language, positions=positions)
    camp.sessions = sorted((s for s in sessions if s is not None), key=_schedule_order(camp))
    issues += check_camp_file(camp, project.root, sources.camp_file)
    issues += check_sessions(camp, sources.sessions)
    return camp


def _session(source: SourceFile, camp_id: str) -> Session | None:
    meta = convert_document(source, SessionMeta)
    if meta is None:
        return None
    return Session(camp_id=camp_id, slug=source.slug, source=source.path, meta=meta,
                   body=source.body, body_line=source.body_line,
                   positions=top_level_positions(source.node, source.path))


def _schedule_order(camp: Camp) -> Any:
    slot_order = {slot.id: index for index, slot in enumerate(camp.meta.slots)}
    room_order = {room.name: index for index, room in enumerate(camp.meta.rooms)}

    def key(session: Session) -> tuple[int, int, str, str]:
        return (slot_order.get(session.meta.slot, len(slot_order)),
                room_order.get(session.meta.room, len(room_order)),
                session.meta.title.casefold(), session.slug)

    return key


def check_camp_file(camp: Camp, root: Path, source: SourceFile) -> Iterator[Issue]:
    """Dates, duplicate rooms and slots, slot times and logo files of one camp.yaml."""
    meta, at = camp.meta, camp.positions
    path = camp.source
    if "date" not in at and "start" not in at:
        date_spec = spec_of(_field(CampMeta, "date"))
        yield Issue("CD201", Location(path, 1, 1), "date",
                    {"key": "date", "doc": date_spec.doc, "doc_de": date_spec.doc_de})
    if meta.start and meta.end and meta.end < meta.start:
        yield Issue("CD212", at["end"], "end", {"start": str(meta.start), "end": str(meta.end)})
    yield from _duplicates([room.name for room in meta.rooms], "rooms", source)
    yield from _duplicates([slot.id for slot in meta.slots], "slots", source)
    for index, slot in enumerate(meta.slots):
        if slot.end <= slot.start:
            location = _item_location(source, "slots", index)
            yield Issue("CD212", location, f"slots[{index + 1}]",
                        {"start": slot.start.strftime("%H:%M"), "end": slot.end.strftime("%H:%M")})
    camp_folder = (root / camp.source).parent
    for group in ("funders", "partners"):
        for index, organisation in enumerate(getattr(meta, group)):
            if organisation.logo and not _is_inside_file(camp_folder, organisation.logo):
                yield Issue("CD216", _item_location(source, group, index),
                            f"{group}[{index + 1}].logo", {"found": organisation.logo})


def _field(schema: type[Any], name: str) -> dataclasses.Field[Any]:
    return next(field for field in dataclasses.fields(schema) if field.name == name)


def _is_inside_file(folder: Path, relative: str) -> bool:
    candidate = (folder / relative).resolve()
    project = folder.resolve()
    return candidate.is_relative_to(project) and candidate.is_file() and not (
        folder / relative).is_symlink()


def _item_location(source: SourceFile, key: str, index: int) -> Location:
    node = source.node
    if isinstance(node, Mapping):
        for entry_key, value in node.entries:
            if entry_key.value == key and hasattr(value, "items") and index < len(value.items):
                item = value.items[index]
                return Location(source.path, item.line, item.column)
    return Location(source.path)


def _duplicates(values: list[str], group: str, source: SourceFile) -> Iterator[Issue]:
    first: dict[str, int] = {}
    for index, value in enumerate(values):
        if value.casefold() in first:
            earlier = _item_location(source, group, first[value.casefold()])
            yield Issue("CD307", _item_location(source, group, index), f"{group}[{index + 1}]",
                        {"found": value, "first_line": str(earlier.line)})
        else:
            first[value.casefold()] = index


def check_sessions(camp: Camp, sources: list[SourceFile]) -> Iterator[Issue]:
    """Rules between sessions and their camp: rooms, slots, clashes, addresses, dates."""
    rooms = [room.name for room in camp.meta.rooms]
    slots = [slot.id for slot in camp.meta.slots]
    taken: dict[tuple[str, str], Session] = {}
    for session in camp.sessions:
        meta = session.meta
        if meta.room and meta.room not in rooms:
            yield Issue("CD301", session.position("room"), "room", {
                "found": meta.room, "suggestion": suggest(meta.room, rooms),
                "allowed": ", ".join(rooms) or "–"})
        if meta.slot and meta.slot not in slots:
            yield Issue("CD302", session.position("slot"), "slot", {
                "found": meta.slot, "suggestion": suggest(meta.slot, slots),
                "allowed": ", ".join(slots) or "–"})
        if meta.room and meta.slot and not session.is_draft:
            other = taken.setdefault((meta.room, meta.slot), session)
            if other is not session:
                yield Issue("CD303", session.position("slot"), "slot", {
                    "room": meta.room, "slot": meta.slot, "other": other.source})
        day = meta.date
        if day and camp.first_day and camp.last_day and not (
                camp.first_day <= day <= camp.last_day):
            yield Issue("CD306", session.position("date"), "date", {
                "found": str(day), "start": str(camp.first_day), "end": str(camp.last_day)})
        if not session.is_draft and not meta.insights:
            yield Issue("CD401", session.position("insights" if "insights" in session.positions
                                                  else "title"), "insights")
    yield from _duplicate_slugs(sources)


def _duplicate_slugs(sources: list[SourceFile]) -> Iterator[Issue]:
    """Files whose page addresses collide after Unicode normalisation and case-folding."""
    seen: dict[str, SourceFile] = {}
    for source in sources:
        if not source.slug:
            continue
        key = unicodedata.normalize("NFC", source.slug).casefold()
        if key in seen:
            yield Issue("CD304", Location(source.path), params={
                "slug": source.slug, "other": seen[key].path})
        else:
            seen[key] = source
