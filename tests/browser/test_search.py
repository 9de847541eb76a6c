"""Readers' search in a real browser: served over HTTP (Pagefind) and from file:// (fallback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import RecordedPage

LEIPZIG = "engagementcamp-leipzig-2026"
# "Ansprechperson" occurs only in the insights of one session.
INSIGHT_WORD = "Ansprechperson"
INSIGHT_SESSION = "Partnerschaften für Ostdeutschland"

pytestmark = pytest.mark.browser


def _search(recorded: RecordedPage, url: str, query: str) -> list[str]:
    page = recorded.page
    page.goto(url)
    page.wait_for_selector("[data-campdoc-search][data-engine]", state="attached")
    page.fill("#search-q", query)
    page.wait_for_function(
        "() => !document.querySelector('.search-status').textContent.startsWith('Tippe')")
    page.wait_for_timeout(300)
    return page.locator(".search-results .result-title a").all_inner_texts()


def _engine(recorded: RecordedPage) -> str | None:
    return recorded.page.get_attribute("[data-campdoc-search]", "data-engine")


def test_served_search_finds_a_word_from_insights(recorded: RecordedPage, served: str) -> None:
    titles = _search(recorded, served + f"{LEIPZIG}/search.html", INSIGHT_WORD)
    assert _engine(recorded) == "pagefind"
    assert titles == [INSIGHT_SESSION]
    excerpt = recorded.page.locator(".result-excerpt mark").first.inner_text()
    assert excerpt.lower() == INSIGHT_WORD.lower()
    hosts = recorded.page.locator(".result-hosts").first.inner_text()
    assert "Katrin Behrendt" in hosts
    link = recorded.page.locator(".search-results a").first
    link.click()
    recorded.page.wait_for_load_state()
    assert recorded.page.locator("h1").inner_text() == INSIGHT_SESSION
    assert recorded.errors == []


def test_served_filter_narrows_the_results(recorded: RecordedPage, served: str) -> None:
    everything = _search(recorded, served + f"{LEIPZIG}/search.html", "Ehrenamt")
    assert len(everything) >= 3
    recorded.page.select_option("#filter-room", "Saal")
    recorded.page.wait_for_timeout(600)
    narrowed = recorded.page.locator(".search-results .result-title a").all_inner_texts()
    assert 0 < len(narrowed) < len(everything)
    assert set(narrowed) <= set(everything)


def test_archive_search_covers_both_camps(recorded: RecordedPage, served: str) -> None:
    titles = _search(recorded, served + "index.html", "Fördermittel")
    assert _engine(recorded) == "pagefind"
    assert "Fördermittel ohne Frust" in titles  # Leipzig
    assert "Förderung digitaler Projekte in der Sozialwirtschaft" in titles  # Kassel
    options = recorded.page.locator("#filter-camp option").all_inner_texts()
    assert len(options) == 3  # "alle" and the two camps
    recorded.page.locator(".search-results a", has_text="Förderung digitaler").click()
    recorded.page.wait_for_load_state()
    assert "sozialcamp-kassel-2025/sessions/" in recorded.page.url


def test_file_fallback_search_finds_the_same_session(recorded: RecordedPage,
                                                     site: Path) -> None:
    titles = _search(recorded, (site / LEIPZIG / "search.html").as_uri(), INSIGHT_WORD)
    assert _engine(recorded) == "fallback"
    assert titles == [INSIGHT_SESSION]
    assert recorded.page.locator(".result-excerpt mark").first.inner_text() == INSIGHT_WORD
    recorded.page.locator(".search-results a").first.click()
    recorded.page.wait_for_load_state()
    assert recorded.page.locator("h1").inner_text() == INSIGHT_SESSION


def test_file_archive_search_and_filter(recorded: RecordedPage, site: Path) -> None:
    titles = _search(recorded, (site / "index.html").as_uri(), "Digitalisierung")
    assert len(titles) >= 2
    recorded.page.select_option("#filter-camp", "Sozialcamp Kassel 2025 – Soziale Arbeit digital")
    recorded.page.wait_for_timeout(400)
    narrowed = recorded.page.locator(".search-results .result-title a").all_inner_texts()
    assert 0 < len(narrowed) <= len(titles)


def test_header_search_hands_the_query_to_the_search_page(recorded: RecordedPage,
                                                          site: Path) -> None:
    page = recorded.page
    page.goto((site / LEIPZIG / "index.html").as_uri())
    page.fill("#header-q", INSIGHT_WORD)
    page.press("#header-q", "Enter")
    page.wait_for_selector(".search-results li")
    assert page.locator(".search-results .result-title a").all_inner_texts() == [INSIGHT_SESSION]
