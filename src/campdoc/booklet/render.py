"""The booklet: one print-ready document per camp ("Tagungsdokumentation"), as HTML.

The HTML is a single self-contained file (styles inline, logos as data: addresses) that
prints well from any browser. The PDF is the same HTML laid out by WeasyPrint, an optional
extra (``pip install 'campdoc[pdf]'``), which adds what browsers cannot: page numbers in the
table of contents, running headers with the session's title, and a PDF outline.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from markupsafe import Markup

from campdoc.content.indexes import CampIndex, build_camp_index
from campdoc.content.markdown import render_body
from campdoc.content.model import Project, Session
from campdoc.content.public import PublicCamp
from campdoc.content.timing import session_timing
from campdoc.core.words import UI
from campdoc.render import urls
from campdoc.render.environment import make_environment, package_asset
from campdoc.render.logos import PublishedLogo, camp_logos
from campdoc.render.settings import BuildSettings

BOOKLET_HTML = "booklet.html"
BOOKLET_PDF = "booklet.pdf"
# More rooms than this do not fit side by side on a portrait A4 page.
PORTRAIT_ROOMS = 4
_HEADING = re.compile(r"<(/?)h([1-6])\b")
_BODY_ID = re.compile(r'(id="|href="#)h-')


def stylesheet(name: str = "booklet.css") -> str:
    return package_asset(name).decode("utf-8")


def _session_body(session: Session) -> Markup:
    """The notes one heading level deeper than on the site (the session title is an h2
    here), and with ids made unique across the booklet."""
    html = str(render_body(session.parsed))
    html = _HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 1, 6)}", html)
    html = _BODY_ID.sub(lambda m: f"{m[1]}{session.slug}--h-", html)
    return Markup(html)  # noqa: S704 - our renderer's output, only tags and ids renamed


def render_booklet(project: Project, camp: PublicCamp, settings: BuildSettings,
                   index: CampIndex | None = None,
                   logos: dict[str, PublishedLogo] | None = None) -> str:
    """The booklet of ``camp`` as one HTML document (``index`` and ``logos``: those the
    pages used, when the booklet is made in a build)."""
    env = make_environment(project.root)
    index = index or build_camp_index(camp)
    logos = camp_logos(project.root, camp) if logos is None else logos
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
        "session_body": _session_body, "timing": lambda s: session_timing(camp, s),
        "licenses": sorted({camp.session_license(s) for s in index.sessions} - {""}),
    }
    return env.get_template("booklet.html").render(context)
