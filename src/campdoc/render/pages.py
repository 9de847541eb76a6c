"""Render every page of the site into memory: path → text. Nothing is written here.

A camp is rendered from its public view only (`content.public`), so no template, built-in or
a project's own, ever receives a draft or a hidden host's name.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from campdoc.content.indexes import CampIndex, Group
from campdoc.content.markdown import Figure, render_body
from campdoc.content.model import Camp, Project, Session
from campdoc.content.public import PublicCamp
from campdoc.content.timing import camp_updated
from campdoc.core.words import UI
from campdoc.render import urls
from campdoc.render.brand import BRAND_CSS, brand_css
from campdoc.render.environment import make_environment
from campdoc.render.legal import LegalDocument, legal_documents
from campdoc.render.logos import SITE_LOGO, PublishedLogo, site_logo
from campdoc.render.media import (
    GALLERY_SIZES,
    NOTES_SIZES,
    CampMedia,
    PublishedPhoto,
    first_screen_photo,
)
from campdoc.render.notes import without_notes_heading
from campdoc.render.settings import BuildSettings

# Each search filter's values with their numbers of sessions, in the order they are listed.
FilterCounts = dict[str, list[tuple[str, int]]]


@dataclass(slots=True)
class RenderedSite:
    """The site in memory: text pages, copied files, and what the search stage indexes."""

    pages: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    session_pages: dict[str, list[str]] = field(default_factory=dict)  # camp id → page paths


class SiteRenderer:
    """Renders the archive and each camp with one template environment."""

    def __init__(self, project: Project, settings: BuildSettings) -> None:
        self.project = project
        self.settings = settings
        self.env = make_environment(project.root)
        self.site = RenderedSite()
        self.legal = legal_documents(project.root, project.config)
        self._cards: dict[tuple[str, str, str, bool], Markup] = {}

    def render_archive(self, camps: Sequence[Any], pages: Sequence[str],
                       search_filters: FilterCounts | None = None) -> RenderedSite:
        """The archive of all camps (from their summaries) and, with a base URL, the sitemap.
        ``search_filters``: each search filter's values and counts, over all camps."""
        header_logo = site_logo(self.project.root, self.project.config, None)
        if header_logo is not None:
            self.site.files[header_logo.path] = header_logo.logo.data
        if colours := brand_css(self.project.config):
            self.site.files[urls.asset(BRAND_CSS, None)] = colours.encode()
        look = {"header_logo": header_logo, "brand_css": bool(colours)}
        self._page(urls.ARCHIVE, "archive.html", self.project.language, None, None,
                   camps=sorted(camps, key=lambda c: (c.first_day or dt.date.min, c.id),
                                reverse=True), search_filters=search_filters or {}, **look)
        for path, document in self._legal_pages(None):
            self._page(path, "legal.html", self.project.language, None, None,
                       document=document, **look)
        if self.settings.base_url:
            self._page("sitemap.xml", "sitemap.xml", self.project.language, None, None,
                       pages=sorted([urls.ARCHIVE, *pages]))
        return self.site

    def _edit_url(self, item: Session | Camp) -> str:
        """The web editor of the page's source; none for a file that names a hidden host."""
        if isinstance(item, Session) and item.source_holds_hidden_name:
            return ""
        return urls.edit_url(self.project.config.repository, item.source)

    def absolute(self, path: str) -> str:
        return urls.absolute_url(self.settings.base_url, path)

    def _page(self, path: str, template: str, lang: str, camp: Camp | None,
              index: CampIndex | None, **context: Any) -> None:
        robots = (camp.meta.robots if camp else "") or self.project.config.robots
        values = {
            "page": path, "lang": lang, "t": UI[lang], "site": self.project.config,
            "camp": camp, "index": index, "canonical": self.absolute(path),
            "root": urls.relative_url(path, urls.ARCHIVE),
            "camp_root": urls.relative_url(path, urls.camp_page(camp.id)) if camp else "",
            "absolute": self.absolute, "edit_url": self._edit_url,
            "booklet": self.settings.booklet, "noindex": robots == "noindex",
            "legal_links": self._legal_links(path, camp.id if camp else None),
            "brand_css": False, "header_logo": None,  # the camp's or archive's look, below
        }
        values.update(context)
        values["session_card"] = self._card_renderer(values)
        self.site.pages[path] = self.env.get_template(template).render(values)

    def _legal_links(self, path: str, camp_id: str | None) -> list[tuple[str, str]]:
        """(kind, link) of the imprint and privacy notice, as this page links them."""
        language = self.project.language
        return [(document.kind, urls.relative_url(path, document.target(language, camp_id))
                 if document.is_page else document.address) for document in self.legal]

    def _legal_pages(self, camp_id: str | None) -> Iterator[tuple[str, LegalDocument]]:
        """Path and document of each imprint or privacy page of a camp or the archive."""
        for document in self.legal:
            if document.is_page:
                yield urls.legal_page(document.kind, self.project.language, camp_id), document

    def _card_renderer(self, values: dict[str, Any]) -> Any:
        """``session_card(session)``: a session's card, rendered once per folder.

        Tag, host and organisation pages list the same sessions again and again, and a
        card's relative links depend only on the folder of the page, not on the page.
        """
        folder = posixpath.dirname(str(values["page"]))
        template = self.env.get_template("partials/session_card.html")

        def card(session: Session, in_slot: bool = False) -> Markup:
            key = (session.camp_id, session.slug, folder, in_slot)
            if key not in self._cards:
                self._cards[key] = Markup(template.render(  # noqa: S704 - an autoescaping template
                    {**values, "session": session, "in_slot": in_slot}))
            return self._cards[key]

        return card

    def render_camp(self, camp: PublicCamp, index: CampIndex, logos: dict[str, PublishedLogo],
                    media: CampMedia | None = None,
                    search_filters: FilterCounts | None = None) -> None:
        media = media or CampMedia()
        if colours := brand_css(self.project.config, camp.meta):
            self.site.files[urls.asset(BRAND_CSS, camp.id)] = colours.encode()
        for logo in logos.values():
            self.site.files[logo.path] = logo.logo.data

        header_logo = logos.get(camp.meta.logo or SITE_LOGO)

        def page(path: str, template: str, **context: Any) -> None:
            self._page(path, template, camp.language, camp, index, logos=logos, media=media,
                       gallery_sizes=GALLERY_SIZES, header_logo=header_logo,
                       brand_css=bool(colours), **context)

        page(urls.camp_page(camp.id), "camp.html")
        page(urls.camp_page(camp.id, "schedule.html"), "schedule.html")
        page(urls.camp_page(camp.id, "search.html"), "search.html",
             search_filters=search_filters or {})
        page(urls.group_index(camp.id, "tag"), "tags.html")
        page(urls.group_index(camp.id, "person"), "people.html")
        page(urls.group_index(camp.id, "organisation"), "organisations.html")
        groupings: tuple[tuple[urls.GroupKind, list[Group]], ...] = (
            ("tag", index.tags), ("person", index.people), ("organisation", index.organisations))
        for kind, groups in groupings:
            for group in groups:
                page(urls.group_page(camp.id, kind, group.name), "group.html", group=group,
                     kind=kind)
        self.site.session_pages[camp.id] = []
        bodies: dict[str, Markup] = {}
        for session in index.sessions:
            path = urls.session_page(session)
            eager = first_screen_photo(session)
            figures = {source: self._figure(path, photo, eager == source)
                       for source, photo in media.inline.get(session.slug, {}).items()}
            bodies[session.slug] = render_body(without_notes_heading(session.parsed),
                                               figures=figures)
            page(path, "session.html", session=session, body=bodies[session.slug],
                 eager_photo=eager, language=camp.session_language(session))
            self.site.session_pages[camp.id].append(path)
        page(urls.camp_page(camp.id, "feed.xml"), "feed.xml", updated=self._updated(camp),
             bodies=bodies)
        for path, document in self._legal_pages(camp.id):
            page(path, "legal.html", document=document, canonical=self.absolute(
                urls.legal_page(document.kind, self.project.language)))

    def _figure(self, page: str, photo: PublishedPhoto, eager: bool) -> Figure:
        """A photo of the notes in each form the Markdown renderer may need."""
        template = self.env.get_template("partials/photo.html")

        def form(name: str) -> Markup:
            return Markup(template.render({  # noqa: S704 - an autoescaping template
                "page": page, "photo": photo, "sizes": NOTES_SIZES, "form": name,
                "eager": eager}))

        return Figure(form("figure"), form("inline"), form("bare"))

    def _updated(self, camp: Camp) -> str:
        return camp_updated(camp, self.settings.source_date).isoformat(timespec="seconds")
