"""``campdoc build``: load → validate → render → write → index, per camp, then the archive.

Camps are built as independent jobs (in parallel processes when the project is big enough)
into a staging folder; unchanged camps come from the cache. Only when every job succeeded
is the archive written and the staging folder swapped in for the old site.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from campdoc.content.load import load_project
from campdoc.content.model import Project
from campdoc.content.validate import convert_document
from campdoc.core.errors import CampdocError
from campdoc.core.issues import Issue, sorted_issues
from campdoc.media.store import PhotoStore
from campdoc.render import urls
from campdoc.render.pages import SiteRenderer
from campdoc.render.settings import BuildSettings, source_date
from campdoc.site.cache import CampCache, camp_key, shared_digest
from campdoc.site.camp import CampJob, CampOutcome, build_camp, package_assets
from campdoc.site.digests import FileDigests
from campdoc.site.headers import HEADERS_FILE, ROBOTS_FILE, headers_file, robots_file
from campdoc.site.index_fallback import FALLBACK_FILE, archive_fallback, filter_counts
from campdoc.site.timings import StageTimes
from campdoc.site.write import StagedOutput, check_output_folder, mark_as_site

Progress = Callable[[str], None]
# Below this many session files, starting worker processes costs more than it saves.
PARALLEL_MIN_SESSIONS = 300


@dataclass(slots=True)
class BuildResult:
    """What a build did: the issues it found and, when it wrote a site, what it wrote."""

    issues: list[Issue]
    project: Project | None = None
    pages: int = 0
    camps: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    seconds: float = 0.0
    times: StageTimes = field(default_factory=StageTimes)  # per stage, for --timings

    @property
    def failed(self) -> bool:
        return any(issue.is_error for issue in self.issues)


def wanted_workers(jobs: int) -> int:
    """Processes for ``jobs`` camps: one per core (or ``CAMPDOC_WORKERS``), at most one per
    camp."""
    if jobs < 2:
        return 1
    wanted = int(os.environ.get("CAMPDOC_WORKERS", "0")) or (os.cpu_count() or 1)
    return min(jobs, wanted)


def _worker_count(jobs: list[CampJob]) -> int:
    sessions = sum(len(list((job.root / job.folder).glob("*.md"))) for job in jobs)
    return wanted_workers(len(jobs)) if sessions >= PARALLEL_MIN_SESSIONS else 1


@dataclass(frozen=True, slots=True)
class CachedJob:
    """A camp job and the cache key its result is kept under."""

    job: CampJob
    key: str


def build_and_keep(cached: CachedJob) -> CampOutcome:
    """Build one camp and keep it in the cache when it built without errors.

    Kept in the worker that built it, right away: done by the main process after all
    camps, sealing (reading every file of every camp) was a serial tail of the build.
    A camp that built is kept even if another camp fails; its entry is just as valid.
    """
    outcome = build_camp(cached.job)
    if not outcome.failed:
        with outcome.times.stage("cache"):
            CampCache(cached.job.root).store(cached.key, cached.job.output, outcome)
    return outcome


def run_jobs(jobs: list[CachedJob], workers: int) -> Iterable[CampOutcome]:
    """Build camps in this process, or in worker processes (fresh ones: never fork a
    process that may run threads, such as the preview's watcher)."""
    if workers <= 1:
        return map(build_and_keep, jobs)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("forkserver"))
    with pool:
        return list(pool.map(build_and_keep, jobs))


