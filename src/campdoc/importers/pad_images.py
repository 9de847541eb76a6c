"""The images of a pad export, kept: copied into the camp when their files are at hand.

A HedgeDoc or Etherpad export names its images by the pad's address
(``/uploads/upload_1a2b.png``, ``https://pad.example.org/uploads/upload_1a2b.png``); whoever
downloads the export often saves the images beside it. Each image whose file is found there
(at the path it names, in an ``uploads/`` folder, or under its own name) and that `check`
would accept as a photo is copied into the camp's photo folder, and the notes point to the
copy. The others stay as they were written, and the import names them.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from campdoc.authoring.attach import PHOTO_FOLDERS, free_path, readable_name, usual_suffix
from campdoc.content.assets import photo_problem, size_problem

_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)(?P<title>\s+\"[^\"\n]*\")?\)")


@dataclass(slots=True)
class PadImages:
    """The notes with their images' new paths, and what was done."""

    body: str
    copies: dict[Path, bytes] = field(default_factory=dict)  # target in the camp → content
    kept: list[tuple[str, str]] = field(default_factory=list)  # as written → camp path
    missing: list[str] = field(default_factory=list)  # no usable file beside the export
    without_alt: int = 0


def _candidates(src: str, folder: Path) -> list[Path]:
    path = unquote(urlsplit(src).path)
    parts = [part for part in PurePosixPath(path).parts if part not in ("/", "")]
    if not parts or ".." in parts:
        return []
    name = parts[-1]
    return [folder.joinpath(*parts), folder / "uploads" / name, folder / name]


def _usable(path: Path, limit: int) -> bytes | None:
    """The file's bytes when it is a regular file (not a link) that is a publishable photo."""
    try:
        status = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(status.st_mode) or size_problem(status.st_size, limit)[0]:
        return None
    data = path.read_bytes()
    return None if photo_problem(data, f"x{usual_suffix(data, path)}")[0] else data


def keep_pad_images(body: str, export_folder: Path, camp_folder: Path, language: str,
                    limit: int) -> PadImages:
    """Find each image of ``body`` beside the export and plan its copy into the camp."""
    result = PadImages(body)
    chosen: dict[str, str] = {}
    by_content: dict[bytes, str] = {}
    taken: set[Path] = set()
    photos = camp_folder / PHOTO_FOLDERS.get(language, "fotos")

    def replace(match: re.Match[str]) -> str:
        src = match["src"]
        if src not in chosen:
            data = next((found for candidate in _candidates(src, export_folder)
                         if (found := _usable(candidate, limit)) is not None), None)
            if data is None:
                result.missing.append(src)
                chosen[src] = ""
            elif data in by_content:  # the same file under another address
                chosen[src] = by_content[data]
            else:
                stem = readable_name(match["alt"], f"pad-bild-{len(taken) + 1}")
                target = free_path(photos, stem, usual_suffix(data, Path(src)), data, taken)
                taken.add(target)
                if not target.exists():
                    result.copies[target] = data
                chosen[src] = by_content[data] = target.relative_to(camp_folder).as_posix()
                result.kept.append((src, chosen[src]))
        if not chosen[src]:
            return match[0]
        if not match["alt"].strip():
            result.without_alt += 1
        return f"![{match['alt']}]({chosen[src]}{match['title'] or ''})"

    result.body = _IMAGE.sub(replace, body)
    return result
