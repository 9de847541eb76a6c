"""Photos as a reader's browser shows them: loaded, upright, sized before they arrive,
linked to their large size, searchable by what they show, served and from a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import RecordedPage
from tests.browser.test_search import _search

LEIPZIG = "engagementcamp-leipzig-2026"
SESSION = f"{LEIPZIG}/sessions/digitale-vereinsarbeit.html"
TITLE = "Digitale Vereinsarbeit mit einfachen Werkzeugen"
pytestmark = pytest.mark.browser


def _loaded_photos(recorded: RecordedPage) -> list[dict]:
    page = recorded.page
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # lazy photos load
    # A function, not an expression: Playwright evaluates an expression with eval() while
    # it polls, which the site's Content-Security-Policy refuses (seen when the photos
    # were not there at the first look, on a busy machine).
    page.wait_for_function("() => [...document.querySelectorAll('.photo img')]"
                           ".every(i => i.complete && i.naturalWidth > 0)")
    return page.eval_on_selector_all(".photo img", """els => els.map(i => ({
        alt: i.alt, src: i.currentSrc, natural: [i.naturalWidth, i.naturalHeight],
        box: [i.getBoundingClientRect().width, i.getBoundingClientRect().height]}))""")


@pytest.mark.parametrize("where", ["served", "file"])
def test_photos_load_and_their_link_opens_the_large_size(recorded: RecordedPage, served: str,
                                                         site: Path, where: str) -> None:
    url = served + SESSION if where == "served" else (site / SESSION).as_uri()
    recorded.page.goto(url)
    photos = _loaded_photos(recorded)
    assert len(photos) == 3
    assert all(photo["alt"] and photo["box"][0] > 100 for photo in photos)
    flipchart = next(p for p in photos if p["alt"].startswith("Flipchart"))
    assert flipchart["box"][1] > flipchart["box"][0]  # portrait on screen too
    if where == "served":
        assert all(photo["src"].endswith(".webp") for photo in photos)  # Chromium takes WebP
    link = recorded.page.locator(".gallery .photo-link").first
    link.click()
    recorded.page.wait_for_load_state()
    assert recorded.page.url.endswith("-1600.jpg") or recorded.page.url.endswith(".jpg")
    size = recorded.page.evaluate("[document.images[0].naturalWidth,"
                                  " document.images[0].naturalHeight]")
    assert size[0] >= 1000 and size[1] > size[0]  # the large size of the portrait flipchart
    assert recorded.errors == []


def test_every_photo_has_its_space_before_it_loads(recorded: RecordedPage, served: str) -> None:
    """width and height let the browser lay out the page before any photo arrives: the
    boxes have their final size while every photo request is still held back."""
    page = recorded.page
    page.route("**/photos/**", lambda route: None)  # never answered
    page.goto(served + SESSION, wait_until="domcontentloaded")
    boxes = page.eval_on_selector_all(".photo img", "els => els.map(i => "
                                      "[i.getBoundingClientRect().width, "
                                      "i.getBoundingClientRect().height, i.width, i.height])")
    assert len(boxes) == 3
    for width, height, attribute_width, attribute_height in boxes:
        assert height > 50 and abs(width / height - attribute_width / attribute_height) < 0.02


def test_search_finds_a_session_by_what_its_photo_shows(recorded: RecordedPage,
                                                         served: str, site: Path) -> None:
    # "Spendenformular" is written only on the pinboard photo's alt text.
    text = (site / SESSION).read_text(encoding="utf-8")
    assert text.count("Spendenformular") == 1
    for url, engine in ((served + f"{LEIPZIG}/search.html", "pagefind"),
                        ((site / LEIPZIG / "search.html").as_uri(), "fallback")):
        titles = _search(recorded, url, "Spendenformular")
        page = recorded.page
        assert page.get_attribute("[data-campdoc-search]", "data-engine") == engine
        assert titles == [TITLE], engine
        page.locator(".search-results .result-title a").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == TITLE
