"""What an import did, for the command to print: files created, and issues for what was
skipped (already there) or refused (with errors)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from campdoc.core.issues import Issue

ALREADY_EXISTS = "CD503"


@dataclass(slots=True)
class ImportResult:
    """The outcome of one import; ``encoding`` is the one the file was read with."""

    created: list[Path] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    encoding: str = "utf-8"

    @property
    def skipped(self) -> int:
        """Entries whose file already existed and was left as it is."""
        return sum(1 for issue in self.issues if issue.code == ALREADY_EXISTS)

    @property
    def refused(self) -> int:
        """Entries that were not imported because of an error."""
        return sum(1 for issue in self.issues if issue.is_error)
