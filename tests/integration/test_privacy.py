"""Consent and privacy end to end: hidden hosts stay hidden also in the repository, people
can be forgotten, every page links imprint and privacy notice, internal camps stay out of
search engines."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.site.build import build
from tests.conftest import copy_sample_project, make_project
from tests.site_tools import links_of, readable_text

REPOSITORY = "repository:\n  url: https://github.com/verein/doku\n"
NAMED_HIDDEN = ("---\ntitle: Mit verstecktem Namen\nhosts:\n  - name: Gisela Geheim\n"
                "    organization: Verein Vorsicht\n    publish_name: false\ninsights: [x]\n---\n")
NAMELESS = ("---\ntitle: Ohne Namen\nhosts:\n  - organization: Verein Vorsicht\n"
            "    publish_name: false\ninsights: [x]\n---\n")
NAMED = "---\ntitle: Ganz offen\nhosts: [{name: Olga Offen}]\ninsights: [x]\n---\n"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--lang", "en"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path, {"versteckt.md": NAMED_HIDDEN, "namenlos.md": NAMELESS,
                                   "offen.md": NAMED})
    (root / "campdoc.yaml").write_text(REPOSITORY, encoding="utf-8")
    return root


# --- 1 to 3: the repository must not reveal a hidden host ---------------------------------

def test_strict_check_flags_the_hidden_name_at_its_line(project: Path) -> None:
    code, out = _run("check", "--strict", "-C", str(project))
    assert code == 1
    warnings = [line for line in out.splitlines() if "[CD" in line]
    assert warnings == ["sessions/camp/versteckt.md:4:11: warning[CD230] hosts[1].name: this "
                        "host asked not to be named, but the name is in the file, and the "
                        "file is public in the repository https://github.com/verein/doku"]
    assert "Gisela" not in out.split("warning[CD230]")[1]  # the hint never repeats the name


def test_a_nameless_anonymous_host_passes_strict_check(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"namenlos.md": NAMELESS, "offen.md": NAMED})
    (root / "campdoc.yaml").write_text(REPOSITORY, encoding="utf-8")
    assert _run("check", "--strict", "-C", str(root)) == (0, "0 errors, 0 warnings in 4 files\n")


def test_a_named_host_still_needs_a_name(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"s.md": "---\ntitle: T\nhosts: [{organization: V}]\n---\n"})
    code, out = _run("check", "-C", str(root))
    assert code == 1 and "s.md:3:9: error[CD201] hosts[1].name: required field is missing" in out


def test_only_the_page_whose_file_names_a_hidden_host_loses_its_edit_link(
        project: Path) -> None:
    result = build(project, project / "site")
    assert not result.failed
    pages = project / "site" / "camp" / "sessions"

    def edit_links(name: str) -> list[str]:
        return [value for tag, attribute, value in links_of(pages / name)
                if "/edit/" in value]

    assert edit_links("versteckt.html") == []
    assert edit_links("namenlos.html") == [
        "https://github.com/verein/doku/edit/main/sessions/camp/namenlos.md"]
    assert edit_links("offen.html") == [
        "https://github.com/verein/doku/edit/main/sessions/camp/offen.md"]
    for path in (project / "site").rglob("*"):
        if path.is_file():
            assert "versteckt.md" not in readable_text(path), path
            assert "Gisela" not in readable_text(path), path


def test_new_session_writes_an_anonymous_host_without_a_name(project: Path) -> None:
    code, _ = _run("new", "session", "--title", "Neu", "--host", "Nina Neu", "--anonymous",
                   "Initiative X", "--no-interactive", "-C", str(project))
    assert code == 0
    text = (project / "sessions" / "camp" / "neu.md").read_text(encoding="utf-8")
    assert '  - name: "Nina Neu"\n' in text
    assert '  - organization: "Initiative X"\n    publish_name: false' in text
    assert text.count("name:") == 2  # Nina's, and publish_name


def test_the_prompt_asks_and_never_writes_a_name_that_may_not_be_published(
        project: Path) -> None:
    answers = "Runde\nBen Sichtbar\nVerein\nj\nCarla Verdeckt\nInitiative\nnein\n\n\n\n\n"
    result = CliRunner().invoke(main, ["new", "session", "--interactive", "-C", str(project)],
                                input=answers)
    assert result.exit_code == 0, result.output
    assert "Darf Carla Verdeckt namentlich genannt werden?" in result.output
    text = (project / "sessions" / "camp" / "runde.md").read_text(encoding="utf-8")
    assert "Carla" not in text and 'name: "Ben Sichtbar"' in text
    assert '  - organization: "Initiative"\n    publish_name: false' in text


# --- 5. campdoc forget ----------------------------------------------------------------------

FORGET_SESSION = """---
title: Runde mit Anna Beispiel
hosts:
  - name: Anna Beispiel   # Hauptperson
    organization: Verein Alpha
  - name: Ben Bär
