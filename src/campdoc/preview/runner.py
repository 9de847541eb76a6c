"""``campdoc serve``: build, serve, watch, rebuild what a change touches, reload the tab.

A failed rebuild prints its issues, shows them as an overlay in the browser, and leaves the
last good site in place (builds are atomic); the next good save recovers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from campdoc.content.load import SESSIONS_DIR
from campdoc.core.errors import CampdocError
from campdoc.core.messages import Language
from campdoc.core.report import format_text, summary
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

    def describe_failure(self, result: BuildResult) -> str:
        lines = [format_text(issue, self.language, colour=False) for issue in result.issues
                 if issue.is_error]
        return "\n".join([*lines, summary(result.issues, len({i.location.path for i in
                                                              result.issues}), self.language)])

    def rebuild(self, changed: set[str]) -> None:
        """Called by the watcher once per burst of saves."""
        self.rebuilds += 1
        camp = affected_camp(self.root, changed)
        started = time.perf_counter()
        try:
            result = build(self.root, self.out, camp_id=camp)
        except CampdocError as error:
            self.echo(f"✗ {error.message}")
            self.channel.report(error.message)
            return
        if result.failed:
            text = self.describe_failure(result)
            self.echo(text)
            self.channel.report(text)
            return
        took = time.perf_counter() - started
        self.echo(f"✓ {'camp ' + camp if camp else 'site'} rebuilt in {took:.2f} s")
        self.channel.reload()


def run_preview(root: Path, out: Path, bind: str, port: int, language: Language, echo: Echo,
                watch: bool = True, ready: Callable[[int], None] | None = None,
                stop: threading.Event | None = None) -> None:
    """Serve ``out`` (already built) until Ctrl+C or ``stop``; rebuild on changes."""
    from campdoc.preview.watch import ChangeWatcher

    channel = ReloadChannel()
    preview = Preview(root, out, language, echo, channel)
    server = make_server(out, bind, port, channel if watch else None)
    watcher = ChangeWatcher(root, preview.rebuild) if watch else None
    if watcher:
        watcher.start()
    shown = "127.0.0.1" if bind in ("", "0.0.0.0", "::") else bind  # noqa: S104
    echo(f"Serving {out} at http://{shown}:{server.server_address[1]}/ (Ctrl+C to stop)")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                              daemon=True)
    thread.start()
    if ready:
        ready(server.server_address[1])
    try:
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        echo("")
    finally:
        if watcher:
            watcher.stop()
        channel.close()
        server.shutdown()
        server.server_close()
