"""Files that camp.yaml and sessions name (logos; photos and materials use the same rules):
where they may be, and what they must be.

A path comes from a pull request, so it is read as text, never handed to the file system as
it is: it must be relative, use ``/``, stay inside its folder, and name a regular file that
is reached without symbolic links. The content decides the kind, not the name.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from campdoc.media.kinds import (
    GIF,
    HEIC,
    JPEG,
    LOGO_KINDS,
    PDF,
    PNG,
    SVG,
    WEBP,
    ZIP_OFFICE,
    Kind,
    sniff,
    suffix_fits,
)
from campdoc.media.photos import PHOTO_KINDS
from campdoc.media.raster import ImageProblem, heic_support, inspect
from campdoc.media.svg import check_svg

MAX_LOGO_BYTES = 10 * 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


def refused_path(written: str) -> str:
    """Why ``written`` cannot be a path inside a folder, or "" when its form is fine."""
    if written.startswith(("/", "\\")) or _DRIVE.match(written):
        return "it is an absolute path"
    if "\\" in written:
        return "it uses '\\' instead of '/'"
    parts = written.split("/")
    if ".." in parts:
        return "it leads outside the folder"
    if any(part in ("", ".") for part in parts):
        return "it is not a plain file name"
    return ""


def resolve_file(folder: Path, written: str) -> tuple[Path | None, str]:
    """The regular file ``written`` names inside ``folder``, or None and the reason."""
    reason = refused_path(written)
    if reason:
        return None, reason
    current = folder
    for part in written.split("/"):
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except OSError:
            return None, "it does not exist"
        if stat.S_ISLNK(mode):
            return None, "it is a link"
    if stat.S_ISDIR(mode):
        return None, "it is a folder"
    if not stat.S_ISREG(mode):
        return None, "it is not a regular file"
    return current, ""


def logo_problem(data: bytes, written: str) -> tuple[str, dict[str, str]]:
    """The issue code and parameters for a logo file that cannot be published, or ("", {})."""
    if len(data) > MAX_LOGO_BYTES:
        return "CD109", {"what": "the logo", "size": f"{len(data) / 1048576:.1f} MiB",
                         "limit": f"{MAX_LOGO_BYTES / 1048576:.0f} MiB"}
    kind = sniff(data)
    if kind not in LOGO_KINDS:
        return "CD220", {"kind": kind.label, "allowed": _names(LOGO_KINDS)}
    if not suffix_fits(kind, written):
        return "CD221", {"format": kind.name, "suffixes": " / ".join(kind.suffixes)}
    if not kind.is_raster:
        checked = check_svg(data)
        if not checked.is_safe:
            return "CD218", {"what": checked.problem, "element": checked.element,
                             "svg_line": str(checked.line)}
        return "", {}
    try:
        inspect(data)
    except ImageProblem as problem:
        return "CD225", {"what": problem.what}
    return "", {}


def _names(kinds: tuple[Kind, ...]) -> str:
    return ", ".join(kind.name for kind in kinds)


PHOTO_FORMATS = "JPEG, PNG, WebP, HEIC"
MATERIAL_KINDS = (PDF, ZIP_OFFICE, PNG, JPEG, GIF, WEBP)
_MATERIAL_SUFFIXES = (".pdf", ".odp", ".pptx", ".odt", ".docx", ".ods", ".xlsx", ".png",
                      ".jpg", ".jpeg", ".gif", ".webp")
# Files a camp folder may hold besides its text: logos, photos and materials.
MEDIA_SUFFIXES = frozenset({*(s for kind in (*LOGO_KINDS, *PHOTO_KINDS) for s in kind.suffixes),
                            *_MATERIAL_SUFFIXES})


def is_truncated(data: bytes, kind: Kind) -> bool:
    """Whether the file stops before its format's end marker: a JPEG without an end of
    image after its last scan, a PNG without IEND. Found without decoding anything."""
    if kind is JPEG:
        return data.rfind(b"\xff\xd9") < data.rfind(b"\xff\xda")
    if kind is PNG:
        return b"IEND" not in data[-64:]
    if kind is WEBP:
        return int.from_bytes(data[4:8], "little") + 8 > len(data)
    return False


def size_problem(size: int, limit: int) -> tuple[str, dict[str, str]]:
    """The issue for a file of ``size`` bytes that is empty or over ``limit``, or ("", {}):
    known before a byte is read."""
    if size == 0:
        return "CD237", {}
    if size > limit:
        return "CD109", {"what": "the file", "size": f"{size / 1048576:.1f} MiB",
                         "limit": f"{limit / 1048576:.0f} MiB"}
    return "", {}


def photo_problem(data: bytes, written: str) -> tuple[str, dict[str, str]]:
    """The issue for a photo file (within `size_problem`'s bounds) that cannot be
    published, or ("", {})."""
    kind = sniff(data)
    if kind is SVG:
        return "CD238", {}
    if kind not in PHOTO_KINDS:
        return "CD220", {"kind": kind.label, "allowed": PHOTO_FORMATS}
    if not suffix_fits(kind, written):
        return "CD221", {"format": kind.name, "suffixes": " / ".join(kind.suffixes)}
    if kind is HEIC and not heic_support():
        return "CD234", {}
    if is_truncated(data, kind):
        return "CD225", {"what": "a damaged image"}
    try:
        inspect(data)
    except ImageProblem as problem:
        return "CD225", {"what": problem.what}
    return "", {}


def material_problem(head: bytes, written: str) -> tuple[str, dict[str, str]]:
    """The issue for a material file (within `size_problem`'s bounds) that cannot be
    published, or ("", {}); ``head``: its first bytes, enough to tell its kind."""
    kind = sniff(head)
    if kind not in MATERIAL_KINDS or not written.lower().endswith(_MATERIAL_SUFFIXES):
        return "CD239", {"kind": kind.label}
    if not suffix_fits(kind, written):
        return "CD221", {"format": kind.name, "suffixes": " / ".join(kind.suffixes)}
    return "", {}
