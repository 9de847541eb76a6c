"""Readable, ASCII page addresses from titles and file names (German transliteration)."""

from __future__ import annotations

import re
import unicodedata

# German first (ä → ae, not a); then letters that Unicode does not decompose to ASCII.
_TRANSLITERATION = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS",
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
    "þ": "th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ŋ": "ng", "ħ": "h",
})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
MAX_SLUG_LENGTH = 80
# Names Windows refuses as files, whatever the extension: a zipped site must unpack everywhere.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)


def slugify(text: str) -> str:
    """``Partnerschaften für Ostdeutschland`` → ``partnerschaften-fuer-ostdeutschland``."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    slug = _NOT_WORD.sub("-", text).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rstrip("-")
    return slug


def is_reserved(slug: str) -> bool:
    return slug.split(".")[0] in WINDOWS_RESERVED
