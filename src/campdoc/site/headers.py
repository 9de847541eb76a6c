"""HTTP headers for hosts that read a ``_headers`` file (Netlify, Cloudflare Pages).

Every page carries its Content-Security-Policy as a ``<meta>`` tag, which is all a folder on a
USB stick has; that tag allows ``file:`` because not every browser counts other files of a
``file://`` folder as 'self'. Served from a web host, the header below applies as well (a
browser enforces both), without ``file:``, and adds what a ``<meta>`` tag cannot say:
``frame-ancestors``, ``nosniff``, and a permissions policy. docs/hosting.md shows the same
headers for nginx, Apache and others; GitHub Pages sets none.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from urllib.parse import urlsplit

from campdoc.booklet.render import stylesheet
from campdoc.content.schema import SiteConfig
from campdoc.site.camp import CampSummary

HEADERS_FILE = "_headers"
ROBOTS_FILE = "robots.txt"


def content_security_policy() -> str:
    """The policy for every page served over HTTP(S)."""
    booklet_style = base64.b64encode(hashlib.sha256(stylesheet().encode()).digest()).decode()
    return "; ".join([
        "default-src 'self'",
        # Pagefind compiles WebAssembly; the pages without search forbid that in their meta tag.
        "script-src 'self' 'wasm-unsafe-eval'",
        f"style-src 'self' 'sha256-{booklet_style}'",  # the booklet's one inline stylesheet
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def headers_file(unlisted_camps: list[str]) -> str:
    """The ``_headers`` file at the top of the site (``unlisted_camps``: those with
    ``robots: noindex``, which get the header form of the same request)."""
    lines = [
        "# Written by campdoc build; see docs/hosting.md for other web servers.",
        "/*",
        f"  Content-Security-Policy: {content_security_policy()}",
        "  X-Content-Type-Options: nosniff",
        "  Referrer-Policy: no-referrer",
        "  X-Frame-Options: DENY",
        "  Cross-Origin-Opener-Policy: same-origin",
        "  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()",
        "/*/sw.js",
        "  Cache-Control: no-cache",
    ]
    for camp_id in unlisted_camps:
        lines += [f"/{camp_id}/*", "  X-Robots-Tag: noindex"]
    return "\n".join(lines) + "\n"


def robots_file(config: SiteConfig, camps: Sequence[CampSummary]) -> str:
    """``robots.txt``: keeps crawlers out of what asks not to be indexed.

    A crawler reads it only at the root of a host; under a sub-path (GitHub Pages project
    sites) the pages' own ``noindex`` tags do the work, so paths here follow ``base_url``.
    """
    prefix = urlsplit(config.base_url).path.rstrip("/") if config.base_url else ""
    lines = ["# Written by campdoc build.", "User-agent: *"]
    if config.robots == "noindex":
        lines.append(f"Disallow: {prefix}/")
    else:
        lines += [f"Disallow: {prefix}/{camp.id}/" for camp in camps if camp.noindex]
        if len(lines) == 2:
            lines.append("Disallow:")
        if config.base_url:
            lines.append(f"Sitemap: {config.base_url.rstrip('/')}/sitemap.xml")
    return "\n".join(lines) + "\n"
