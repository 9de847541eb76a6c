"""How campdoc writes files that are not part of a built site: a new file never replaces an
existing one, and a replaced file is never seen half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from campdoc.core.errors import CampdocError


def create_exclusively(path: Path, text: str) -> None:
    """Write a new file; an existing file is never touched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise CampdocError(f"{path} already exists and was left as it is",
                           "Choose another title, or edit the existing file.") from None


def write_atomically(target: Path, data: bytes) -> None:
    """Readers never see half a file, and a failure leaves the old one as it was."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
