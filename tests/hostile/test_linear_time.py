"""Threat: notes written so that reading them takes quadratic time, which turns a 10 MiB
file (the size limit) into days of `check`, `build` and `serve`.

The test times nothing: it counts the Python lines executed while a body is parsed, checked
and rendered, for an input and for one twice as long. Linear work about doubles; quadratic
work quadruples. Counting is exact and the same on every machine.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from campdoc.content.load import session_source
from campdoc.content.markdown import parse_body, render_body
from campdoc.content.validate import to_session

PATTERNS: dict[str, Callable[[int], str]] = {
    "repeated headings": lambda n: "# Titel\n\n" * n,
    "headings that look numbered": lambda n: "".join(f"## a\n\n## a {i}\n\n" for i in range(n)),
    "task list": lambda n: "- [ ] offen\n- [x] erledigt\n" * n,
    "nested task lists": lambda n: "".join("  " * (i % 8) + "- [ ] x\n" for i in range(n)),
    "footnotes": lambda n: "".join(f"Satz[^{i}]\n\n[^{i}]: Fußnote\n\n" for i in range(n)),
    "inline footnotes": lambda n: "^[Notiz] " * n,
    "emphasis": lambda n: "*a _b " * n,
    "brackets": lambda n: "[" * n + "]" * n,
    "links": lambda n: "[a](https://example.org/) " * n,
    "link references": lambda n: "".join(f"[r{i}]: https://example.org/{i}\n" for i in range(n)),
    "wide table": lambda n: "|" + "a|" * n + "\n|" + "-|" * n + "\n|" + "x|" * n + "\n",
    "long table": lambda n: "|a|b|\n|-|-|\n" + "|x|y|\n" * n,
    "raw html": lambda n: "<span onclick=x>t</span> <b " * n,
    "quotes": lambda n: "> a\n" * n,
    "backticks": lambda n: "`a `` b " * n,
    "entities": lambda n: "&amp; &#x41; &bogus; " * n,
}


def _lines_executed(work: Callable[[], object]) -> int:
    count = 0

    def tracer(frame: object, event: str, arg: object) -> Callable[..., object]:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def _check_and_render(body: str) -> None:
    parse_body.cache_clear()
    text = "---\ntitle: T\nhosts: [{name: A}]\ninsights: [x]\n---\n" + body
    source = session_source(text, "s.md", "s.md")
    session = to_session(source, "camp")
    assert session is not None
    render_body(session.parsed)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_checking_and_rendering_notes_takes_linear_work(pattern: str) -> None:
    make = PATTERNS[pattern]
    small = _lines_executed(lambda: _check_and_render(make(400)))
    large = _lines_executed(lambda: _check_and_render(make(800)))
    assert small > 1000  # the work was counted at all
    assert large / small < 2.3, f"{pattern}: {small} → {large} lines"
