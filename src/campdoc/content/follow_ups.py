"""Errors that only follow from another one: one broken line in camp.yaml must not bury the
real problems under ten "the camp has no room …" messages.

A follow-up stays an `Issue` (so JSON output and the exit status keep it); it records the
location of its root cause in ``follows``, and reports hide it while that root is shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from campdoc.content.convert import field_value
from campdoc.content.frontmatter import Mapping, Node, Sequence
from campdoc.content.load import SourceFile
from campdoc.content.model import Camp
from campdoc.core.issues import Issue, Location, sorted_issues

# What a session names, the camp.yaml field that defines it, and the issue saying the camp
# has none at all: an unknown room follows from broken or missing rooms, a slot from slots.
_LISTS = (("CD301", "rooms", "CD314"), ("CD302", "slots", "CD315"))
_SHOWN_NAMES = 6


def _value(camp_file: SourceFile, name: str) -> Node | None:
    """The value camp.yaml gives field ``name`` (also under a renamed key), if any."""
    if not isinstance(camp_file.node, Mapping):
        return None
    return field_value(camp_file.node, name, camp_file.renamed)


def _broken(camp_file: SourceFile, name: str, kept: int) -> Location | None:
    """Where the first error of camp.yaml's list ``name`` is, when that error dropped
    entries from it (a duplicate room or a slot ending early drops none). Conversion drops
    an entry only with an error under ``name`` or ``name[i]``, so the errors decide."""
    errors = sorted_issues(issue for issue in camp_file.issues if issue.is_error and (
        issue.field == name or issue.field.startswith(f"{name}[")))
    node = _value(camp_file, name)
    if not errors or (isinstance(node, Sequence) and len(node.items) == kept):
        return None
    return errors[0].location


def _names(issues: list[Issue]) -> str:
    names = list(dict.fromkeys(issue.params["found"] for issue in issues))
    shown = ", ".join(names[:_SHOWN_NAMES])
    return shown + (", …" if len(names) > _SHOWN_NAMES else "")


def mark_follow_ups(issues: Iterable[Issue], camp: Camp, camp_file: SourceFile) -> list[Issue]:
    """The cross-file ``issues`` of one camp, with those that only follow from a problem
    of its camp.yaml marked as such; and, where the camp lists no rooms (slots) at all
    but sessions name some, one issue saying so, which they then follow from."""
    issues = list(issues)
    result = [issue for issue in issues if issue.code not in {code for code, _, _ in _LISTS}]
    for code, name, none_code in _LISTS:
        unknown = [issue for issue in issues if issue.code == code]
        if not unknown:
            continue
        listed = getattr(camp.meta, name)
        root = _broken(camp_file, name, len(listed))
        if root is None and not listed:
            node = _value(camp_file, name)
            root = Location(camp_file.path, node.line if node else 1, node.column if node else 1)
            count = len({issue.location.path for issue in unknown})
            plural = "" if count == 1 else "s"
            result.append(Issue(none_code, root, name, {
                "found": _names(unknown), "example": unknown[0].params["found"],
                "sessions": f"{count} session{plural}",
                "sessions_de": f"{count} Session{plural}"}))
        result += [dataclasses.replace(issue, follows=root) for issue in unknown]
    return result
