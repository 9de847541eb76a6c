"""Security hardening as a reader's browser sees it: the served site under the strict
headers of `_headers`, and the offline search with tags that name JavaScript internals."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from campdoc.site.build import build
from tests.browser.conftest import RecordedPage, choose_filter
from tests.hostile.conftest import CAMP, write_project

pytestmark = pytest.mark.browser
LEIPZIG = "engagementcamp-leipzig-2026"


def _headers_for_every_page(site: Path) -> dict[str, str]:
    """The headers the `/*` rule of the site's _headers file gives every response."""
    headers: dict[str, str] = {}
    rule = ""
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line.startswith("/"):
            rule = line.strip()
        elif rule == "/*" and line.startswith("  "):
            name, _, value = line.strip().partition(": ")
            headers[name] = value
    return headers


@pytest.fixture(scope="module")
def strictly_served(site: Path) -> Iterator[str]:
    """The sample site served as Netlify or Cloudflare Pages serve it, with _headers."""
    headers = _headers_for_every_page(site)
    assert "file:" not in headers["Content-Security-Policy"]

    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            for name, value in headers.items():
                self.send_header(name, value)
            super().end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_search_works_under_the_strict_header_policy(recorded: RecordedPage,
                                                     strictly_served: str) -> None:
    page = recorded.page
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto(strictly_served + f"{LEIPZIG}/search.html")
    page.wait_for_selector("[data-campdoc-search][data-engine]", state="attached")
    assert page.get_attribute("[data-campdoc-search]", "data-engine") == "pagefind"
    page.fill("#search-q", "Ansprechperson")
    page.wait_for_selector(".search-results .result-title a")
    assert page.locator(".search-results .result-title a").all_inner_texts() == [
        "Partnerschaften für Ostdeutschland"]
    page.goto(strictly_served + f"{LEIPZIG}/index.html")
    assert page.locator("h1").inner_text() == "Engagementcamp Leipzig 2026"
    assert page.evaluate("getComputedStyle(document.body).display") == "flex"  # styled
    assert violations == [] and recorded.errors == []


@pytest.fixture(scope="module")
def prototype_tags(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tags = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]
    sessions = {f"s{number}.md": (f"---\ntitle: Session {number}\nhosts: [{{name: A}}]\n"
                                  f"insights: [Einsicht]\ntags: [{tag}, Ehrenamt]\n---\nText.\n")
                for number, tag in enumerate(tags)}
    root = write_project(tmp_path_factory.mktemp("proto"), sessions, CAMP)
    result = build(root, root / "site")
    assert not result.failed, result.issues
    return root / "site"


def test_offline_search_counts_tags_named_like_javascript_internals(
        browser: Browser, prototype_tags: Path) -> None:
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((prototype_tags / "camp" / "search.html").as_uri())
    page.wait_for_selector("[data-campdoc-search][data-engine='fallback']", state="attached")
    page.fill("#search-q", "Einsicht")
    page.wait_for_selector(".search-results .result-title a")
    options = page.locator("#filter-tag option").all_text_contents()
    assert sorted(options[1:]) == sorted(["__proto__ (1)", "constructor (1)", "Ehrenamt (5)",
                                          "hasOwnProperty (1)", "toString (1)", "valueOf (1)"])
    choose_filter(page, "#filter-tag", "__proto__")
    page.wait_for_timeout(400)
    assert page.locator(".search-results .result-title a").all_inner_texts() == ["Session 0"]
    assert errors == []
    context.close()
