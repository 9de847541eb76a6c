"""What 'safe output' means, checked on parsed HTML rather than by string search."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

OUR_SCRIPTS = frozenset({"campdoc.js", "search.js", "minisearch.js", "search-index.js"})
FORBIDDEN_ELEMENTS = frozenset({"iframe", "object", "embed", "svg", "math", "frame", "base",
                                "form-with-action", "meta-refresh"})
SAFE_SCHEME = re.compile(r"^(https?:|mailto:|#|[^:]*$)", re.IGNORECASE)
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "poster", "data",
                            "xlink:href", "srcset", "background"})


class _SafetyChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in FORBIDDEN_ELEMENTS:
            self.problems.append(f"<{tag}> element")
        if tag == "script":
            source = values.get("src", "")
            if source.rsplit("/", 1)[-1] not in OUR_SCRIPTS:
                self.problems.append(f"foreign script {source!r}")
            self.in_script = True
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.problems.append("meta refresh")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name in URL_ATTRIBUTES:
                cleaned = re.sub(r"[\x00-\x20]", "", html.unescape(value))
                if not SAFE_SCHEME.match(cleaned) or cleaned.startswith("//"):
                    self.problems.append(f"dangerous URL {name}={value!r} on <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip():
            self.problems.append(f"inline script {data[:40]!r}")
        self.text.append(data)


def page_problems(markup: str) -> list[str]:
    """Everything in a page that could run code or leave the site."""
    checker = _SafetyChecker()
    checker.feed(markup)
    checker.close()
    return checker.problems


def page_text(markup: str) -> str:
    checker = _SafetyChecker()
    checker.feed(markup)
    return " ".join(checker.text)


def site_problems(site: Path) -> dict[str, list[str]]:
    """Problems per HTML file of a built site; empty when the whole site is safe."""
    found: dict[str, list[str]] = {}
    for page in sorted(site.rglob("*.html")):
        problems = page_problems(page.read_text(encoding="utf-8"))
        if problems:
            found[page.relative_to(site).as_posix()] = problems
    return found
