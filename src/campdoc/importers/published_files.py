"""The photos and materials of a ``sessions.json``, taken from the site folder it lies in.

A record names each photo by its published address (the largest size) and by the name the
session gave it (``file``). When the published file is beside the ``sessions.json`` (a
downloaded or copied camp folder), it is checked like any photo or material from a pull
request and put back under that name; the front matter lists it again. A photo that is not
there is left out (the notes keep their image, which `check` then reports as missing).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from campdoc.content.assets import (
    material_problem,
    photo_problem,
    refused_path,
    size_problem,
)

# Published sizes are at most a few MB; anything larger is not from a campdoc site.
MAX_PUBLISHED_BYTES = 50 * 1024 * 1024


class PublishedFiles:
    """Finds the published files of a site folder by their addresses."""

    def __init__(self, folder: Path | None, site: str, camp_license: str) -> None:
        self.folder = folder
        self.site = site
        self.camp_license = camp_license

    def _read(self, url: object) -> bytes | None:
        """The file at a published address, when it lies inside the folder, is a regular
        file (not a link) and is not too large."""
        if self.folder is None or not isinstance(url, str):
            return None
        if urlsplit(url).scheme:
            if not self.site or not url.startswith(self.site):
                return None
            url = url[len(self.site):]
        parts = PurePosixPath(unquote(urlsplit(url).path)).parts
        if not parts or ".." in parts or parts[0] == "/" or refused_path("/".join(parts)):
            return None
        path = self.folder.joinpath(*parts)
        try:
            status = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISREG(status.st_mode) or size_problem(status.st_size,
                                                            MAX_PUBLISHED_BYTES)[0]:
            return None
        return path.read_bytes()

    def take(self, record: dict[str, Any], fields: dict[str, Any], notes: str
             ) -> tuple[dict[str, Any], str, dict[str, bytes]]:
        """``fields`` and ``notes`` with the record's photos and materials that were found,
        and the files."""
        media: dict[str, bytes] = {}
        photos: list[dict[str, Any]] = []
        for photo in _dicts(record.get("photos")):
            written = photo.get("file")
            name = _as_jpeg(_name(written))  # every published size is a JPEG
            data = self._read(photo.get("url"))
            if not name or data is None or photo_problem(data, name)[0]:
                continue
            media[name] = data
            if photo.get("in_notes"):
                if name != written:  # fotos/x.png became fotos/x.jpg
                    notes = notes.replace(f"]({written}", f"]({name}")
                continue
            entry = {"file": name, "alt": photo.get("alt", "")}
            for key in ("caption", "credit"):
                if photo.get(key):
                    entry[key] = photo[key]
            if photo.get("license") and photo.get("license") != self.camp_license:
                entry["license"] = photo["license"]
            if photo.get("shows_people") is True:  # it was published, so consent was given
                entry.update(shows_people=True, consent=True)
            photos.append(entry)
        materials: list[dict[str, Any]] = []
        for material in _dicts(record.get("materials")):
            name = _name(material.get("file"))
            data = self._read(material.get("url"))
            if not name or data is None or material_problem(data[:65536], name)[0]:
                continue
            media[name] = data
            materials.append({"file": name, "title": material.get("title", "")})
        if photos:
            fields["photos"] = photos
        if materials:
            fields["materials"] = materials
        return fields, notes, media


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _as_jpeg(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return name if not name or suffix.lower() in ("jpg", "jpeg") or not dot else f"{stem}.jpg"


def _name(value: object) -> str:
    """The file's name in the camp's folder, if it is a safe one."""
    if not isinstance(value, str):
        return ""
    name = unquote(value)
    return "" if refused_path(name) else name
