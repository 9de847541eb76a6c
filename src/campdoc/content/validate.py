"""Turn front-matter trees into the typed model, and check the rules that span files.

Every check appends `Issue`s and carries on, so one run reports every problem at once.
"""

from __future__ import annotations

import dataclasses
import unicodedata
import zoneinfo
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from campdoc.content.assets import MAX_LOGO_BYTES, logo_problem, resolve_file
from campdoc.content.characters import describe_character, forbidden_character
from campdoc.content.colours import (
    DARK_BACKGROUNDS,
    LIGHT_BACKGROUNDS,
    MINIMUM_CONTRAST,
    contrast,
)
from campdoc.content.convert import (
    INVALID,
    Context,
    ObjectCheck,
    convert_mapping,
    field_name,
    spec_of,
    suggest,
)
from campdoc.content.fieldtypes import Identifier
from campdoc.content.follow_ups import mark_follow_ups
from campdoc.content.frontmatter import Mapping, Node, Sequence, describe
from campdoc.content.links import is_safe_url
from campdoc.content.load import CampSources, ProjectSources, SourceFile, session_source
from campdoc.content.markdown import MAX_NESTING, ParsedBody, parse_body
from campdoc.content.matching import unknown_room, unknown_slot
from campdoc.content.model import Camp, Project, Session
from campdoc.content.schema import (
    CampMeta,
    Host,
    Organisation,
    SessionMeta,
    SiteConfig,
    Slot,
)
from campdoc.content.validate_media import check_media, unnamed_files
from campdoc.core.issues import Issue, Location
from campdoc.core.slugs import is_reserved, slugify

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

S = TypeVar("S", bound="DataclassInstance")
# Camp folders sit next to these in site/, so a camp may not take their names.
RESERVED_CAMP_IDS = frozenset({"assets", "pagefind", "index", "sitemap", "search-index"})


@dataclasses.dataclass(frozen=True, slots=True)
class CampIdProblem:
    """Why a camp id cannot name a camp folder, and an id like it that can."""

    reserved: bool  # taken by the site itself or by Windows; otherwise not letters-digits-'-'
    example: str


def camp_id_problem(camp_id: str) -> CampIdProblem | None:
    """None when ``camp_id`` may name a camp folder (what ``check`` accepts, and so what
    ``campdoc new camp`` may create)."""
    reserved = camp_id in RESERVED_CAMP_IDS or is_reserved(camp_id)
    if not reserved and Identifier.pattern.fullmatch(camp_id):
        return None
    # The longest id the pattern allows, less room for "-camp".
    example = slugify(camp_id)[:59].strip("-") or "barcamp-2026"
    if example in RESERVED_CAMP_IDS or is_reserved(example) or reserved:
        example += "-camp"
    return CampIdProblem(reserved, example)


def _check_slot_times(slot: Slot, node: Mapping, ctx: Context) -> None:
    if slot.end <= slot.start:  # a slot of no length is a typo too
        ctx.at("end").report("CD212", ctx.value_node(node, "end"),
                             start=slot.start.strftime("%H:%M"), end=slot.end.strftime("%H:%M"))


def _check_host_name(host: Host, node: Mapping, ctx: Context) -> None:
    """A named host needs a name; a host who asked not to be named needs none.
    (A name that is there but wrong is reported as what is wrong with it.)"""
    if host.publish_name and "name" not in ctx.names(node):
        ctx.at("name", spec_of(_field(Host, "name"))).report("CD201", node, key="name")


def _check_legal_pages(config: SiteConfig, node: Mapping, ctx: Context) -> None:
    """Imprint and privacy pages exist in the project; a public site names both."""
    for name in ("imprint", "privacy"):
        written = getattr(config, name)
        if written and not is_safe_url(written) and ctx.folder is not None:
            _, reason = resolve_file(ctx.folder, written)
            if reason:
                ctx.at(name).report("CD216", ctx.value_node(node, name), found=written,
                                    reason=reason)
    if config.base_url and not (config.imprint or config.privacy):
        ctx.at("base_url").report("CD231", ctx.value_node(node, "base_url"))


def _check_camp_days(camp: CampMeta, node: Mapping, ctx: Context) -> None:
    if camp.start is not None and camp.end is not None and camp.end < camp.start:
        ctx.at("end").report("CD212", ctx.value_node(node, "end"),
                             start=str(camp.start), end=str(camp.end))
    # `date` wins over start and end (content/model.py), so the other days would be lost
    # without a word: the calendar, the schedule and CD306 would all use the one day.
    if camp.date is not None:
        for other in ("start", "end"):
            if getattr(camp, other) is not None:
                ctx.at(other).report("CD245", ctx.value_node(node, other), other=other)


