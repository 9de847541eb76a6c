"""Print issues for people (text), machines (json) and pull requests (GitHub annotations)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

from campdoc.core.issues import Issue, Location, Severity
from campdoc.core.messages import Language, hint_of, message_of
from campdoc.core.printable import one_line, printable

Format = Literal["text", "json", "github", "gitlab"]

_SUMMARY = {
    "en": ("{errors} error{es}, {warnings} warning{ws} in {files} file{fs}",),
    "de": ("{errors} Fehler, {warnings} Warnung{ws} in {files} Datei{fs}",),
}
_LABELS = {
    "en": {"error": "error", "warning": "warning", "hint": "hint"},
    "de": {"error": "Fehler", "warning": "Warnung", "hint": "Tipp"},
}


# ANSI styles for a terminal; the command line decides whether its output is one.
_BOLD, _RED, _YELLOW = "1", "1;31", "1;33"


def _styled(text: str, style: str) -> str:
    return f"\x1b[{style}m{text}\x1b[0m"


def severity_label(issue: Issue, language: Language) -> str:
    """``error[CD202]`` / ``Fehler[CD202]``."""
    return f"{_LABELS[language][issue.severity.value]}[{issue.code}]"


def split_follow_ups(issues: Sequence[Issue]) -> tuple[list[Issue], list[Issue]]:
    """The issues to show, and the follow-ups hidden because their root cause is shown
    (a follow-up whose root is not among ``issues``, say outside the checked paths, stays)."""
    roots = {issue.location for issue in issues if issue.is_error and issue.follows is None}
    shown = [issue for issue in issues if issue.follows is None or issue.follows not in roots]
    hidden = [issue for issue in issues if issue.follows is not None and issue.follows in roots]
    return shown, hidden


def _where(location: Location) -> str:
    return f"{one_line(location.path)}:{location.line}"


def hidden_note(hidden: Sequence[Issue], language: Language) -> str:
    """``8 follow-up errors of sessions/x/camp.yaml:28 hidden`` (one line per root)."""
    counts = Counter(issue.follows for issue in hidden if issue.follows is not None)
    lines = []
    for root, count in sorted(counts.items(), key=lambda item: (item[0].path, item[0].line)):
        if language == "de":
            lines.append(f"{count} Folgefehler von {_where(root)} ausgeblendet; sie "
                         f"verschwinden meist, sobald der Fehler dort behoben ist.")
        else:
            lines.append(f"{count} follow-up error{'' if count == 1 else 's'} of "
                         f"{_where(root)} hidden; they usually go away once that error is "
                         f"fixed.")
    return "\n".join(lines)


def summary(issues: Sequence[Issue], files: int, language: Language,
            hidden: Sequence[Issue] = ()) -> str:
    """``2 errors, 1 warning in 14 files`` / ``2 Fehler, 1 Warnung in 14 Dateien``, after a
    line per root cause whose follow-up errors were hidden."""
    errors = sum(1 for issue in issues if issue.is_error)
    warnings = len(issues) - errors
    if language == "de":
        line = _SUMMARY["de"][0].format(errors=errors, warnings=warnings, files=files,
                                        ws="" if warnings == 1 else "en",
                                        fs="" if files == 1 else "en")
    else:
        line = _SUMMARY["en"][0].format(errors=errors, warnings=warnings, files=files,
                                        es="" if errors == 1 else "s",
                                        ws="" if warnings == 1 else "s",
                                        fs="" if files == 1 else "s")
    note = hidden_note(hidden, language)
    return f"{note}\n{line}" if note else line


def format_text(issue: Issue, language: Language, colour: bool) -> str:
    """``path:line:col: error[CD202] message`` and an indented hint line; a file name or a
    value cannot add a line of its own (`one_line`)."""
    where = f"{one_line(issue.location.path)}:{issue.location.line}:{issue.location.column}"
    label = _LABELS[language][issue.severity.value]
    head = f"{label}[{issue.code}]"
    if colour:
        where = _styled(where, _BOLD)
        head = _styled(head, _RED if issue.is_error else _YELLOW)
    text = f"{where}: {head} {one_line(message_of(issue, language))}"
    hint = hint_of(issue, language)
    if hint:
        text += f"\n  {_LABELS[language]['hint']}: {one_line(hint)}"
    return text


def format_report(issues: Sequence[Issue], files: int, language: Language,
                  colour: bool) -> str:
    """What `campdoc check` prints for people: each issue shown (follow-ups of a shown
    root cause hidden, and counted in the summary), then the summary line."""
    shown, hidden = split_follow_ups(issues)
    return "\n".join([*(format_text(issue, language, colour) for issue in shown),
                      summary(shown, files, language, hidden)])


def _record(issue: Issue, language: Language) -> dict[str, Any]:
    record: dict[str, Any] = {
        "path": printable(issue.location.path),
        "line": issue.location.line,
        "column": issue.location.column,
        "severity": issue.severity.value,
        "code": issue.code,
        "field": printable(issue.field),
        "message": printable(message_of(issue, language)),
        "hint": printable(hint_of(issue, language)),
    }
    if issue.follows is not None:
        record["follows"] = {"path": printable(issue.follows.path), "line": issue.follows.line,
                             "column": issue.follows.column}
    return record


def format_json(issues: Sequence[Issue], files: int, language: Language) -> str:
    """A stable JSON document: the issues shown to people, the follow-ups hidden from them
    (each naming its root cause under ``follows``), and the counts of the shown ones."""
    shown, hidden = split_follow_ups(issues)
    errors = sum(1 for issue in shown if issue.is_error)
    return json.dumps({"issues": [_record(issue, language) for issue in shown],
                       "hidden": [_record(issue, language) for issue in hidden],
                       "errors": errors, "warnings": len(shown) - errors,
                       "files": files}, ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(issue: Issue, language: Language) -> str:
    """A workflow command, so the pull request shows the message on the right line."""
    command = "error" if issue.severity is Severity.ERROR else "warning"
    properties = ",".join([
        f"file={_escape_property(one_line(issue.location.path))}",
        f"line={issue.location.line}",
        f"col={issue.location.column}",
        f"title={_escape_property(issue.code)}",
    ])
    message = one_line(message_of(issue, language))
    hint = hint_of(issue, language)
    if hint:
        message += f"\n{one_line(hint)}"
    return f"::{command} {properties}::{_escape_data(message)}"


def format_gitlab(issues: Sequence[Issue], language: Language) -> str:
    """A GitLab code quality report (Code Climate JSON), shown in the merge request;
    follow-ups of a reported error are left out, as in the text report."""
    records = []
    for issue in split_follow_ups(issues)[0]:
        message = printable(message_of(issue, language))
        path = printable(issue.location.path)
        fingerprint = hashlib.sha1(  # noqa: S324 - an identifier, not security
            f"{path}:{issue.location.line}:{issue.code}:{message}".encode(),
        ).hexdigest()
        records.append({
            "description": f"{issue.code}: {message}",
            "check_name": issue.code,
            "fingerprint": fingerprint,
            "severity": "major" if issue.is_error else "minor",
            "location": {"path": path,
                         "lines": {"begin": issue.location.line}},
        })
    return json.dumps(records, ensure_ascii=False, indent=2)