documented_by:
  - Ben Bär
  - "ANNA BEISPIEL"
questions:
  - Was meint Anna
    Beispiel dazu?
insights:
  - "Laut Anna Beispiel: weniger ist mehr"
room: Saal
---
Notizen: Anna
Beispiel erzählte. Anna allein. Anna Beispielmann ist jemand anders.
"""
FLOW_SESSION = """---
title: Zweite
hosts: [{name: "Anna Beispiel", organization: Verein Alpha, publish_name: true}, {name: B}]
documented_by: Anna Beispiel
insights: [x]
---
"""
FLAG_FIRST = """---
title: Dritte
hosts:
  - publish_name: true
    name: anna beispiel
    organization: Verein Alpha
insights: [x]
---
"""
WHOLE_NAME = re.compile(r"(?i)anna\s+beispiel(?!\w)")


@pytest.fixture
def forgetful(tmp_path: Path) -> Path:
    root = make_project(tmp_path, {"a.md": FORGET_SESSION, "b.md": FLOW_SESSION,
                                   "c.md": FLAG_FIRST})
    camp = root / "sessions" / "camp" / "camp.yaml"
    camp.write_text(camp.read_text() + "# Orga: Anna Beispiel koordiniert\n")
    return root


def test_forget_lists_every_mention_with_its_place_and_changes_nothing(
        forgetful: Path) -> None:
    before = {path: path.read_text() for path in forgetful.rglob("*.*")}
    code, out = _run("forget", "Anna Beispiel", "-C", str(forgetful))
    assert code == 0
    places = re.findall(r"^(sessions/\S+:\d+:\d+): ", out, flags=re.MULTILINE)
    assert places == [
        "sessions/camp/a.md:2:18", "sessions/camp/a.md:4:11", "sessions/camp/a.md:9:6",
        "sessions/camp/a.md:11:15", "sessions/camp/a.md:14:11", "sessions/camp/a.md:17:10",
        "sessions/camp/b.md:3:17", "sessions/camp/b.md:4:16", "sessions/camp/c.md:5:11",
        "sessions/camp/camp.yaml:14:9",
        # hints: the first name alone, and inside a longer name
        "sessions/camp/a.md:18:20", "sessions/camp/a.md:18:33"]
    assert "     4 |   - name: Anna Beispiel   # Hauptperson" in out
    assert "Host (hosts[1].name) → becomes anonymous, the organisation stays" in out
    assert "Ben" not in re.sub(r"\n +\d+ \|.*", "", out)  # nobody else is touched
    assert "git filter-repo --replace-text" in out and "Anna Beispiel==>a participant" in out
    assert {path: path.read_text() for path in forgetful.rglob("*.*")} == before


def test_forget_apply_removes_the_person_and_keeps_everything_else(forgetful: Path) -> None:
    code, out = _run("forget", "Anna Beispiel", "--apply", "--placeholder", "N. N.", "-C",
                     str(forgetful))
    assert code == 0 and "Changed: 10 places in 4 files." in out
    camp = forgetful / "sessions" / "camp"
    assert (camp / "a.md").read_text() == FORGET_SESSION.replace(
        "title: Runde mit Anna Beispiel", "title: Runde mit N. N.").replace(
        "  - name: Anna Beispiel   # Hauptperson", "  - publish_name: false   # Hauptperson"
    ).replace('  - "ANNA BEISPIEL"\n', "").replace(
        "Was meint Anna\n    Beispiel dazu?", "Was meint N. N. dazu?").replace(
        "Laut Anna Beispiel:", "Laut N. N.:").replace("Anna\nBeispiel erzählte", "N. N. erzählte")
    assert (camp / "b.md").read_text() == FLOW_SESSION.replace(
        '{name: "Anna Beispiel", organization: Verein Alpha, publish_name: true}',
        "{publish_name: false, organization: Verein Alpha}").replace(
        "documented_by: Anna Beispiel", "documented_by:")
    assert (camp / "c.md").read_text() == FLAG_FIRST.replace(
        "  - publish_name: true\n    name: anna beispiel\n", "  - publish_name: false\n")
    assert "# Orga: N. N. koordiniert" in (camp / "camp.yaml").read_text()
    assert _run("check", "--strict", "-C", str(forgetful))[0] == 0
    assert not build(forgetful, forgetful / "site").failed
    for root in (forgetful / "sessions", forgetful / "site"):
        for path in root.rglob("*"):
            if path.is_file():
                assert not WHOLE_NAME.search(readable_text(path)), path
    page = (forgetful / "site" / "camp" / "sessions" / "b.html").read_text()
    assert "Anonyme:r Sessiongeber:in" in page and "Verein Alpha" in page


def test_forget_matches_case_unicode_forms_and_line_breaks_but_not_ss_for_sz(
        tmp_path: Path) -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Jürgen Weiß")
    notes = (f"{decomposed} sprach.\nJÜRGEN\nWEIẞ auch.\nJürgen Weiss ist ein anderer.\n")
    root = make_project(tmp_path, {"s.md": NAMED + notes})
    code, out = _run("forget", "Jürgen Weiß", "-C", str(root))
    assert code == 0
    places = re.findall(r"^(sessions/\S+:\d+:\d+): Text", out, flags=re.MULTILINE)
    assert places == ["sessions/camp/s.md:6:1", "sessions/camp/s.md:7:1"]


def test_forget_on_the_sample_keeps_the_site_building(tmp_path: Path) -> None:
    project = copy_sample_project(tmp_path)
    code, out = _run("forget", "Katrin Behrendt", "--apply", "-C", str(project))
    assert code == 0, out
    result = build(project, project / "site")
    assert not result.failed, result.issues
    for path in (project / "site").rglob("*.html"):
        assert "Katrin Behrendt" not in path.read_text(encoding="utf-8"), path
    assert "Netzwerk Engagement Mitteldeutschland" in (
        project / "site" / "engagementcamp-leipzig-2026" / "index.html").read_text()


# --- 6. Imprint and privacy ---------------------------------------------------------------

def test_every_page_links_imprint_and_privacy_and_the_booklet_prints_the_imprint(
        tmp_path: Path) -> None:
    project = copy_sample_project(tmp_path)
    result = build(project, project / "site", booklet=True)
    assert not result.failed
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 90
    for page in pages:
        if page.name == "booklet.html":
            continue
        footer = page.read_text(encoding="utf-8").split('<ul class="legal-links">')[1]
        links = re.findall(r'<a href="([^"]+)">(Impressum|Datenschutz|Imprint|Privacy)</a>',
                           footer.split("</ul>")[0])
        targets = {(page.parent / link).resolve() for link, _ in links}
        english = '<html lang="en">' in page.read_text(encoding="utf-8")  # Bremen's camp
        assert [label for _, label in links] == (
            ["Imprint", "Privacy"] if english else ["Impressum", "Datenschutz"]), page
        assert all(target.is_file() for target in targets), page
        camp_folder = page.relative_to(site).parts[0]
        if (site / camp_folder).is_dir():  # a camp's pages link the camp's own copies
            assert all(target.parent == (site / camp_folder).resolve() for target in targets)
    imprint = (site / "engagementcamp-leipzig-2026" / "impressum.html").read_text()
    assert "<h1>Impressum</h1>" in imprint and "Karl-Heine-Straße 85" in imprint
    text = subprocess.run(["pdftotext", str(site / "engagementcamp-leipzig-2026" / "booklet.pdf"),
                           "-"], check=True, capture_output=True, text=True).stdout
    assert "Impressum" in text and "Inhaltlich verantwortlich" in text


def test_imprint_as_an_address_and_the_warning_for_a_public_site_without_one(
        tmp_path: Path) -> None:
    root = make_project(tmp_path, {"offen.md": NAMED})
    (root / "campdoc.yaml").write_text("base_url: https://example.org/doku/\n")
    code, out = _run("check", "--strict", "-C", str(root))
    assert code == 1 and "campdoc.yaml:1:11: warning[CD231] base_url:" in out
    (root / "campdoc.yaml").write_text("base_url: https://example.org/doku/\n"
                                       "imprint: https://example.org/impressum\n"
                                       "privacy: fehlt/datenschutz.md\n")
    code, out = _run("check", "--strict", "-C", str(root))
    assert "campdoc.yaml:3:10: error[CD216] privacy:" in out and "CD231" not in out
    (root / "campdoc.yaml").write_text("base_url: https://example.org/doku/\n"
                                       "imprint: https://example.org/impressum\n")
    assert _run("check", "--strict", "-C", str(root))[0] == 0
    build(root, root / "site")
    page = (root / "site" / "camp" / "sessions" / "offen.html").read_text()
    assert '<a href="https://example.org/impressum">Impressum</a>' in page
    assert not (root / "site" / "impressum.html").exists()


def test_a_changed_imprint_page_rebuilds_every_camp(tmp_path: Path) -> None:
    project = copy_sample_project(tmp_path)
    build(project, project / "site")
    assert len(build(project, project / "site").cached) == 3
    with (project / "rechtliches" / "impressum.md").open("a") as page:
        page.write("\nNeue Anschrift.\n")
    assert build(project, project / "site").cached == []
    assert "Neue Anschrift" in (project / "site" / "sozialcamp-kassel-2025" /
                                "impressum.html").read_text()


def test_init_writes_commented_placeholders(tmp_path: Path) -> None:
    code, _ = _run("init", str(tmp_path / "neu"))
    config = (tmp_path / "neu" / "campdoc.yaml").read_text()
    assert code == 0
    assert "# imprint: https://example.org/imprint" in config
    assert "# privacy: https://example.org/privacy" in config


# --- 8. Search engines ----------------------------------------------------------------------

def test_a_noindex_camp_is_marked_on_every_page_and_left_out_of_the_sitemap(
        tmp_path: Path) -> None:
    project = copy_sample_project(tmp_path)
    kassel = project / "sessions" / "sozialcamp-kassel-2025" / "camp.yaml"
    kassel.write_text(kassel.read_text() + "robots: noindex\n")
    assert not build(project, project / "site").failed
    site = project / "site"
    for page in (site / "sozialcamp-kassel-2025").rglob("*.html"):
        assert '<meta name="robots" content="noindex">' in page.read_text(), page
    for page in (site / "engagementcamp-leipzig-2026").rglob("*.html"):
        assert 'name="robots"' not in page.read_text(), page
    locations = [loc.text or "" for loc in ET.parse(site / "sitemap.xml").getroot().iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations and not any("sozialcamp-kassel-2025" in loc for loc in locations)
    assert any("engagementcamp-leipzig-2026" in loc for loc in locations)
    assert "Disallow: /barcamp-doku/sozialcamp-kassel-2025/\n" in (site / "robots.txt").read_text()
    assert "/sozialcamp-kassel-2025/*\n  X-Robots-Tag: noindex" in (site / "_headers").read_text()


def test_a_noindex_project_asks_search_engines_to_keep_out_entirely(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"offen.md": NAMED})
    (root / "campdoc.yaml").write_text("robots: noindex\n")
    build(root, root / "site")
    assert (root / "site" / "robots.txt").read_text().splitlines()[1:] == [
        "User-agent: *", "Disallow: /"]
    assert '<meta name="robots" content="noindex">' in (root / "site" / "index.html").read_text()


def test_forget_finds_and_removes_a_name_in_the_projects_own_templates(
        forgetful: Path) -> None:
    templates = forgetful / "templates" / "partials"
    templates.mkdir(parents=True)
    footer = ('{% extends "partials/footer.html" %}\n'
              "<p>Kontakt: Anna Beispiel, {{ site.title }}</p>\n")
    (templates / "kontakt.html").write_text(footer)
    (forgetful / "templates" / "logo.png").write_bytes(b"Anna Beispiel")  # not a text file
    code, out = _run("forget", "Anna Beispiel", "-C", str(forgetful))
    assert code == 0
    assert "templates/partials/kontakt.html:2:13: " in out
    assert "templates/logo.png" not in out
    code, out = _run("forget", "Anna Beispiel", "--apply", "-C", str(forgetful))
    assert code == 0 and "Changed: 11 places in 5 files." in out
    assert (templates / "kontakt.html").read_text() == footer.replace("Anna Beispiel",
                                                                      "a participant")
