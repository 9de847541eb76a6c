"""The notes as the pages and the booklet print them: under campdoc's own heading.

Session pages and the booklet head the notes "Notizen" (or "Notes"); notes that open with
that heading themselves, as pads often do, would show it twice.
"""

from __future__ import annotations

import dataclasses

from campdoc.content.markdown import ParsedBody
from campdoc.core.slugs import slugify
from campdoc.core.words import UI

_NOTES_TITLES = frozenset(slugify(words["notes"]) for words in UI.values())


def without_notes_heading(parsed: ParsedBody) -> ParsedBody:
    """The notes without a first heading that only repeats "Notizen" or "Notes"."""
    tokens = parsed.tokens
    if (len(tokens) >= 3 and tokens[0].type == "heading_open"
            and slugify(tokens[1].content) in _NOTES_TITLES):
        return dataclasses.replace(parsed, tokens=tokens[3:])
    return parsed
