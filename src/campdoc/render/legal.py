"""The imprint (Impressum) and the privacy notice: a link on every page, and, when
campdoc.yaml names a Markdown page instead of an address, a page of the site.

The site's archive gets the pages at its top; every camp folder gets its own copies, so a
camp that is handed out on its own still carries them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from campdoc.content.assets import resolve_file
from campdoc.content.links import is_safe_url
from campdoc.content.markdown import parse_body, render_body
from campdoc.content.schema import SiteConfig
from campdoc.render import urls

KINDS = ("imprint", "privacy")


@dataclass(frozen=True, slots=True)
class LegalDocument:
    """One of the two: an address elsewhere, or a page made from the project's Markdown."""

    kind: str
    address: str = ""  # an https:// address elsewhere
    body: Markup | None = None  # the page's content, when it is a page of the site

    def target(self, language: str, camp_id: str | None) -> str:
        """What to link: the address, or the site path of the page in this folder."""
        return self.address or urls.legal_page(self.kind, language, camp_id)

    @property
    def is_page(self) -> bool:
        return self.body is not None


def legal_sources(root: Path, config: SiteConfig) -> list[Path]:
    """The Markdown files the legal pages are made from (for the build cache's key)."""
    found = []
    for kind in KINDS:
        written = getattr(config, kind)
        if written and not is_safe_url(written):
            path, _ = resolve_file(root, written)
            if path is not None:
                found.append(path)
    return found


def legal_documents(root: Path, config: SiteConfig) -> list[LegalDocument]:
    """The imprint and privacy notice that campdoc.yaml names (validated by `check`)."""
    documents = []
    for kind in KINDS:
        written = getattr(config, kind)
        if not written:
            continue
        if is_safe_url(written):
            documents.append(LegalDocument(kind, address=written))
            continue
        path, _ = resolve_file(root, written)
        if path is not None:
            text = path.read_text(encoding="utf-8", errors="replace")
            documents.append(LegalDocument(kind, body=render_body(parse_body(text))))
    return documents
