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

from campdoc.media.kinds import LOGO_KINDS, Kind, sniff, suffix_fits
from campdoc.media.raster import ImageProblem, inspect
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
