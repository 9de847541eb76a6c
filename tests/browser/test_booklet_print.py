"""The HTML booklet in a real browser: styled under its own CSP, nothing loaded from outside,
no serious accessibility problems, and it prints to A4 with each session on its own page."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from playwright.sync_api import Browser, Page

from campdoc.booklet.render import render_booklet
from campdoc.cli.common import load_and_validate
from campdoc.content.public import public_camp
from campdoc.render.settings import BuildSettings
from tests.browser.conftest import RecordedPage, run_axe
from tests.conftest import copy_sample_project

pytestmark = pytest.mark.browser
LEIPZIG = "engagementcamp-leipzig-2026"


@pytest.fixture(scope="module")
def booklet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project_root = copy_sample_project(tmp_path_factory.mktemp("print"))
    project, issues, _ = load_and_validate(project_root)
    assert not [issue for issue in issues if issue.is_error]
    camp = next(camp for camp in project.camps if camp.id == LEIPZIG)
    path = project_root / "booklet.html"
    path.write_text(render_booklet(project, public_camp(camp), BuildSettings()), encoding="utf-8")
    return path


def test_booklet_is_styled_and_loads_nothing(recorded: RecordedPage, booklet: Path) -> None:
    messages: list[str] = []
    recorded.page.on("console", lambda message: messages.append(message.text))
    recorded.page.goto(booklet.as_uri())
    # The inline stylesheet is allowed by its hash: the cover's accent border is drawn.
    border = recorded.page.eval_on_selector(".cover", "e => getComputedStyle(e).borderLeftWidth")
    assert border != "0px"
    assert not [m for m in messages if "Content Security Policy" in m]
    assert [url for url in recorded.requests if not url.startswith(("file:", "data:"))] == []
    assert recorded.errors == []


def test_booklet_prints_to_a4_with_a_page_per_session(browser: Browser, booklet: Path) -> None:
    page = browser.new_page()
    page.goto(booklet.as_uri())
    sessions = page.locator("article.session").count()
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    page.close()
    assert sessions == 7
    assert len(pdf.pages) >= sessions + 4  # cover, contents, about, schedule, sessions …
    width, height = (float(value) for value in pdf.pages[0].mediabox.upper_right)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    starts = [number for number, sheet in enumerate(pdf.pages)
              if "Partnerschaften für Ostdeutschland" in (sheet.extract_text() or "")]
    assert starts, "the first session is printed"


def test_booklet_has_no_serious_accessibility_problems(audited: Page, booklet: Path) -> None:
    audited.goto(booklet.as_uri())
    serious = [v for v in run_axe(audited) if v["impact"] in ("serious", "critical")]
    assert serious == [], serious
