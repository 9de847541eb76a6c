"""File names and other outside text, made safe to show: one readable line of valid UTF-8.

Linux allows any byte but ``/`` in a file name, and a pull request can bring such a name.
Python keeps bytes that are not UTF-8 as lone surrogates, which no UTF-8 output can take (a
German desktop's terminal stops with a traceback, a JSON reader refuses the report). A line
feed in a name starts a new line of output, so ``x.md\\n::error file=README.md::fake`` would
print a line that GitHub Actions takes for an annotation of its own; a carriage return
overwrites the line on a terminal. Every value put into a line for people goes through
`one_line`; JSON writers, whose encoder escapes control characters itself, use `printable`.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, bidirectional embeddings, overrides and isolates.
INVISIBLE = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
# What ends a line somewhere: a terminal, a CI log, an editor (tab: it only looks like one).
LINE_BREAKS = "\t\n\r\u2028\u2029"
_UNSHOWABLE = re.compile(f"[{INVISIBLE}{LINE_BREAKS}]")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


# A lone surrogate that is no file name's byte (U+D800–U+DC7F, U+DD00–U+DFFF): a JSON
# file can write one as "\\ud800", and surrogateescape would stop on it.
_OTHER_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def printable(text: str) -> str:
    """``text`` with the bytes of a file name that is not UTF-8 written as ``\\xff``, and
    any other lone surrogate as ``\\ud800``."""
    text = _OTHER_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _SHORT.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100
                                else f"\\u{ord(char):04x}")


def one_line(text: object) -> str:
    """``text`` as one line of valid UTF-8: bytes that are not UTF-8 as ``\\xff``, line
    breaks, tabs and invisible characters as ``\\n``, ``\\t``, ``\\u202e``."""
    return _UNSHOWABLE.sub(_escape, printable(str(text)))


def fill(template: str, **values: object) -> str:
    """``template.format(**values)`` with every value shown by `one_line`: a sentence's own
    line breaks stay, a value cannot add one."""
    return template.format(**{name: value if isinstance(value, (int, float)) else
                              one_line(value) for name, value in values.items()})
