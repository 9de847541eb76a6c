"""campdoc serve in a real browser: a save changes the open page without a manual reload,
a broken save shows an overlay, and the fix takes it away."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

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
    # The place, the message and the file's own line with a marker, not a terminal dump.
    assert overlay.locator(".campdoc-title").inner_text() == \
        "Die Seite konnte nicht gebaut werden"
    assert overlay.locator(".campdoc-where").all_inner_texts() == [
        "sessions/engagementcamp-leipzig-2026/engagement-im-alter.md:4:4"]
    assert overlay.locator(".campdoc-message").inner_text() == (
        "Fehler[CD103] das ist kein gültiges YAML: die Liste, die in Zeile 3 mit '[' beginnt, "
        "geht hier nicht mit ',' oder ']' weiter")
    assert overlay.locator(".campdoc-line").inner_text() == "4 | nix:"
    assert overlay.locator(".campdoc-marker").inner_text() == "       ^"
    assert _marker_is_under_its_column(page)
    assert overlay.locator(".campdoc-summary").inner_text() == "1 Fehler, 0 Warnungen in 1 Datei"
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


def _marker_is_under_its_column(page: Page) -> bool:
    """The ^ stands where the reader sees the marked character, not only in the text."""
    return bool(page.evaluate("""() => {
        const line = document.querySelector(".campdoc-line").firstChild;
        const marker = document.querySelector(".campdoc-marker").firstChild;
        const at = (node, offset) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return range.getBoundingClientRect().left;
        };
        const column = marker.textContent.indexOf("^");
        return Math.abs(at(line, column) - at(marker, column)) < 1
            && line.textContent[column] === ":";
    }"""))


def test_a_preview_page_asks_for_no_service_worker(browser: Browser,
                                                   preview: tuple[Path, str]) -> None:
    """The site registers sw.js for offline use; the preview refuses it (it must show the
    newest build), so asking for it would only log a 404 on every page."""
    _, base = preview
    context = browser.new_context()  # service workers allowed, as in a reader's browser
    page = context.new_page()
    asked: list[str] = []
    failed: list[str] = []
    errors: list[str] = []
    context.on("request", lambda request: asked.append(request.url))  # sw.js shows only here
    context.on("response", lambda response: failed.append(response.url)
               if response.status >= 400 else None)
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.goto(base + PAGE, wait_until="load")
    # campdoc.js registers the service worker in its 'load' handler; let that run.
    page.evaluate("() => new Promise(done => setTimeout(done, 0))")
    assert base + "__campdoc/livereload.js" in asked  # the recording works
    assert [url for url in asked if url.endswith("sw.js")] == []
    assert failed == [] and errors == []
    context.close()
