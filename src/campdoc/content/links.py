"""Which link targets campdoc ever puts into a page: the one rule for fields and notes alike."""

from __future__ import annotations

import re

ALLOWED_SCHEMES = ("http", "https", "mailto")
_URL = re.compile(r"(?i)(?:https?://[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)")
_IN_PAGE = re.compile(r"#[\w\-.:]*")


def is_safe_url(url: str) -> bool:
    """True for http(s) URLs with a host and mailto addresses; nothing else is ever linked."""
    return bool(_URL.fullmatch(url)) and not any(ord(char) < 32 for char in url)


def is_safe_href(url: str) -> bool:
    """A safe URL, or a link to a place on the same page (``#section``)."""
    return is_safe_url(url) or bool(_IN_PAGE.fullmatch(url))
