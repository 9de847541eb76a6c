"""The booklet: one print-ready document per camp ("Tagungsdokumentation"), as HTML.

The HTML is a single self-contained file (styles inline, logos and photos as data:
addresses) that
prints well from any browser. The PDF is the same HTML laid out by WeasyPrint, an optional
extra (``pip install 'campdoc[pdf]'``), which adds what browsers cannot: page numbers in the
table of contents, running headers with the session's title, and a PDF outline.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from campdoc.content.indexes import CampIndex, build_camp_index
from campdoc.content.markdown import Figure, render_body_start
from campdoc.content.model import Project, Session
from campdoc.content.public import PublicCamp
from campdoc.content.stats import LABELS, camp_figures
from campdoc.content.timing import session_timing
from campdoc.core.issues import Issue
from campdoc.core.words import UI
from campdoc.render import urls
from campdoc.render.environment import make_environment, package_asset
from campdoc.render.legal import legal_documents
from campdoc.render.logos import PublishedLogo, camp_logos
from campdoc.render.media import CampMedia, PublishedPhoto
from campdoc.render.notes import without_notes_heading
from campdoc.render.settings import BuildSettings

BOOKLET_HTML = "booklet.html"
BOOKLET_PDF = "booklet.pdf"
# More rooms than this do not fit side by side on a portrait A4 page.
PORTRAIT_ROOMS = 4
# About 25 printed pages of notes per session; the rest is online. Laying out text costs
# WeasyPrint about 0.1 s per KB, so this also bounds the time a booklet takes.
NOTES_LIMIT = 60_000
_HEADING = re.compile(r"<(/?)h([1-6])\b")
_BODY_ID = re.compile(r'(id="|href="#)h-')


def stylesheet(name: str = "booklet.css") -> str:
    return package_asset(name).decode("utf-8")


@dataclass(frozen=True, slots=True)
class BookletNotes:
    """A session's notes as the booklet prints them; ``shortened`` when they were cut."""

    html: Markup
    shortened: bool


def booklet_notes(session: Session,
                  figures: Mapping[str, Figure] | None = None) -> BookletNotes:
    """The notes one heading level deeper than on the site (the session title is an h2
    here), with heading and footnote ids unique across the booklet, and cut after
    `NOTES_LIMIT` characters: a session of book length would make the booklet a book.
    ``figures``: the photos of the notes, as the booklet prints them."""
    html, shortened = render_body_start(without_notes_heading(session.parsed), session.body,
                                        NOTES_LIMIT, doc_id=session.slug, figures=figures)
    text = _HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 1, 6)}", str(html))
    text = _BODY_ID.sub(lambda m: f"{m[1]}{session.slug}--h-", text)
    return BookletNotes(Markup(text), shortened)  # noqa: S704 - our renderer's output, only tags and ids renamed


def shortened_notes(camp: PublicCamp) -> list[Issue]:
    """A warning for each session whose notes the booklet prints only in part."""
    return [Issue("CD406", session.position("title"), "notes", {
        "size": f"{len(session.body) // 1000} KB", "limit": f"{NOTES_LIMIT // 1000} KB"})
        for session in camp.sessions if len(session.body) > NOTES_LIMIT
        and booklet_notes(session).shortened]


def render_booklet(project: Project, camp: PublicCamp, settings: BuildSettings,
                   index: CampIndex | None = None,
                   logos: dict[str, PublishedLogo] | None = None,
                   media: CampMedia | None = None, figures: bool = False) -> str:
    """The booklet of ``camp`` as one HTML document (``index``, ``logos`` and ``media``:
    those the pages used, when the booklet is made in a build). ``figures`` adds a page
    with the figures of `campdoc stats` (of the published sessions), for funders."""
    env = make_environment(project.root)
    index = index or build_camp_index(camp)
    logos = camp_logos(project.root, camp) if logos is None else logos
    media = media or CampMedia()
    photo = env.get_template("partials/booklet_photo.html")

    def figure(published: PublishedPhoto) -> Figure:
        def form(name: str) -> Markup:
            return Markup(photo.render(  # noqa: S704 - an autoescaping template
                {"photo": published, "form": name, "half": False}))
        return Figure(form("figure"), form("inline"), form("inline"))

    def notes(session: Session) -> BookletNotes:
        return booklet_notes(session, {source: figure(published) for source, published
                                       in media.inline.get(session.slug, {}).items()})

    css = stylesheet()
    style_hash = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    base = settings.base_url
    context: dict[str, Any] = {
        "page": urls.camp_page(camp.id, BOOKLET_HTML), "lang": camp.language,
        "t": UI[camp.language],
        "camp": camp, "index": index, "logos": logos, "css": Markup(css),  # noqa: S704 - package data
        "style_hash": style_hash, "wide_schedule": len(index.rooms) > PORTRAIT_ROOMS,
        "camp_url": urls.absolute_url(base, urls.camp_page(camp.id, "")),
        "online_url": lambda s: urls.absolute_url(base, urls.session_page(s)),
        "online_file": lambda path: urls.absolute_url(base, path),
        "session_body": notes, "media": media, "timing": lambda s: session_timing(camp, s),
        "licenses": sorted({camp.session_license(s) for s in index.sessions} - {""}),
        "figures": camp_figures([camp], camp.id) if figures else None,
        "figure_words": LABELS[camp.language],
        "imprint": next((document for document in legal_documents(project.root, project.config)
                         if document.kind == "imprint"), None),
    }
    return env.get_template("booklet.html").render(context)
