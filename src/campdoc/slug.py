"""Readable, ASCII page addresses from titles and file names (German transliteration)."""

from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss", "ẞ": "SS"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
MAX_SLUG_LENGTH = 80
# Names Windows refuses as files, whatever the extension: a zipped site must unpack everywhere.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)


def slugify(text: str) -> str:
    """``Partnerschaften für Ostdeutschland`` → ``partnerschaften-fuer-ostdeutschland``."""
    text = unicodedata.normalize("NFC", text).translate(_GERMAN)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    slug = _NOT_WORD.sub("-", text).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rstrip("-")
    return slug


def is_reserved(slug: str) -> bool:
    return slug.split(".")[0] in WINDOWS_RESERVED
