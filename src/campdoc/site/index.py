"""One Pagefind service per process, indexing camps from HTML held in memory.

Pagefind's Python API is asyncio-based; the service runs on its own event loop in a
background thread, so the build itself stays synchronous and can call it from a worker
process, a thread, or inside someone else's running loop (Jupyter, an async app).
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import contextlib
import json
import multiprocessing.util
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from campdoc.core.errors import CampdocError
from campdoc.site.index_order import make_reproducible
from campdoc.site.timings import process_cpu_seconds

PAGEFIND_DIR = "pagefind"
# Pagefind's ready-made interfaces; campdoc has its own, so these would only be dead weight
# in every camp folder and in the service worker's cache.
UNUSED_PAGEFIND_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
                         "pagefind-modular-ui.css", "pagefind-component-ui.js",
                         "pagefind-component-ui.css", "pagefind-highlight.js")


def _service_class() -> Any:
    from pagefind.service import PagefindService

    class PromptPagefindService(PagefindService):
        """Reads each answer as soon as it arrives.

        The wrapper sleeps 0.1 s before reading every response (pagefind 1.5.2,
        ``PagefindService._wait_for_responses``), which made indexing cost at least 0.1 s
        per page. The protocol is unchanged: base64 JSON messages, each ended by a comma.
        """

        async def _wait_for_responses(self) -> None:
            assert self._backend.stdout is not None
            while True:
                output = await self._backend.stdout.readuntil(b",")
                response = json.loads(base64.b64decode(output[:-1]))
                if not response:
                    continue
                future = self._responses.pop(response.get("message_id"), None)
                if future is None or future.done():
                    continue
                payload = response["payload"]
                if payload.get("type") == "Error":
                    future.set_exception(RuntimeError(payload.get("message", "Pagefind")))
                else:
                    future.set_result(payload)

    return PromptPagefindService


class Indexer:
    """A running Pagefind service and the event loop that talks to it."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="pagefind")
        self._thread.start()
        self._service: Any = None

    def _run(self, coroutine: Any) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        return future.result()

    async def _index(self, bundle: Path, language: str, pages: Sequence[tuple[str, str]]) -> None:
        if self._service is None:
            self._service = await _service_class()().launch()
        index = await self._service.create_index({"force_language": language})
        # Requests are written in page order and answered in that order, so pipelining them
        # keeps Pagefind's page numbering, and the output, stable.
        await asyncio.gather(*(index.add_html_file(content=html, url=url)
                               for url, html in pages))
        await index.write_files(output_path=str(bundle))
        await index.delete_index()

    def index(self, bundle: Path, language: str, pages: Sequence[tuple[str, str]]) -> None:
        """Write the Pagefind bundle for ``pages`` (site URL, HTML) into ``bundle``."""
        try:
            self._run(self._index(bundle, language, pages))
            wait_until_written(bundle)
            for name in UNUSED_PAGEFIND_FILES:
                (bundle / name).unlink(missing_ok=True)
            make_reproducible(bundle)
        except (AssertionError, OSError, RuntimeError, ValueError, KeyError) as error:
            raise CampdocError.said("build.search_index_failed", folder=bundle,
                                    detail=error) from error

    def cpu_seconds(self) -> float:
        """CPU seconds its Pagefind process has used so far."""
        if self._service is None:
            return 0.0
        return process_cpu_seconds(self._service._backend.pid)

    def close(self) -> None:
        if self._service is not None:
            # Ctrl+C in a terminal ends Pagefind along with campdoc: then nothing is left to close.
            with contextlib.suppress(ProcessLookupError):
                self._run(self._service.close())
            self._service = None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)


def wait_until_written(bundle: Path, timeout: float = 10.0) -> None:
    """Wait until the bundle's entry file and the metadata it names are on disk.

    Pagefind's service can answer "written" while its last files are still being flushed
    (seen at 200 camps: an empty pagefind-entry.json), so the answer is checked, not trusted.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
            metas = [bundle / f"pagefind.{language['hash']}.pf_meta"
                     for language in entry["languages"].values()]
            if all(meta.is_file() and meta.stat().st_size > 0 for meta in metas):
                return
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not written completely yet: look again after a moment
        if time.monotonic() > deadline:
            raise RuntimeError("Pagefind did not finish writing its files")
        time.sleep(0.02)


_INDEXER: Indexer | None = None
_LOCK = threading.Lock()


def process_indexer() -> Indexer:
    """This process's indexer, started on first use and closed when the process ends."""
    global _INDEXER
    with _LOCK:
        if _INDEXER is None:
            _INDEXER = Indexer()
            atexit.register(_INDEXER.close)
            # Worker processes of a pool end through os._exit, without atexit handlers.
            multiprocessing.util.Finalize(None, _INDEXER.close, exitpriority=10)
        return _INDEXER


def pagefind_cpu_seconds() -> float:
    """CPU seconds this process's Pagefind service has used so far (0 before it started),
    for ``build --timings``."""
    return _INDEXER.cpu_seconds() if _INDEXER is not None else 0.0
