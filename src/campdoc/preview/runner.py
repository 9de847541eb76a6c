"""``campdoc serve``: build, serve, watch, rebuild what a change touches, reload the tab.

A rebuild prints its warnings as `campdoc check` would. A failed one prints its issues,
shows them as an overlay in the browser, and leaves the last good site in place (builds
are atomic); the next good save recovers.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from campdoc.content.load import SESSIONS_DIR
from campdoc.core.errors import CampdocError, file_problem
from campdoc.core.messages import Language
from campdoc.core.phrases import phrase
from campdoc.core.report import format_report
from campdoc.preview.overlay import error_problem, issues_problem
from campdoc.preview.server import ReloadChannel, make_server
from campdoc.site.build import BuildResult, build

Echo = Callable[[str], None]


def affected_camp(root: Path, changed: set[str]) -> str | None:
    """The one camp whose session files changed, when a camp-only rebuild is enough.

    Changes to camp.yaml, templates, config, or to several camps, or a session appearing
    or vanishing (the archive counts them) need a full build.
    """
    camps: set[str] = set()
    for path in changed:
        parts = Path(path).resolve().relative_to(root.resolve()).parts
        is_existing_session = (len(parts) == 3 and parts[0] == SESSIONS_DIR
                               and parts[2].endswith(".md") and Path(path).is_file())
        if not is_existing_session:
            return None
        camps.add(parts[1])
    return camps.pop() if len(camps) == 1 else None


@dataclass
class Preview:
    """One running preview: its server, its channel to the browser, and its rebuilds."""

    root: Path
    out: Path
    language: Language
    echo: Echo
    channel: ReloadChannel
    rebuilds: int = 0

    def describe_issues(self, result: BuildResult) -> str:
        """The issues as `campdoc check` prints them, warnings too (a save should show the
        warning it causes, not only the next `check`)."""
        files = len({issue.location.path for issue in result.issues})
        return format_report(result.issues, files, self.language, colour=False)

    def rebuild(self, changed: set[str]) -> None:
        """Called by the watcher once per burst of saves."""
        self.rebuilds += 1
        camp = affected_camp(self.root, changed)
        started = time.perf_counter()
        try:
            result = build(self.root, self.out, camp_id=camp)
        except CampdocError as error:
            self._failed(error)
            return
        except OSError as error:  # site/ became read-only, a disk filled up: say so, go on
            problem = file_problem(error)
            if problem is None:
                raise
            self._failed(problem)
            return
        if result.issues:
            self.echo(self.describe_issues(result))
        if result.failed:
            self.channel.report(issues_problem(self.root, result.issues, self.language))
            return
        took = f"{time.perf_counter() - started:.2f}"
        self.echo(phrase(self.language, "serve.rebuilt_camp", camp=camp, seconds=took) if camp
                  else phrase(self.language, "serve.rebuilt_site", seconds=took))
        self.channel.reload()

    def _failed(self, error: CampdocError) -> None:
        message, hint = error.text(self.language)
        self.echo(f"✗ {message}" + (f"\n  {hint}" if hint else ""))
        self.channel.report(error_problem(error, self.language))


@dataclass
class OpenPreview:
    """A preview whose server already listens (so a taken port shows before any build)."""

    preview: Preview
    server: http.server.ThreadingHTTPServer
    watch: bool
    bind: str

    @property
    def url(self) -> str:
        """The address to open; with port 0, the port that was picked."""
        host = "127.0.0.1" if self.bind in ("", "0.0.0.0", "::") else self.bind  # noqa: S104
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.server.server_address[1]}/"

    def close(self) -> None:
        self.server.server_close()


def open_preview(root: Path, out: Path, bind: str, port: int, language: Language, echo: Echo,
                 watch: bool = True) -> OpenPreview:
    """Listen on ``bind``:``port`` (a `CampdocError` when that cannot be); serve nothing yet."""
    channel = ReloadChannel()
    server = make_server(out, bind, port, channel if watch else None)
    return OpenPreview(Preview(root, out, language, echo, channel), server, watch, bind)


def serve_preview(opened: OpenPreview, ready: Callable[[int], None] | None = None,
                  stop: threading.Event | None = None) -> None:
    """Serve the (built) site until Ctrl+C or ``stop``; rebuild on changes."""
    from campdoc.preview.watch import ChangeWatcher

    preview, server = opened.preview, opened.server
    watcher = ChangeWatcher(preview.root, preview.rebuild) if opened.watch else None
    if watcher:
        watcher.start()
    preview.echo(phrase(preview.language, "serve.serving", out=preview.out, url=opened.url))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                              daemon=True)
    thread.start()
    if ready:
        ready(server.server_address[1])
    try:
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        preview.echo("")
    finally:
        if watcher:
            watcher.stop()
        preview.channel.close()
        server.shutdown()
        server.server_close()


def run_preview(root: Path, out: Path, bind: str, port: int, language: Language, echo: Echo,
                watch: bool = True, ready: Callable[[int], None] | None = None,
                stop: threading.Event | None = None) -> None:
    """Serve ``out`` (already built) until Ctrl+C or ``stop``; rebuild on changes."""
    serve_preview(open_preview(root, out, bind, port, language, echo, watch), ready, stop)
