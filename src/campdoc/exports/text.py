"""Plain text for the exports (calendar entries and schedule events), from the Markdown.
Descriptions use ``content.markdown.plain_text``, as the pages' meta descriptions do."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from campdoc.content.fieldtypes import Insight
from campdoc.content.markdown import inline_text
from campdoc.content.model import Session


def _points(points: Iterable[Insight], depth: int = 0) -> Iterator[str]:
    for point in points:
        if isinstance(point, str):
            yield "  " * depth + "• " + inline_text(point)
        else:
            yield "  " * depth + "• " + inline_text(point.heading)
            yield from _points(point.items, depth + 1)


def session_summary_text(session: Session, hosts: str, labels: dict[str, str]) -> str:
    """Subtitle, hosts, then questions, key insights and open questions as bullet lists."""
    meta = session.meta
    lines = [meta.subtitle, hosts]
    for key, points in (("questions", meta.questions), ("insights", meta.insights),
                        ("open_questions", meta.open_questions)):
        if points:
            lines += ["", labels[key] + ":", *_points(points)]
    return "\n".join(lines).strip()
