"""Accent colours from campdoc.yaml and camp.yaml: checked for contrast, then applied."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.content.colours import DARK_BACKGROUNDS, LIGHT_BACKGROUNDS, contrast
from campdoc.render.environment import package_asset
from campdoc.site.build import build
from tests.conftest import make_project

SESSION = "---\ntitle: Farbe\nhosts: [{name: A}]\ninsights: [Eins]\n---\n"


def _check(runner: CliRunner, project: Path) -> str:
    result = runner.invoke(main, ["check", "-C", str(project), "--lang", "en"])
    return result.output


def test_theme_backgrounds_are_the_ones_in_the_stylesheet() -> None:
    """The contrast check measures against the colours campdoc.css really uses."""
    css = package_asset("campdoc.css").decode()
    light, dark = css.split("@media (prefers-color-scheme: dark)", 1)
    assert re.search(r"--bg: (#\w+);", light)[1] == LIGHT_BACKGROUNDS[0]  # type: ignore[index]
    assert re.search(r"--surface: (#\w+);", light)[1] == LIGHT_BACKGROUNDS[1]  # type: ignore[index]
    assert re.search(r"--bg: (#\w+);", dark)[1] == DARK_BACKGROUNDS[0]  # type: ignore[index]
    assert re.search(r"--surface: (#\w+);", dark)[1] == DARK_BACKGROUNDS[1]  # type: ignore[index]


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#fff", "#fff") == pytest.approx(1.0)


def test_pale_accent_is_refused_with_the_measured_ratio(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    (project / "campdoc.yaml").write_text('accent_color: "#7fd6c4"\n', encoding="utf-8")
    output = _check(runner, project)
    assert ("campdoc.yaml:1:15: error[CD242] accent_color: the colour #7fd6c4 has a contrast "
            "of 1.63:1 on the light background (#fbfaf7)") in output
    assert "hint: Choose a darker shade" in output
    assert build(project, project / "site").failed
    assert not (project / "site").exists()  # nothing half-written


def test_dark_accent_is_measured_on_the_dark_background(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    camp_yaml = project / "sessions" / "camp" / "camp.yaml"
    camp_yaml.write_text(camp_yaml.read_text() + 'accent_color_dark: "#145a8d"\n')
    output = _check(runner, project)
    # Measured on the lighter of the two dark backgrounds: the surface of cards and boxes.
    assert "error[CD242] accent_color_dark: the colour #145a8d has a contrast of 2.22:1 on " \
        "the dark background (#1b2128)" in output
    assert "Choose a lighter shade" in output


def test_colour_that_is_not_hex_gets_the_yaml_hint(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    (project / "campdoc.yaml").write_text("accent_color: dunkelrot\n", encoding="utf-8")
    output = _check(runner, project)
    assert "error[CD241] accent_color: expected a colour such as #145a8d, found 'dunkelrot'" \
        in output
    assert "'#' starts a comment" in output


def test_camp_colour_overrides_the_project_colour_on_that_camp_only(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    (project / "campdoc.yaml").write_text('accent_color: "#7a2e8f"\n', encoding="utf-8")
    camp_yaml = project / "sessions" / "camp" / "camp.yaml"
    camp_yaml.write_text(camp_yaml.read_text() + 'accent_color: "#0F6B5C"\n'
                         'accent_color_dark: "#7fd6c4"\n')
    result = build(project, project / "site")
    assert result.issues == []
    site = project / "site"
    camp_css = (site / "camp" / "assets" / "brand.css").read_text()
    assert ":root { --accent: #0f6b5c;" in camp_css  # normalised
    assert "--accent: #7fd6c4" in camp_css.split("prefers-color-scheme: dark", 1)[1]
    assert "--accent: #7a2e8f" in (site / "assets" / "brand.css").read_text()
    page = (site / "camp" / "sessions" / "farbe.html").read_text()
    assert page.index('href="../assets/campdoc.css"') < page.index('href="../assets/brand.css"')
    assert 'href="assets/brand.css"' in (site / "index.html").read_text()


def test_without_colours_no_stylesheet_is_linked(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    build(project, project / "site")
    assert not (project / "site" / "camp" / "assets" / "brand.css").exists()
    assert "brand.css" not in (project / "site" / "camp" / "index.html").read_text()


LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40" width="80" height="40">'
        '<rect width="80" height="40" fill="#145a8d"/></svg>')


def test_camp_logo_is_in_the_header_with_its_size(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    camp = project / "sessions" / "camp"
    (camp / "logo.svg").write_text(LOGO, encoding="utf-8")
    (camp / "camp.yaml").write_text((camp / "camp.yaml").read_text() + "logo: logo.svg\n")
    assert build(project, project / "site").issues == []
    page = (project / "site" / "camp" / "sessions" / "farbe.html").read_text()
    header = page[page.index('<header class="site-header"'):page.index("</header>")]
    image = re.search(r'<img class="site-logo" src="([^"]+)" alt="" width="(\d+)" '
                      r'height="32">', header)
    assert image is not None, header
    assert image[2] == "64"  # 80×40 drawn 32 high
    assert (project / "site" / "camp" / "sessions" / image[1]).resolve().is_file()


def test_missing_camp_logo_is_reported_where_it_is_named(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    camp_yaml = project / "sessions" / "camp" / "camp.yaml"
    lines = camp_yaml.read_text().count("\n")
    camp_yaml.write_text(camp_yaml.read_text() + "logo: fehlt.svg\n")
    output = _check(runner, project)
    assert f"sessions/camp/camp.yaml:{lines + 1}:7: error[CD216] logo: 'fehlt.svg'" in output


def _header_logo(page: Path) -> str | None:
    html = page.read_text(encoding="utf-8")
    header = html[html.index('<header class="site-header"'):html.index("</header>")]
    found = re.search(r'<img class="site-logo" src="([^"]+)"', header)
    if found is None:
        return None
    return hashlib.sha256((page.parent / found[1]).resolve().read_bytes()).hexdigest()


def test_project_logo_heads_the_archive_and_camps_without_their_own(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"farbe.md": SESSION})
    (project / "logo.svg").write_text(LOGO.replace("#145a8d", "#7a2e8f"), encoding="utf-8")
    (project / "campdoc.yaml").write_text("logo: logo.svg\n", encoding="utf-8")
    other = project / "sessions" / "anders"
    other.mkdir()
    (other / "camp.yaml").write_text(
        (project / "sessions" / "camp" / "camp.yaml").read_text() + "logo: eigen.svg\n")
    (other / "eigen.svg").write_text(LOGO, encoding="utf-8")
    (other / "farbe.md").write_text(SESSION, encoding="utf-8")
    assert build(project, project / "site").issues == []
    site = project / "site"
    project_logo = _header_logo(site / "index.html")
    assert project_logo is not None
    assert _header_logo(site / "camp" / "sessions" / "farbe.html") == project_logo
    own = _header_logo(site / "anders" / "sessions" / "farbe.html")
    assert own is not None and own != project_logo  # the camp's own logo takes its place


def test_a_new_project_logo_rebuilds_the_cached_camps(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", "geheim")
    project = make_project(tmp_path, {"farbe.md": SESSION})
    (project / "logo.svg").write_text(LOGO, encoding="utf-8")
    (project / "campdoc.yaml").write_text("logo: logo.svg\n", encoding="utf-8")
    build(project, project / "site")
    assert build(project, project / "site").cached == ["camp"]
    (project / "logo.svg").write_text(LOGO.replace("#145a8d", "#0f6b5c"), encoding="utf-8")
    assert build(project, project / "site").cached == []
    page = project / "site" / "camp" / "index.html"
    assert _header_logo(page) == _header_logo(project / "site" / "index.html")
