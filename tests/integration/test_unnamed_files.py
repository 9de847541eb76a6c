"""A photo, logo or material file in a camp folder that nothing names is not published; a
documenter who copied it in and forgot to list it is told so (CD247), once the camp has no
errors. Files that are no media (notes, system files) are left alone."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from campdoc.cli import main
from tests.conftest import make_project
from tests.photo_factory import write_camera_photo

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><rect width="4" height="2"/></svg>'
CAMP = ("name: Test-Camp\ndate: 2026-05-16\nlicense: CC-BY-4.0\nlogo: logos/camp.svg\n"
        "organizer: {name: Verein, logo: logos/verein.svg}\n"
        "funders:\n  - name: Stiftung\n    logo: logos/stiftung.svg\n")
SESSION = """---
title: Flipchart-Runde
hosts: [{{name: Anna Beispiel}}]
insights: [Fotos machen Ergebnisse greifbar]
status: {status}
photos:
  - file: fotos/{photo}
    alt: Das Flipchart
materials:
  - file: material/folien.pdf
    title: Folien
---
![Die Tafel am Ende](fotos/tafel%20am%20ende.jpg)
"""


def camp_with_files(root: Path, session_status: str = "published") -> Path:
    project = make_project(root, {
        "runde.md": SESSION.format(status=session_status, photo="flipchart.jpg"),
        "entwurf.md": SESSION.format(status="draft", photo="entwurf.jpg")}, CAMP)
    camp = project / "sessions" / "camp"
    for seed, name in enumerate(("flipchart.jpg", "entwurf.jpg", "tafel am ende.jpg",
                                 "vergessen.jpg")):
        write_camera_photo(camp / "fotos" / name, 120, 160, seed=seed)
    (camp / "material").mkdir()
    (camp / "material" / "folien.pdf").write_bytes(PDF)
    (camp / "material" / "alte-folien.pdf").write_bytes(PDF.replace(b"<<>>", b"<</A 1>>", 1))
    (camp / "logos").mkdir()
    for name in ("camp.svg", "verein.svg", "stiftung.svg", "projekt.svg"):
        (camp / "logos" / name).write_text(SVG, encoding="utf-8")
    # The project's logo may live in a camp folder too.
    (project / "campdoc.yaml").write_text("logo: sessions/camp/logos/projekt.svg\n",
                                          encoding="utf-8")
    # Not media, or left by systems and editors: never reported.
    (camp / "material" / "notizen.txt").write_text("Stichpunkte", encoding="utf-8")
    (camp / "fotos" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (camp / "fotos" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    (camp / "fotos" / "flipchart.jpg~").write_bytes(b"\xff\xd8")
    write_camera_photo(camp / ".versteckt" / "alt.jpg", 120, 160)
    return project


def issues(runner: CliRunner, project: Path) -> list[tuple[str, str, str]]:
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json",
                                  "--lang", "en"])
    assert result.exit_code == 0, result.output
    return [(issue["path"], issue["code"], issue["message"])
            for issue in json.loads(result.output)["issues"]]


def test_only_the_media_files_nothing_names_are_reported(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    project = camp_with_files(tmp_path)
    assert issues(runner, project) == [
        ("sessions/camp/fotos/vergessen.jpg", "CD247", "fotos/vergessen.jpg: no session and "
         "no camp.yaml names this file, so it is not published"),
        ("sessions/camp/material/alte-folien.pdf", "CD247", "material/alte-folien.pdf: no "
         "session and no camp.yaml names this file, so it is not published")]


def test_the_hint_says_where_to_name_it_and_why_to_delete_it(runner: CliRunner,
                                                             tmp_path: Path) -> None:
    project = camp_with_files(tmp_path)
    (project / "sessions" / "camp" / "material" / "alte-folien.pdf").unlink()
    result = runner.invoke(main, ["check", "-C", str(project), "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        "sessions/camp/fotos/vergessen.jpg:1:1: Warnung[CD247] fotos/vergessen.jpg: keine "
        "Session und keine camp.yaml nennt diese Datei, daher wird sie nicht veröffentlicht",
        "  Tipp: Soll sie erscheinen, nenne sie dort, wo sie hingehört: unter photos: oder "
        "materials: ihrer Session ('- file: fotos/vergessen.jpg') oder in der camp.yaml als "
        "logo: des Camps, des Veranstalters, eines Förderers oder Partners. Soll sie nicht "
        "veröffentlicht werden, lösche sie: Wer das Repository lesen kann, sieht sie sonst."]


def test_a_camp_with_errors_is_not_searched_for_unnamed_files(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    # A session that cannot be read does not say which files it names: every file would
    # look unnamed. The errors come first.
    project = camp_with_files(tmp_path, session_status="unklar")
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json"])
    assert result.exit_code == 1
    codes = [issue["code"] for issue in json.loads(result.output)["issues"]]
    assert "CD247" not in codes and codes


def test_an_error_found_while_reading_the_camp_folder_counts_too(runner: CliRunner,
                                                                 tmp_path: Path) -> None:
    # A linked session file is not read (CD310): it may name any of the files.
    project = camp_with_files(tmp_path)
    camp = project / "sessions" / "camp"
    (camp / "verlinkt.md").symlink_to(camp / "runde.md")
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json"])
    assert result.exit_code == 1
    codes = [issue["code"] for issue in json.loads(result.output)["issues"]]
    assert codes == ["CD310"]


def test_the_build_warns_and_publishes_only_what_is_named(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    project = camp_with_files(tmp_path)
    result = runner.invoke(main, ["build", "-C", str(project), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.output.count("warning[CD247]") == 2
    site = project / "site"
    # Published under names made from their content: the named PDF, and the two photos of
    # the published session in their sizes; not the draft's photo, not the unnamed files.
    assert [path.read_bytes() for path in site.rglob("*.pdf")] == [PDF]
    assert len({path.name.split("-")[0] for path in site.rglob("*.jpg")}) == 2


def test_a_file_is_named_by_any_name_that_leads_to_it(runner: CliRunner,
                                                      tmp_path: Path) -> None:
    # Files are compared, not names: on macOS and Windows 'Fotos/Flipchart.JPG' names
    # 'fotos/flipchart.jpg'. A second (hard) link to a named photo is that photo.
    project = camp_with_files(tmp_path)
    fotos = project / "sessions" / "camp" / "fotos"
    (fotos / "vergessen.jpg").unlink()
    (project / "sessions" / "camp" / "material" / "alte-folien.pdf").unlink()
    (fotos / "flipchart-kopie.jpg").hardlink_to(fotos / "flipchart.jpg")
    assert issues(runner, project) == []
