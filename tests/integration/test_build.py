"""`campdoc build`: what the site contains, how it links, and that builds can be trusted."""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.core.errors import CampdocError
from campdoc.site.build import build
from tests.conftest import build_sample_site, make_project, site_scope
from tests.site_tools import links_of, readable_text, tree_digest

LEIPZIG = "engagementcamp-leipzig-2026"
KASSEL = "sozialcamp-kassel-2025"
BREMEN = "open-data-day-bremen-2024"


@pytest.fixture(scope=site_scope)
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_site(tmp_path_factory.mktemp("built"), hidden_name=True)


def test_archive_camps_and_pages_exist(built_site: Path) -> None:
    for path in ["index.html", "search-index.js", "sitemap.xml", "assets/campdoc.css",
                 f"{LEIPZIG}/index.html", f"{LEIPZIG}/schedule.html", f"{LEIPZIG}/search.html",
                 f"{LEIPZIG}/tags/index.html", f"{LEIPZIG}/tags/kooperation.html",
                 f"{LEIPZIG}/people/katrin-behrendt.html",
                 f"{LEIPZIG}/organisations/netzwerk-engagement-mitteldeutschland.html",
                 f"{LEIPZIG}/sessions/partnerschaften-fuer-ostdeutschland.html",
                 f"{LEIPZIG}/pagefind/pagefind.js", f"{LEIPZIG}/search-index.js",
                 f"{LEIPZIG}/feed.xml", f"{LEIPZIG}/manifest.webmanifest", f"{LEIPZIG}/sw.js",
                 f"{KASSEL}/pagefind/pagefind.js"]:
        assert (built_site / path).is_file(), path
    logos = sorted((built_site / LEIPZIG / "assets" / "logos").iterdir())
    assert len(logos) == 2  # funder and partner, written anew under their content's hash
    home = (built_site / LEIPZIG / "index.html").read_text(encoding="utf-8")
    for logo in logos:
        assert f'src="assets/logos/{logo.name}"' in home


def test_archive_lists_each_camp_with_date_place_and_count(built_site: Path) -> None:
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Engagementcamp Leipzig 2026" in html and "16. Mai 2026" in html
    assert "7 Sessions" in html  # the draft is not counted
    assert "26. September 2025 – 27. September 2025" in html and "6 Sessions" in html


