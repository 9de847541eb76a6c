"""The site from a folder (file://): every page reachable, nothing requested from outside,
and accessible by axe-core's measure."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urldefrag

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import RecordedPage, run_axe

LEIPZIG = "engagementcamp-leipzig-2026"
pytestmark = pytest.mark.browser


def test_file_navigation_reaches_every_page(recorded: RecordedPage, site: Path) -> None:
    start = (site / "index.html").as_uri()
    seen: set[str] = set()
    queue = [start]
    page = recorded.page
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = page.goto(url)
        assert response is not None and response.ok, url
        assert page.locator("h1").count() == 1, url
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            target = urldefrag(href).url
            if target.startswith("file://") and target.endswith(".html"):
                queue.append(target)
    pages = {path.as_uri() for path in site.rglob("*.html")}
    assert seen == pages
    assert recorded.errors == []


def _assert_local(requests: list[str], allowed_prefix: str) -> None:
    outside = [url for url in requests if not url.startswith(allowed_prefix)
               and not url.startswith("data:")]
    assert outside == []


def test_no_request_leaves_the_site_when_served(recorded: RecordedPage, served: str) -> None:
    page = recorded.page
    for path in ["index.html", f"{LEIPZIG}/index.html", f"{LEIPZIG}/schedule.html",
                 f"{LEIPZIG}/sessions/partnerschaften-fuer-ostdeutschland.html"]:
        page.goto(served + path)
        page.wait_for_load_state("networkidle")
    page.goto(served + f"{LEIPZIG}/search.html?q=Kooperation")
    page.wait_for_selector(".search-results li")
    assert any("pagefind" in url for url in recorded.requests)
    _assert_local(recorded.requests, served)


def test_no_request_leaves_the_folder_from_file(recorded: RecordedPage, site: Path) -> None:
    page = recorded.page
    page.goto((site / LEIPZIG / "search.html").as_uri() + "?q=Kooperation")
    page.wait_for_selector(".search-results li")
    page.goto((site / LEIPZIG / "sessions" / "partnerschaften-fuer-ostdeutschland.html").as_uri())
    _assert_local(recorded.requests, site.as_uri())


@pytest.mark.parametrize("path", [
    "index.html", f"{LEIPZIG}/index.html", f"{LEIPZIG}/schedule.html", f"{LEIPZIG}/search.html",
    f"{LEIPZIG}/sessions/partnerschaften-fuer-ostdeutschland.html",
    f"{LEIPZIG}/sessions/welcoming-international-volunteers.html", f"{LEIPZIG}/tags/index.html",
])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_problems(audited: Page, served: str, path: str,
                                       scheme: str) -> None:
    page = audited
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(served + path + ("?q=Ehrenamt" if path.endswith("search.html") else ""))
    page.wait_for_load_state("networkidle")
    serious = [(v["id"], v["impact"], v["help"]) for v in run_axe(page)
               if v["impact"] in ("serious", "critical")]
    assert serious == []
