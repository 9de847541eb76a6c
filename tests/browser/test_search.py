"""Readers' search in a real browser: served over HTTP (Pagefind) and from file:// (fallback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import RecordedPage, choose_filter

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
    # The status is empty until the script starts, then asks for a term, then counts.
    page.wait_for_function(
        "() => { const text = document.querySelector('.search-status').textContent;"
        " return text !== '' && !text.startsWith('Tippe'); }")
    page.wait_for_timeout(300)
    return page.locator(".search-results .result-title a").all_inner_texts()


def assert_no_hidden_text(excerpts: str) -> None:
    """Words that are not in the text of a session page but were once indexed with it:
    the facts' labels, the camp and the language."""
    for hidden in ("Datum", "Uhrzeit", "Engagementcamp Leipzig 2026", "Deutsch"):
        assert hidden not in excerpts


def _engine(recorded: RecordedPage) -> str | None:
    return recorded.page.get_attribute("[data-campdoc-search]", "data-engine")


def test_served_search_finds_a_word_from_insights(recorded: RecordedPage, served: str) -> None:
    titles = _search(recorded, served + f"{LEIPZIG}/search.html", INSIGHT_WORD)
    assert _engine(recorded) == "pagefind"
    assert titles == [INSIGHT_SESSION]
    excerpt = recorded.page.locator(".result-excerpt mark").first.inner_text()
    assert excerpt.lower() == INSIGHT_WORD.lower()
    # Title, a clean excerpt, then date · time · room · hosts (no camp on a camp's page).
    facts = recorded.page.locator(".result-meta").first.inner_text()
    assert facts.startswith("16. Mai 2026 · 10:30–11:30 · Saal · ")
    assert "Katrin Behrendt" in facts and "Engagementcamp" not in facts
    excerpts = " ".join(recorded.page.locator(".result-excerpt").all_inner_texts())
    assert_no_hidden_text(excerpts)
    # Served, Pagefind is the engine: the file:// fallback is never fetched.
    assert not [url for url in recorded.requests
                if url.endswith(("/minisearch.js", "/search-index.js"))]
    link = recorded.page.locator(".search-results a").first
    link.click()
    recorded.page.wait_for_load_state()
    assert recorded.page.locator("h1").inner_text() == INSIGHT_SESSION
    assert recorded.errors == []


def test_excerpt_from_the_start_of_a_page_has_only_its_visible_text(
        recorded: RecordedPage, served: str) -> None:
    """A title match gives an excerpt from the top of the page, where the facts are."""
    assert INSIGHT_SESSION in _search(recorded, served + f"{LEIPZIG}/search.html",
                                      "Partnerschaften Ostdeutschland")
    assert_no_hidden_text(" ".join(
        recorded.page.locator(".result-excerpt").all_inner_texts()))


def test_served_filter_narrows_the_results(recorded: RecordedPage, served: str) -> None:
    everything = _search(recorded, served + f"{LEIPZIG}/search.html", "Ehrenamt")
    assert len(everything) >= 3
    choose_filter(recorded.page, "#filter-room", "Saal")
    recorded.page.wait_for_timeout(600)
    narrowed = recorded.page.locator(".search-results .result-title a").all_inner_texts()
    assert 0 < len(narrowed) < len(everything)
    assert set(narrowed) <= set(everything)


def test_archive_search_covers_both_camps(recorded: RecordedPage, served: str) -> None:
    titles = _search(recorded, served + "index.html", "Fördermittel")
    assert _engine(recorded) == "pagefind"
    assert "Fördermittel ohne Frust" in titles  # Leipzig
    assert "Förderung digitaler Projekte in der Sozialwirtschaft" in titles  # Kassel
    options = recorded.page.locator("#filter-camp option").all_text_contents()
    assert len(options) == 4  # "alle" and the three camps
    recorded.page.locator(".search-results a", has_text="Förderung digitaler").click()
    recorded.page.wait_for_load_state()
    assert "sozialcamp-kassel-2025/sessions/" in recorded.page.url


# One query per camp of the sample, each finding a session of that camp only.
RESULT_IN_EACH_CAMP = (
    ("Ansprechperson", INSIGHT_SESSION),  # Engagementcamp Leipzig 2026
    ("Schweigepflicht", "Datenschutz in der digitalen Beratung"),  # Sozialcamp Kassel 2025
    ("StreetComplete", "Accessible maps with OpenStreetMap"),  # Open Data Day Bremen 2024
)


@pytest.mark.parametrize("where", ["served", "served_at_root"])
def test_archive_search_results_open_the_session_of_every_camp(
        recorded: RecordedPage, request: pytest.FixtureRequest, where: str) -> None:
    """Each result, followed with a click, lands on its session: never a 404."""
    address = request.getfixturevalue(where)
    page = recorded.page
    for query, title in RESULT_IN_EACH_CAMP:
        assert title in _search(recorded, address + "index.html", query)
        assert _engine(recorded) == "pagefind"
        with page.expect_navigation() as navigation:
            page.locator(".search-results .result-title a", has_text=title).click()
        response = navigation.value
        assert response is not None and response.status == 200, page.url
        assert page.locator("h1").inner_text() == title
    assert recorded.errors == []


def test_file_fallback_search_finds_the_same_session(recorded: RecordedPage,
                                                     site: Path) -> None:
    titles = _search(recorded, (site / LEIPZIG / "search.html").as_uri(), INSIGHT_WORD)
    assert _engine(recorded) == "fallback"
    assert titles == [INSIGHT_SESSION]
    assert {url.rsplit("/", 1)[1] for url in recorded.requests} >= {"minisearch.js",
                                                                    "search-index.js"}
    assert recorded.page.locator(".result-excerpt mark").first.inner_text() == INSIGHT_WORD
    recorded.page.locator(".search-results a").first.click()
    recorded.page.wait_for_load_state()
    assert recorded.page.locator("h1").inner_text() == INSIGHT_SESSION


def test_file_archive_search_and_filter(recorded: RecordedPage, site: Path) -> None:
    titles = _search(recorded, (site / "index.html").as_uri(), "Digitalisierung")
    assert len(titles) >= 2
    choose_filter(recorded.page, "#filter-camp",
                  "Sozialcamp Kassel 2025 – Soziale Arbeit digital")
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


def test_without_javascript_the_search_page_offers_a_way_on(browser: Browser,
                                                            served: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served + f"{LEIPZIG}/search.html")
    text = page.locator("main").inner_text()
    assert "Die Suche braucht JavaScript" in text
    assert "Tippe einen Begriff ein" not in text  # only the script says that
    page.locator(".search-ways a", has_text="Programm").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Programm"
    context.close()


def test_all_camps_link_says_offline_that_it_needs_a_connection(browser: Browser,
                                                                served: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(served + f"{LEIPZIG}/index.html")
    link = page.locator(".main-nav a[data-needs-network]")
    assert link.inner_text() == "Alle Camps"
    context.set_offline(True)
    page.wait_for_function("() => document.querySelector('.needs-network') !== null")
    assert link.inner_text() == "Alle Camps (nur mit Internet)"
    context.set_offline(False)
    page.wait_for_function("() => document.querySelector('.needs-network') === null")
    context.close()
