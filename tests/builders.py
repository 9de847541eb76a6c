"""Model objects for unit tests, without files: a session as validation would make it."""

from __future__ import annotations

from typing import Any

from campdoc.content.markdown import parse_body
from campdoc.content.model import Session
from campdoc.content.schema import Host, SessionMeta
from campdoc.core.issues import Location


def make_session(slug: str = "t", positions: dict[str, Location] | None = None,
                 **fields: Any) -> Session:
    """A session of camp ``camp`` at sessions/camp/SLUG.md with the given front matter
    (title: the slug, and one host, unless given), an empty body at line 5."""
    meta = SessionMeta(**{"title": slug, "hosts": (Host(name="A"),), **fields})
    return Session("camp", slug, f"sessions/camp/{slug}.md", meta, "", 5, parse_body(""),
                   positions or {})
