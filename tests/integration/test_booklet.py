"""`campdoc booklet` and `campdoc build --booklet`: the camp's documentation for print.

The PDF is read back with poppler's pdftotext (page by page) and pypdf (outline, page sizes).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.cli.common import load_and_validate
from campdoc.content.public import public_camp
from campdoc.content.stats import camp_figures
from campdoc.site.write import MARKER, MARKER_TEXT
from tests.conftest import (
    add_hidden_name,
    copy_sample_project,
    make_project,
    nu_checker_errors,
    site_scope,
)

LEIPZIG = "engagementcamp-leipzig-2026"
PUBLISHED = ["Partnerschaften für Ostdeutschland",
             "Ehrenamt unter Druck – Engagement für Demokratie vor Ort",
             "Junge Engagierte gewinnen und halten", "Fördermittel ohne Frust",
             "Digitale Vereinsarbeit mit einfachen Werkzeugen",
             "Welcoming international volunteers", "Engagement im Alter – Übergänge gestalten"]


def pages_text(pdf: Path, layout: bool = True) -> list[str]:
    """Each page's text: as laid out (contents lines), or in reading order (columns apart)."""
    text = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


# WeasyPrint hyphenates with U+2010 HYPHEN; authors' own hyphens stay U+002D.
HYPHENATION = re.compile(r"\u2010[ \t]*\n\s*")


def flat(text: str) -> str:
    """The words of a page on one line, with hyphenated line ends joined again."""
    return " ".join(HYPHENATION.sub("", text).split())