def _check_camp_has_date(camp: CampMeta, node: Mapping, ctx: Context) -> None:
    if not ctx.names(node) & {"date", "start"}:
        date_spec = spec_of(_field(CampMeta, "date"))
        ctx.at("date", date_spec).report("CD201", node, key="date")


def _check_timezone(camp: CampMeta, node: Mapping, ctx: Context) -> None:
    if camp.timezone not in _time_zones():
        ctx.at("timezone").report("CD219", ctx.value_node(node, "timezone"), found=camp.timezone,
                                  suggestion=suggest(camp.timezone, _time_zones()))


def _all_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())  # tzdata (icalendar's) lists "UTC" too


# Read from disk once per process; wrapped, not decorated, so that mutmut measures it.
_time_zones = lru_cache(maxsize=1)(_all_time_zones)


def _check_logo(owner: Organisation | CampMeta | SiteConfig, node: Mapping,
                ctx: Context) -> None:
    """A logo (an organisation's, or the camp's or project's for the header) is a file
    inside the camp's folder (the project's, for campdoc.yaml) whose content is a
    publishable image."""
    if not owner.logo or ctx.folder is None:
        return
    where = ctx.at("logo")
    at = ctx.value_node(node, "logo")
    path, reason = resolve_file(ctx.folder, owner.logo)
    if path is None:
        where.report("CD216", at, found=owner.logo, reason=reason)
        return
    if path.stat().st_size > MAX_LOGO_BYTES:  # not even read: it could be gigabytes
        where.report("CD109", at, what="the logo", size=f"{path.stat().st_size / 1048576:.1f} MiB",
                     limit=f"{MAX_LOGO_BYTES // 1048576} MiB")
        return
    code, params = logo_problem(path.read_bytes(), owner.logo)
    if code:
        where.report(code, at, found=owner.logo, **params)


def _check_accent(owner: CampMeta | SiteConfig, node: Mapping, ctx: Context) -> None:
    """Accent colours are link text: 4.5:1 on the background of their colour scheme."""
    for name, colour, backgrounds, scheme in (
            ("accent_color", owner.accent_color, LIGHT_BACKGROUNDS, "light"),
            ("accent_color_dark", owner.accent_color_dark, DARK_BACKGROUNDS, "dark")):
        if not colour:
            continue
        ratio, background = min((contrast(colour, b), b) for b in backgrounds)
        if ratio < MINIMUM_CONTRAST:
            ctx.at(name).report(
                "CD242", ctx.value_node(node, name), found=colour, background=background,
                ratio=f"{ratio:.2f}",
                scheme=scheme, scheme_de="hellen" if scheme == "light" else "dunklen",
                direction="darker" if scheme == "light" else "lighter",
                direction_de="dunkleren" if scheme == "light" else "helleren")


OBJECT_CHECKS: dict[type[Any], tuple[ObjectCheck, ...]] = {
    Slot: (_check_slot_times,),
    CampMeta: (_check_camp_days, _check_camp_has_date, _check_timezone, _check_accent,
               _check_logo),
    Organisation: (_check_logo,),
    Host: (_check_host_name,),
    SiteConfig: (_check_legal_pages, _check_accent, _check_logo),
}


def field_positions(node: Node | None, path: str,
                    renamed: dict[tuple[int, int], str] | None = None) -> dict[str, Location]:
    """Where each field's value starts (``title``, ``hosts[2].name`` …), for issues found
    after conversion, across files or by later stages; a renamed key (``host:``) counts
    as the field it was read as."""
    renamed = renamed or {}
    positions: dict[str, Location] = {}
    pending: list[tuple[str, Node | None]] = [("", node)]
    while pending:
        prefix, current = pending.pop()
        if isinstance(current, Mapping):
            for key, value in current.entries:
                field = field_name(key, renamed)
                name = f"{prefix}.{field}" if prefix else field
                positions[name] = Location(path, value.line, value.column)
                pending.append((name, value))
        elif isinstance(current, Sequence):
            for number, item in enumerate(current.items, start=1):
                positions[f"{prefix}[{number}]"] = Location(path, item.line, item.column)
                pending.append((f"{prefix}[{number}]", item))
    return positions


