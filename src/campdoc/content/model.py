"""The validated project as the later stages see it: a project of camps of sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from campdoc.content.markdown import ParsedBody
from campdoc.content.schema import (
    DEFAULT_LANGUAGE,
    CampMeta,
    Organisation,
    SessionMeta,
    SiteConfig,
    Slot,
)
from campdoc.core.issues import Location


@dataclass(slots=True)
class Session:
    """One session file: its typed front matter, its Markdown body and where it came from."""

    camp_id: str
    slug: str
    source: str
    meta: SessionMeta
    body: str
    body_line: int
    parsed: ParsedBody
    positions: dict[str, Location] = field(default_factory=dict)
    # Set by the public view: the source file names a host who asked not to be named, so
    # no page may link to it (an edit link opens the file, name and all).
    source_holds_hidden_name: bool = False

    @property
    def is_draft(self) -> bool:
        return _is_draft(self.meta)

    def position(self, name: str) -> Location:
        """Where a top-level field's value is, or the top of the file if it is absent."""
        return self.positions.get(name, Location(self.source, 1, 1))


@dataclass(slots=True)
class Camp:
    """One camp folder: camp.yaml and its sessions, sorted by slot, then title."""

    id: str
    source: str
    meta: CampMeta
    language: str
    sessions: list[Session] = field(default_factory=list)

    @property
    def first_day(self) -> dt.date | None:
        return _first_day(self.meta)

    @property
    def last_day(self) -> dt.date | None:
        return _last_day(self.meta)

    @property
    def organisations(self) -> list[Organisation]:
        """Organiser, funders and partners: everyone who may bring a logo."""
        return _organisations(self.meta)

    @property
    def published(self) -> list[Session]:
        return _published(self.sessions)

    def slot(self, slot_id: str) -> Slot | None:
        return next((slot for slot in self.meta.slots if slot.id == slot_id), None)

    def session_date(self, session: Session) -> dt.date | None:
        slot = self.slot(session.meta.slot)
        return session.meta.date or (slot.date if slot else None) or self.first_day

    def session_language(self, session: Session) -> str:
        return session.meta.language or self.language

    def session_license(self, session: Session) -> str:
        return session.meta.license or self.meta.license


@dataclass(slots=True)
class Project:
    """Everything campdoc knows about one project folder."""

    root: Path
    config: SiteConfig = field(default_factory=SiteConfig)
    camps: list[Camp] = field(default_factory=list)

    @property
    def language(self) -> str:
        return _project_language(self.config)


# The properties above only call these: mutation testing (docs/testing.md) measures
# undecorated functions only.

def _is_draft(meta: SessionMeta) -> bool:
    return meta.status == "draft"


def _first_day(meta: CampMeta) -> dt.date | None:
    return meta.date or meta.start


def _last_day(meta: CampMeta) -> dt.date | None:
    return meta.date or meta.end or meta.start


def _organisations(meta: CampMeta) -> list[Organisation]:
    organizer = [meta.organizer] if meta.organizer else []
    return [*organizer, *meta.funders, *meta.partners]


def _published(sessions: list[Session]) -> list[Session]:
    return [session for session in sessions if not session.is_draft]


def _project_language(config: SiteConfig) -> str:
    return config.language or DEFAULT_LANGUAGE

