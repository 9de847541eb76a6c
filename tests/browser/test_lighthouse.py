"""Lighthouse (npm, run with Debian's Chromium) on the five kinds of page a reader opens.

The scores are recorded in docs/quality.md; the test fails below 95 in any category (the
runs vary by a point or two, never by five)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import CHROMIUM, FLAGS, READER_PAGES

pytestmark = pytest.mark.browser

LIGHTHOUSE = Path(__file__).parent / "node_modules" / ".bin" / "lighthouse"
PAGES = READER_PAGES
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MINIMUM = 95


def lighthouse_scores(address: str) -> dict[str, int]:
    """Each category's score (0–100) for ``address``, on Lighthouse's default phone."""
    result = subprocess.run(
        [str(LIGHTHOUSE), address, "--output=json", "--output-path=stdout", "--quiet",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={' '.join(FLAGS)}"],
        capture_output=True, text=True, timeout=240, check=False,
        env={**os.environ, "CHROME_PATH": CHROMIUM})
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


@pytest.mark.parametrize("name", PAGES)
def test_lighthouse_scores(served: str, name: str) -> None:
    assert LIGHTHOUSE.exists(), "run: npm ci --prefix tests/browser"
    scores = lighthouse_scores(served + PAGES[name])
    assert {category: score for category, score in scores.items() if score < MINIMUM} == {}
