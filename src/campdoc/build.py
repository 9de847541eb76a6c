"""``campdoc build``: load → validate → render → write → index, then swap the site in."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from campdoc.issues import CampdocError, Issue, sorted_issues
from campdoc.load import load_project
from campdoc.model import Project
from campdoc.offline import MANIFEST, SERVICE_WORKER, manifest, service_worker
from campdoc.render import BuildSettings, SiteRenderer
from campdoc.search import fallback_indexes, write_pagefind_indexes
from campdoc.validate import validate_project
from campdoc.write import StagedOutput, check_output_folder

ASSETS = ("campdoc.css", "campdoc.js", "search.js", "minisearch.js", "minisearch.LICENSE.txt",
          "icon.svg")
Progress = Callable[[str], None]


@dataclass(slots=True)
class BuildResult:
    """What a build did: the issues it found and, when it wrote a site, what it wrote."""

    issues: list[Issue]
    project: Project | None = None
    pages: int = 0
    camps: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return any(issue.is_error for issue in self.issues)


def source_date(project_root: Path, paths: list[str]) -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` if set, else the newest source file: never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    newest = max((int((project_root / path).stat().st_mtime) for path in paths), default=0)
    return dt.datetime.fromtimestamp(newest, tz=dt.UTC)


def _assets() -> dict[str, bytes]:
    folder = resources.files("campdoc") / "assets"
    return {name: (folder / name).read_bytes() for name in ASSETS}


def build(project_root: Path, out: Path, *, camp_id: str | None = None,
          base_url: str | None = None, strict: bool = False,
          progress: Progress = lambda message: None) -> BuildResult:
    """Build the site (or one camp's folder of it) into ``out``.

    Nothing is written unless validation passed; the new output replaces the old one only
    after every stage succeeded, so on any error the previous ``out`` stays as it was.
    """
    started = time.perf_counter()
    progress("load")
    sources = load_project(project_root)
    progress("validate")
    project, issues = validate_project(sources)
    result = BuildResult(sorted_issues(issues), project)
    if camp_id is not None and camp_id not in {camp.id for camp in project.camps}:
        raise CampdocError(f"there is no camp with the id '{camp_id}'",
                           "Camps: " + ", ".join(camp.id for camp in project.camps))
    if result.failed or (strict and result.issues):
        return result
    check_output_folder(out, project_root)
    settings = BuildSettings(
        base_url=project.config.base_url if base_url is None else base_url,
        build_date=source_date(project_root, sources.file_paths()),
        camp_ids=(camp_id,) if camp_id else ())
    progress("render")
    renderer = SiteRenderer(project, settings)
    site = renderer.render()
    camps = renderer.camps()
    files: dict[str, str | bytes] = {**site.pages, **site.files,
                                     **fallback_indexes(project, camps)}
    for folder in [""] + [f"{camp.id}/" for camp in camps]:
        files.update({f"{folder}assets/{name}": data for name, data in _assets().items()})
    prefix = f"{camp_id}/" if camp_id else ""
    with StagedOutput(out / camp_id if camp_id else out) as stage:
        progress("write")
        for path, content in files.items():
            if path.startswith(prefix):
                stage.write(path.removeprefix(prefix), content)
        progress("index")
        camp_folders = {camp.id: stage.folder if camp_id else stage.folder / camp.id
                        for camp in camps}
        write_pagefind_indexes(camp_folders, camps, site.pages, site.session_pages)
        for camp in camps:
            local = "" if camp_id else f"{camp.id}/"
            stage.write(local + MANIFEST, manifest(camp))
            stage.write(local + SERVICE_WORKER, service_worker(camp, camp_folders[camp.id]))
        stage.publish(marker=camp_id is None)
    result.pages = sum(1 for path in site.pages if path.endswith(".html"))
    result.camps = [camp.id for camp in camps]
    result.seconds = time.perf_counter() - started
    return result
