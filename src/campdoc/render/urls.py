"""The address of every page and file of a site, in one place.

Paths are relative to the site's root (``camp-id/sessions/slug.html``). Pages, exports, the
booklet and the search indexes all ask these functions; the templates receive them as
globals and turn them into relative links with ``url()``, so no template spells a path.
"""

from __future__ import annotations

import posixpath
from typing import Literal
from urllib.parse import quote, urlsplit

from campdoc.content.indexes import group_slug
from campdoc.content.model import Session
from campdoc.content.schema import Repository

ARCHIVE = "index.html"
GroupKind = Literal["tag", "person", "organisation"]
GROUP_FOLDERS: dict[GroupKind, str] = {
    "tag": "tags", "person": "people", "organisation": "organisations"}
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


def camp_page(camp_id: str, name: str = "index.html") -> str:
    """A file at the top of a camp's folder: its home, ``schedule.html``, ``feed.xml``,
    an export such as ``camp.ics``, or a folder such as ``pagefind/``."""
    return f"{camp_id}/{name}"


def session_page(session: Session) -> str:
    return f"{session.camp_id}/sessions/{session.slug}.html"


def session_calendar(session: Session) -> str:
    return f"{session.camp_id}/sessions/{session.slug}.ics"


def group_index(camp_id: str, kind: GroupKind) -> str:
    """The list of all tags, people or organisations of a camp."""
    return f"{camp_id}/{GROUP_FOLDERS[kind]}/index.html"


def group_page(camp_id: str, kind: GroupKind, name: str) -> str:
    """The page of one tag, person or organisation, by its name."""
    return f"{camp_id}/{GROUP_FOLDERS[kind]}/{group_slug(name)}.html"


def photo_file(camp_id: str, name: str) -> str:
    """A written size of a photo (names are content hashes)."""
    return f"{camp_id}/photos/{name}"


def material_file(camp_id: str, name: str) -> str:
    """A material file (names are content hashes)."""
    return f"{camp_id}/materials/{name}"


def asset(name: str, camp_id: str | None = None) -> str:
    """A file of campdoc's own (styles, scripts, icons): each camp folder has its copy, so
    it works on its own; the archive has one at the top."""
    return f"{camp_id}/assets/{name}" if camp_id else f"assets/{name}"


# The pages have the names people expect in the project's language.
LEGAL_PAGE_NAMES = {"imprint": {"de": "impressum.html", "en": "imprint.html"},
                    "privacy": {"de": "datenschutz.html", "en": "privacy.html"}}


def legal_page(kind: str, language: str, camp_id: str | None = None) -> str:
    """The imprint's or privacy notice's page: at the top, or a camp folder's own copy."""
    name = LEGAL_PAGE_NAMES[kind][language]
    return f"{camp_id}/{name}" if camp_id else name


def is_legal_copy(path: str) -> bool:
    """Whether ``path`` is a camp folder's copy of the imprint or privacy notice (kept so the
    folder reads offline on its own; the archive's page is the one to index)."""
    name = path.partition("/")[2]  # empty for a page at the top
    return any(name in names.values() for names in LEGAL_PAGE_NAMES.values())


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


def absolute_url(base_url: str, path: str) -> str:
    """``path`` under the public address of the site; empty without one."""
    return base_url.rstrip("/") + "/" + path if base_url else ""


def license_url(license_id: str) -> str:
    return LICENSE_URLS.get(license_id, f"https://spdx.org/licenses/{license_id}.html")


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
