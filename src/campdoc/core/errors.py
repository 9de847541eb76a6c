"""Failures the user caused and can fix: an unwritable output folder, an unknown camp.

They carry a message, a hint and an exit code; the command line prints them without a
traceback. Bugs are not wrapped in them: they stay tracebacks so that they get fixed.

An error made with `CampdocError.said` names a phrase of the catalogue
(`campdoc.core.phrases`), so the command line can show it in the project's language;
``message`` and ``hint`` hold its English wording for logs and tests.
"""

from __future__ import annotations

import errno
from typing import Self

from campdoc.core.phrases import has_phrase, phrase


class CampdocError(Exception):
    """A failure the user caused and can fix; exit code 1."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "", *, key: str = "",
                 params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.key = key
        self.params = params or {}

    @classmethod
    def said(cls, key: str, **params: object) -> Self:
        """The error worded by the catalogue's phrase ``key`` (and ``key.hint``, if any)."""
        hint = f"{key}.hint"
        return cls(phrase("en", key, **params),
                   phrase("en", hint, **params) if has_phrase(hint) else "",
                   key=key, params=params)

    def text(self, language: str) -> tuple[str, str]:
        """The message and the hint in ``language`` (English for errors without a phrase)."""
        if not self.key:
            return self.message, self.hint
        hint = f"{self.key}.hint"
        return (phrase(language, self.key, **self.params),
                phrase(language, hint, **self.params) if has_phrase(hint) else "")


class UsageProblem(CampdocError):
    """The command was called in a way that cannot work (a missing tool, a bad ref); exit 2."""

    exit_code = 2


# What the operating system says about a file, for the errors that come from the user's
# machine rather than from campdoc: a folder that is read-only, a file another program
# holds open, a full disk. Others (a bad file descriptor, say) are bugs and stay tracebacks.
_FILE_PROBLEMS = {
    errno.EACCES: "os.denied", errno.EPERM: "os.denied", errno.EROFS: "os.read_only",
    errno.ENOSPC: "os.full", errno.EDQUOT: "os.full", errno.ENOENT: "os.missing",
    errno.EBUSY: "os.busy", errno.ETXTBSY: "os.busy", errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder", errno.ENAMETOOLONG: "os.name_too_long",
    errno.ELOOP: "os.loop", errno.EEXIST: "os.exists", errno.ENOTEMPTY: "os.not_empty",
    errno.EIO: "os.broken",
}


def file_problem(error: OSError) -> CampdocError | None:
    """An `OSError` about a named file as a `CampdocError`, or None when it is not one that
    the user's machine caused."""
    key = _FILE_PROBLEMS.get(error.errno or 0)
    if key is None or error.filename is None:
        return None
    return CampdocError.said(key, path=str(error.filename))
