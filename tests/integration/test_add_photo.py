"""``campdoc add photo|material`` and ``import pad`` with images: files in, front matter
extended in place, and nothing changed when anything is refused."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from PIL import Image

from campdoc.authoring.front_matter_lists import append_to_list
from campdoc.cli import main
from campdoc.site.build import build
from tests.conftest import make_project
from tests.photo_factory import write_camera_photo

SESSION = """---
# Notizen von Paul, bitte nicht umformatieren
title: "Runde: Fotos"   # mit Doppelpunkt
hosts:
  - {name: Anna, organization: Verein}
insights: [Eins]
links:
  - title: Pad
    url: https://pad.example.org/p/runde
---
Die Notizen.
"""


def invoke(runner: CliRunner, project: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(main, [*args, "--project", str(project), "--lang", "en"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def snapshot(project: Path) -> dict[str, str]:
    return {p.relative_to(project).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(project.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", {"runde.md": SESSION})


def test_add_photo_copies_under_a_readable_name_and_leaves_the_rest_alone(
        runner: CliRunner, project: Path, tmp_path: Path) -> None:
    camera = write_camera_photo(tmp_path / "IMG_2034.JPEG", 300, 400)
    code, output = invoke(runner, project, "add", "photo", "runde", str(camera),
                          "--alt", "Flipchart: die drei Leitfragen", "--caption", "Am Anfang",
                          "--credit", "Foto: Anna", "--shows-people", "--consent")
    assert code == 0, output
    session = project / "sessions" / "camp" / "runde.md"
    text = session.read_text(encoding="utf-8")
    # Everything the author wrote is still there, byte for byte, in its place.
    assert text.startswith(SESSION.split("---\nDie")[0])
    assert text.endswith("---\nDie Notizen.\n")
    copied = project / "sessions" / "camp" / "fotos" / "flipchart-die-drei-leitfragen.jpg"
    assert copied.read_bytes() == camera.read_bytes()
    assert front_matter(session)["photos"] == [{
        "file": "fotos/flipchart-die-drei-leitfragen.jpg",
        "alt": "Flipchart: die drei Leitfragen", "caption": "Am Anfang",
        "credit": "Foto: Anna", "shows_people": True, "consent": True}]
    assert "fotos/flipchart-die-drei-leitfragen.jpg" in output
    result = build(project, project / "site")
    assert not result.failed, result.issues
    html = (project / "site/camp/sessions/runde.html").read_text(encoding="utf-8")
    assert 'alt="Flipchart: die drei Leitfragen"' in html


def test_several_photos_with_one_alt_each_append_to_an_existing_list(
        runner: CliRunner, project: Path, tmp_path: Path) -> None:
    first = write_camera_photo(tmp_path / "a.jpg", 200, 300, seed=1)
    second = write_camera_photo(tmp_path / "b.jpg", 200, 300, seed=2)
    assert invoke(runner, project, "add", "photo", "runde", str(first), "--alt", "Eins")[0] == 0
    code, output = invoke(runner, project, "add", "photo", "sessions/camp/runde.md",
                          str(second), str(first), "--alt", "Zwei", "--alt", "Eins nochmal")
    assert code == 1  # the first file is in the session already
    assert output.splitlines() == [
        f"{first}:1:1: error[CD240] '{first}' is the same file as 'fotos/eins.jpg', which the "
        "session already has",
        "  hint: Nothing to add. To change its description, edit its entry in the front matter.",
        "Nothing changed: fix the errors above first."]
    assert not (project / "sessions/camp/fotos/zwei.jpg").exists()
    code, output = invoke(runner, project, "add", "photo",
                          str(project / "sessions/camp/runde.md"), str(second), "--alt", "Zwei")
    assert code == 0, output
    photos = front_matter(project / "sessions/camp/runde.md")["photos"]
    assert [photo["file"] for photo in photos] == ["fotos/eins.jpg", "fotos/zwei.jpg"]


def test_a_name_taken_by_another_file_gets_a_number(runner: CliRunner, project: Path,
                                                    tmp_path: Path) -> None:
    other = write_camera_photo(project / "sessions/camp/fotos/pinnwand.jpg", 100, 100, seed=7)
    new = write_camera_photo(tmp_path / "x.jpg", 100, 100, seed=8)
    assert invoke(runner, project, "add", "photo", "runde", str(new), "--alt", "Pinnwand")[0] == 0
    assert (project / "sessions/camp/fotos/pinnwand-2.jpg").read_bytes() == new.read_bytes()
    assert other.read_bytes() != new.read_bytes()


@pytest.mark.parametrize(("args", "message"), [
    (["--alt", "x", "--shows-people"], "--consent is missing"),
    (["--alt", "  "], "--alt is empty"),
    (["--alt", "a", "--alt", "b", "--alt", "c"], "give it once"),
])
def test_refused_arguments_change_nothing(runner: CliRunner, project: Path, tmp_path: Path,
                                          args: list[str], message: str) -> None:
    photos = [str(write_camera_photo(tmp_path / f"{n}.jpg", 100, 100, seed=n)) for n in (1, 2)]
    before = snapshot(project)
    code, output = invoke(runner, project, "add", "photo", "runde", *photos, *args)
    assert code == 2 and message in output
    assert snapshot(project) == before


@pytest.mark.parametrize(("name", "data", "code"), [
    ("notes.jpg", b"<html><script>alert(1)</script></html>", "CD220"),
    ("leer.jpg", b"", "CD237"),
    ("zeichnung.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "CD238"),
])
def test_a_bad_file_among_good_ones_changes_nothing(runner: CliRunner, project: Path,
                                                    tmp_path: Path, name: str, data: bytes,
                                                    code: str) -> None:
    good = write_camera_photo(tmp_path / "gut.jpg", 100, 100)
    bad = tmp_path / name
    bad.write_bytes(data)
    before = snapshot(project)
    exit_code, output = invoke(runner, project, "add", "photo", "runde", str(good), str(bad),
                               "--alt", "Gut", "--alt", "Schlecht")
    assert exit_code == 1 and f"error[{code}]" in output and str(bad) in output
    assert snapshot(project) == before


def test_a_photo_already_in_the_camp_folder_is_named_where_it_is(runner: CliRunner,
                                                                  project: Path) -> None:
    there = write_camera_photo(project / "sessions/camp/bilder/tafel.jpg", 100, 100)
    assert invoke(runner, project, "add", "photo", "runde", str(there), "--alt", "Tafel")[0] == 0
    assert front_matter(project / "sessions/camp/runde.md")["photos"][0]["file"] == \
        "bilder/tafel.jpg"
    assert not (project / "sessions/camp/fotos").exists()


def test_add_material(runner: CliRunner, project: Path, tmp_path: Path) -> None:
    slides = tmp_path / "Präsentation final (2).PDF"
    slides.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, output = invoke(runner, project, "add", "material", "runde", str(slides),
                          "--title", "Folien: Teil 1")
    assert code == 0, output
    assert front_matter(project / "sessions/camp/runde.md")["materials"] == [
        {"file": "material/folien-teil-1.pdf", "title": "Folien: Teil 1"}]
    assert (project / "sessions/camp/material/folien-teil-1.pdf").read_bytes() == \
        slides.read_bytes()
    text = tmp_path / "notizen.txt"
    text.write_text("Nur Text", encoding="utf-8")
    code, output = invoke(runner, project, "add", "material", "runde", str(text),
                          "--title", "Notizen")
    assert code == 1 and "error[CD239]" in output


def test_an_unknown_session_is_named_with_the_way_to_find_it(runner: CliRunner, project: Path,
                                                              tmp_path: Path) -> None:
    photo = write_camera_photo(tmp_path / "x.jpg", 100, 100)
    code, output = invoke(runner, project, "add", "photo", "gibt-es-nicht", str(photo),
                          "--alt", "x")
    assert code == 1 and "there is no session 'gibt-es-nicht'" in output
    assert "Traceback" not in output


@pytest.mark.parametrize(("before", "after"), [
    ("title: x\n", "title: x\nphotos:\n  - file: f.jpg\n    alt: A\n"),
    ("photos:\ntitle: x\n", "photos:\n  - file: f.jpg\n    alt: A\ntitle: x\n"),
    ("photos: []  # kommt noch\ntitle: x\n",
     "photos:  # kommt noch\n  - file: f.jpg\n    alt: A\ntitle: x\n"),
    ("photos:\n- file: e.jpg\n  alt: E\n# Ende\ntitle: x\n",
     "photos:\n- file: e.jpg\n  alt: E\n- file: f.jpg\n  alt: A\n# Ende\ntitle: x\n"),
    ("photos: [{file: e.jpg, alt: E}]\n",
     "photos: [{file: e.jpg, alt: E}, {file: f.jpg, alt: A}]\n"),
    ("photos:\n    -   file: e.jpg\n        alt: |\n          lang\n",
     "photos:\n    -   file: e.jpg\n        alt: |\n          lang\n    -   file: f.jpg\n"
     "        alt: A\n"),
])
def test_entries_are_added_in_the_style_already_there(before: str, after: str) -> None:
    text = f"---\n{before}---\nNotizen\n"
    result = append_to_list(text, "photos", [{"file": "f.jpg", "alt": "A"}], "x.md")
    assert result == f"---\n{after}---\nNotizen\n"
    assert yaml.safe_load(result.split("---\n")[1])["photos"][-1] == {"file": "f.jpg",
                                                                     "alt": "A"}


def test_windows_line_ends_and_a_byte_order_mark_are_kept() -> None:
    text = "\ufeff---\r\ntitle: x\r\n---\r\nNotizen\r\n"
    result = append_to_list(text, "photos", [{"file": "f.jpg", "alt": "Ä: \"b\""}], "x.md")
    assert result == ("\ufeff---\r\ntitle: x\r\nphotos:\r\n  - file: f.jpg\r\n"
                      "    alt: 'Ä: \"b\"'\r\n---\r\nNotizen\r\n")


def test_import_pad_keeps_the_images_found_beside_the_export(runner: CliRunner, project: Path,
                                                             tmp_path: Path) -> None:
    export = tmp_path / "export"
    (export / "uploads").mkdir(parents=True)
    Image.new("RGB", (120, 90), (200, 30, 30)).save(export / "uploads" / "upload_1a2b.png")
    (export / "pad.md").write_text(
        "# Runde mit Bildern\n\n## Notizen\n\n"
        "![Flipchart](/uploads/upload_1a2b.png)\n\n"
        "![Noch einmal](https://pad.example.org/uploads/upload_1a2b.png \"Titel\")\n\n"
        "![](https://pad.example.org/uploads/upload_fehlt.png)\n", encoding="utf-8")
    code, output = invoke(runner, project, "import", "pad", str(export / "pad.md"))
    assert code == 0, output
    created = project / "sessions/camp/runde-mit-bildern.md"
    body = created.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "![Flipchart](fotos/flipchart.png)" in body
    assert '![Noch einmal](fotos/flipchart.png "Titel")' in body  # the same file, once
    assert "![](https://pad.example.org/uploads/upload_fehlt.png)" in body
    assert (project / "sessions/camp/fotos/flipchart.png").read_bytes() == \
        (export / "uploads" / "upload_1a2b.png").read_bytes()
    assert sorted(p.name for p in (project / "sessions/camp/fotos").iterdir()) == [
        "flipchart.png"]
    assert "upload_fehlt.png" in output and "Image kept" in output


@pytest.mark.parametrize("value", [
    "Flipchart: Leitfragen", "yes", "no", "123", "2026-05-16", "#1", "- Liste", "[a]", "{b}",
    "a\nzweite Zeile", "  Leerzeichen  ", "„Anführung“ & ‚mehr‘", "'einfach'", '"doppelt"',
    "ends with colon:", "~", "null", "",
])
def test_a_value_reads_back_unchanged_and_stays_on_one_line(value: str) -> None:
    from campdoc.authoring.front_matter_lists import yaml_value

    written = yaml_value(value)
    assert "\n" not in written
    assert yaml.safe_load(f"key: {written}\n") == {"key": value}
