"""The photos and materials a session names: where they are, what they are, and whether
the people on a photo agreed to its publication.

Photos come from the front matter (``photos:``) and from the notes (``![alt](fotos/x.jpg)``);
both are published through the same pipeline, so both are checked alike. Nothing here
decodes an image: headers, sizes and end markers are enough to refuse what cannot be
published, and the build reports what only decoding finds.
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from campdoc.content.assets import (
    MEDIA_SUFFIXES,
    material_problem,
    photo_problem,
    resolve_file,
    size_problem,
)
from campdoc.content.load import is_ignored_name
from campdoc.content.model import Camp, Session
from campdoc.core.issues import Issue, Location


@dataclass(frozen=True, slots=True)
class PhotoReference:
    """A photo as a session names it, wherever it is named."""

    field: str  # "photos[2]" or "notes"
    written: str
    location: Location
    alt: str
    shows_people: bool = False
    consent: bool = False


_LINE_END = re.compile("\n")


def photo_references(session: Session) -> list[PhotoReference]:
    """Every photo of a session: the front matter's, then the notes' local images."""
    references = [
        PhotoReference(f"photos[{number}]", photo.file,
                       session.position(f"photos[{number}].file"), photo.alt,
                       photo.shows_people, photo.consent)
        for number, photo in enumerate(session.meta.photos, start=1)]
    if not session.parsed.local_images:
        return references
    body = session.body
    starts = [0] + [match.end() for match in _LINE_END.finditer(body)]
    cursor = 0
    for image in session.parsed.local_images:
        # The parser knows the paragraph's first line; the image may be further down it.
        start = max(cursor, starts[image.line]) if 0 <= image.line < len(starts) else cursor
        target = body.find(f"]({image.src}", start)
        found = body.rfind("![", 0, target) if target >= 0 else -1
        if found < 0:  # an inline footnote's image, or one not written as ![alt](file)
            location = Location(session.source, session.body_line + max(image.line, 0), 1)
        else:
            line = bisect_right(starts, found) - 1
            location = Location(session.source, session.body_line + line,
                                found - starts[line] + 1)
            cursor = target + 2  # the same file again in this paragraph is further on
        references.append(PhotoReference("notes", image.src, location, image.alt))
    return references


# Enough of a material's start to tell its kind (a ZIP's first entry names an office file).
_MATERIAL_HEAD = 64 * 1024


def check_media(session: Session, folder: Path, limit: int) -> Iterator[Issue]:
    """Issues of the photos and materials of ``session``, whose files are in ``folder``."""
    seen: dict[str, int] = {}
    for photo in photo_references(session):
        field = f"{photo.field}.file" if photo.field != "notes" else "notes"
        if photo.shows_people and not photo.consent:
            yield Issue("CD233", session.position(f"{photo.field}.shows_people"),
                        f"{photo.field}.consent")
        if photo.field == "notes" and not photo.alt.strip():
            yield Issue("CD235", photo.location, field, {"found": photo.written})
        path, reason = resolve_file(folder, unquote(photo.written))
        if path is None:
            yield Issue("CD216", photo.location, field, {"found": photo.written,
                                                         "reason": reason})
            continue
        code, params = size_problem(path.stat().st_size, limit)
        if code:
            yield Issue(code, photo.location, field, {"found": photo.written, **params})
            continue
        data = path.read_bytes()
        code, params = photo_problem(data, photo.written)
        if code:
            yield Issue(code, photo.location, field, {"found": photo.written, **params})
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            yield Issue("CD236", photo.location, field, {"first_line": str(seen[digest])})
        else:
            seen[digest] = photo.location.line
    for number, material in enumerate(session.meta.materials, start=1):
        field = f"materials[{number}].file"
        where = session.position(field)
        path, reason = resolve_file(folder, material.file)
        if path is None:
            yield Issue("CD216", where, field, {"found": material.file, "reason": reason})
            continue
        code, params = size_problem(path.stat().st_size, limit)
        if not code:
            with path.open("rb") as file:
                code, params = material_problem(file.read(_MATERIAL_HEAD), material.file)
        if code:
            yield Issue(code, where, field, {"found": material.file, **params})


def named_files(camp: Camp) -> set[str]:
    """The files, relative to the camp's folder, that camp.yaml and the sessions name
    (drafts too: their photos are waiting to be published)."""
    named = {camp.meta.logo} | {owner.logo for owner in camp.organisations}
    for session in camp.sessions:
        named |= {unquote(photo.written) for photo in photo_references(session)}
        named |= {material.file for material in session.meta.materials}
    return named - {""}


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.lstat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def unnamed_files(camp: Camp, folder: Path, shown_as: str,
                  named_elsewhere: list[Path]) -> Iterator[Issue]:
    """A warning (CD247) for each photo, logo or material file in the camp's ``folder``
    (``shown_as`` in messages) that nothing names: a photo copied in but never listed is
    missing from the site without a word. Other files are left alone (CD309 reports those
    beside the sessions; a sub-folder may keep notes). Only for a camp without errors,
    whose sessions all say which files they name. ``named_elsewhere``: files that other
    files name (campdoc.yaml's logo)."""
    # Compared as files, not names: on macOS and Windows 'Fotos/Bild.JPG' names
    # 'fotos/bild.jpg', and that file is published.
    named = {_identity(path) for written in named_files(camp)
             if (path := resolve_file(folder, written)[0]) is not None}
    named |= {_identity(path) for path in named_elsewhere}
    for current, folders, names in os.walk(folder):  # does not follow linked folders
        folders[:] = sorted(name for name in folders if not is_ignored_name(name))
        for name in sorted(names):
            if is_ignored_name(name) or Path(name).suffix.lower() not in MEDIA_SUFFIXES:
                continue
            path = Path(current) / name
            if _identity(path) not in named:
                relative = path.relative_to(folder).as_posix()
                yield Issue("CD247", Location(f"{shown_as}/{relative}"), params={
                    "found": relative})
