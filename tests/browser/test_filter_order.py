"""The order campdoc renders the search filters in is the order search.js sorts them in
when a template leaves them out: Chromium's ``localeCompare`` in the page's language."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.unit.test_filter_order import ORDERED, TAGS

pytestmark = pytest.mark.browser

# search.js's comparator, in a page of the given language.
SORT = """values => values.slice().sort(function (a, b) {
  return a.localeCompare(b, document.documentElement.lang);
})"""


@pytest.mark.parametrize("language", ["de", "en"])
def test_chromium_sorts_the_filter_values_as_the_rendered_page_does(browser: Browser,
                                                                     language: str) -> None:
    page = browser.new_page()
    try:
        page.set_content(f'<!doctype html><html lang="{language}"><title>t</title></html>')
        assert page.evaluate(SORT, TAGS) == ORDERED
    finally:
        page.close()
