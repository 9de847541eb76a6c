"""Validation findings as values: every check yields `Issue`s, nothing raises on bad content."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from campdoc.core.messages import Severity, severity_of

__all__ = ["Issue", "Location", "Severity", "count_errors", "sorted_issues"]


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a source file; line and column are 1-based, as editors show them."""

    path: str
    line: int = 1
    column: int = 1


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding: a stable code, where it is, and the values its message is built from."""

    code: str
    location: Location
    field: str = ""
    params: dict[str, str] = dataclasses.field(default_factory=dict, hash=False)
    # The error this one only follows from (an unknown room when camp.yaml's rooms are
    # broken): reports hide it while that error is shown, and count it.
    follows: Location | None = None

    @property
    def severity(self) -> Severity:
        return severity_of(self.code)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.location.path, self.location.line, self.location.column, self.code)


def sorted_issues(issues: Iterable[Issue]) -> list[Issue]:
    """Issues in file order, then line, then column: the order a reader fixes them in."""
    return sorted(issues, key=Issue.sort_key)


def count_errors(issues: Iterable[Issue]) -> int:
    return sum(1 for issue in issues if issue.is_error)
