"""Build one camp completely: load → validate → render → write → index.

A camp's folder is independent of every other camp's, so camps are the unit of
parallelism (worker processes) and of caching. A job returns only small, picklable
results: the issues, a summary for the archive page and the fallback search documents.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from campdoc.booklet.pdf import pdf_bytes
from campdoc.booklet.render import BOOKLET_HTML, BOOKLET_PDF, render_booklet, shortened_notes
from campdoc.content.indexes import build_camp_index
from campdoc.content.load import load_camp
from campdoc.content.model import Project
from campdoc.content.public import public_camp
from campdoc.content.schema import SiteConfig
from campdoc.content.validate import validate_camp
from campdoc.core.issues import Issue
from campdoc.core.seal import link_file
from campdoc.exports.camp import camp_exports
from campdoc.render import urls
from campdoc.render.logos import camp_logos
from campdoc.render.media import CampMedia, publish_media
from campdoc.render.minify import served_asset
from campdoc.render.pages import SiteRenderer
from campdoc.render.settings import BuildSettings
from campdoc.site.index import PAGEFIND_DIR, pagefind_cpu_seconds, process_indexer
from campdoc.site.index_fallback import (
    FALLBACK_FILE,
    fallback_document,
    fallback_script,
    filter_counts,
)
from campdoc.site.offline import MANIFEST, SERVICE_WORKER, manifest, service_worker
from campdoc.site.timings import StageTimes
from campdoc.site.write import site_path

ASSETS = ("campdoc.css", "campdoc.js", "search.js", "minisearch.js", "minisearch.LICENSE.txt",
          "icon.svg")


def package_assets() -> dict[str, bytes]:
    """campdoc's own files that every camp folder and the archive carry, as served."""
    return {name: served_asset(name) for name in ASSETS}


@dataclass(frozen=True, slots=True)
class CampJob:
    """Everything a worker needs to build one camp into the staging folder."""

    root: Path
    folder: str
    camp_id: str
    config: SiteConfig
    settings: BuildSettings
    output: Path  # where this camp's folder is staged (never the live site)


@dataclass(slots=True)
class CampSummary:
    """What the archive page and the sitemap need to know about a built camp."""

    id: str
    name: str
    language: str
    location: str = ""
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    sessions: int = 0
    pages: list[str] = field(default_factory=list)
    noindex: bool = False  # robots: noindex, for this camp or the whole project
    photos: list[str] = field(default_factory=list)  # keys in the photo cache


@dataclass(slots=True)
class CampOutcome:
    """The result of one camp job."""

    camp_id: str
    issues: list[Issue] = field(default_factory=list)
    summary: CampSummary | None = None
    fallback: list[dict[str, Any]] = field(default_factory=list)
    times: StageTimes = field(default_factory=StageTimes)  # for ``build --timings``

    @property
    def failed(self) -> bool:
        return self.summary is None or any(issue.is_error for issue in self.issues)


def indexable(page: str, language: str) -> str:
    """Only what Pagefind reads: the ``data-pagefind-body`` region (with the metadata and
    filters inside it). Half the bytes to encode, send and parse, same index."""
    start = page.find("<main")
    end = page.rfind("</main>")
    if start < 0 or end < 0:
        return page
    return f'<!DOCTYPE html><html lang="{language}"><body>{page[start:end + 7]}</body></html>'


def build_camp(job: CampJob) -> CampOutcome:
    """Build one camp into ``job.output``; nothing is written when it has errors."""
    outcome = CampOutcome(job.camp_id)
    stage = outcome.times.stage
    with stage("load"):
        sources = load_camp(job.root / job.folder, job.folder, outcome.issues)
    with stage("validate"):
        project = Project(root=job.root, config=job.config)
        camp = validate_camp(sources, project, outcome.issues)
        outcome.issues += sources.issues()
    if camp is None or any(issue.is_error for issue in outcome.issues):
        return outcome
    project.camps = [camp]
    with stage("media"):
        public = public_camp(camp)
        index = build_camp_index(public)
        logos = camp_logos(job.root, public, job.config)
        media = publish_media(public, job.root)
    outcome.issues += media.issues
    if media.issues:  # only decoding showed these; nothing is written
        return outcome
    with stage("render"):
        outcome.fallback = [fallback_document(public, session, number)
                            for number, session in enumerate(public.sessions)]
        renderer = SiteRenderer(project, job.settings)
        renderer.render_camp(public, index, logos, media, filter_counts(outcome.fallback))
        site = renderer.site
        files: dict[str, str | bytes] = {**site.pages, **site.files}
        files.update({urls.asset(name, camp.id): data
                      for name, data in package_assets().items()})
        if job.settings.booklet:
            booklet = render_booklet(project, public, job.settings, index, logos, media)
            outcome.issues += shortened_notes(public)
            files[urls.camp_page(camp.id, BOOKLET_HTML)] = booklet
            files[urls.camp_page(camp.id, BOOKLET_PDF)] = pdf_bytes(booklet)
        files[urls.camp_page(camp.id, FALLBACK_FILE)] = fallback_script(outcome.fallback)
    with stage("exports"):
        files.update(camp_exports(public, job.settings, media))
    with stage("write"):
        _write_camp_files(job.output, camp.id, files, media)
    with stage("index", pagefind_cpu_seconds):
        pages = [("/" + path, indexable(site.pages[path], camp.language))
                 for path in site.session_pages.get(camp.id, [])]
        process_indexer().index(job.output / PAGEFIND_DIR, camp.language, pages)
    with stage("write"):
        (job.output / MANIFEST).write_text(manifest(camp), encoding="utf-8")
        # Large files are kept for offline reading once opened, not on the first visit.
        later = {path.removeprefix(f"{camp.id}/") for path in [*media.files, *media.copies]} - {
            path.removeprefix(f"{camp.id}/") for path in media.small_files} | {
            BOOKLET_HTML, BOOKLET_PDF}
        (job.output / SERVICE_WORKER).write_text(service_worker(camp, job.output, later),
                                                 encoding="utf-8")
    outcome.summary = CampSummary(
        id=camp.id, name=camp.meta.name, language=camp.language, location=camp.meta.location,
        first_day=camp.first_day, last_day=camp.last_day, sessions=len(public.sessions),
        pages=sorted(path for path in site.pages if path.endswith(".html")),
        noindex=(camp.meta.robots or job.config.robots) == "noindex",
        photos=media.photo_keys)
    return outcome


def _write_camp_files(camp_folder: Path, camp_id: str, files: dict[str, str | bytes],
                      media: CampMedia) -> None:
    """The camp's pages, exports and published media, into its staged folder."""
    for path, content in files.items():
        target = site_path(camp_folder, path.removeprefix(f"{camp_id}/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    for path, source in media.files.items():
        target = site_path(camp_folder, path.removeprefix(f"{camp_id}/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            link_file(source, target)  # the photo cache's own file
        else:
            target.write_bytes(source)
    for path, original in media.copies.items():
        target = site_path(camp_folder, path.removeprefix(f"{camp_id}/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(original, target)