def build(project_root: Path, out: Path, *, camp_id: str | None = None,
          camps: Collection[str] | None = None, base_url: str | None = None,
          strict: bool = False, booklet: bool = False,
          progress: Progress = lambda message: None) -> BuildResult:
    """Build the site into ``out``, or only the folders of ``camps`` (or of ``camp_id``)
    in it, side by side; the rest of ``out`` stays.

    Nothing is published unless every camp validated; on any error the previous ``out``
    stays byte-identical.
    """
    started = time.perf_counter()
    times = StageTimes()
    progress("load")
    with times.stage("prepare"):
        sources = load_project(project_root, read_camps=False)
        project = Project(root=project_root)
        if sources.config and (config := convert_document(sources.config,
                                                          type(project.config), project_root)):
            project.config = config
    result = BuildResult(list(sources.all_issues()), project, times=times)
    folders = {camp.id: camp.folder for camp in sources.camps}
    selected = None if camp_id is None and camps is None else \
        sorted({*(camps or ()), *([camp_id] if camp_id is not None else [])})
    for name in selected or ():
        if name not in folders:
            raise CampdocError.said("project.unknown_camp", camp=name,
                                    camps=", ".join(sorted(folders)))
    check_output_folder(out, project_root)
    settings = BuildSettings(
        base_url=project.config.base_url if base_url is None else base_url,
        source_date=source_date(), booklet=booklet)
    cache = CampCache(project_root)
    shared = shared_digest(project_root, project.config)
    with ExitStack() as stack:
        # The whole site is staged as one folder; selected camps each as their own.
        stages = ({"": stack.enter_context(StagedOutput(out))} if selected is None else
                  {name: stack.enter_context(StagedOutput(out / name)) for name in selected})
        jobs = [CampJob(project_root, folder, name, project.config, settings,
                        stages[""].folder / name if selected is None else stages[name].folder)
                for name, folder in folders.items() if selected is None or name in selected]
        with times.stage("prepare"):
            digests = FileDigests(project_root, cache.secret)
            keys = {job.camp_id: camp_key(job, shared, digests) for job in jobs}
            digests.save(prune=selected is None)
        progress("render")
        outcomes = {}
        for job in jobs:
            cached = cache.fetch(keys[job.camp_id], job.output)
            if cached is not None:
                outcomes[job.camp_id] = cached
                result.cached.append(job.camp_id)
        missing = [job for job in jobs if job.camp_id not in outcomes]
        cache.used.update(keys[job.camp_id] for job in missing)
        for outcome in run_jobs([CachedJob(job, keys[job.camp_id]) for job in missing],
                                _worker_count(missing)):
            outcomes[outcome.camp_id] = outcome
            times.add(outcome.times)
        result.issues += [issue for o in outcomes.values() for issue in o.issues]
        result.issues = sorted_issues(result.issues)
        if result.failed or (strict and result.issues):
            return result
        progress("index")
        summaries = [o.summary for o in outcomes.values() if o.summary is not None]
        with times.stage("archive"):
            if selected is None:
                _write_archive(stages[""], project, settings, outcomes)
                cache.prune()
                PhotoStore(project_root).prune({key for s in summaries for key in s.photos})
            for stage in stages.values():
                stage.publish(marker=selected is None)
            if selected is not None:
                mark_as_site(out)
    result.pages = sum(len(summary.pages) for summary in summaries) + (selected is None)
    result.camps = sorted(outcomes)
    result.seconds = time.perf_counter() - started
    return result


def _write_archive(stage: StagedOutput, project: Project, settings: BuildSettings,
                   outcomes: dict[str, CampOutcome]) -> None:
    """The archive page, its search and the site-wide files, beside the camp folders."""
    summaries = [o.summary for o in outcomes.values() if o.summary is not None]
    renderer = SiteRenderer(project, settings)
    listed = [path for summary in summaries if not summary.noindex for path in summary.pages
              if not urls.is_legal_copy(path)]
    documents = [document for name in sorted(outcomes) for document in outcomes[name].fallback]
    archive = renderer.render_archive(summaries, listed, filter_counts(documents))
    for path, text in archive.pages.items():
        stage.write(path, text)
    for path, data in archive.files.items():
        stage.write(path, data)
    stage.write(ROBOTS_FILE, robots_file(project.config, summaries))
    stage.write(FALLBACK_FILE, archive_fallback(
        [outcomes[name].fallback for name in sorted(outcomes)]))
    for name, data in package_assets().items():
        stage.write(f"assets/{name}", data)
    stage.write(HEADERS_FILE, headers_file(
        [summary.id for summary in summaries if summary.noindex]))
