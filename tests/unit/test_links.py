"""The one rule for what campdoc links: http(s) with a host, mailto with an address, and
places on the same page; nothing else, and nothing with a control character."""

from __future__ import annotations

import pytest

from campdoc.content.links import is_safe_href, is_safe_url


@pytest.mark.parametrize("url", [
    "https://example.org", "http://example.org/pfad?x=1#teil", "HTTPS://EXAMPLE.ORG",
    "mailto:anna@example.org", "MAILTO:anna@example.org"])
def test_web_and_mail_addresses_are_linked(url: str) -> None:
    assert is_safe_url(url) and is_safe_href(url)


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "data:text/html,x", "ftp://example.org", "https://",
    "https:///pfad", "//example.org", "mailto:anna", "mailto:@example.org",
    "https://example.org/\x00", "https://example.org/a\tb", "https://exa mple.org",
    "#teil", ""])
def test_anything_else_is_no_url(url: str) -> None:
    assert not is_safe_url(url)


@pytest.mark.parametrize(("href", "safe"), [
    ("#teil", True), ("#fn-1", True), ("#a.b:c", True), ("#", True),
    ("#teil x", False), ("#<script>", False), ("teil", False), ("javascript:#x", False)])
def test_a_place_on_the_same_page_is_linked(href: str, safe: bool) -> None:
    assert is_safe_href(href) is safe
