"""What the browser overlay of ``campdoc serve`` shows when a save broke the build.

Not the terminal's text: for each error its file, line and column, the message and hint in
the project's language, and the offending line of the file with a marker under the column,
as an editor would show it. The page renders it with textContent only: the content of a
session file is untrusted.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from campdoc.core.errors import CampdocError
from campdoc.core.issues import Issue
from campdoc.core.messages import Language, hint_of, message_of
from campdoc.core.phrases import phrase
from campdoc.core.printable import one_line
from campdoc.core.report import severity_label, split_follow_ups, summary

Problem = dict[str, object]
# A longer line is cut to this many characters around the marked column.
SOURCE_WIDTH = 160
MAX_SOURCE_BYTES = 2 * 1024 * 1024


def source_line(root: Path, path: str, line: int) -> str | None:
    """Line ``line`` of the project file ``path``; None when there is no such readable line."""
    try:
        file = (root / path).resolve()
        if not file.is_relative_to(root.resolve()) or not file.is_file() \
                or file.stat().st_size > MAX_SOURCE_BYTES:
            return None
        lines = file.read_bytes().decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    if not 1 <= line <= len(lines):
        return None
    # One character per column, so the marker stays under it.
    return "".join(" " if char == "\t" or not char.isprintable() else char
                   for char in lines[line - 1].removeprefix("\ufeff"))


def _cut(text: str, column: int) -> tuple[str, int]:
    """The part of a long line around ``column`` (1-based), and the column within it."""
    if len(text) <= SOURCE_WIDTH:
        return text, column
    start = max(0, min(column - 1 - SOURCE_WIDTH // 2, len(text) - SOURCE_WIDTH))
    part = text[start:start + SOURCE_WIDTH]
    return ("…" + part if start else part), column - start + (1 if start else 0)


def _item(root: Path, issue: Issue, language: Language) -> dict[str, object]:
    where = issue.location
    item: dict[str, object] = {
        "where": f"{one_line(where.path)}:{where.line}:{where.column}",
        "label": severity_label(issue, language),
        "message": one_line(message_of(issue, language)),
        "hint": one_line(hint_of(issue, language)),
    }
    text = source_line(root, where.path, where.line)
    if text is not None:
        item["line"] = where.line
        item["source"], item["column"] = _cut(text, max(1, where.column))
    return item


def issues_problem(root: Path, issues: Sequence[Issue], language: Language) -> Problem:
    """The overlay for a build that stopped on these issues: the errors, without those that
    only follow from another one shown (they are counted in the summary)."""
    shown, hidden = split_follow_ups(issues)
    errors = [issue for issue in shown if issue.is_error]
    return {"title": phrase(language, "overlay.title"),
            "note": phrase(language, "overlay.note"),
            "issues": [_item(root, issue, language) for issue in errors],
            "summary": summary(shown, len({issue.location.path for issue in issues}),
                               language, hidden)}


def error_problem(error: CampdocError, language: Language) -> Problem:
    """The overlay for a build that could not run at all (an unwritable folder, say)."""
    message, hint = error.text(language)
    return {"title": phrase(language, "overlay.title"), "note": phrase(language, "overlay.note"),
            "issues": [{"where": "", "label": "", "message": message, "hint": hint}],
            "summary": ""}
