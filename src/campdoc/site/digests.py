"""Content digests of a project's large files, remembered between builds.

A camp's cache key covers every byte of its folder. With photos and materials that is
hundreds of megabytes to read and hash on every build, although they almost never change.
So the digest of a large file is kept together with its status (size, modification and
change time, inode), as git's index does, and the file is read again only when any of
these differ. The change time cannot be set back by ordinary tools (``touch -r``, a copy
that keeps times), so an edit that keeps the modification time is still noticed.

The memo is sealed like the cache entries: one that came with a pull request, or was
edited, is ignored, and every file is read again.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from campdoc.core.seal import CACHE_DIR, is_sealed, sealed_entry

# Smaller files are read anyway (they are what documenters edit); a memo entry costs more.
REMEMBER_FROM_BYTES = 256 * 1024
MEMO_FILE = "digests.json"
_LABEL = "file digests 1"

Status = tuple[int, int, int, int]


def _status(stat: os.stat_result) -> Status:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)


class FileDigests:
    """SHA-256 digests of files, large ones remembered by their status."""

    def __init__(self, root: Path, secret: bytes | None) -> None:
        self.root = root
        self.folder = root / CACHE_DIR / "digests"
        self.secret = secret
        self.known: dict[str, tuple[Status, str]] = {}
        self.used: dict[str, tuple[Status, str]] = {}
        if secret is not None and not (root / CACHE_DIR).is_symlink():
            self._load(secret)

    def _load(self, secret: bytes) -> None:
        try:
            if not is_sealed(secret, _LABEL, self.folder):
                return
            data = json.loads((self.folder / MEMO_FILE).read_text(encoding="utf-8"))
            self.known = {path: ((int(s[0]), int(s[1]), int(s[2]), int(s[3])), str(s[4]))
                          for path, s in data.items()}
        except (OSError, ValueError, TypeError, IndexError, AttributeError):
            self.known = {}  # unreadable: every file is read again

    def digest(self, path: Path, name: str) -> bytes:
        """The digest of the file at ``path``, known in the memo as ``name``."""
        status = _status(path.stat())
        if status[0] < REMEMBER_FROM_BYTES:
            return hashlib.sha256(path.read_bytes()).digest()
        known = self.known.get(name)
        if known is not None and known[0] == status:
            self.used[name] = known
            return bytes.fromhex(known[1])
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        # A file changed while it was read is not remembered; the next build reads it again.
        if _status(path.stat()) == status:
            self.used[name] = (status, digest.hexdigest())
        return digest.digest()

    def save(self, prune: bool) -> None:
        """Keep the digests (written aside, sealed, renamed into place). ``prune``, after a
        build of every camp: only those this build used, so removed files are forgotten."""
        kept = self.used if prune else {**self.known, **self.used}
        if self.secret is None or kept == self.known or (self.root / CACHE_DIR).is_symlink():
            return
        data = {name: [*status, hexdigest] for name, (status, hexdigest) in sorted(kept.items())}

        def fill(folder: Path) -> None:
            (folder / MEMO_FILE).write_text(json.dumps(data), encoding="utf-8")

        sealed_entry(self.root, self.secret, _LABEL, self.folder, fill)
