"""Characters that no text from a session or camp file may carry.

Control characters are invisible and break the formats campdoc writes: a carriage return in
a camp's name would start a new line in a calendar file, where it could forge an event; a
NUL makes the feed unreadable XML. Bidirectional overrides make text read differently from
how it is stored ("Trojan Source"). Tabs and line breaks are fine where a field holds
paragraphs, and in the notes.
"""

from __future__ import annotations

import re
import unicodedata

from campdoc.core.printable import INVISIBLE

# C0 and C1 controls and DEL, bidirectional embeddings, overrides and isolates: the same
# characters a report writes out as escapes when a file name carries them.
_ALWAYS = INVISIBLE
# What a file campdoc writes shows as an escape (``\u202e``), never as itself: the characters
# above, the Unicode line separators, and the rest of what YAML does not allow in a file
# (U+FFFE, U+FFFF and the surrogates), which PyYAML refuses to read.
ESCAPED_IN_FILES = f"{_ALWAYS}\t\n\r\u2028\u2029\ud800-\udfff\ufffe\uffff"
# Also not in one-line texts: tab, line feed, carriage return and the Unicode separators.
_FORBIDDEN_IN_ONE_LINE = re.compile(f"[{_ALWAYS}\t\n\r\u2028\u2029]")
_FORBIDDEN_IN_PARAGRAPHS = re.compile(f"[{_ALWAYS}\r]")


def forbidden_character(text: str, multiline: bool) -> int:
    """The index of the first character ``text`` may not contain, or -1."""
    pattern = _FORBIDDEN_IN_PARAGRAPHS if multiline else _FORBIDDEN_IN_ONE_LINE
    match = pattern.search(text)
    return match.start() if match else -1


def describe_character(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE`` (or the control's name: line feed, tab …)."""
    names = {"\t": "TAB", "\n": "LINE FEED", "\r": "CARRIAGE RETURN", "\x00": "NUL"}
    name = names.get(char) or unicodedata.name(char, "CONTROL CHARACTER")
    return f"U+{ord(char):04X} {name}"
