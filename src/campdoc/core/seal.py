"""Sealed folders for campdoc's caches: what a build stored, and only that, is used again.

A cache folder that arrives with a pull request (or was committed by mistake) must not let
prepared output skip validation. Each entry carries an HMAC over its key and every file it
holds, made with a secret that lives outside the project.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from campdoc.core.files import check_target

CACHE_DIR = ".campdoc-cache"  # in the project; safe to delete at any time
SEAL_FILE = "seal"


def cache_secret() -> bytes | None:
    """The key that seals cache entries: ``CAMPDOC_CACHE_SECRET``, else a random key kept in
    the user's own cache folder, outside every project, made on first use. None when
    neither is available; the cache is then not used at all."""
    given = os.environ.get("CAMPDOC_CACHE_SECRET", "")
    if given:
        return given.encode("utf-8")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "campdoc"
    path = base / "cache-secret"
    try:
        if not path.is_file():
            base.mkdir(parents=True, exist_ok=True)
            temporary = base / f".cache-secret.{os.getpid()}"
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(handle, "wb") as stream:
                stream.write(secrets.token_bytes(32))
            try:
                os.link(temporary, path)  # whole or not at all; a parallel build may win
            finally:
                temporary.unlink()
    except FileExistsError:
        pass  # a parallel build made the secret first: it is read below
    except (OSError, RuntimeError):  # no home folder, or not writable
        return None
    try:
        return path.read_bytes() or None
    except OSError:
        return None


def seal(secret: bytes, label: str, entry: Path) -> str:
    """An HMAC over ``label`` (what the entry is for) and every file below ``entry`` but the
    seal itself, by name and content. A link inside the entry makes it invalid."""
    mac = hmac.new(secret, f"campdoc cache\0{label}\0".encode(), hashlib.sha256)
    for path in sorted(entry.rglob("*")):
        if path.is_symlink():
            raise ValueError(f"a link in the cache: {path}")
        if path.is_file() and path.relative_to(entry).as_posix() != SEAL_FILE:
            mac.update(f"\0{path.relative_to(entry).as_posix()}\0".encode())
            mac.update(hashlib.sha256(path.read_bytes()).digest())
    return mac.hexdigest()


def is_sealed(secret: bytes, label: str, entry: Path) -> bool:
    """Whether ``entry`` carries the seal this user's campdoc would give it."""
    try:
        written = (entry / SEAL_FILE).read_text(encoding="utf-8")
        return hmac.compare_digest(written, seal(secret, label, entry))
    except (OSError, ValueError):
        return False


def write_seal(secret: bytes, label: str, entry: Path) -> None:
    (entry / SEAL_FILE).write_text(seal(secret, label, entry), encoding="utf-8")


def link_tree(source: Path, target: Path) -> None:
    """Recreate ``source`` at ``target`` with hard links (copies across file systems)."""
    for folder, _, names in os.walk(source):
        destination = target / Path(folder).relative_to(source)
        destination.mkdir(parents=True, exist_ok=True)
        for name in names:
            link_file(Path(folder) / name, destination / name)


def link_file(source: Path, target: Path) -> None:
    """``target`` as a hard link of ``source`` (a copy across file systems)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def remove_entry(entry: Path) -> None:
    """Delete an entry; a link is removed itself, never what it points to."""
    if entry.is_symlink() or entry.is_file():
        entry.unlink()
    else:
        shutil.rmtree(entry, ignore_errors=True)


def sealed_entry(root: Path, secret: bytes, label: str, entry: Path,
                 fill: Callable[[Path], None]) -> None:
    """Write a cache entry the one safe way: ``fill`` a folder beside it, seal that, then
    rename it into place, so a reader sees the old entry or the whole new one, never half.
    If another build put the same entry in place meanwhile, its copy stays."""
    temporary = entry.with_name(f".{entry.name}.{os.getpid()}")
    check_target(root, temporary / "x")  # never written through a link
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir(parents=True)
    fill(temporary)
    write_seal(secret, label, temporary)
    if entry.exists() or entry.is_symlink():
        remove_entry(entry)
    try:
        temporary.rename(entry)
    except OSError:  # another build stored the same entry meanwhile
        shutil.rmtree(temporary, ignore_errors=True)
