"""The site serves campdoc's stylesheet and scripts minified; readers must not see any
difference. Each reader page is drawn with the served files and again with the readable
sources from the package, and the two pictures must be the same pixel for pixel."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, Route

from campdoc.render.environment import package_asset
from campdoc.render.minify import served_asset
from tests.browser.conftest import READER_PAGES

pytestmark = pytest.mark.browser

SOURCES = ("campdoc.css", "campdoc.js", "search.js")
EAGER_IMAGES = "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
PAGES = {**READER_PAGES, "search": READER_PAGES["search"] + "?q=Ehrenamt"}


def _serve_sources(route: Route) -> None:
    name = route.request.url.rsplit("/", 1)[-1].split("?")[0]
    content_type = "text/css" if name.endswith(".css") else "text/javascript"
    route.fulfill(body=package_asset(name), content_type=content_type)


def _picture(browser: Browser, address: str, scheme: str, width: int, sources: bool) -> bytes:
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  color_scheme=scheme, service_workers="block",  # type: ignore[arg-type]
                                  bypass_csp=True)  # only for the waiting script below
    page: Page = context.new_page()
    if sources:
        for name in SOURCES:
            page.route(f"**/assets/{name}", _serve_sources)
    page.goto(address, wait_until="load")
    if "?q=" in address:
        page.wait_for_selector(".search-results li")
    # The page must be in the same state for both pictures, so that only the styles can
    # differ: every photo loaded and decoded (lazy ones load when the full-page picture
    # scrolls to them, at their own time), and the search engine started.
    page.evaluate(EAGER_IMAGES)
    page.evaluate("Promise.all([...document.images].map(i => i.decode().catch(() => null)))")
    if page.locator("[data-campdoc-search]").count():
        page.wait_for_selector("[data-campdoc-search][data-engine]", state="attached")
        page.wait_for_timeout(300)  # the status line the engine writes when it is ready
    picture = page.screenshot(full_page=True)
    context.close()
    return picture


def test_the_site_serves_smaller_files_than_the_package_holds() -> None:
    for name in SOURCES:
        assert len(served_asset(name)) < 0.85 * len(package_asset(name)), name


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize(("scheme", "width"), [("light", 1280), ("dark", 390)])
def test_minified_files_draw_the_same_page_as_the_sources(
        browser: Browser, served: str, name: str, scheme: str, width: int) -> None:
    address = served + PAGES[name]
    minified = _picture(browser, address, scheme, width, sources=False)
    readable = _picture(browser, address, scheme, width, sources=True)
    assert minified == readable, f"{name} ({scheme}, {width} px) differs"
