"""`campdoc check` runs the build's per-camp jobs, in worker processes for big projects:
what it finds must not depend on how many processes found it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from campdoc.cli.common import load_and_validate
from campdoc.site.check import check_project
from tests.conftest import ROOT, copy_sample_project

ISSUES = ROOT / "tests" / "fixtures" / "issues"


def _projects(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "sample").mkdir()
    broken = tmp_path / "issues"
    shutil.copytree(ISSUES, broken)
    return {"sample": copy_sample_project(tmp_path / "sample"), "issues": broken}


@pytest.mark.parametrize("name", ["sample", "issues"])
def test_two_processes_find_what_one_process_finds(tmp_path: Path, name: str) -> None:
    project = _projects(tmp_path)[name]
    _, expected, files = load_and_validate(project)
    assert expected or name == "sample"
    one, two = check_project(project, workers=1), check_project(project, workers=2)
    assert one.issues == two.issues == expected
    assert one.files == two.files == files
    assert one.language == "de"
    if name == "issues":
        assert len({issue.code for issue in two.issues}) > 10  # a real variety, not one kind
