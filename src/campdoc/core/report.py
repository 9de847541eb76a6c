"""Print issues for people (text), machines (json) and pull requests (GitHub annotations)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Literal

from campdoc.core.issues import Issue, Severity
from campdoc.core.messages import Language, hint_of, message_of

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


def summary(issues: Sequence[Issue], files: int, language: Language) -> str:
    """``2 errors, 1 warning in 14 files`` / ``2 Fehler, 1 Warnung in 14 Dateien``."""
    errors = sum(1 for issue in issues if issue.is_error)
    warnings = len(issues) - errors
    if language == "de":
        return _SUMMARY["de"][0].format(errors=errors, warnings=warnings, files=files,
                                        ws="" if warnings == 1 else "en",
                                        fs="" if files == 1 else "en")
    return _SUMMARY["en"][0].format(errors=errors, warnings=warnings, files=files,
                                    es="" if errors == 1 else "s", ws="" if warnings == 1 else "s",
                                    fs="" if files == 1 else "s")


def format_text(issue: Issue, language: Language, colour: bool) -> str:
    """``path:line:col: error[CD202] message`` and an indented hint line."""
    where = f"{issue.location.path}:{issue.location.line}:{issue.location.column}"
    label = _LABELS[language][issue.severity.value]
    head = f"{label}[{issue.code}]"
    if colour:
        where = _styled(where, _BOLD)
        head = _styled(head, _RED if issue.is_error else _YELLOW)
    text = f"{where}: {head} {message_of(issue, language)}"
    hint = hint_of(issue, language)
    if hint:
        text += f"\n  {_LABELS[language]['hint']}: {hint}"
    return text


def format_json(issues: Sequence[Issue], files: int, language: Language) -> str:
    """A stable JSON document of all issues and the counts."""
    records = [
        {
            "path": issue.location.path,
            "line": issue.location.line,
            "column": issue.location.column,
            "severity": issue.severity.value,
            "code": issue.code,
            "field": issue.field,
            "message": message_of(issue, language),
            "hint": hint_of(issue, language),
        }
        for issue in issues
    ]
    errors = sum(1 for issue in issues if issue.is_error)
    return json.dumps({"issues": records, "errors": errors, "warnings": len(issues) - errors,
                       "files": files}, ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(issue: Issue, language: Language) -> str:
    """A workflow command, so the pull request shows the message on the right line."""
    command = "error" if issue.severity is Severity.ERROR else "warning"
    properties = ",".join([
        f"file={_escape_property(issue.location.path)}",
        f"line={issue.location.line}",
        f"col={issue.location.column}",
        f"title={_escape_property(issue.code)}",
    ])
    message = message_of(issue, language)
    hint = hint_of(issue, language)
    if hint:
        message += f"\n{hint}"
    return f"::{command} {properties}::{_escape_data(message)}"


def format_gitlab(issues: Sequence[Issue], language: Language) -> str:
    """A GitLab code quality report (Code Climate JSON), shown in the merge request."""
    records = []
    for issue in issues:
        message = message_of(issue, language)
        fingerprint = hashlib.sha1(  # noqa: S324 - an identifier, not security
            f"{issue.location.path}:{issue.location.line}:{issue.code}:{message}".encode(),
        ).hexdigest()
        records.append({
            "description": f"{issue.code}: {message}",
            "check_name": issue.code,
            "fingerprint": fingerprint,
            "severity": "major" if issue.is_error else "minor",
            "location": {"path": issue.location.path,
                         "lines": {"begin": issue.location.line}},
        })
    return json.dumps(records, ensure_ascii=False, indent=2)
