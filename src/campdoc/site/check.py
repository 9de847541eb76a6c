"""``campdoc check`` for a whole project, camp by camp: in worker processes when the
project is big enough, with the same jobs the build runs, so a big archive is checked at
the speed of the build's validation (and finds exactly what a one-process check finds).
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from campdoc.content.load import CampSources, load_camp, load_project
from campdoc.content.model import Project
from campdoc.content.schema import SiteConfig
from campdoc.content.validate import convert_document, validate_camp
from campdoc.core.issues import Issue, sorted_issues
from campdoc.core.messages import Language
from campdoc.site.build import PARALLEL_MIN_SESSIONS, wanted_workers


@dataclass(frozen=True, slots=True)
class CheckJob:
    root: Path
    folder: str
    config: SiteConfig


@dataclass(frozen=True, slots=True)
class CheckedProject:
    """What `campdoc check` reports: the project's language, every issue (sorted) and the
    project-relative paths of the files that were read."""

    language: Language
    issues: list[Issue]
    files: list[str]


def check_camp(job: CheckJob) -> tuple[list[Issue], list[str]]:
    """One camp read and validated: its issues and the files it read."""
    issues: list[Issue] = []
    sources = load_camp(job.root / job.folder, job.folder, issues)
    validate_camp(sources, Project(root=job.root, config=job.config), issues)
    return issues + sources.issues(), _paths(sources)


def _paths(camp: CampSources) -> list[str]:
    return ([camp.camp_file.path] if camp.camp_file else []) + [s.path for s in camp.sessions]


def _run(jobs: list[CheckJob], workers: int) -> Iterable[tuple[list[Issue], list[str]]]:
    if workers <= 1:
        return map(check_camp, jobs)
    # Fresh processes (forkserver), as in the build: never fork one that may run threads.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("forkserver")) as pool:
        return list(pool.map(check_camp, jobs, chunksize=max(1, len(jobs) // (workers * 4))))


def check_project(root: Path, workers: int | None = None) -> CheckedProject:
    """Every issue of the project at ``root``; ``workers`` forces the number of processes
    (default: one per core for big projects, else this process)."""
    sources = load_project(root, read_camps=False)
    project = Project(root=root)
    if sources.config and (config := convert_document(sources.config, SiteConfig, root)):
        project.config = config
    issues = sources.all_issues()
    files = [sources.config.path] if sources.config else []
    jobs = [CheckJob(root, camp.folder, project.config) for camp in sources.camps]
    if workers is None:
        sessions = sum(1 for job in jobs for _ in (root / job.folder).glob("*.md"))
        workers = wanted_workers(len(jobs)) if sessions >= PARALLEL_MIN_SESSIONS else 1
    for camp_issues, camp_files in _run(jobs, workers):
        issues += camp_issues
        files += camp_files
    language: Language = "en" if project.language == "en" else "de"
    return CheckedProject(language, sorted_issues(issues), files)
