"""Which imported text names a person: the one rule for hosts and for who documented.

A host is written ``Name``, ``Name (Organisation)``, ``Name, Organisation`` or ``Name –
Organisation``. Anything else (a label with a colon, a sentence, numbers in the name, more
than five words) is not taken for a person: a wrong name published as a host is worse than
a host the documenter fills in by hand.
"""

from __future__ import annotations

import re

from campdoc.authoring.scaffold import HostInput

_HOST = re.compile(r"^(?P<name>[^(),–—]+?)\s*(?:\((?P<org1>[^)]+)\)|"
                   r"(?:,|\s[–—-]\s|[–—])\s*(?P<org2>.+))?$")
# Lower-case words that belong to names: "Anna von der Heide", "Lisa de Vries".
_PARTICLES = frozenset({"von", "vom", "van", "de", "der", "den", "des", "di", "da", "du", "la",
                        "le", "zu", "zur", "ten", "ter", "del", "dos", "el", "al", "bin", "y"})
# Marks of labels, markup, links, sentences and tables, which no name or organisation has.
_NOT_IN_A_HOST = re.compile(r"\*\*|__|[`:|·=\[\]{}<>#?!@\\]|https?:|www\.")
# A word of a name: "Anna-Lena", "O'Brien", an initial "A." or a title "Dr.", "Prof.".
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$|^[^\W\d_]{1,4}\.$")
MAX_LINE = 300  # characters: names and an organisation, never a paragraph
MAX_NAME_WORDS = 5
MAX_ORGANISATION_WORDS = 12
# Between several people on one line: ';', ',', '/', '&', '+' or the word "und"/"and", and
# parentheses, inside which nothing separates ("Anna (Sport und Kultur)" is one person).
_PEOPLE_MARKS = re.compile(r"[()]|[;,/&+]|(?<!\S)(?:und|and)(?!\S)")


def _is_name(name: str) -> bool:
    words = name.split()
    if not words or words[0] in _PARTICLES:
        return False
    if sum(1 for word in words if word not in _PARTICLES) > MAX_NAME_WORDS:
        return False
    for word in words:
        if word in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper():
            return False
    return any(len(word.rstrip(".")) > 1 for word in words)


def split_people(text: str) -> list[str]:
    """The parts of a line that names several people (``Anna (Verein, Ort); Ben und Cem``
    gives three), each stripped; one pass over the line, however long it is."""
    parts: list[str] = []
    depth = start = 0
    for mark in _PEOPLE_MARKS.finditer(text):
        if mark[0] == "(":
            depth += 1
        elif mark[0] == ")":
            depth = max(0, depth - 1)
        elif not depth:
            parts.append(text[start:mark.start()])
            start = mark.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def host_of(text: str) -> HostInput | None:
    """The host that ``text`` names, or None when it is not clearly a person."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_LINE or _NOT_IN_A_HOST.search(text):
        return None
    match = _HOST.match(text)
    if not match or not _is_name(match["name"]):
        return None
    organisation = (match["org1"] or match["org2"] or "").strip()
    words = organisation.split()
    # "Uwe, der das Projekt leitet" goes on as a sentence; "ver.di" and "AWO Kassel" do not.
    if len(words) > MAX_ORGANISATION_WORDS or (words and words[0].islower()
                                                  and "." not in words[0]):
        return None
    return HostInput(match["name"].strip(), organisation)


def hosts_of(text: str) -> list[HostInput] | None:
    """The hosts a line names (``Anna (Verein); Ben`` or ``Anna und Ben``), or None unless
    every part is clearly a person."""
    whole = host_of(text)
    if whole is not None:
        return [whole]
    if len(text) > MAX_LINE:
        return None
    parts = split_people(text)
    hosts = [host_of(part) for part in parts]
    if len(parts) < 2 or any(host is None for host in hosts):
        return None
    return [host for host in hosts if host is not None]


def names_of(text: str) -> list[str] | None:
    """The people a line names without organisations (``Jonas Weber, Lea Sommer``), as
    written, or None unless every part is clearly a person."""
    if len(text) > MAX_LINE:
        return None
    parts = split_people(text)
    hosts = [host_of(part) for part in parts]
    if not parts or any(host is None for host in hosts):
        return None
    return [" ".join(part.split()) for part in parts]


def parse_host(text: str) -> HostInput:
    """``Anna Beispiel (Verein X)`` or ``Anna Beispiel, Verein X``, for a cell that is meant
    to hold a host (a session plan's host column): split, but not judged."""
    match = _HOST.match(" ".join(text.split()))
    if not match:
        return HostInput(text.strip())
    return HostInput(match["name"].strip(), (match["org1"] or match["org2"] or "").strip())
