"""Render every page of the site into memory: path → text. Nothing is written here.

Templates are package data; a project's ``templates/`` folder overrides any of them and can
extend a built-in one as ``campdoc/<name>`` (for example ``{% extends "campdoc/base.html" %}``).
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
from markupsafe import Markup

from campdoc import __version__
from campdoc.content.indexes import CampIndex, build_camp_index
from campdoc.content.markdown import parse_body, render_body, render_inline
from campdoc.content.model import Camp, Project, Session, shown_name
from campdoc.content.schema import Repository
from campdoc.content.timing import camp_updated, session_moment
from campdoc.core.words import UI, count_sessions, format_date, format_date_range

TEMPLATES_DIR = "templates"
LICENSE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "CC-BY-NC-SA-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "CC-BY-ND-4.0": "https://creativecommons.org/licenses/by-nd/4.0/",
    "CC-BY-NC-ND-4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "CC-BY-3.0-DE": "https://creativecommons.org/licenses/by/3.0/de/",
    "CC-BY-SA-3.0-DE": "https://creativecommons.org/licenses/by-sa/3.0/de/",
}


@dataclass(frozen=True, slots=True)
class BuildSettings:
    """What a build was asked for, beyond the project itself."""

    base_url: str = ""
    # SOURCE_DATE_EPOCH, when set, for the feeds' "updated"; otherwise output depends on
    # content alone, so clean checkouts anywhere build byte-identical sites.
    source_date: dt.datetime | None = None
    # Also write the booklet (HTML and PDF) into each camp's folder and link it.
    booklet: bool = False


@dataclass(slots=True)
class RenderedSite:
    """The site in memory: text pages, copied files, and what the search stage indexes."""

    pages: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    session_pages: dict[str, list[str]] = field(default_factory=dict)  # camp id → page paths


def license_url(license_id: str) -> str:
    return LICENSE_URLS.get(license_id, f"https://spdx.org/licenses/{license_id}.html")


def relative_url(page: str, target: str) -> str:
    """The link from one site path to another; explicit ``index.html`` so file:// works.

    A target ending in ``/`` is a folder prefix (``assets/``) and keeps its slash.
    """
    # Pure string work: posixpath.relpath asks the OS for the working folder on every call,
    # and pages have dozens of links each.
    source = page.split("/")[:-1]
    parts = target.split("/")
    common = 0
    while common < len(source) and common < len(parts) - 1 and source[common] == parts[common]:
        common += 1
    link = "/".join([".."] * (len(source) - common) + parts[common:])
    return link or "./"


def make_environment(project_root: Path) -> jinja2.Environment:
    """The environment for a project; a templates/ folder created later is picked up."""
    return _environment(project_root, (project_root / TEMPLATES_DIR).is_dir())


@lru_cache(maxsize=8)
def _environment(project_root: Path, has_templates: bool) -> jinja2.Environment:
    """Project templates first, then the built-in ones (also reachable as ``campdoc/…``).

    One environment per project and process: compiling the templates again for every camp
    cost more than rendering them. Jinja's auto_reload still picks up edited templates.
    """
    builtin = jinja2.PackageLoader("campdoc.site", TEMPLATES_DIR)
    loaders: list[jinja2.BaseLoader] = []
    if has_templates:
        loaders.append(jinja2.FileSystemLoader(project_root / TEMPLATES_DIR))
    loaders += [jinja2.PrefixLoader({"campdoc": builtin}), builtin]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,  # every template, HTML and XML alike: content comes from strangers
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["inline"] = lambda text: render_inline(str(text))
    env.filters["tojson_attr"] = lambda value: json.dumps(value, ensure_ascii=False,
                                                          sort_keys=True)
    env.globals.update(
        license_url=license_url, format_date_range=format_date_range,
        count_sessions=count_sessions, campdoc_version=__version__, url=_url,
        session_url=session_url, host_names=_host_names, session_timestamp=session_timestamp,
        session_summary=session_summary)
    env.filters["date"] = _date
    env.filters["markdown"] = lambda text: render_body(parse_body(str(text)))
    return env


@jinja2.pass_context
def _url(context: Any, target: str) -> str:
    return relative_url(str(context["page"]), target)


@jinja2.pass_context
def _date(context: Any, day: dt.date | None) -> str:
    return format_date(day, str(context["lang"])) if day else ""


class SiteRenderer:
    """Renders the archive and each camp with one template environment."""

    def __init__(self, project: Project, settings: BuildSettings) -> None:
        self.project = project
        self.settings = settings
        self.env = make_environment(project.root)
        self.site = RenderedSite()
        self._cards: dict[tuple[str, str, str], Markup] = {}

    def render(self) -> RenderedSite:
        """Every page of every camp of the project (the archive is `render_archive`)."""
        for camp in self.project.camps:
            self.render_camp(camp, build_camp_index(camp))
        return self.site

    def render_archive(self, camps: Sequence[Any], pages: Sequence[str]) -> RenderedSite:
        """The archive of all camps (from their summaries) and, with a base URL, the sitemap."""
        self._page("index.html", "archive.html", self.project.language, None, None,
                   camps=sorted(camps, key=lambda c: (c.first_day or dt.date.min, c.id),
                                reverse=True))
        if self.settings.base_url:
            self._page("sitemap.xml", "sitemap.xml", self.project.language, None, None,
                       pages=sorted(["index.html", *pages]))
        return self.site

    def _edit_url(self, item: Session | Camp) -> str:
        return edit_url(self.project.config.repository, item.source)

    def absolute(self, path: str) -> str:
        base = self.settings.base_url
        return base.rstrip("/") + "/" + path if base else ""

    def _page(self, path: str, template: str, lang: str, camp: Camp | None,
              index: CampIndex | None, **context: Any) -> None:
        values = {
            "page": path, "lang": lang, "t": UI[lang], "site": self.project.config,
            "camp": camp, "index": index, "canonical": self.absolute(path),
            "root": relative_url(path, "index.html"),
            "camp_root": relative_url(path, f"{camp.id}/index.html") if camp else "",
            "absolute": self.absolute, "edit_url": self._edit_url,
            "booklet": self.settings.booklet,
        }
        values.update(context)
        values["session_card"] = self._card_renderer(values)
        self.site.pages[path] = self.env.get_template(template).render(values)

    def _card_renderer(self, values: dict[str, Any]) -> Any:
        """``session_card(session)``: a session's card, rendered once per folder.

        Tag, host and organisation pages list the same sessions again and again, and a
        card's relative links depend only on the folder of the page, not on the page.
        """
        folder = posixpath.dirname(str(values["page"]))
        template = self.env.get_template("partials/session_card.html")

        def card(session: Session) -> Markup:
            key = (session.camp_id, session.slug, folder)
            if key not in self._cards:
                self._cards[key] = Markup(template.render({**values, "session": session}))  # noqa: S704 - rendered by an autoescaping template
            return self._cards[key]

        return card

    def render_camp(self, camp: Camp, index: CampIndex) -> None:
        base = camp.id
        logos = dict(self._logos(camp))
        page = self._camp_page(camp, index, logos)
        page("index.html", "camp.html")
        page("schedule.html", "schedule.html")
        page("search.html", "search.html")
        page("tags/index.html", "tags.html")
        page("people/index.html", "people.html")
        page("organisations/index.html", "organisations.html")
        for group in index.tags:
            page(f"tags/{group.slug}.html", "group.html", group=group, kind="tag")
        for group in index.people:
            page(f"people/{group.slug}.html", "group.html", group=group, kind="person")
        for group in index.organisations:
            page(f"organisations/{group.slug}.html", "group.html", group=group,
                 kind="organisation")
        self.site.session_pages[camp.id] = []
        for session in index.sessions:
            path = f"sessions/{session.slug}.html"
            page(path, "session.html", session=session, body=render_body(session.parsed),
                 language=camp.session_language(session))
            self.site.session_pages[camp.id].append(f"{base}/{path}")
        page("feed.xml", "feed.xml", updated=self._updated(camp))

    def _camp_page(self, camp: Camp, index: CampIndex, logos: dict[str, str]) -> Any:
        def page(path: str, template: str, **context: Any) -> None:
            self._page(f"{camp.id}/{path}", template, camp.language, camp, index, logos=logos,
                       **context)

        return page

    def _logos(self, camp: Camp) -> Iterator[tuple[str, str]]:
        """Copy each funder/partner logo into the camp's assets; yields logo → site path."""
        folder = (self.project.root / camp.source).parent
        for organisation in camp.organisations:
            if organisation.logo:
                name = posixpath.basename(organisation.logo.replace("\\", "/"))
                target = f"{camp.id}/assets/logos/{name}"
                self.site.files[target] = (folder / organisation.logo).read_bytes()
                yield organisation.logo, target

    def _updated(self, camp: Camp) -> str:
        return camp_updated(camp, self.settings.source_date).isoformat(timespec="seconds")