def make_booklet(runner: CliRunner, project: Path, out: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(main, ["booklet", "--project", str(project), "--out", str(out),
                                  "--lang", "en", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@pytest.fixture(scope=site_scope)
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_sample_project(tmp_path_factory.mktemp("booklet"))
    add_hidden_name(project)
    return project


@pytest.fixture(scope=site_scope)
def pdf(sample: Path) -> Path:
    out = sample / "leipzig.pdf"
    code, output = make_booklet(CliRunner(), sample, out, "--camp", LEIPZIG)
    assert code == 0, output
    return out


def toc_entries(pages: list[str]) -> dict[str, int]:
    """Title → page number, from the table of contents (page 2)."""
    entries = {}
    for line in pages[1].splitlines():
        match = re.match(r"\s*(.+?)[ .]{3,}(\d+)\s*$", line)
        if match:
            entries[match[1].rstrip(" .")] = int(match[2])
    return entries


def test_pdf_is_a4_with_cover_contents_and_a_page_per_session(pdf: Path) -> None:
    reader = pypdf.PdfReader(pdf)
    pages = pages_text(pdf)
    assert len(reader.pages) == len(pages)
    # cover, contents, about, schedule, 7 sessions (some run over), organisations,
    # supporters, licence
    assert 2 + 2 + len(PUBLISHED) + 3 <= len(pages) <= 2 + 2 + 2 * len(PUBLISHED) + 3
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    cover = flat(pages[0])
    for text in ["Engagementcamp Leipzig 2026", "16. Mai 2026", "Westwerk Leipzig",
                 "Freiwilligenagentur Leipzig-West e. V.", "7 Sessions"]:
        assert text in cover
    assert "Inhalt" in pages[1]


def test_contents_page_numbers_point_at_each_session_title(pdf: Path) -> None:
    pages = pages_text(pdf)
    entries = toc_entries(pages)
    for title in PUBLISHED:
        number = entries[title]
        top = flat("\n".join(pages[number - 1].splitlines()[:8]))
        # the running header names the camp; the title opens the page below it
        assert top.startswith("Engagementcamp Leipzig 2026"), (title, top)
        assert flat(title) in top, (title, number, top)
    assert sorted(entries[title] for title in PUBLISHED) == [entries[t] for t in PUBLISHED]
    assert entries["Förderung und Partnerschaft"] > entries[PUBLISHED[-1]]
    assert "Förderung und Partnerschaft" in pages[entries["Förderung und Partnerschaft"] - 1]


def test_outline_lists_parts_and_sessions_in_order(pdf: Path) -> None:
    outline = pypdf.PdfReader(pdf).outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top[:4] == ["Engagementcamp Leipzig 2026", "Inhalt", "Engagementcamp Leipzig 2026",
                       "Programm"]
    assert top[-3:] == ["Organisationen der Sessiongeber:innen", "Förderung und Partnerschaft",
                        "Lizenz und Herkunft"]
    sessions = next(item for item in outline if isinstance(item, list))
    assert [item.title for item in sessions] == PUBLISHED


def test_session_text_hosts_and_running_header(pdf: Path) -> None:
    start = toc_entries(pages_text(pdf))["Ehrenamt unter Druck – Engagement für Demokratie vor Ort"]
    pages = pages_text(pdf, layout=False)
    first, second = flat(pages[start - 1]), flat(pages[start])
    text = first + " " + second
    for expected in ["Leonie Krause (Mobile Beratung gegen Rechts (Beispiel))",
                     "Wie schützen wir Engagierte, die öffentlich angefeindet werden?",
                     "Schutz beginnt bei der Vorbereitung, nicht erst nach einem Angriff.",
                     "Wer sich engagiert, darf nicht allein gelassen werden.",
                     "16. Mai 2026, 10:30–11:30", "Werkstatt"]:
        assert expected in text, expected


def test_every_session_page_has_the_session_in_its_running_header(pdf: Path) -> None:
    pages = pages_text(pdf)
    entries = toc_entries(pages)
    starts = [entries[title] for title in PUBLISHED]
    ends = [*starts[1:], entries["Organisationen der Sessiongeber:innen"]]
    continued = 0
    for title, start, end in zip(PUBLISHED, starts, ends, strict=True):
        for number in range(start, end):
            header = pages[number - 1].strip().splitlines()[0]
            assert header.split()[:3] == ["Engagementcamp", "Leipzig", "2026"], header
            assert header.rstrip().endswith(title), (number, header)
            assert pages[number - 1].rstrip().endswith(str(number))  # page number at the foot
            continued += number > start
    assert continued >= 1  # the sample has sessions that run over a page


def test_no_hidden_name_and_no_draft_in_the_pdf(pdf: Path) -> None:
    text = flat(" ".join(pages_text(pdf, layout=False)))
    assert "Beispielmann" not in text
    assert "Anonyme:r Sessiongeber:in (Bürgerinitiative aus dem Erzgebirge)" in text
    assert "Offene Runde" not in text


def test_funders_page_has_the_funding_notice_logos_and_licence(pdf: Path) -> None:
    pages = pages_text(pdf)
    entries = toc_entries(pages)
    funders = flat(pages[entries["Förderung und Partnerschaft"] - 1])
    assert "Das Engagementcamp Leipzig 2026 wurde gefördert von der Landesstiftung " \
        "Miteinander Sachsen aus Mitteln des Freistaates Sachsen." in funders
    assert "Landesstiftung Miteinander Sachsen" in funders
    assert "Bürgerstiftung Leipziger Land" in funders
    licence = flat(pages[entries["Lizenz und Herkunft"] - 1])
    assert "CC-BY-4.0" in licence and "creativecommons.org/licenses/by/4.0" in licence


def test_the_same_project_gives_the_same_pdf(sample: Path, pdf: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.pdf"
    make_booklet(CliRunner(), sample, again, "--camp", LEIPZIG)
    assert again.read_bytes() == pdf.read_bytes()


def test_german_text_is_hyphenated(runner: CliRunner, tmp_path: Path) -> None:
    word = "Engagementförderungsstrukturentwicklungsprogramm"
    body = " ".join(["Das", word, "und", "die", "Freiwilligenagenturlandschaft"] * 30)
    session = f"---\ntitle: Lange Wörter\nhosts:\n  - name: Ann\ninsights: [Eins]\n---\n{body}\n"
    project = make_project(tmp_path, {"lang.md": session})
    code, output = make_booklet(runner, project, tmp_path / "b.pdf")
    assert code == 0, output
    lines = [line.strip() for page in pages_text(tmp_path / "b.pdf") for line in
             page.splitlines()]
    broken = [line for line in lines if re.search(r"[a-zäöüß]\u2010$", line)]
    assert len(broken) >= 5, "expected words broken across lines with a hyphen"
    assert all(line.split()[-1].rstrip("\u2010") in word + "Freiwilligenagenturlandschaft"
               for line in broken)


def test_many_rooms_put_the_schedule_on_a_landscape_page(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    rooms = "".join(f"  - name: Raum {n}\n" for n in range(1, 7))
    camp_yaml = (f"name: Großes Camp\ndate: 2026-05-16\nrooms:\n{rooms}slots:\n  - id: s1\n"
                 "    start: '10:00'\n    end: '11:00'\n")
    session = ("---\ntitle: Eins\nhosts:\n  - name: Ann\nroom: Raum 6\nslot: s1\n"
               "insights: [Eins]\n---\n")
    project = make_project(tmp_path, {"eins.md": session}, camp_yaml)
    code, output = make_booklet(runner, project, tmp_path / "b.pdf")
    assert code == 0, output
    reader = pypdf.PdfReader(tmp_path / "b.pdf")
    shapes = [(float(p.mediabox.width) > float(p.mediabox.height)) for p in reader.pages]
    schedule_page = next(i for i, text in enumerate(pages_text(tmp_path / "b.pdf"))
                         if "Raum 6" in text and "Programm" in text)
    assert shapes[schedule_page] is True
    assert shapes.count(True) == 1


def test_html_booklet_is_one_self_contained_file(runner: CliRunner, sample: Path,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "leipzig.html"
    code, output = make_booklet(runner, sample, out, "--camp", LEIPZIG, "--format", "html")
    assert code == 0, output
    html = out.read_text(encoding="utf-8")
    assert '<html lang="de">' in html
    sources = re.findall(r'\bsrc="([^"]*)"', html)
    # Logos (SVG) and photos (JPEG at print size) inside the file; nothing loaded from elsewhere.
    assert sources and all(re.match(r"data:image/(svg\+xml|jpeg);base64,", source)
                           for source in sources)
    assert sum(source.startswith("data:image/jpeg") for source in sources) == 3
    assert "<link" not in html and "<script" not in html
    assert "default-src 'none'" in html
    for title in PUBLISHED:
        assert f">{title.replace('–', '–')}</h2>" in html
    assert "Beispielmann" not in html


def test_missing_weasyprint_gives_a_clear_message_and_writes_nothing(
        runner: CliRunner, sample: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import fails as if not installed
    out = tmp_path / "b.pdf"
    code, output = make_booklet(runner, sample, out)
    assert code == 1
    assert "pip install 'campdoc[pdf]'" in output
    assert not out.exists()
    result = runner.invoke(main, ["build", "--booklet", "--project", str(sample),
                                  "--out", str(tmp_path / "site")])
    assert result.exit_code == 1 and "campdoc[pdf]" in result.output
    assert not (tmp_path / "site").exists()


def test_errors_in_the_project_write_no_booklet(runner: CliRunner, tmp_path: Path) -> None:
    project = make_project(tmp_path, {"bad.md": "---\ntitle: Ohne Hosts\n---\n"})
    out = tmp_path / "b.pdf"
    out.write_bytes(b"old")
    code, output = make_booklet(runner, project, out)
    assert code == 1 and "error[CD201]" in output
    assert out.read_bytes() == b"old"


def test_build_with_booklet_links_it_from_the_camp_home(runner: CliRunner, sample: Path,
                                                        tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = runner.invoke(main, ["build", "--booklet", "--project", str(sample),
                                  "--out", str(site)])
    assert result.exit_code == 0, result.output
    home = (site / LEIPZIG / "index.html").read_text(encoding="utf-8")
    assert 'href="booklet.pdf" download' in home and 'href="booklet.html"' in home
    document = pypdf.PdfReader(io.BytesIO((site / LEIPZIG / "booklet.pdf").read_bytes()))
    assert len(document.pages) >= len(PUBLISHED) + 5
    assert "<h1 class=\"cover-title\">" in (site / LEIPZIG / "booklet.html").read_text()
    plain = tmp_path / "plain"
    assert runner.invoke(main, ["build", "--project", str(sample), "--out",
                                str(plain)]).exit_code == 0
    assert "booklet.pdf" not in (plain / LEIPZIG / "index.html").read_text(encoding="utf-8")
    assert not (plain / LEIPZIG / "booklet.pdf").exists()


# --- no near-empty spill-over pages ---------------------------------------------------------

def page_lines(pdf: Path, number: int) -> list[str]:
    """The non-empty lines of one page, read alone, without running header and page number."""
    text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number),
                           str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[-1] == str(number):
        lines = lines[:-1]
    return lines[1:]  # the running header: the camp, and the session or part


def short_pages(pdf: Path) -> dict[int, list[str]]:
    """Pages other than the cover and a section's first page with fewer than five lines."""
    count = len(pypdf.PdfReader(pdf).pages)
    starts = {1, 2, *toc_entries(pages_text(pdf)).values()}  # cover, contents, each section
    return {number: lines for number in range(1, count + 1) if number not in starts
            and len(lines := page_lines(pdf, number)) < 5}


@pytest.fixture(scope=site_scope)
def other_camps(sample: Path) -> list[Path]:
    pdfs = []
    for camp in ("sozialcamp-kassel-2025", "open-data-day-bremen-2024"):
        out = sample / f"{camp}.pdf"
        code, output = make_booklet(CliRunner(), sample, out, "--camp", camp)
        assert code == 0, output
        pdfs.append(out)
    return pdfs


def test_no_sample_booklet_has_a_near_empty_page(pdf: Path, figures_pdf: Path,
                                                 other_camps: list[Path]) -> None:
    for booklet in (pdf, figures_pdf, *other_camps):
        assert short_pages(booklet) == {}, booklet.name


def test_the_end_of_a_session_takes_the_last_lines_of_the_notes_along(
        runner: CliRunner, tmp_path: Path) -> None:
    # Notes of 14 to 27 one-line paragraphs: one of them ends just at the foot of the page,
    # where the links and the footer no longer fit.
    sessions = {f"s{count}.md": (
        f"---\ntitle: Sitzung {count}\nhosts:\n  - name: Ann\ninsights: [Eins]\n"
        f"documented_by: Bea\nlinks:\n  - title: Pad\n    url: https://pad.example.org/{count}\n"
        "---\n" + "".join(f"Absatz {n} von {count}.\n\n" for n in range(1, count + 1)))
        for count in range(14, 28)}
    project = make_project(tmp_path, sessions)
    out = tmp_path / "b.pdf"
    code, output = make_booklet(runner, project, out)
    assert code == 0, output
    entries = toc_entries(pages_text(out))
    starts = {entries[f"Sitzung {count}"] for count in range(14, 28)}
    continued = {number: page_lines(out, number)
                 for number in range(min(starts), entries["Lizenz und Herkunft"])
                 if number not in starts}
    assert len(continued) >= 5, "sessions run over a page"
    for number, lines in continued.items():
        assert any(line.startswith("Absatz") for line in lines), (number, lines)
        assert lines[-1] == "Dokumentiert von: Bea", (number, lines)
    assert short_pages(out) == {}


def test_notes_that_open_with_their_own_notes_heading_print_it_once(
        runner: CliRunner, tmp_path: Path) -> None:
    head = "---\ntitle: {}\nhosts:\n  - name: Ann\ninsights: [Eins]\n---\n"
    project = make_project(tmp_path, {
        "pad.md": head.format("Aus dem Pad") + "## Notizen\n\nWir haben gesammelt.\n",
        "english.md": head.format("English") + "# Notes:\n\nWe collected.\n",
        "own.md": head.format("Eigene") + "## Notizen vom Vormittag\n\nAm Vormittag.\n"})
    out = tmp_path / "b.html"
    code, output = make_booklet(runner, project, out, "--format", "html")
    assert code == 0, output
    html = out.read_text(encoding="utf-8")
    notes = {slug: re.search(r'<section class="notes">(.*?)</section>',
                             html.split(f'id="s-{slug}"')[1], re.DOTALL)[1]
             for slug in ("pad", "english", "own")}
    assert re.findall(r"<h[2-6][^>]*>(.*?)</h[2-6]>", notes["pad"]) == ["Notizen"]
    assert re.findall(r"<h[2-6][^>]*>(.*?)</h[2-6]>", notes["english"]) == ["Notizen"]
    assert "We collected." in notes["english"]
    assert re.findall(r"<h[2-6][^>]*>(.*?)</h[2-6]>", notes["own"]) == [
        "Notizen", "Notizen vom Vormittag"]


# --- where the booklet is written ------------------------------------------------------------

@pytest.fixture
def umask() -> Iterator[int]:
    old = os.umask(0o027)
    yield 0o027
    os.umask(old)


def test_booklet_goes_into_site_with_ordinary_permissions_and_build_may_replace_it(
        runner: CliRunner, tmp_path: Path, umask: int, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_sample_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["booklet", "-C", str(project), "--camp", LEIPZIG,
                                  "--format", "html", "--lang", "en"])
    assert result.exit_code == 0, result.output
    target = project / "site" / LEIPZIG / "booklet.html"
    assert result.output == f"Wrote {target} ({target.stat().st_size // 1024} KB)\n"
    assert (target.stat().st_mode & 0o777) == 0o666 & ~umask
    assert sorted(path.name for path in tmp_path.iterdir()) == ["project"]
    assert not list(project.glob("*.html"))
    # Marked as a build marks it: one marker, one text, whichever command made the folder.
    assert (project / "site" / MARKER).read_text("utf-8") == MARKER_TEXT
    # The next build replaces site/ (and the booklet with it) instead of refusing the folder.
    result = runner.invoke(main, ["build", "-C", str(project)])
    assert result.exit_code == 0, result.output
    assert (project / "site" / LEIPZIG / "index.html").is_file() and not target.exists()


def test_a_site_folder_that_is_a_link_is_not_written_through(runner: CliRunner,
                                                             tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    project = make_project(tmp_path / "project", {"s.md": (
        "---\ntitle: T\nhosts: [{name: A}]\ninsights: [x]\n---\n")})
    (project / "site").symlink_to(outside, target_is_directory=True)
    result = runner.invoke(main, ["booklet", "--format", "html", "-C", str(project)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (f"campdoc: {project / 'site'} ist eine "
                                             "Verknüpfung; campdoc schreibt nicht durch "
                                             "Verknüpfungen")
    assert list(outside.iterdir()) == []


def test_gitignore_from_init_covers_the_default_booklet(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    assert runner.invoke(main, ["init", str(demo)]).exit_code == 0
    subprocess.run(["git", "init", "-q", str(demo)], check=True)
    checked = subprocess.run(
        ["git", "-C", str(demo), "check-ignore", "--no-index", "site/beispielcamp/booklet.pdf",
         "site/beispielcamp/booklet.html", "sessions/beispielcamp/camp.yaml"],
        capture_output=True, text=True, check=False)
    assert checked.stdout.splitlines() == ["site/beispielcamp/booklet.pdf",
                                           "site/beispielcamp/booklet.html"]


# --- the figures page -------------------------------------------------------------------------

@pytest.fixture(scope=site_scope)
def figures_pdf(sample: Path) -> Path:
    out = sample / "figures.pdf"
    code, output = make_booklet(CliRunner(), sample, out, "--camp", LEIPZIG, "--figures")
    assert code == 0, output
    return out


def test_figures_page_shows_the_stats_of_the_published_sessions(sample: Path,
                                                                figures_pdf: Path) -> None:
    number = toc_entries(pages_text(figures_pdf))["Das Camp in Zahlen"]
    project, _, _ = load_and_validate(sample)
    figures = camp_figures([public_camp(next(c for c in project.camps if c.id == LEIPZIG))],
                           LEIPZIG)
    # The numbers of `campdoc stats` for the published sessions (stats itself also counts
    # the draft: 8 sessions, 11 named hosts).
    assert (figures.sessions, figures.hosts, figures.attendance,
            figures.session_participations) == (7, 10, 90, 179)
    assert [" ".join(line.split()) for line in page_lines(figures_pdf, number)] == [
        "Das Camp in Zahlen",
        "Sessions Sessiongeber:innen (namentlich)", "7 10",
        "Anonyme Sessiongeber:innen Organisationen", "1 11",
        "Teilnehmende am Camp", "90",
        "Session-Teilnahmen (Summe über alle Sessions, wer mehrere besucht hat, zählt "
        "mehrfach)", "179",
        "Pro Slot", "Slot Sessions Teilnehmende", "Sessionrunde 1 10:30–11:30 3 73",
        "Sessionrunde 2 11:45–12:45 3 79", "Sessionrunde 3 14:00–15:00 1 27",
        "Häufigste Schlagworte", "1. Ehrenamt (4) 6. Finanzierung (1)",
        "2. Alter (1) 7. Fördermittel (1)", "3. Datenschutz (1) 8. international (1)",
        "4. Demokratie (1) 9. Jugend (1)", "5. Digitalisierung (1) 10. Kommunen (1)"]
    top = [item.title for item in pypdf.PdfReader(figures_pdf).outline
           if not isinstance(item, list)]
    assert top[:5] == ["Engagementcamp Leipzig 2026", "Inhalt", "Engagementcamp Leipzig 2026",
                       "Das Camp in Zahlen", "Programm"]


@pytest.mark.validator
def test_booklet_with_figures_passes_the_nu_html_checker(runner: CliRunner, sample: Path,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "html"
    code, output = make_booklet(runner, sample, folder / "booklet.html", "--camp", LEIPZIG,
                                "--figures", "--format", "html")
    assert code == 0, output
    errors = nu_checker_errors(folder)
    assert errors == [], "\n".join(errors[:20])
