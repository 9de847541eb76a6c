"""``sessions.json``: a camp's published content as open data, in a documented, versioned shape.

The shape (docs/exports.md) is the front matter itself, as `campdoc schema session` describes
it, plus the notes and what the site derives (address, start, end). Only what the site shows
is exported: drafts stay out, a host who did not agree to be named appears as the site shows
them, and forge user names (used for review requests, never shown) are left out.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from campdoc import __version__
from campdoc.content.data import as_data
from campdoc.content.model import Session
from campdoc.content.public import PublicCamp
from campdoc.content.schema import CampMeta, Organisation
from campdoc.content.timing import session_timing
from campdoc.render.media import CampMedia, PublishedPhoto

FORMAT = "campdoc-sessions"
# Raise on a change that older readers would misread; adding an optional key is not one.
VERSION = 1


def _without_logos(camp: CampMeta) -> CampMeta:
    """Logo paths point into the source repository, which other sites do not have."""
    def plain(organisation: Organisation) -> Organisation:
        return dataclasses.replace(organisation, logo="")

    return dataclasses.replace(
        camp, organizer=plain(camp.organizer) if camp.organizer else None,
        funders=tuple(map(plain, camp.funders)), partners=tuple(map(plain, camp.partners)))


def session_record(camp: PublicCamp, session: Session, url: str, media: CampMedia,
                   address: Callable[[str], str]) -> dict[str, Any]:
    """One session; its photos and materials as published files (the front matter names
    files of the source project, which other sites do not have)."""
    timing = session_timing(camp, session)
    fields = as_data(dataclasses.replace(session.meta, photos=(), materials=()))
    return {
        "id": session.slug,
        "url": url,
        "start": timing.start.isoformat() if timing and timing.start else None,
        "end": timing.end.isoformat() if timing and timing.end else None,
        "fields": fields,
        "notes": session.body,
        "photos": [_photo(photo, address, in_notes=False)
                   for photo in media.gallery.get(session.slug, [])]
        + [_photo(photo, address, in_notes=True)
           for photo in media.inline.get(session.slug, {}).values()],
        "materials": [{"url": address(item.path), "file": item.written, "title": item.title,
                       "type": item.kind, "size": item.size}
                      for item in media.materials.get(session.slug, [])],
    }


def _photo(photo: PublishedPhoto, address: Callable[[str], str], in_notes: bool) -> dict[str, Any]:
    """A photo as its largest published size; ``file`` is the name the session gives it
    (in the notes, the image's address as written), so an import can put it back."""
    return {"url": address(photo.large), "file": photo.written, "in_notes": in_notes,
            "alt": photo.alt, "caption": photo.caption, "credit": photo.credit,
            "license": photo.license, "width": photo.plan.largest.width,
            "height": photo.plan.largest.height, "shows_people": photo.shows_people}


def sessions_document(camp: PublicCamp, url_of: Any, site_url: str, media: CampMedia,
                      address: Callable[[str], str]) -> dict[str, Any]:
    """The whole file as data; ``url_of(session)`` gives a session page's address."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": {"name": "campdoc", "version": __version__},
        "site": site_url,
        "camp": {"id": camp.id, "fields": as_data(_without_logos(camp.meta))},
        "sessions": [session_record(camp, session, url_of(session), media, address)
                     for session in camp.published],
    }


def dump_json(data: Any) -> bytes:
    """Stable, readable JSON: same content, same bytes."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
