"""iCalendar content lines written directly: the few properties campdoc's events and
calendars carry, escaped and folded exactly as the icalendar library writes them.

Building a component with icalendar and serializing it folded every line character by
character, and that was most of the export's time (0.8 s of CPU per 1,000 sessions). The
rules here are the small part of RFC 5545 that campdoc needs. A property test compares
every line with icalendar's own output, byte for byte, and the export tests read the
files back with icalendar and vobject.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import icalendar
from icalendar.parser import dquote
from icalendar.timezone import tzid_from_dt

FOLD_AT = 75  # octets; like icalendar, a first line stays below it and a folded one reaches it
FOLD = "\r\n "
# icalendar keeps a backslash escape on one line: folding never ends a line with these.
_ESCAPE_STARTS = b"\\^"


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped."""
    return (text.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;")
            .replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
            .replace("\r", "\\n"))


def fold(line: str) -> str:
    """A content line folded into parts of at most 75 octets (RFC 5545 3.1).

    Each part is the longest run of whole characters that fits, found on the UTF-8 bytes
    (backing off from the limit to the start of a character) instead of character by
    character; a part never ends with the backslash of an escape.
    """
    data = line.encode("utf-8")
    if len(data) < FOLD_AT:
        return line  # the usual case
    parts: list[bytes] = []
    start = 0
    while len(data) - start >= FOLD_AT:
        end = start + FOLD_AT - 1
        while data[end] & 0xC0 == 0x80:  # a continuation byte: the character began earlier
            end -= 1
        # A part is at least 71 octets (74, less at most 3 of a character), so backing off
        # one octet never leaves it empty.
        if data[end - 1] in _ESCAPE_STARTS:
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode("utf-8")


def line(name: str, value: str, parameters: str = "") -> str:
    """One folded content line with its CRLF; ``value`` is already in iCalendar form."""
    return fold(f"{name}{parameters}:{value}") + "\r\n"


def text_line(name: str, value: str) -> str:
    return line(name, escape_text(value))


def list_line(name: str, values: Iterable[str]) -> str:
    """A property with several TEXT values (CATEGORIES)."""
    return line(name, ",".join(escape_text(value) for value in values))


def _stamp(moment: dt.datetime | dt.date) -> str:
    if isinstance(moment, dt.datetime):
        return (f"{moment.year:04}{moment.month:02}{moment.day:02}"
                f"T{moment.hour:02}{moment.minute:02}{moment.second:02}")
    return f"{moment.year:04}{moment.month:02}{moment.day:02}"


def time_line(name: str, moment: dt.datetime | dt.date) -> str:
    """DTSTART, DTEND or DTSTAMP: a day, a UTC time or a local time with its zone's id."""
    if not isinstance(moment, dt.datetime):
        return line(name, _stamp(moment), ";VALUE=DATE")
    if moment.tzinfo is not None and is_utc(moment):
        return line(name, _stamp(moment) + "Z")
    tzid = tzid_from_dt(moment)  # None for a naive time too
    if tzid is None:  # a floating time, as icalendar writes a zone it cannot name
        return line(name, _stamp(moment))
    return line(name, _stamp(moment), f";TZID={dquote(tzid)}")


def is_utc(moment: dt.datetime) -> bool:
    """Whether icalendar writes this time with ``Z``: its rule, not a copy of it."""
    return bool(icalendar.vDatetime(moment).is_utc())
