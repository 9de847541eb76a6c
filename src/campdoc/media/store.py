"""Processed photos, kept across builds in ``.campdoc-cache/photos/`` by content hash.

A warm build finds every unchanged photo here and links its files into the site without
decoding anything; only a new or changed photo is processed, several at a time (Pillow
releases Python's lock while it decodes, resizes and encodes, so threads use every core).
Entries are sealed like the camp cache, so a cache folder from a pull request is ignored.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from campdoc.core.seal import CACHE_DIR, cache_secret, is_sealed, remove_entry, sealed_entry
from campdoc.media.photos import PhotoPlan, render_variants
from campdoc.media.raster import ImageProblem


@dataclass(frozen=True, slots=True)
class PhotoSource:
    """A photo to publish: its bytes and the plan made from them."""

    data: bytes
    plan: PhotoPlan


@dataclass(frozen=True, slots=True)
class ProcessedPhoto:
    """A photo's variants: file name → the stored file (cache hit) or new bytes."""

    plan: PhotoPlan
    files: dict[str, Path | bytes]

    def read(self, name: str) -> bytes:
        found = self.files[name]
        return found.read_bytes() if isinstance(found, Path) else found


# Decoded pixels held at once, across threads (4 bytes each at most): about 600 MB. A dozen
# phone photos fit side by side; a 100-megapixel scan waits for the others to finish, so
# memory stays bounded on a machine with many cores too.
MEMORY_PIXELS = 150_000_000


MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter


@functools.cache
def limit_malloc_arenas() -> None:
    """Let the photo threads share at most MALLOC_ARENAS of glibc's memory arenas.

    glibc gives threads up to eight arenas per core, and memory freed in one stays with the
    process: decoding photos in threads raised a cold build's peak from 319 MiB to about
    950 MiB. With two arenas it was 800 MiB (bench/RESULTS.md), at no measurable cost in
    time. Elsewhere than glibc this does nothing.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(_M_ARENA_MAX, MALLOC_ARENAS)
    except (OSError, AttributeError):
        pass  # not glibc (macOS, Windows, musl): their allocators behave differently


class PixelBudget:
    """Lets a thread decode a photo only while the pixels in memory stay within a limit
    (a photo larger than the whole limit runs alone)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self.changed = threading.Condition()

    @contextmanager
    def hold(self, pixels: int) -> Iterator[None]:
        with self.changed:
            self.changed.wait_for(lambda: self.used == 0 or self.used + pixels <= self.limit)
            self.used += pixels
        try:
            yield
        finally:
            with self.changed:
                self.used -= pixels
                self.changed.notify_all()


def _label(key: str) -> str:
    return f"photo {key}"


class PhotoStore:
    """The photos of a project's cache; without a project (or a secret) nothing is kept."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self.folder = root / CACHE_DIR / "photos" if root else None
        self.secret = cache_secret() if root else None

    def _usable(self) -> bool:
        return (self.folder is not None and self.secret is not None and self.root is not None
                and not (self.root / CACHE_DIR).is_symlink())

    def _stored(self, plan: PhotoPlan) -> dict[str, Path | bytes] | None:
        if not self._usable():
            return None
        assert self.folder is not None and self.secret is not None
        entry = self.folder / plan.key
        if not entry.is_dir() or not is_sealed(self.secret, _label(plan.key), entry):
            return None
        files: dict[str, Path | bytes] = {v.name: entry / v.name for v in plan.variants}
        return files if all(isinstance(p, Path) and p.is_file() for p in files.values()) else None

    def _keep(self, plan: PhotoPlan, files: dict[str, bytes]) -> None:
        if not self._usable():
            return
        assert self.folder is not None and self.secret is not None and self.root is not None

        def fill(folder: Path) -> None:
            for name, data in files.items():
                (folder / name).write_bytes(data)

        sealed_entry(self.root, self.secret, _label(plan.key), self.folder / plan.key, fill)

    def prune(self, used: set[str]) -> None:
        """Forget the photos that no camp of the last full build showed."""
        if not self._usable():
            return
        assert self.folder is not None
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name not in used:
                    remove_entry(entry)

    def process(self, sources: Iterable[PhotoSource]) -> dict[str, ProcessedPhoto | ImageProblem]:
        """Every photo's variants by key: from the cache, or made now (in parallel)."""
        results: dict[str, ProcessedPhoto | ImageProblem] = {}
        missing: dict[str, PhotoSource] = {}
        for source in sources:
            stored = self._stored(source.plan)
            if stored is not None:
                results[source.plan.key] = ProcessedPhoto(source.plan, stored)
            else:
                missing.setdefault(source.plan.key, source)

        budget = PixelBudget(MEMORY_PIXELS)
        limit_malloc_arenas()

        def make(source: PhotoSource) -> ProcessedPhoto | ImageProblem:
            with budget.hold(source.plan.width * source.plan.height):
                try:
                    files = render_variants(source.data, source.plan)
                except ImageProblem as problem:
                    return problem
            self._keep(source.plan, files)
            return ProcessedPhoto(source.plan, dict(files))

        if missing:
            workers = min(len(missing), os.cpu_count() or 1)
            with ThreadPoolExecutor(max_workers=workers) as pool:
                for key, result in zip(missing, pool.map(make, missing.values()), strict=True):
                    results[key] = result
        return results
