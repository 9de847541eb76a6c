"""Helpers for reading a built site in tests: HTML links, every file's text, Pagefind data."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
from html.parser import HTMLParser
from pathlib import Path


class LinkCollector(HTMLParser):
    """Collects (tag, attribute, value) for every href and src in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, name, value))


def links_of(page: Path) -> list[tuple[str, str, str]]:
    collector = LinkCollector()
    collector.feed(page.read_text(encoding="utf-8"))
    return collector.links


def readable_text(path: Path) -> str:
    """A file's text; Pagefind's gzip-compressed data files are decompressed first."""
    data = path.read_bytes()
    if path.suffix.startswith(".pf_") or path.suffix == ".pagefind":
        with contextlib.suppress(OSError):  # not every Pagefind file is compressed
            data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` with the SHA-256 of its bytes."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}