@jinja2.pass_context
def _host_names(context: Any, session: Session) -> str:
    """``Anna Beispiel (Verein), Anonyme:r Sessiongeber:in`` — never an unpublished name."""
    anonymous = UI[str(context["lang"])]["anonymous"]
    return ", ".join(
        shown_name(host, anonymous) + (f" ({host.organization})" if host.organization else "")
        for host in session.meta.hosts)


def session_timestamp(camp: Camp, session: Session) -> str:
    """The session's start as RFC 3339, for feeds."""
    return session_moment(camp, session).isoformat(timespec="seconds")


def session_summary(session: Session) -> str:
    """A plain-text teaser: the subtitle, else the first key insights."""
    if session.meta.subtitle:
        return session.meta.subtitle
    points = [point for point in session.meta.insights if isinstance(point, str)]
    return " · ".join(points[:3])


def edit_url(repository: Repository | None, source: str) -> str:
    """The web editor of ``source`` on GitHub, GitLab or Forgejo/Gitea; empty without a repo."""
    if repository is None:
        return ""
    base = repository.url.rstrip("/").removesuffix(".git")
    path = quote(posixpath.join(repository.path.strip("/"), source), safe="/")
    branch = quote(repository.branch, safe="/")
    forge = forge_of(repository)
    if forge == "github":
        return f"{base}/edit/{branch}/{path}"
    if forge == "gitlab":
        return f"{base}/-/edit/{branch}/{path}"
    return f"{base}/_edit/{branch}/{path}"  # Forgejo and Gitea, e.g. Codeberg


def forge_of(repository: Repository) -> str:
    """github, gitlab or forgejo: as configured, or told from the host name."""
    if repository.forge != "auto":
        return repository.forge
    host = (urlsplit(repository.url).hostname or "").lower()
    if host == "github.com" or host.startswith("github."):
        return "github"
    if host == "gitlab.com" or host.startswith("gitlab."):
        return "gitlab"
    return "forgejo"


def session_url(session: Session) -> str:
    return f"{session.camp_id}/sessions/{session.slug}.html"