def convert_document(source: SourceFile, schema: type[S], folder: Path | None = None) -> S | None:
    """The typed front matter of one file, or None when it is unusable."""
    if source.node is None:
        if not source.issues:  # an empty YAML document
            source.issues.append(Issue("CD110", Location(source.path),
                                       params={"found": "nothing"}))
        return None
    if not isinstance(source.node, Mapping):
        source.issues.append(Issue("CD110", Location(source.path, source.node.line,
                                                     source.node.column),
                                   params={"found": describe(source.node)}))
        return None
    value = convert_mapping(source.node, schema, Context(source.path, source.issues,
                                                         folder=folder, checks=OBJECT_CHECKS,
                                                         renamed=source.renamed))
    return None if value is INVALID else value


def validate_project(sources: ProjectSources) -> tuple[Project, list[Issue]]:
    """The typed project and every issue found in it, in no particular order."""
    project = Project(root=sources.root)
    if sources.config:
        config = convert_document(sources.config, SiteConfig, sources.root)
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
    problem = camp_id_problem(sources.id)
    if problem is not None:
        issues.append(Issue("CD312", Location(sources.folder), params={
            "found": sources.id,
            "reason": " (reserved for the site itself or on Windows)" if problem.reserved
            else "",
            "example": problem.example}))
    camp_folder = project.root / sources.folder
    meta = (convert_document(sources.camp_file, CampMeta, camp_folder)
            if sources.camp_file else None)
    sessions = [to_session(source, sources.id) for source in sources.sessions]
    if meta is None or sources.camp_file is None:
        return None
    camp = Camp(id=sources.id, source=sources.camp_file.path, meta=meta,
                language=meta.language or project.language)
    camp.sessions = sorted((s for s in sessions if s is not None), key=_schedule_order(camp))
    issues += mark_follow_ups(check_sessions(camp, sources.sessions), camp, sources.camp_file)
    for session in camp.sessions:
        issues += check_media(session, camp_folder, project.config.max_file_mb * 1024 * 1024)
    issues += hidden_names_in_sources(camp, project.config)
    # The camp's errors, also those found while reading its folder (a linked session).
    inside = f"{sources.folder}/"
    if not any(issue.is_error and f"{issue.location.path}/".startswith(inside)
               for issue in (*issues, *sources.issues())):
        logo = project.config.logo  # campdoc.yaml's logo may live in a camp folder
        issues += unnamed_files(camp, camp_folder, sources.folder,
                                [project.root / logo] if logo else [])
    return camp


def to_session(source: SourceFile, camp_id: str) -> Session | None:
    """The typed session of one file (its issues are added to ``source.issues``)."""
    meta = convert_document(source, SessionMeta)
    if meta is None:
        return None
    parsed = parse_body(source.body)
    source.issues += check_body(parsed, source)
    return Session(camp_id=camp_id, slug=source.slug, source=source.path, meta=meta,
                   body=source.body, body_line=source.body_line, parsed=parsed,
                   positions=field_positions(source.node, source.path, source.renamed))


def session_text_errors(text: str, name: str, camp_id: str) -> list[Issue]:
    """The errors `check` finds in a session file with this text, on its own: what an
    import checks before it writes a file."""
    source = session_source(text, name, name)
    to_session(source, camp_id)
    return [issue for issue in source.issues if issue.is_error]


def check_body(parsed: ParsedBody, source: SourceFile) -> Iterator[Issue]:
    """Raw HTML and unsafe links in the notes: shown as text, but the author should know.
    Control characters are refused, at the first place they occur."""
    index = forbidden_character(source.body, multiline=True)
    if index >= 0:
        before = source.body[:index]
        column = index - before.rfind("\n")  # rfind gives -1 on the first line
        yield Issue("CD222", Location(source.path, source.body_line + before.count("\n"),
                                      column), "notes",
                    {"char": describe_character(source.body[index]),
                     "position": str(column)})
    if parsed.too_deep_at is not None:
        yield Issue("CD404", Location(source.path, source.body_line + parsed.too_deep_at),
                    params={"limit": str(MAX_NESTING)})
    lines = source.body.split("\n")
    for code, findings in (("CD402", parsed.raw_html), ("CD403", parsed.unsafe_links)):
        # The same text again in the same block is found after the place found before.
        found: dict[tuple[int, str], tuple[int, int]] = {}
        for line, fragment in findings:
            first_line = fragment.partition("\n")[0]
            if line < 0:  # inside an inline footnote: the parser kept no line, find the text
                line = source.body[: max(source.body.find(first_line), 0)].count("\n")
            block = (line, first_line)
            line, column = _place(lines, line, first_line, found.get(block, (-1, 0)))
            found[block] = (line, column)
            shown = first_line if len(first_line) <= 60 else first_line[:57] + "…"
            yield Issue(code, Location(source.path, source.body_line + line, column),
                        params={"found": shown})


