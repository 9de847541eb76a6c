"""Threat: hostile Markdown in session notes. No script, event handler or dangerous URL may
reach the output, and the text must stay readable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campdoc.site.build import BuildResult
from tests.conftest import site_scope
from tests.hostile.conftest import FRONT, build_project, write_project
from tests.hostile.safety import page_problems, page_text

CASES = sorted((Path(__file__).parent / "markdown").glob("*.md"))


@pytest.fixture(scope=site_scope)
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    sessions = {case.name: FRONT.format(title=case.stem) + case.read_text(encoding="utf-8")
                for case in CASES}
    return build_project(write_project(tmp_path_factory.mktemp("markdown"), sessions))


def _page(site: Path, case: Path) -> str:
    return (site / "camp" / "sessions" / f"{case.stem}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_nothing_dangerous_reaches_the_page(built: tuple[BuildResult, Path], case: Path) -> None:
    result, site = built
    assert not result.failed, result.issues
    markup = _page(site, case)
    assert page_problems(markup) == []
    assert "LESBAR" in page_text(markup)


def test_raw_html_and_bad_links_are_reported_by_check(built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    by_file: dict[str, set[str]] = {}
    for issue in result.issues:
        by_file.setdefault(issue.location.path.rsplit("/", 1)[-1], set()).add(issue.code)
    assert "CD402" in by_file["raw-script.md"]
    assert "CD402" in by_file["event-handlers.md"]
    assert "CD403" in by_file["javascript-spellings.md"]
    assert "CD403" in by_file["vbscript-data-file.md"]


def test_raw_html_is_shown_as_text(built: tuple[BuildResult, Path]) -> None:
    markup = _page(built[1], Path("raw-script.md"))
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in markup


def test_heading_ids_cannot_clobber_dom_globals(built: tuple[BuildResult, Path]) -> None:
    markup = _page(built[1], Path("heading-ids.md"))
    ids = re.findall(r'\sid="([^"]+)"', markup)
    for name in ("document", "location", "cookie", "__proto__", "body", "login"):
        assert name not in ids
    assert "h-document" in ids and "h-location" in ids


def test_template_syntax_stays_literal(built: tuple[BuildResult, Path]) -> None:
    markup = _page(built[1], Path("template-syntax.md"))
    assert "{{ 7+7 }}" in markup and "{% for x in range(3) %}x{% endfor %}" in markup
    assert "14" not in page_text(markup) and "xxx" not in markup


def test_external_images_become_links_not_requests(built: tuple[BuildResult, Path]) -> None:
    markup = _page(built[1], Path("vbscript-data-file.md"))
    assert "<img" not in markup.split('<section class="notes"')[1].split("</section>")[0]
    assert 'href="https://evil.example/tracker.png"' in markup


def test_html_inside_an_inline_footnote_is_text_and_reported(tmp_path: Path) -> None:
    notes = "Zeile eins.\nText ^[mit <img src=x onerror=alert(1)> darin] Ende.\n"
    root = write_project(tmp_path, {"fn.md": FRONT.format(title="Fn") + notes})
    result, site = build_project(root)
    assert [(i.code, i.location.line, i.location.column) for i in result.issues] == [
        ("CD402", 7, 12)]
    page = (site / "camp" / "sessions" / "fn.html").read_text(encoding="utf-8")
    assert '<code class="raw-html">&lt;img src=x onerror=alert(1)&gt;</code>' in page
    assert "☐" not in page and "<img src=x" not in page
