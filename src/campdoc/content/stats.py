"""``campdoc stats``: the figures organisers put in reports to funders."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from campdoc.content.model import Camp
from campdoc.core.printable import one_line, printable
from campdoc.core.words import count_sessions

TOP_TAGS = 10


@dataclass(slots=True)
class SlotFigures:
    """Sessions and participants of one time slot (its sessions run side by side, so the
    sum is a headcount for that slot)."""

    slot: str
    label: str
    sessions: int = 0
    participants: int = 0


@dataclass(slots=True)
class CampFigures:
    """What happened at one camp (or at all of them, as a total)."""

    camp: str
    sessions: int = 0
    published: int = 0
    drafts: int = 0
    without_insights: int = 0
    hosts: int = 0
    anonymous_hosts: int = 0
    organisations: int = 0
    # How many people came: `attendance` in camp.yaml, summed over the camps that give it;
    # None when none does. The headcount, unlike the sum over sessions below.
    attendance: int | None = None
    camps_without_attendance: int = 0
    # The sessions' `participants` added up: someone in three sessions counts three times.
    session_participations: int = 0
    sessions_without_participants: int = 0
    photos: int = 0  # of published sessions: the gallery's and those in the notes
    materials: int = 0  # of published sessions
    slots: list[SlotFigures] = field(default_factory=list)
    top_tags: list[tuple[str, int]] = field(default_factory=list)


def camp_figures(camps: list[Camp], label: str) -> CampFigures:
    """Counts over the given camps; hosts and organisations are counted once each."""
    figures = CampFigures(camp=label)
    hosts: set[str] = set()
    organisations: set[str] = set()
    tags: Counter[str] = Counter()
    for camp in camps:
        if camp.meta.attendance is None:
            figures.camps_without_attendance += 1
        else:
            figures.attendance = (figures.attendance or 0) + camp.meta.attendance
        slots = {slot.id: SlotFigures(slot.id, f"{slot.title or slot.id} "
                                                f"{slot.start:%H:%M}–{slot.end:%H:%M}")
                 for slot in camp.meta.slots}
        for session in camp.sessions:
            meta = session.meta
            figures.sessions += 1
            figures.drafts += session.is_draft
            figures.published += not session.is_draft
            figures.without_insights += not meta.insights
            for host in meta.hosts:
                if host.publish_name:
                    hosts.add(host.name.casefold())
                else:
                    figures.anonymous_hosts += 1
                if host.organization:
                    organisations.add(host.organization.casefold())
            if not session.is_draft:  # a draft's tags may still be private
                tags.update(meta.tags)
                figures.photos += len(meta.photos) + len(session.parsed.local_images)
                figures.materials += len(meta.materials)
            if meta.participants is None:
                figures.sessions_without_participants += 1
            else:
                figures.session_participations += meta.participants
            if meta.slot in slots:
                slots[meta.slot].sessions += 1
                slots[meta.slot].participants += meta.participants or 0
        if len(camps) == 1:
            figures.slots = list(slots.values())
    figures.hosts = len(hosts)
    figures.organisations = len(organisations)
    figures.top_tags = sorted(tags.items(), key=lambda item: (-item[1], item[0].casefold()))[
        :TOP_TAGS]
    return figures


LABELS = {
    "de": {"camp": "Camp", "sessions": "Sessions", "published": "veröffentlicht",
           "drafts": "Entwürfe", "without_insights": "ohne Erkenntnisse",
           "hosts": "Sessiongeber:innen (namentlich)", "anonymous_hosts": "anonyme "
           "Sessiongeber:innen", "organisations": "Organisationen",
           "attendance": "Teilnehmende am Camp",
           "attendance_missing": "nicht angegeben (in der camp.yaml: attendance)",
           "attendance_partial": "ohne Angabe: {n} {camps}",
           "camp_one": "Camp", "camp_many": "Camps",
           "session_participations": "Session-Teilnahmen (Summe über alle Sessions, wer "
           "mehrere besucht hat, zählt mehrfach)",
           "participants_one": "Teilnehmende:r", "participants_many": "Teilnehmende",
           "sessions_without_participants": "Sessions ohne Teilnehmendenzahl",
           "photos": "Fotos (veröffentlicht)", "materials": "Materialdateien (veröffentlicht)",
           "slots": "pro Slot", "top_tags": "häufigste Schlagworte",
           "figures": "Das Camp in Zahlen", "slot": "Slot"},
    "en": {"camp": "Camp", "sessions": "Sessions", "published": "published",
           "drafts": "drafts", "without_insights": "without insights",
           "hosts": "hosts (named)", "anonymous_hosts": "anonymous hosts", "organisations":
           "organisations", "attendance": "people at the camp",
           "attendance_missing": "not given (in camp.yaml: attendance)",
           "attendance_partial": "not given for {n} {camps}",
           "camp_one": "camp", "camp_many": "camps",
           "session_participations": "session participations (sum over all sessions; "
           "someone who went to several counts several times)",
           "participants_one": "participant", "participants_many": "participants",
           "sessions_without_participants": "sessions without a participant count",
           "photos": "photos (published)", "materials": "material files (published)",
           "slots": "per slot", "top_tags": "most frequent tags",
           "figures": "The camp in figures", "slot": "Slot"},
}
_NUMBERS = ("sessions", "published", "drafts", "without_insights", "hosts",
            "anonymous_hosts", "organisations", "attendance", "camps_without_attendance",
            "session_participations", "sessions_without_participants", "photos", "materials")
# In text, the camps without an attendance are said next to it.
_TEXT_NUMBERS = tuple(name for name in _NUMBERS if name != "camps_without_attendance")


def count_people(count: int, language: str) -> str:
    """``1 participant``, ``73 participants``."""
    words = LABELS[language]
    return f"{count} {words['participants_one' if count == 1 else 'participants_many']}"


def attendance_text(figures: CampFigures, language: str) -> str:
    """The headcount as a sentence says it, with the camps that gave none."""
    words = LABELS[language]
    if figures.attendance is None:
        return words["attendance_missing"]
    missing = figures.camps_without_attendance
    if not missing:
        return str(figures.attendance)
    camps = words["camp_one" if missing == 1 else "camp_many"]
    return f"{figures.attendance} ({words['attendance_partial'].format(n=missing, camps=camps)})"


def as_text(all_figures: list[CampFigures], language: str) -> str:
    words = LABELS[language]
    lines: list[str] = []
    for figures in all_figures:
        lines.append(f"{words['camp']}: {one_line(figures.camp)}")  # a folder's name
        for name in _TEXT_NUMBERS:
            value = (attendance_text(figures, language) if name == "attendance"
                     else getattr(figures, name))
            lines.append(f"  {words[name]}: {value}")
        if figures.slots:
            lines.append(f"  {words['slots']}:")
            lines += [f"    {slot.label}: {count_sessions(slot.sessions, language)}, "
                      f"{count_people(slot.participants, language)}"
                      for slot in figures.slots]
        if figures.top_tags:
            lines.append(f"  {words['top_tags']}: "
                         + ", ".join(f"{tag} ({count})" for tag, count in figures.top_tags))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def as_json(all_figures: list[CampFigures]) -> str:
    """Version 2: ``attendance`` is the headcount; the sum over sessions, ``participants``
    in version 1, is ``session_participations``."""
    # printable: a camp is named by its folder, whose name may not be UTF-8.
    data: list[dict[str, Any]] = [{**asdict(figures), "camp": printable(figures.camp)}
                                  for figures in all_figures]
    return json.dumps({"version": 2, "camps": data}, ensure_ascii=False, indent=2) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER = re.compile(r"[+-]?\d+([.,]\d+)?")


def spreadsheet_safe(cell: object) -> object:
    """A cell that no spreadsheet runs as a formula (OWASP: a leading ``'`` quotes it).

    Tags and camp names come from pull requests; ``=HYPERLINK(…)`` in a tag would otherwise
    run in the funder's spreadsheet. Numbers are left alone, negative ones included.
    """
    if not isinstance(cell, str) or not cell.startswith(_FORMULA_START):
        return cell
    return cell if _NUMBER.fullmatch(cell) else "'" + cell


class _SafeWriter:
    """csv.writer whose every cell passes `spreadsheet_safe` first."""

    def __init__(self, out: io.StringIO) -> None:
        self.writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: list[object]) -> None:
        self.writer.writerow([spreadsheet_safe(cell) for cell in row])


def as_csv(all_figures: list[CampFigures]) -> str:
    """One row per figure: camp, metric, key, value; easy to pivot in a spreadsheet."""
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(["camp", "metric", "key", "value"])
    for figures in all_figures:
        camp = one_line(figures.camp)  # a folder's name: a line break would start a row
        for name in _NUMBERS:  # an attendance nobody gave (None) is an empty cell, not 0
            writer.writerow([camp, name, "", getattr(figures, name)])
        for slot in figures.slots:
            writer.writerow([camp, "slot_sessions", slot.label, slot.sessions])
            writer.writerow([camp, "slot_participants", slot.label, slot.participants])
        for tag, count in figures.top_tags:
            writer.writerow([camp, "tag", tag, count])
    return out.getvalue()
