"""Search indexes: Pagefind for served sites, and a small fallback index for file://.

Pagefind gets one index per camp, inside the camp's folder, so a camp stays self-contained;
the archive page merges them in the browser. The fallback index is a classic script
(``search-index.js``) that MiniSearch reads where module scripts and WebAssembly are blocked.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from campdoc.fieldtypes import Insight, InsightGroup
from campdoc.issues import CampdocError
from campdoc.markdown import ParsedBody, inline_text
from campdoc.model import Camp, Project, Session, shown_name
from campdoc.pagefind_reproducible import make_reproducible
from campdoc.render import session_url
from campdoc.ui_text import UI

FALLBACK_FILE = "search-index.js"
PAGEFIND_DIR = "pagefind"
# Pagefind's ready-made interfaces; campdoc has its own, so these would only be dead weight
# in every camp folder and in the service worker's cache.
UNUSED_PAGEFIND_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
                         "pagefind-modular-ui.css", "pagefind-component-ui.js",
                         "pagefind-component-ui.css", "pagefind-highlight.js")


def _flatten(points: tuple[Insight, ...]) -> Iterator[str]:
    for point in points:
        if isinstance(point, InsightGroup):
            yield point.heading
            yield from _flatten(point.items)
        else:
            yield point


def body_text(parsed: ParsedBody) -> str:
    """The readable words of a parsed body, from the tokens the page was rendered from."""
    words: list[str] = []
    for token in parsed.tokens:
        if token.children:
            words += [child.content for child in token.children
                      if child.type in ("text", "code_inline", "html_inline") and child.content]
        elif token.type in ("fence", "code_block", "html_block"):
            words.append(token.content)
    return " ".join(" ".join(words).split())


def fallback_document(camp: Camp, session: Session, number: int) -> dict[str, Any]:
    """One session as the fallback index stores it; unpublished names never enter it."""
    lang = camp.language
    meta = session.meta
    slot = camp.slot(meta.slot)
    hosts = [shown_name(host, UI[lang]["anonymous"])
             + (f" ({host.organization})" if host.organization else "") for host in meta.hosts]
    points = [*meta.questions, *_flatten(meta.insights), *meta.open_questions, *meta.next_steps]
    text = " ".join([*(inline_text(point) for point in points), body_text(session.parsed)])
    return {
        "id": number,
        "url": session_url(session),
        "title": meta.title,
        "subtitle": meta.subtitle,
        "hosts": ", ".join(hosts),
        "tags": list(meta.tags),
        "text": text,
        "filters": {
            "camp": camp.meta.name,
            "tag": list(meta.tags),
            "room": meta.room,
            "slot": f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot else "",
            "organisation": sorted({host.organization for host in meta.hosts
                                    if host.organization}),
            "language": UI[lang]["language_" + camp.session_language(session)],
        },
    }


def fallback_script(documents: list[dict[str, Any]]) -> str:
    """A classic script that sets ``window.CAMPDOC_SEARCH_INDEX``; safe to load anywhere."""
    payload = json.dumps({"version": 1, "documents": documents}, ensure_ascii=False,
                         sort_keys=True, separators=(",", ":"))
    # Escapes keep the JSON inert even if someone inlines the file into a <script> element.
    payload = (payload.replace("<", "\\u003c").replace(">", "\\u003e")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return f"window.CAMPDOC_SEARCH_INDEX = {payload};\n"


def fallback_indexes(project: Project, camps: list[Camp]) -> dict[str, str]:
    """``<camp>/search-index.js`` for each camp and ``search-index.js`` for the archive."""
    files: dict[str, str] = {}
    everything: list[dict[str, Any]] = []
    for camp in camps:
        documents = [fallback_document(camp, session, number)
                     for number, session in enumerate(camp.published)]
        files[f"{camp.id}/{FALLBACK_FILE}"] = fallback_script(documents)
        everything += documents
    for number, document in enumerate(everything):
        document["id"] = number
    files[FALLBACK_FILE] = fallback_script(everything)
    return files


async def _write_pagefind(folders: dict[str, Path], camps: list[Camp], pages: dict[str, str],
                          session_pages: dict[str, list[str]]) -> None:
    from pagefind.service import PagefindService

    async with PagefindService() as service:
        for camp in camps:
            index = await service.create_index({"force_language": camp.language})
            # One at a time: Pagefind numbers pages in arrival order, and concurrent adds
            # would make two builds of the same input differ.
            for path in session_pages.get(camp.id, []):
                await index.add_html_file(content=pages[path], url=f"/{path}")
            await index.write_files(output_path=str(folders[camp.id] / PAGEFIND_DIR))
            await index.delete_index()
    for camp in camps:
        bundle = folders[camp.id] / PAGEFIND_DIR
        for name in UNUSED_PAGEFIND_FILES:
            (bundle / name).unlink(missing_ok=True)
        make_reproducible(bundle)


def _loop_is_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def write_pagefind_indexes(folders: dict[str, Path], camps: list[Camp], pages: dict[str, str],
                           session_pages: dict[str, list[str]]) -> None:
    """Index each camp's session pages (from memory) into ``<camp folder>/pagefind/``."""
    def index_all() -> None:
        asyncio.run(_write_pagefind(folders, camps, pages, session_pages))

    try:
        if _loop_is_running():
            # asyncio.run() refuses inside a running loop (Jupyter, async callers): use a
            # thread of our own, which has none.
            with ThreadPoolExecutor(max_workers=1) as pool:
                pool.submit(index_all).result()
        else:
            index_all()
    except (AssertionError, OSError, RuntimeError, ValueError, KeyError) as error:
        raise CampdocError(f"the search index could not be built: {error}",
                           "Check that the package 'pagefind[bin]' is installed.") from error
