"""campdoc serve in a real browser: a save changes the open page without a manual reload,
a broken save shows an overlay, and the fix takes it away."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from campdoc.preview.runner import run_preview
from tests.conftest import build_sample_site

pytestmark = pytest.mark.browser
SESSION = "sessions/engagementcamp-leipzig-2026/engagement-im-alter.md"
PAGE = "engagementcamp-leipzig-2026/sessions/engagement-im-alter.html"


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    project = build_sample_site(tmp_path).parent
    ports: list[int] = []
    ready, stop = threading.Event(), threading.Event()
    lines: list[str] = []

    def started(port: int) -> None:
        ports.append(port)
        ready.set()

    thread = threading.Thread(target=run_preview, daemon=True, kwargs={
        "root": project, "out": project / "site", "bind": "127.0.0.1", "port": 0,
        "language": "de", "echo": lines.append, "ready": started, "stop": stop})
    thread.start()
    assert ready.wait(10)
    yield project, f"http://127.0.0.1:{ports[0]}/"
    stop.set()
    thread.join(10)


def test_saving_a_session_updates_the_open_page(browser: Browser,
                                                preview: tuple[Path, str]) -> None:
    project, base = preview
    page = browser.new_page()
    page.goto(base + PAGE)
    assert page.locator("h1").inner_text() == "Engagement im Alter – Übergänge gestalten"
    source = project / SESSION
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("title: Engagement im Alter – Übergänge gestalten",
                                   "title: Engagement im Alter – frisch gespeichert"),
                      encoding="utf-8")
    page.wait_for_function(
        "() => document.querySelector('h1').textContent.includes('frisch gespeichert')",
        timeout=2000)
    page.close()


def test_a_broken_save_shows_an_overlay_until_fixed(browser: Browser,
                                                    preview: tuple[Path, str]) -> None:
    project, base = preview
    page = browser.new_page()
    page.goto(base + PAGE)
    source = project / SESSION
    good = source.read_text(encoding="utf-8")
    source.write_text(good.replace("hosts:", "hosts: [kaputt\nnix:", 1), encoding="utf-8")
    overlay = page.locator("#campdoc-build-error")
    overlay.wait_for(timeout=3000)
    assert "engagement-im-alter.md" in overlay.inner_text()
    assert page.locator("h1").inner_text().startswith("Engagement im Alter")
    source.write_text(good.replace("Übergänge gestalten", "wieder gut"), encoding="utf-8")
    page.wait_for_function(
        "() => document.querySelector('h1').textContent.includes('wieder gut')", timeout=3000)
    assert page.locator("#campdoc-build-error").count() == 0
    page.close()


def test_live_reload_channel_refuses_foreign_hosts(preview: tuple[Path, str]) -> None:
    import http.client

    port = int(preview[1].rsplit(":", 1)[1].strip("/"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.putrequest("GET", "/__campdoc/events", skip_host=True)
    connection.putheader("Host", f"rebind.evil.example:{port}")
    connection.endheaders()
    assert connection.getresponse().status == 400
