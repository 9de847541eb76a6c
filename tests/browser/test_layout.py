"""What a reader sees first, measured in Chromium: nothing moves while a page loads
(cumulative layout shift), and on a phone the content starts on the first screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import READER_PAGES

pytestmark = pytest.mark.browser

# The search page with a query, so that its results arrive while the page settles.
PAGES = {**READER_PAGES, "search": READER_PAGES["search"] + "?q=Ehrenamt"}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# Sums every layout shift not caused by input, from before the first paint on.
MEASURE_SHIFTS = """
window.__shifts = 0;
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) {
    if (!entry.hadRecentInput) { window.__shifts += entry.value; }
  });
}).observe({type: "layout-shift", buffered: true});
"""


def _page(browser: Browser, viewport: dict[str, int]) -> Iterator[Page]:
    context = browser.new_context(viewport=viewport, service_workers="block",
                                  bypass_csp=True)  # only for the measuring script
    page = context.new_page()
    page.add_init_script(MEASURE_SHIFTS)
    yield page
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    yield from _page(browser, PHONE)


@pytest.fixture
def desktop(browser: Browser) -> Iterator[Page]:
    yield from _page(browser, DESKTOP)


def _settled(page: Page, address: str) -> float:
    page.goto(address, wait_until="load")
    if "search.html" in address:
        page.wait_for_selector(".search-results li")
    page.wait_for_timeout(800)  # late work: fonts, the search engine, images
    shifts: float = page.evaluate("window.__shifts")
    return shifts


@pytest.mark.parametrize("name", PAGES)
def test_no_layout_shift_on_a_phone(phone: Page, served: str, name: str) -> None:
    assert _settled(phone, served + PAGES[name]) <= 0.02


@pytest.mark.parametrize("name", PAGES)
def test_no_layout_shift_on_a_desktop(desktop: Page, served: str, name: str) -> None:
    assert _settled(desktop, served + PAGES[name]) <= 0.02


def test_session_content_starts_on_the_first_phone_screen(phone: Page, served: str) -> None:
    phone.goto(served + PAGES["session"])
    first = phone.locator(".session > section h2").first
    assert first.inner_text() == "Wichtigste Erkenntnisse"  # the key insights come first
    box = first.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"]


def test_first_search_result_is_on_the_first_phone_screen(phone: Page, served: str) -> None:
    _settled(phone, served + PAGES["search"])
    box = phone.locator(".search-results li").first.bounding_box()
    assert box is not None and box["y"] + 40 <= PHONE["height"]  # its title at least


def test_phone_header_is_compact(phone: Page, served: str) -> None:
    phone.goto(served + PAGES["session"])
    header = phone.locator(".site-header").bounding_box()
    assert header is not None and header["height"] <= 100
    title = phone.locator(".site-title")
    assert title.evaluate("node => node.scrollHeight <= node.clientHeight + 2")  # one line


def test_wide_session_page_uses_a_side_column(desktop: Page, served: str) -> None:
    desktop.goto(served + PAGES["session"])
    aside = desktop.locator(".session-aside").bounding_box()
    insights = desktop.locator(".session .insights").bounding_box()
    assert aside is not None and insights is not None
    assert aside["x"] >= insights["x"] + insights["width"]  # beside the text, not below
    assert aside["y"] < insights["y"] + insights["height"]
    links = desktop.locator(".on-this-page a").all_inner_texts()
    assert links[0] == "Wichtigste Erkenntnisse" and "Fotos" in links
