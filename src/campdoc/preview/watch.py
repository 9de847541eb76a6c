"""Watch the project for saves and call back once per burst of changes.

A thin adapter around watchdog (the only module that imports it). Editors save in many
steps: vim writes a ``4913`` probe, swap files and a backup before renaming; VS Code and
``sed -i`` write a temporary file and rename it over the original. Only paths that can
change the site count, and a short quiet period merges each burst into one rebuild.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from campdoc.content.assets import MEDIA_SUFFIXES
from campdoc.content.load import CONFIG_FILE, SESSIONS_DIR, is_ignored_name
from campdoc.render.environment import TEMPLATES_DIR

DEBOUNCE_SECONDS = 0.05
Callback = Callable[[set[str]], None]


def is_relevant(root: Path, path: str) -> bool:
    """Whether a changed path can change the site: content, camp files, templates, config."""
    try:
        relative = Path(path).resolve().relative_to(root.resolve())
    except ValueError:
        return False
    parts = relative.parts
    if not parts or any(is_ignored_name(part) for part in parts):
        return False
    if parts == (CONFIG_FILE,):
        return True
    if parts[0] == TEMPLATES_DIR:
        return True
    if parts[0] != SESSIONS_DIR:
        return False
    suffix = relative.suffix.lower()
    if not suffix:  # a camp folder appearing or vanishing; not sed's "sedAb12Cd" temporaries
        return len(parts) == 2
    # Editor temporaries such as "x.md.tmp" or "x.md.swp" do not count, their renames do.
    return suffix in (".md", ".yaml") or suffix in MEDIA_SUFFIXES


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: ChangeWatcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed", "closed_no_write") or (
                event.is_directory and event.event_type == "modified"):
            return  # a folder is "modified" whenever a file in it is; the file event counts
        for path in (event.src_path, getattr(event, "dest_path", "")):
            if path and is_relevant(self.watcher.root, str(path)):
                self.watcher.notice(str(path))


class ChangeWatcher:
    """Calls ``callback`` with the changed paths after each burst of relevant changes."""

    def __init__(self, root: Path, callback: Callback, delay: float = DEBOUNCE_SECONDS) -> None:
        self.root = root
        self.callback = callback
        self.delay = delay
        self._pending: set[str] = set()
        self._lock = threading.Lock()
        self._running = threading.Lock()  # one rebuild at a time
        self._timer: threading.Timer | None = None
        self._observer = Observer()

    def start(self) -> None:
        handler = _Handler(self)
        for folder in (self.root / SESSIONS_DIR, self.root / TEMPLATES_DIR):
            if folder.is_dir():
                self._observer.schedule(handler, str(folder), recursive=True)
        self._observer.schedule(handler, str(self.root), recursive=False)  # campdoc.yaml
        self._observer.start()

    def stop(self) -> None:
        with self._lock:
            if self._timer:
                self._timer.cancel()
        self._observer.stop()
        self._observer.join(timeout=5)

    def notice(self, path: str) -> None:
        """Record a change and (re)start the quiet period."""
        with self._lock:
            self._pending.add(path)
            if self._timer:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire)
            self._timer.daemon = True
            self._timer.start()

    def _fire(self) -> None:
        with self._running:
            with self._lock:
                changed, self._pending = self._pending, set()
            if changed:
                self.callback(changed)
