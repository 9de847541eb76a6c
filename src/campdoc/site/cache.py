"""A content-addressed cache of built camps in ``.campdoc-cache/``.

A camp's key covers everything its output depends on: campdoc's version, the project
config, every template, the build options and every byte of the camp's folder (large
files' digests are remembered by their status, see ``digests``). A hit
hardlinks the stored output into the new site instead of rebuilding it. Deleting the
folder is always safe; the next build is simply a cold one.

Each entry is sealed with a secret kept outside the project, so a cache folder that comes
with a pull request cannot skip validation: without a valid seal it is built anew.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from campdoc import __version__
from campdoc.content.assets import resolve_file
from campdoc.content.load import CONFIG_FILE
from campdoc.content.schema import SiteConfig
from campdoc.core.issues import Issue, Location
from campdoc.core.seal import (
    CACHE_DIR,
    cache_secret,
    is_sealed,
    link_tree,
    remove_entry,
    sealed_entry,
)
from campdoc.render.environment import TEMPLATES_DIR
from campdoc.render.legal import legal_sources
from campdoc.site.camp import CampJob, CampOutcome, CampSummary
from campdoc.site.digests import FileDigests

CACHE_FORMAT = "5"
OUTCOME_FILE = "outcome.json"


def _tree_digest(digest: Any, folder: Path, prefix: str,
                 digests: FileDigests | None = None) -> None:
    """Names and content digests of every file below ``folder``; links are named, never
    followed. ``digests`` remembers large files' digests between builds."""
    if not folder.is_dir() or folder.is_symlink():
        return
    for current, folders, names in os.walk(folder):  # does not follow linked folders
        folders.sort()
        for name in sorted(names + [f for f in folders if (Path(current) / f).is_symlink()]):
            path = Path(current) / name
            relative = f"{prefix}/{path.relative_to(folder).as_posix()}"
            # os.fsencode: a name that is not UTF-8 keeps its own bytes (and its own key).
            if path.is_symlink():
                digest.update(b"link " + os.fsencode(relative) + b" "
                              + os.fsencode(path.readlink()) + b"\0")
            elif path.is_file():
                digest.update(b"file " + os.fsencode(relative) + b"\0")
                digest.update(digests.digest(path, relative) if digests is not None
                              else hashlib.sha256(path.read_bytes()).digest())


PACKAGE_ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=4)
def package_digest(package: Path = PACKAGE_ROOT) -> str:
    """campdoc's own code, templates and assets, every subpackage included: an edited
    checkout invalidates the cache even when the version number stays the same."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# The libraries whose output lands in the site byte for byte: an upgrade of one of them
# (a new minifier rule, a new Pagefind) must not leave old pages in a warm build.
OUTPUT_LIBRARIES = ("markdown-it-py", "mdit-py-plugins", "jinja2", "pyyaml", "icalendar",
                    "pillow", "pagefind", "rjsmin", "rcssmin", "cbor2")


@lru_cache(maxsize=1)
def libraries_digest() -> str:
    """The installed versions of :data:`OUTPUT_LIBRARIES`."""
    versions = []
    for name in OUTPUT_LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    return "\0".join(versions)


def shared_digest(root: Path, config: SiteConfig) -> str:
    """What every camp depends on: campdoc itself and the libraries that shape its output,
    the config, the templates, the imprint and privacy pages, and the project's logo."""
    digest = hashlib.sha256(f"campdoc {__version__} cache {CACHE_FORMAT}\0".encode())
    digest.update(package_digest().encode())
    digest.update(libraries_digest().encode())
    config_file = root / CONFIG_FILE
    digest.update(config_file.read_bytes() if config_file.is_file() else b"-")
    _tree_digest(digest, root / TEMPLATES_DIR, TEMPLATES_DIR)
    for page in legal_sources(root, config):  # copied into every camp folder
        digest.update(f"page {page.relative_to(root).as_posix()}\0".encode())
        digest.update(page.read_bytes())
    logo, _ = resolve_file(root, config.logo) if config.logo else (None, "")
    if logo is not None:  # the project's logo, published into camps without their own
        digest.update(b"logo\0" + logo.read_bytes())
    return digest.hexdigest()


def camp_key(job: CampJob, shared: str, digests: FileDigests | None = None) -> str:
    digest = hashlib.sha256(shared.encode())
    settings = job.settings
    digest.update(f"{settings.base_url}\0{settings.source_date}\0{settings.booklet}\0".encode()
                  + os.fsencode(job.camp_id) + b"\0")
    _tree_digest(digest, job.root / job.folder, job.folder, digests)
    return digest.hexdigest()[:32]


def _issue_to_json(issue: Issue) -> dict[str, Any]:
    return {"code": issue.code, "path": issue.location.path, "line": issue.location.line,
            "column": issue.location.column, "field": issue.field, "params": issue.params}


def _issue_from_json(data: dict[str, Any]) -> Issue:
    return Issue(data["code"], Location(data["path"], data["line"], data["column"]),
                 data["field"], dict(data["params"]))


def _default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value))


def _label(key: str) -> str:
    return f"camp {CACHE_FORMAT} {key}"


class CampCache:
    """Stored camp outputs, one folder per key, each sealed with the user's secret."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / CACHE_DIR / "camps"
        self.used: set[str] = set()
        self.secret = cache_secret()

    def fetch(self, key: str, target: Path) -> CampOutcome | None:
        """Link a stored camp into ``target`` and return its outcome, or None on a miss."""
        entry = self.folder / key
        try:
            if self.secret is None or (self.root / CACHE_DIR).is_symlink():
                return None
            if not is_sealed(self.secret, _label(key), entry):
                return None  # not made by this user's campdoc: built again, and replaced
            data = json.loads((entry / OUTCOME_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        link_tree(entry / "site", target)
        self.used.add(key)
        summary = data["summary"]
        for name in ("first_day", "last_day"):
            if summary[name]:
                summary[name] = dt.date.fromisoformat(summary[name])
        return CampOutcome(data["camp_id"], [_issue_from_json(i) for i in data["issues"]],
                           CampSummary(**summary), data["fallback"])

    def store(self, key: str, built: Path, outcome: CampOutcome) -> None:
        """Keep a successfully built camp; written aside, sealed, then renamed into place.
        An entry under the same key that does not carry a valid seal is replaced."""
        entry = self.folder / key
        self.used.add(key)
        if outcome.summary is None or self.secret is None:
            return
        if entry.is_dir() and not entry.is_symlink() and is_sealed(self.secret, _label(key),
                                                                     entry):
            return
        data = {"camp_id": outcome.camp_id, "issues": [_issue_to_json(i) for i in outcome.issues],
                "summary": dataclasses.asdict(outcome.summary), "fallback": outcome.fallback}

        def fill(folder: Path) -> None:
            link_tree(built, folder / "site")
            (folder / OUTCOME_FILE).write_text(json.dumps(data, default=_default),
                                               encoding="utf-8")

        sealed_entry(self.root, self.secret, _label(key), entry, fill)

    def prune(self) -> None:
        """Forget camps that the last full build did not use."""
        if not self.folder.is_dir() or (self.root / CACHE_DIR).is_symlink():
            return
        for entry in self.folder.iterdir():
            if entry.name not in self.used:
                remove_entry(entry)

