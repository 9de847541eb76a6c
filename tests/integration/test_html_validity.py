"""Every page of the built sample site, the booklets included, passes the W3C Nu checker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from campdoc.site.build import build
from tests.conftest import nu_checker_errors

pytestmark = pytest.mark.validator


def test_every_page_passes_the_nu_html_checker(sample_project: Path) -> None:
    assert shutil.which("java"), "the Nu checker needs Java (see .ci/run)"
    site = sample_project / "site"
    assert not build(sample_project, site, booklet=True).failed
    pages = list(site.rglob("*.html"))
    assert len(pages) > 60
    assert len([page for page in pages if page.name == "booklet.html"]) == 3  # one per camp
    errors = nu_checker_errors(site)
    assert errors == [], "\n".join(errors[:20])
