"""Failures the user caused and can fix: an unwritable output folder, an unknown camp.

They carry a message, a hint and an exit code; the command line prints them without a
traceback. Bugs are not wrapped in them: they stay tracebacks so that they get fixed.
"""

from __future__ import annotations


class CampdocError(Exception):
    """A failure the user caused and can fix; exit code 1."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageProblem(CampdocError):
    """The command was called in a way that cannot work (a missing tool, a bad ref); exit 2."""

    exit_code = 2
