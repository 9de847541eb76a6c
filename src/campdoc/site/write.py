"""Write a build into a staging folder and swap it in only when everything succeeded.

A failed or interrupted build leaves the previous output untouched. campdoc only ever
replaces a folder it made itself (it leaves a marker file), never the project or a folder
with other content.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from types import TracebackType

from campdoc.core.errors import CampdocError
from campdoc.core.files import write_atomically

MARKER = ".campdoc-site"
MARKER_TEXT = "This folder is written by campdoc build.\n"


def check_output_folder(out: Path, project_root: Path) -> None:
    """Refuse outputs that would overwrite the project or a folder campdoc did not make."""
    target, root = out.resolve(), project_root.resolve()
    if target == root or root.is_relative_to(target):
        raise CampdocError.said("out.contains_project", out=out)
    for protected in ("sessions", "templates", ".git"):
        if target.is_relative_to(root / protected):
            raise CampdocError.said("out.inside", out=out, folder=protected)
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise CampdocError.said("out.not_folder", out=out)
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise CampdocError.said("out.foreign", out=out)


def mark_as_site(out: Path, root: Path | None = None) -> None:
    """Mark ``out`` as campdoc's, after a one-camp build or a booklet created it or found it
    empty (its check passed), so that the next build may write into it. With ``root``,
    ``out`` is in that project and written only there (not through a link)."""
    if not (out / MARKER).is_file():
        write_atomically(out / MARKER, MARKER_TEXT.encode("utf-8"), root=root)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def site_path(base: Path, relative: str) -> Path:
    """``base / relative`` for a path campdoc made; anything that could escape is a bug."""
    parts = relative.split("/")
    if (relative.startswith("/") or "\\" in relative or "\0" in relative
            or any(part in ("", ".", "..") for part in parts)):
        raise ValueError(f"unsafe output path {relative!r}")
    return base.joinpath(*parts)


class StagedOutput:
    """A temporary sibling of the target folder; `publish` swaps it in."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.folder = target.parent / f".{target.name}.building-{os.getpid()}"

    def __enter__(self) -> StagedOutput:
        self._remove_leftovers()
        self.folder.mkdir(parents=True)
        return self

    def _remove_leftovers(self) -> None:
        """Staging folders of builds that were killed (their process is gone)."""
        if not self.target.parent.is_dir():
            return
        for kind in ("building", "old"):
            for folder in self.target.parent.glob(f".{self.target.name}.{kind}-*"):
                pid = folder.name.rsplit("-", 1)[-1]
                if pid.isdigit() and (int(pid) == os.getpid() or not _is_running(int(pid))):
                    shutil.rmtree(folder, ignore_errors=True)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    def write(self, relative: str, content: str | bytes) -> None:
        path = site_path(self.folder, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)

    def publish(self, marker: bool = True) -> None:
        """Swap the staged folder in; the old one is removed only after the swap."""
        if marker:
            (self.folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        self.target.parent.mkdir(parents=True, exist_ok=True)
        old = self.target.parent / f".{self.target.name}.old-{os.getpid()}"
        if self.target.exists():
            self.target.rename(old)
        try:
            self.folder.rename(self.target)
        except OSError:
            if old.exists():
                old.rename(self.target)
            raise
        shutil.rmtree(old, ignore_errors=True)
