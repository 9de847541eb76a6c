"""The booklet as PDF: the booklet's HTML laid out by WeasyPrint, an optional extra
(``pip install 'campdoc[pdf]'``). It adds what browsers cannot: page numbers in the table of
contents, running headers with the session's title, and a PDF outline.
"""

from __future__ import annotations

import hashlib
from typing import Any

from campdoc.booklet.render import stylesheet
from campdoc.core.errors import CampdocError


def weasyprint_available() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # OSError: the extra is installed but Pango is missing
        return False
    return True


def require_weasyprint() -> None:
    """Fail early, with the one command that fixes it, when the PDF extra is missing."""
    if not weasyprint_available():
        raise CampdocError.said("booklet.no_weasyprint")


def pdf_bytes(html: str) -> bytes:
    """Lay out the booklet with WeasyPrint. No network: only data: addresses are fetched."""
    import weasyprint

    fetcher = _data_only_fetcher()
    document = weasyprint.HTML(string=html, url_fetcher=fetcher)
    paged = weasyprint.CSS(string=stylesheet("booklet-paged.css"), url_fetcher=fetcher)
    # The identifier from the content (not the clock) keeps the PDF reproducible; tags
    # make it readable by screen readers.
    identifier = hashlib.sha256(html.encode("utf-8")).digest()[:16]
    data = document.write_pdf(stylesheets=[paged], pdf_identifier=identifier, pdf_tags=True)
    assert isinstance(data, bytes)
    return data


def _data_only_fetcher() -> Any:
    """A fetcher that allows ``data:`` addresses only: a booklet never loads from outside."""
    import weasyprint

    if hasattr(weasyprint.urls, "URLFetcher"):  # WeasyPrint 66 and later
        return weasyprint.urls.URLFetcher(allowed_protocols=("data",))

    def fetch(url: str, *args: Any, **kwargs: Any) -> Any:  # older versions: a function
        if not url.startswith("data:"):
            raise ValueError(f"the booklet loads nothing from outside ({url[:60]})")
        return weasyprint.default_url_fetcher(url, *args, **kwargs)

    return fetch
