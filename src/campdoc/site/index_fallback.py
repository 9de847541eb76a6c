"""The fallback search index for file://, where module scripts and WebAssembly are blocked.

It is a classic script (``search-index.js``) that MiniSearch searches in the browser. The
Pagefind index for served sites is built by `site.index`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Any

from campdoc.content.fieldtypes import Insight, InsightGroup
from campdoc.content.markdown import ParsedBody, inline_text
from campdoc.content.model import Session
from campdoc.content.public import PublicCamp, hosts_line
from campdoc.core.words import UI, format_date
from campdoc.render.pages import FilterCounts
from campdoc.render.urls import session_page

FALLBACK_FILE = "search-index.js"


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
                      if child.type in ("text", "code_inline", "html_inline", "image")
                      and child.content]
        elif token.type in ("fence", "code_block", "html_block"):
            words.append(token.content)
    return " ".join(" ".join(words).split())


def fallback_document(camp: PublicCamp, session: Session, number: int) -> dict[str, Any]:
    """One session of the camp's public view as the fallback index stores it."""
    lang = camp.language
    meta = session.meta
    slot = camp.slot(meta.slot)
    points = [*meta.questions, *_flatten(meta.insights), *meta.open_questions, *meta.next_steps]
    # What the photos show is searchable, as on the page (alt texts, captions).
    media = [*(part for photo in meta.photos for part in (photo.alt, photo.caption) if part),
             *(image.caption for image in session.parsed.local_images if image.caption),
             *(material.title for material in meta.materials)]
    text = " ".join([*(inline_text(point) for point in points), body_text(session.parsed),
                     *media])
    return {
        "id": number,
        "url": session_page(session),
        "title": meta.title,
        "subtitle": meta.subtitle,
        "hosts": hosts_line(session),
        "date": format_date(day, lang) if (day := camp.session_date(session)) else "",
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


_ACCENTS = re.compile("[\u0300-\u036f]")
# Latin letters without a decomposition, as a browser sorts them: 'łódź' beside 'lodz'.
_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ŧ": "t", "æ": "ae",
                          "œ": "oe", "þ": "th"})
_Rank = tuple[int, str]


def _rank(char: str) -> _Rank:
    """A browser puts spaces first, then punctuation and symbols, digits, then letters."""
    if char.isspace():
        return 0, char
    if char.isdigit():
        return 2, char
    return (3 if char.isalpha() else 1), char


def filter_order(value: str) -> tuple[tuple[_Rank, ...], str, str]:
    """The order in which a browser lists filter values (``localeCompare``, as search.js
    sorts them when a template leaves the lists out): without accents, case and ß first
    (search.js's ``fold``), then lower case before upper case, then ss before ß. Other
    scripts keep their letters, so a Ukrainian tag comes after the Latin ones; a tag that
    starts with an emoji or a quote mark comes before them."""
    folded = _ACCENTS.sub("", unicodedata.normalize("NFD", value.lower().replace("ß", "ss")))
    return tuple(map(_rank, folded.translate(_LETTERS))), value.swapcase(), value


def filter_counts(documents: list[dict[str, Any]]) -> FilterCounts:
    """Each filter's values with the number of sessions that have them, as the search page
    lists them before any search: rendered into the page, so nothing moves when it loads."""
    counts: dict[str, Counter[str]] = {}
    for document in documents:
        for key, value in document["filters"].items():
            values = value if isinstance(value, list) else [value]
            # A session that lists a tag twice is still one session with that tag.
            counts.setdefault(key, Counter()).update({v for v in values if v})
    return {key: sorted(found.items(), key=lambda item: filter_order(item[0]))
            for key, found in counts.items() if found}


def fallback_script(documents: list[dict[str, Any]]) -> str:
    """A classic script that sets ``window.CAMPDOC_SEARCH_INDEX``; safe to load anywhere."""
    payload = json.dumps({"version": 1, "documents": documents}, ensure_ascii=False,
                         sort_keys=True, separators=(",", ":"))
    # Escapes keep the JSON inert even if someone inlines the file into a <script> element.
    payload = (payload.replace("<", "\\u003c").replace(">", "\\u003e")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return f"window.CAMPDOC_SEARCH_INDEX = {payload};\n"


ARCHIVE_TEXT_LIMIT = 600


def archive_fallback(documents_per_camp: list[list[dict[str, Any]]]) -> str:
    """The archive's ``search-index.js``: every camp's documents, numbered anew.

    Across all camps only the start of each session's text is kept (its questions and
    insights come first): a browser must load the whole file before it can search, and at
    10,000 sessions the full text made it 68 MB. Each camp's own index keeps everything.
    """
    everything = [dict(document) for documents in documents_per_camp for document in documents]
    for number, document in enumerate(everything):
        document["id"] = number
        document["text"] = document["text"][:ARCHIVE_TEXT_LIMIT]
    return fallback_script(everything)
