"""Before ``import pad`` writes its session file: what `check` would refuse for its length
goes to the notes, so the file passes `check` at once.

A pad has no limits, a session's fields do (the schema's: a title of at most 200 characters,
a question of at most 300, at most 30 tags …). The limits are not repeated here: the draft
is written and checked as `check` would, and every part that `check` finds too long is taken
out of its field and kept in the notes, with a warning (CD509). A title is shortened at a
word instead, and kept in full in the notes (CD510). A file that would still fail (a control
character in the notes, say) is not written at all.
"""

from __future__ import annotations

import re

from campdoc.authoring.scaffold import HostInput, SessionDraft, session_text
from campdoc.content.validate import session_text_errors
from campdoc.core.errors import CampdocError
from campdoc.core.issues import Issue, Location
from campdoc.core.messages import message_of

MOVED = "CD509"
TITLE_SHORTENED = "CD510"
TOO_LONG = "CD217"
_LISTS = ("hosts", "questions", "insights", "open_questions", "next_steps", "tags",
          "documented_by")
_PATH = re.compile(r"^(?P<field>[a-z_]+)(?:\[(?P<number>\d+)\])?")
_SHOWN = 60  # characters of a moved part quoted in a warning
_CHECKED_AS = "session.md"  # only the text is checked; the name does not matter

WORDS = {
    "de": {"refused": "Aus '{name}' würde eine Sessiondatei, die 'campdoc check' nicht "
                      "besteht; sie wurde nicht angelegt: {problems}",
           "hint": "Korrigiere diese Stellen im Export und importiere ihn erneut."},
    "en": {"refused": "'{name}' would give a session file that fails 'campdoc check'; it "
                      "was not created: {problems}",
           "hint": "Correct these places in the export and import it again."},
}


class PadRefused(CampdocError):
    """The pad's session file would fail `check` even after the moves; nothing is written."""

    def __init__(self, name: str, problems: list[Issue]) -> None:
        self.name, self.problems = name, problems
        super().__init__(*self.text("en"))

    def text(self, language: str) -> tuple[str, str]:
        words = WORDS["de" if language == "de" else "en"]
        found = "; ".join(message_of(issue, "de" if language == "de" else "en")
                          for issue in self.problems)
        return words["refused"].format(name=self.name, problems=found), words["hint"]


def fit_for_check(draft: SessionDraft, camp_id: str, language: str, name: str,
                  headings: dict[str, str]) -> list[Issue]:
    """Move what is too long for its field into the notes of ``draft`` (the pad ``name``;
    ``headings`` are the pad's words for the fields, "Fragen" for questions); the warnings.
    Raises `PadRefused` when the file would still fail `check`."""
    warnings: list[Issue] = []
    while True:
        problems = session_text_errors(session_text(draft, language), _CHECKED_AS, camp_id)
        if not problems:
            return warnings
        moves = {move: issue for issue in problems if (move := _movable(issue))}
        if not moves:
            raise PadRefused(name, problems)
        for target, number in sorted(moves, key=lambda move: -move[1]):  # numbers stay true
            warnings += _move(draft, target, number, moves[target, number], name, headings)


def _movable(issue: Issue) -> tuple[str, int] | None:
    """(field, entry number from 1, or 0 for too many entries) of a part too long to stay.
    Room and slot are the camp's own (`import_pad`), never longer than a session's may be."""
    path = _PATH.match(issue.field)
    if issue.code != TOO_LONG or path is None:
        return None
    target, number = path["field"], int(path["number"] or 0)
    if target == "title":
        return target, 0
    if target not in _LISTS or (not number and issue.params.get("units") != "entries"):
        return None
    return target, number


def _move(draft: SessionDraft, target: str, number: int, problem: Issue, name: str,
          headings: dict[str, str]) -> list[Issue]:
    limit = problem.params["limit"]  # CD217 always says it
    where = Location(name)
    if target == "title":
        full, draft.title = draft.title, _shortened(draft.title, int(limit))
        _add_to_notes(draft, "", [full], first=True)
        return [Issue(TITLE_SHORTENED, where, "title",
                      {"found": str(len(full)), "limit": limit, "title": _quoted(draft.title)})]
    entries: list[str | tuple[str, list[str]] | HostInput] = getattr(draft, target)
    if number:
        moved_entries = [entries.pop(number - 1)]
    else:  # too many entries: the ones beyond the limit
        moved_entries = entries[int(limit):]
        del entries[int(limit):]
    lines = [line for entry in moved_entries for line in _as_items(entry)]
    _add_to_notes(draft, headings.get(target, target), lines)
    return [Issue(MOVED, where, target,
                  {"found": _quoted(" ".join(_as_text(entry) for entry in moved_entries)),
                   "limit": limit, "units": problem.params.get("units", "characters")})]


def _shortened(title: str, limit: int) -> str:
    """The title cut before the last word that does not fit whole, with "…"."""
    cut = title[:limit - 1]
    if not title[limit - 1].isspace() and " " in cut.strip():
        cut = cut[:cut.rstrip().rfind(" ")]  # the last word did not fit whole
    return cut.rstrip() + "…"


def _as_text(entry: str | tuple[str, list[str]] | HostInput) -> str:
    if isinstance(entry, HostInput):
        return f"{entry.name} ({entry.organization})" if entry.organization else entry.name
    if isinstance(entry, tuple):
        return " ".join([entry[0], *entry[1]])
    return entry


def _as_items(entry: str | tuple[str, list[str]] | HostInput) -> list[str]:
    if isinstance(entry, tuple):  # a group of insights keeps its shape
        return [f"- {entry[0]}", *(f"    - {point}" for point in entry[1])]
    return [f"- {_as_text(entry)}"]


def _add_to_notes(draft: SessionDraft, heading: str, lines: list[str], *,
                  first: bool = False) -> None:
    part = "\n".join([f"## {heading}", "", *lines] if heading else lines)
    parts = [part, draft.body] if first else [draft.body, part]
    draft.body = "\n\n".join(text for text in parts if text.strip())


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1].rstrip() + "…"