def test_every_local_link_resolves(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 60
    for page in pages:
        for tag, attribute, value in links_of(page):
            if value.startswith(("https://", "http://", "mailto:", "#")):
                assert tag == "a" or (attribute == "href" and tag == "link" and \
                    value.startswith("https://campdoc-beispiel")), (page, value)
                continue
            target = (page.parent / value.split("#")[0].split("?")[0]).resolve()
            assert target.is_file(), f"{page.relative_to(built_site)}: {value}"
            assert target.is_relative_to(built_site.resolve())


def test_links_to_folders_name_index_html_for_file_urls(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        for _tag, _attribute, value in links_of(page):
            if not value.startswith(("http", "mailto:", "#")):
                path = value.split("#")[0]
                assert path == "" or not path.endswith("/"), (page, value)


def test_unpublished_host_name_appears_nowhere(built_site: Path) -> None:
    files = [path for path in built_site.rglob("*") if path.is_file()]
    assert any(path.suffix == ".pf_fragment" for path in files)
    for path in files:
        assert "Beispielmann" not in readable_text(path), path
    session = built_site / LEIPZIG / "sessions" / "ehrenamt-und-demokratie.html"
    assert "Anonyme:r Sessiongeber:in" in session.read_text(encoding="utf-8")


def test_drafts_are_checked_but_not_published(built_site: Path) -> None:
    assert not (built_site / LEIPZIG / "sessions" / "offene-runde-naechstes-camp.html").exists()
    for path in built_site.rglob("*"):
        if path.is_file():
            assert "Wünsche für das nächste Camp" not in readable_text(path), path


def test_session_page_shows_every_part(built_site: Path) -> None:
    html = (built_site / LEIPZIG / "sessions" / "partnerschaften-fuer-ostdeutschland.html"
            ).read_text(encoding="utf-8")
    for expected in ['<h1 data-pagefind-meta="title">Partnerschaften für Ostdeutschland</h1>',
                     "Netzwerk Engagement Mitteldeutschland", "10:30–11:30", "Saal",
                     "<strong>Partner:innen</strong>", '<span class="insight-heading">Ziel:</span>',
                     "Zeit der Ehrenamtlichen ist die knappste Ressource", "Offene Fragen",
                     "Nächste Schritte", "Folien der Session (PDF)", "Mira Schönfeld",
                     "https://creativecommons.org/licenses/by/4.0/", 'rel="next"',
                     "Diese Seite korrigieren"]:
        assert expected in html, expected


def test_markdown_extensions_render(built_site: Path) -> None:
    partnerships = (built_site / LEIPZIG / "sessions" /
                    "partnerschaften-fuer-ostdeutschland.html").read_text(encoding="utf-8")
    assert "<table>" in partnerships and "<th>Partner</th>" in partnerships
    assert 'class="footnote-ref"' in partnerships and 'class="task done"' in partnerships
    assert '<h3 id="h-ausgangslage">' in partnerships
    funding = (built_site / LEIPZIG / "sessions" / "foerdermittel-ohne-frust.html"
               ).read_text(encoding="utf-8")
    assert "<s>Ein Verwendungsnachweis braucht immer Belege im Original.</s>" in funding


def test_english_session_is_marked_as_english(built_site: Path) -> None:
    html = (built_site / LEIPZIG / "sessions" / "welcoming-international-volunteers.html"
            ).read_text(encoding="utf-8")
    assert '<html lang="de">' in html and '<article class="session" lang="en">' in html


def test_schedule_grid_links_every_scheduled_session(built_site: Path) -> None:
    html = (built_site / LEIPZIG / "schedule.html").read_text(encoding="utf-8")
    linked = {value for _t, _a, value in links_of(built_site / LEIPZIG / "schedule.html")
              if value.startswith("sessions/")}
    assert len(linked) == 7
    assert '<th scope="col">Werkstatt</th>' in html


def test_feed_and_sitemap_use_the_base_url(built_site: Path) -> None:
    feed = (built_site / LEIPZIG / "feed.xml").read_text(encoding="utf-8")
    base = "https://campdoc-beispiel.github.io/barcamp-doku/"
    assert f"<id>{base}{LEIPZIG}/sessions/partnerschaften-fuer-ostdeutschland.html</id>" in feed
    assert "<updated>2026-05-16T10:30:00+02:00</updated>" in feed
    assert feed.count("<entry ") == 7
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{base}{LEIPZIG}/index.html</loc>" in sitemap


def test_a_camps_copy_of_the_legal_pages_points_search_engines_to_the_archives(
        built_site: Path) -> None:
    base = "https://campdoc-beispiel.github.io/barcamp-doku/"
    for name in ("impressum.html", "datenschutz.html"):
        copy = (built_site / LEIPZIG / name).read_text(encoding="utf-8")
        top = (built_site / name).read_text(encoding="utf-8")
        for page in (copy, top):
            assert f'<link rel="canonical" href="{base}{name}">' in page
            assert f'<meta property="og:url" content="{base}{name}">' in page
    tree = ET.parse(built_site / "sitemap.xml").getroot()
    listed = {loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    # A tag page may be called datenschutz.html; only the copies beside index.html are out.
    assert f"{base}{LEIPZIG}/tags/datenschutz.html" in listed
    camps = [folder.name for folder in built_site.iterdir() if (folder / "sw.js").is_file()]
    assert len(camps) == 3
    assert not listed & {f"{base}{camp}/{name}" for camp in camps
                         for name in ("impressum.html", "datenschutz.html")}


def test_fallback_index_is_inert_javascript(built_site: Path) -> None:
    text = (built_site / "search-index.js").read_text(encoding="utf-8")
    prefix = "window.CAMPDOC_SEARCH_INDEX = "
    assert text.startswith(prefix) and "<" not in text
    data = json.loads(text[len(prefix):].rstrip().rstrip(";"))
    assert len(data["documents"]) == 16  # the published sessions of the three camps
    camps = {doc["filters"]["camp"] for doc in data["documents"]}
    assert len(camps) == 3


def test_two_builds_are_byte_identical(sample_project: Path, tmp_path: Path) -> None:
    build(sample_project, tmp_path / "one")
    build(sample_project, tmp_path / "two")
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def test_feed_dates_come_from_content_or_source_date_epoch(
        sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(sample_project, tmp_path / "plain")
    feed = (tmp_path / "plain" / LEIPZIG / "feed.xml").read_text()
    assert "  <updated>2026-05-16T14:00:00+02:00</updated>" in feed  # the last session
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    build(sample_project, tmp_path / "pinned")
    feed = (tmp_path / "pinned" / LEIPZIG / "feed.xml").read_text()
    assert "  <updated>2026-01-01T00:00:00+00:00</updated>" in feed


def test_failed_validation_leaves_the_old_site_byte_identical(sample_project: Path) -> None:
    site = sample_project / "site"
    build(sample_project, site)
    before = tree_digest(site)
    broken = sample_project / "sessions" / LEIPZIG / "engagement-im-alter.md"
    broken.write_text("---\ntitle: [kaputt\n---\n", encoding="utf-8")
    result = build(sample_project, site)
    assert result.failed
    assert tree_digest(site) == before


def test_failure_in_the_middle_leaves_the_old_site_byte_identical(
        sample_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = sample_project / "site"
    build(sample_project, site)
    before = tree_digest(site)
    (sample_project / "sessions" / LEIPZIG / "engagement-im-alter.md").unlink()

    class Exploding:
        def index(self, *args: object) -> None:
            raise CampdocError("injected failure while indexing")

    monkeypatch.setattr("campdoc.site.camp.process_indexer", Exploding)
    with pytest.raises(CampdocError, match=r"^injected failure while indexing$"):
        build(sample_project, site)
    assert tree_digest(site) == before
    assert sorted(p.name for p in sample_project.iterdir()) == [
        ".campdoc-cache", "campdoc.yaml", "rechtliches", "sessions", "site", "templates"]


def test_deleted_session_disappears_from_the_next_build(sample_project: Path) -> None:
    site = sample_project / "site"
    build(sample_project, site)
    page = site / LEIPZIG / "sessions" / "engagement-im-alter.html"
    assert page.is_file()
    (sample_project / "sessions" / LEIPZIG / "engagement-im-alter.md").unlink()
    build(sample_project, site)
    assert not page.exists()
    assert "engagement-im-alter" not in (site / "search-index.js").read_text()


def test_build_refuses_to_replace_foreign_folders(sample_project: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "important.txt").write_text("keep me")
    with pytest.raises(CampdocError, match="did not write"):
        build(sample_project, foreign)
    with pytest.raises(CampdocError, match="contains the project"):
        build(sample_project, sample_project)
    with pytest.raises(CampdocError, match="inside sessions"):
        build(sample_project, sample_project / "sessions" / "out")
    assert (foreign / "important.txt").read_text() == "keep me"


def test_building_one_camp_leaves_the_others(sample_project: Path) -> None:
    site = sample_project / "site"
    build(sample_project, site)
    kassel_before = tree_digest(site / KASSEL)
    (sample_project / "sessions" / LEIPZIG / "engagement-im-alter.md").unlink()
    build(sample_project, site, camp_id=LEIPZIG)
    assert not (site / LEIPZIG / "sessions" / "engagement-im-alter.html").exists()
    assert tree_digest(site / KASSEL) == kassel_before
    assert (site / "index.html").is_file()


def test_the_sample_projects_template_adds_a_citation(built_site: Path) -> None:
    html = (built_site / LEIPZIG / "sessions" / "engagement-im-alter.html").read_text()
    start = html.index('<h2 id="citation">Zitiervorschlag</h2>')
    citation = html[start:html.index("</section>", start)]
    assert ("<p>Helga Sommer: Engagement im Alter – Übergänge gestalten. In: Engagementcamp "
            "Leipzig 2026, Westwerk Leipzig") in citation
    assert "16. Mai 2026. Lizenz: CC-BY-4.0." in citation
    assert html.index('id="citation"') < html.index('class="session-footer"')


def test_project_templates_override_and_extend_the_builtin(sample_project: Path) -> None:
    templates = sample_project / "templates"
    (templates / "session.html").write_text(
        '{% extends "campdoc/session.html" %}\n'
        '{% block content %}<p class="eigene">Eigene Vorlage</p>{{ super() }}{% endblock %}\n')
    build(sample_project, sample_project / "site")
    html = (sample_project / "site" / LEIPZIG / "sessions" / "engagement-im-alter.html"
            ).read_text()
    assert '<p class="eigene">Eigene Vorlage</p>' in html
    assert "Engagement im Alter" in html


def test_base_url_option_and_its_absence(sample_project: Path, tmp_path: Path) -> None:
    (sample_project / "campdoc.yaml").write_text("language: de\n")
    build(sample_project, tmp_path / "plain")
    assert not (tmp_path / "plain" / "sitemap.xml").exists()
    assert 'rel="canonical"' not in (tmp_path / "plain" / "index.html").read_text()
    build(sample_project, tmp_path / "preview", base_url="https://example.org/pr-12/")
    html = (tmp_path / "preview" / LEIPZIG / "index.html").read_text()
    assert f'<link rel="canonical" href="https://example.org/pr-12/{LEIPZIG}/index.html">' in html
    assert 'href="../assets/' not in html and 'href="assets/campdoc.css"' in html


def test_cli_build_stops_on_errors_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"kaputt.md": "---\ntitle: x\nhosts: nein\n---\n"})
    result = runner.invoke(main, ["build", "-C", str(project), "--lang", "en"])
    assert result.exit_code == 1
    assert "error[CD203] hosts: expected a list" in result.output
    assert "Build stopped" in result.output
    assert not (project / "site").exists()


def test_cli_build_reports_a_summary(runner: CliRunner, sample_project: Path) -> None:
    result = runner.invoke(main, ["build", "-C", str(sample_project), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "pages for 3 camps in" in result.output
    assert os.path.isfile(sample_project / "site" / "index.html")


def test_a_cached_build_equals_a_cold_build(sample_project: Path, tmp_path: Path) -> None:
    import shutil

    first = build(sample_project, tmp_path / "warm")
    assert first.cached == []
    (sample_project / "sessions" / LEIPZIG / "engagement-im-alter.md").write_text(
        (sample_project / "sessions" / LEIPZIG / "engagement-im-alter.md").read_text()
        .replace("Übergänge gestalten", "Übergänge neu gestalten"), encoding="utf-8")
    warm = build(sample_project, tmp_path / "warm")
    assert warm.cached == [BREMEN, KASSEL]  # only the changed camp was built again
    shutil.rmtree(sample_project / ".campdoc-cache")
    cold = build(sample_project, tmp_path / "cold")
    assert cold.cached == []
    assert tree_digest(tmp_path / "warm") == tree_digest(tmp_path / "cold")


def test_templates_config_and_version_invalidate_the_cache(
        sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    build(sample_project, out)
    assert sorted(build(sample_project, out).cached) == [LEIPZIG, BREMEN, KASSEL]
    (sample_project / "templates" / "x.html").write_text("x")
    assert build(sample_project, out).cached == []
    with (sample_project / "campdoc.yaml").open("a") as config:
        config.write("# geändert\n")
    changed = build(sample_project, out)
    assert not changed.failed and changed.cached == []
    monkeypatch.setattr("campdoc.site.cache.__version__", "99.0")
    assert build(sample_project, out).cached == []
    assert sorted(build(sample_project, out).cached) == [LEIPZIG, BREMEN, KASSEL]


def test_every_file_of_the_package_is_in_the_cache_key(tmp_path: Path) -> None:
    """A change to any module, template or asset, in any subpackage, changes the key."""
    from campdoc.site.cache import PACKAGE_ROOT, package_digest

    package = tmp_path / "campdoc"
    shutil.copytree(PACKAGE_ROOT, package, ignore=shutil.ignore_patterns("__pycache__"))
    files = sorted(path for path in package.rglob("*") if path.is_file())
    folders = {path.parent.relative_to(package).as_posix() for path in files}
    assert {"content", "render/templates/partials", "render/assets", "site", "cli"} <= folders
    seen = {package_digest(package)}
    for number, path in enumerate(files):
        original = path.read_bytes()
        path.write_bytes(original + b" ")
        package_digest.cache_clear()
        seen.add(package_digest(package))
        path.write_bytes(original)
        assert len(seen) == number + 2, path.relative_to(package)


def test_the_package_digest_is_part_of_every_camp_key(
        sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    build(sample_project, out)
    assert sorted(build(sample_project, out).cached) == [LEIPZIG, BREMEN, KASSEL]
    monkeypatch.setattr("campdoc.site.cache.package_digest", lambda: "an edited campdoc")
    assert build(sample_project, out).cached == []


@pytest.mark.parametrize("library", ["rcssmin", "pagefind", "markdown-it-py"])
def test_an_upgraded_output_library_rebuilds_every_camp(
        sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        library: str) -> None:
    """A new minifier or Pagefind may write other bytes: a warm build must not keep the old."""
    from importlib import metadata

    from campdoc.site import cache

    out = tmp_path / "site"
    build(sample_project, out)
    assert sorted(build(sample_project, out).cached) == [LEIPZIG, BREMEN, KASSEL]
    installed = metadata.version
    monkeypatch.setattr(cache.metadata, "version",
                        lambda name: "999.0" if name == library else installed(name))
    cache.libraries_digest.cache_clear()
    try:
        assert build(sample_project, out).cached == []
    finally:
        cache.libraries_digest.cache_clear()


def test_one_camp_after_another_into_a_fresh_folder(sample_project: Path, tmp_path: Path) -> None:
    """`--camp` twice into a folder that did not exist: the first build marks it as
    campdoc's, so the second may write beside it (it used to refuse the folder)."""
    out = tmp_path / "fresh"
    assert not build(sample_project, out, camp_id=LEIPZIG).failed
    assert not build(sample_project, out, camp_id=KASSEL).failed
    assert sorted(path.name for path in out.iterdir()) == [".campdoc-site", LEIPZIG, KASSEL]
    assert (out / KASSEL / "index.html").is_file() and (out / LEIPZIG / "index.html").is_file()


def test_a_tag_written_twice_counts_its_session_once_in_the_search_filters(
        tmp_path: Path) -> None:
    twice = ("---\ntitle: Doppelt\nhosts: [{name: A}]\ninsights: [a]\n"
             "tags: [Inklusion, Inklusion, Ehrenamt]\n---\n")
    once = "---\ntitle: Einmal\nhosts: [{name: B}]\ninsights: [b]\ntags: [Inklusion]\n---\n"
    project = make_project(tmp_path, {"doppelt.md": twice, "einmal.md": once})
    result = build(project, project / "site")
    assert not result.failed, result.issues
    page = (project / "site" / "camp" / "search.html").read_text(encoding="utf-8")
    select = page.split('<select id="filter-tag"', 1)[1].split("</select>", 1)[0]
    assert select.count("<option") == 3
    assert '<option value="Ehrenamt">Ehrenamt (1)</option>' in select
    assert '<option value="Inklusion">Inklusion (2)</option>' in select


def test_camps_that_built_are_kept_when_another_camp_fails(sample_project: Path) -> None:
    session = sample_project / "sessions" / LEIPZIG / "engagement-im-alter.md"
    text = session.read_text(encoding="utf-8")
    session.write_text(text.replace("\nroom:", "\nroom: Besenkammer\nraum_alt:", 1),
                       encoding="utf-8")
    site = sample_project / "site"
    failed = build(sample_project, site)
    assert failed.failed and not site.exists()
    assert {issue.location.path for issue in failed.issues if issue.is_error} == {
        f"sessions/{LEIPZIG}/engagement-im-alter.md"}
    session.write_text(text, encoding="utf-8")
    fixed = build(sample_project, site)
    assert not fixed.failed
    assert sorted(fixed.cached) == sorted([BREMEN, KASSEL])  # only Leipzig built again


def test_a_tag_written_twice_is_shown_once_and_warned_about(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.md": (
        "---\ntitle: Doppelt\nhosts: [{name: A}]\ninsights: [a]\n"
        "tags: [Ehrenamt, Förderung, ehrenamt]\n---\n")})
    result = runner.invoke(main, ["build", "-C", str(project), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert ("sessions/camp/a.md:5:29: warning[CD246] tags[3]: 'ehrenamt' is listed twice "
            "(first as 'Ehrenamt' at line 5); it is shown once") in result.output
    page = project / "site" / "camp" / "sessions" / "a.html"
    tags = [link for _, _, link in links_of(page)
            if link.startswith("../tags/") and link != "../tags/index.html"]
    assert tags == ["../tags/ehrenamt.html", "../tags/foerderung.html"]
