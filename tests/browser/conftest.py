"""Browser fixtures: the sample site built once, served on loopback, and Debian's Chromium
driven by Playwright (never a browser Playwright downloads itself)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import build_sample_site

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
# The five kinds of page a reader opens, by their address in the sample site.
READER_PAGES = {
    "archive": "index.html",
    "camp home": "engagementcamp-leipzig-2026/index.html",
    "session": "engagementcamp-leipzig-2026/sessions/digitale-vereinsarbeit.html",
    "schedule": "engagementcamp-leipzig-2026/schedule.html",
    "search": "engagementcamp-leipzig-2026/search.html",
}


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_site(tmp_path_factory.mktemp("browser"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def _serving(root: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def served(site: Path) -> Iterator[str]:
    """The site over HTTP on 127.0.0.1, under a sub-path as on GitHub Pages project sites."""
    root = site.parent / "webroot"
    root.mkdir()
    (root / "doku").symlink_to(site)
    with _serving(root) as address:
        yield address + "doku/"


@pytest.fixture(scope="session")
def served_at_root(site: Path) -> Iterator[str]:
    """The site over HTTP at the root of its host, as on its own domain."""
    with _serving(site) as address:
        yield address


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium package (see .ci/run)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


class RecordedPage:
    """A page that records every request and every script error it sees."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: self.errors.append(str(error)))


@pytest.fixture
def recorded(browser: Browser) -> Iterator[RecordedPage]:
    context = browser.new_context(service_workers="block")
    recorded_page = RecordedPage(context.new_page())
    yield recorded_page
    context.close()


@pytest.fixture
def audited(browser: Browser) -> Iterator[Page]:
    """A page into which axe-core may be injected despite the site's script policy."""
    context = browser.new_context(service_workers="block", bypass_csp=True)
    yield context.new_page()
    context.close()


def run_axe(page: Page) -> list[dict[str, object]]:
    """axe-core's violations of WCAG 2.1 A/AA on the page."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})).violations")
    assert isinstance(result, list)
    return result


def choose_filter(page: Page, select: str, value: str) -> None:
    """Open the folded filters as a reader would, then choose ``value`` in ``select``."""
    details = page.locator(".search-filters")
    if details.get_attribute("open") is None:
        page.click(".search-filters summary")
    page.select_option(select, value)