def _place(lines: list[str], line: int, text: str,
           after: tuple[int, int]) -> tuple[int, int]:
    """Line and column of ``text`` in the block that starts at ``line``, past the place
    ``after`` where the same text was found before: the parser knows only a paragraph's
    first line, and the HTML may sit on its third or twice on one line."""
    for number in range(max(line, after[0]), len(lines)):
        if number > line and not lines[number].strip():
            break  # the end of the block
        column = lines[number].find(text, after[1] if number == after[0] else 0)
        if column >= 0:
            return number, column + 1
    return line, 1


def _schedule_order(camp: Camp) -> Any:
    slot_order = {slot.id: index for index, slot in enumerate(camp.meta.slots)}
    room_order = {room.name: index for index, room in enumerate(camp.meta.rooms)}

    def key(session: Session) -> tuple[int, int, str, str]:
        return (slot_order.get(session.meta.slot, len(slot_order)),
                room_order.get(session.meta.room, len(room_order)),
                session.meta.title.casefold(), session.slug)

    return key


def _field(schema: type[Any], name: str) -> dataclasses.Field[Any]:
    return next(field for field in dataclasses.fields(schema) if field.name == name)


def hidden_names_in_sources(camp: Camp, config: SiteConfig) -> Iterator[Issue]:
    """A host who asked not to be named, whose name is in a file of a public repository:
    the site hides it, but the file, its edit link and the git history show it."""
    if config.repository is None:
        return
    for session in camp.sessions:
        for number, host in enumerate(session.meta.hosts, start=1):
            if not host.publish_name and host.name:
                field = f"hosts[{number}].name"
                yield Issue("CD230", session.position(field), field,
                            {"repository": config.repository.url})


def check_sessions(camp: Camp, sources: list[SourceFile]) -> Iterator[Issue]:
    """Rules between sessions and their camp: rooms, slots, clashes, addresses, dates."""
    rooms = {room.name for room in camp.meta.rooms}
    slots = {slot.id for slot in camp.meta.slots}
    taken: dict[tuple[str, str], Session] = {}
    for session in camp.sessions:
        meta = session.meta
        if meta.room and meta.room not in rooms:
            yield unknown_room(camp.meta.rooms, meta.room, session.position("room"))
        if meta.slot and meta.slot not in slots:
            yield unknown_slot(camp.meta.slots, meta.slot, session.position("slot"))
        if meta.room and meta.slot and not session.is_draft:
            other = taken.setdefault((meta.room, meta.slot), session)
            if other is not session:
                # Reported on both files, so a check of either one alone shows the clash.
                for here, there in ((session, other), (other, session)):
                    yield Issue("CD303", here.position("slot"), "slot", {
                        "room": meta.room, "slot": meta.slot, "other": there.source})
        day = meta.date
        if day and camp.first_day and camp.last_day and not (
                camp.first_day <= day <= camp.last_day):
            start, end = str(camp.first_day), str(camp.last_day)
            yield Issue("CD306", session.position("date"), "date", {
                "found": str(day), "start": start, "end": end,
                # A one-day camp is named by its day, not as "from the 16th to the 16th".
                "dates": start if start == end else f"{start} – {end}"})
        if not session.is_draft and not meta.insights:
            yield Issue("CD401", session.position("insights" if "insights" in session.positions
                                                  else "title"), "insights")
    yield from _duplicate_slugs(sources)


_SAME_NAME = {
    "same": " (the two names look the same, but one stores its accented letters as two "
            "characters, as a Mac writes them)",
    "same_de": " (die beiden Namen sehen gleich aus, aber einer speichert seine Umlaute als "
               "je zwei Zeichen, wie ein Mac sie schreibt)"}


def _duplicate_slugs(sources: list[SourceFile]) -> Iterator[Issue]:
    """Files whose page addresses collide after Unicode normalisation and case-folding."""
    seen: dict[str, SourceFile] = {}
    for source in sources:
        if not source.slug:
            continue
        key = unicodedata.normalize("NFC", source.slug).casefold()
        if key in seen:
            # Two names that only store their accents differently (a Mac writes 'ü' as 'u'
            # and '¨') look the same in the message: it says so.
            same = (unicodedata.normalize("NFC", source.path)
                    == unicodedata.normalize("NFC", seen[key].path))
            for here, there in ((source, seen[key]), (seen[key], source)):
                yield Issue("CD304", Location(here.path), params={
                    "slug": here.slug, "other": there.path, **(_SAME_NAME if same else {})})
        else:
            seen[key] = source
