"""Threat: photos and materials from a pull request that are not what they claim to be.

A photo is decoded by campdoc and a material file is published from the site's own origin,
so each is checked by content (not by name), within size and pixel limits, and only inside
the camp's folder. Every case ends in an issue at the line that names the file, and no
site: a build with errors writes nothing, and the previous site stays as it was.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from campdoc.content.load import load_project
from campdoc.content.validate import validate_project
from campdoc.media.store import PixelBudget
from tests.hostile.conftest import build_project, write_project
from tests.hostile.safety import site_problems
from tests.photo_factory import camera_jpeg, flipchart

# For mutation testing (tests/mutation/quick.py): these modules' mutants are tested with
# this file, which reaches them through campdoc's commands without building a site.
MUTATION_TARGETS = (
    "campdoc.content.validate",
    "campdoc.content.validate_media",
    "campdoc.content.assets",
)

HEAD = "---\ntitle: Fotos\nhosts: [{name: Anna Beispiel}]\ninsights: [Erkenntnis]\n"


def _jpeg(width: int = 320, height: int = 240) -> bytes:
    return camera_jpeg(flipchart(width, height), orientation=1)


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + chunk(b"IEND", b""))


def _project(tmp_path: Path, entries: str, files: dict[str, bytes], body: str = "",
             config: str = "") -> Path:
    root = write_project(tmp_path / "p", {"fotos.md": HEAD + entries + "---\n" + body})
    for name, data in files.items():
        target = root / "sessions" / "camp" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if config:
        (root / "campdoc.yaml").write_text(config, encoding="utf-8")
    return root


def _located(root: Path) -> tuple[list[tuple[int, str]], Path]:
    """(line, code) of every error, and the site folder (which must not exist)."""
    result, site = build_project(root)
    return sorted((i.location.line, i.code) for i in result.issues if i.is_error), site


def _photo(name: str) -> str:
    return f"photos:\n  - file: {name}\n    alt: Ein Foto\n"


# --- Where the file is ----------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "../outside.jpg", "../../outside.jpg", "fotos/../../outside.jpg", "{root}/outside.jpg",
    "fotos/../../../p/outside.jpg", "fotos\\\\..\\\\..\\\\outside.jpg", "C:/outside.jpg",
    "fotos/fehlt.jpg", "fotos",
])
def test_a_photo_outside_the_camp_or_missing_is_refused(tmp_path: Path, written: str) -> None:
    root = tmp_path / "p"
    # Real photos outside the camp's folder, where each of the paths would lead.
    for folder in (root, root / "sessions", tmp_path):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "outside.jpg").write_bytes(_jpeg())
    written = written.format(root=root)
    root = _project(tmp_path, _photo(f"'{written}'"), {"fotos/da.jpg": _jpeg()})
    errors, site = _located(root)
    assert errors == [(6, "CD216")] and not site.exists()


def test_a_photo_behind_a_link_that_leads_out_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.jpg"
    secret.write_bytes(_jpeg())
    root = _project(tmp_path, _photo("fotos/link.jpg") + "materials:\n  - file: fotos/ordner/"
                    "x.pdf\n    title: Folien\n", {})
    (root / "sessions/camp/fotos").mkdir(parents=True)
    (root / "sessions/camp/fotos/link.jpg").symlink_to(secret)
    (root / "sessions/camp/fotos/ordner").symlink_to(tmp_path)  # a linked folder on the way
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    errors, site = _located(root)
    assert errors == [(6, "CD216"), (9, "CD216")] and not site.exists()


def test_an_image_in_the_notes_outside_the_camp_is_refused(tmp_path: Path) -> None:
    root = _project(tmp_path, "", {}, body="Text\n\n![Geheim](../../campdoc.yaml)\n")
    errors, site = _located(root)
    assert errors == [(8, "CD216")] and not site.exists()


# --- What the file is -----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "code"), [
    ("fotos/x.jpg", b"<!DOCTYPE html><script>alert(1)</script>", "CD220"),
    ("fotos/x.jpg", b"%PDF-1.7\n1 0 obj\n", "CD220"),
    ("fotos/x.jpg", b"\0\x01\x02 binary junk" * 10, "CD220"),
    ("fotos/x.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
     "CD238"),
    ("fotos/x.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "CD238"),
    ("fotos/x.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "CD220"),  # not a photo format
    ("fotos/x.jpg", b"", "CD237"),
])
def test_a_photo_that_is_not_a_photo_is_refused(tmp_path: Path, name: str, data: bytes,
                                                code: str) -> None:
    root = _project(tmp_path, _photo(name), {name: data})
    errors, site = _located(root)
    assert errors == [(6, code)] and not site.exists()


def test_a_photo_whose_name_lies_about_its_format_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("RGB", (40, 30)).save(out, "PNG")
    root = _project(tmp_path, _photo("fotos/x.jpg"), {"fotos/x.jpg": out.getvalue()})
    errors, _ = _located(root)
    assert errors == [(6, "CD221")]


def test_a_truncated_photo_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    data = _jpeg(800, 600)
    root = _project(tmp_path, _photo("fotos/x.jpg"), {"fotos/x.jpg": data[: len(data) // 2]})
    # 'check' decodes nothing, and still finds it (a build would find it too late for CI).
    _, issues = validate_project(load_project(root))
    assert [(i.location.line, i.code) for i in issues if i.is_error] == [(6, "CD225")]


def test_a_corrupt_photo_found_only_by_decoding_stops_the_build_and_keeps_the_old_site(
        tmp_path: Path) -> None:
    good = _project(tmp_path, _photo("fotos/x.jpg"), {"fotos/x.jpg": _jpeg(800, 600)})
    result, site = build_project(good)
    assert not result.failed
    before = sorted(path.read_bytes() for path in site.rglob("*") if path.is_file())
    data = _jpeg(800, 600)
    # Every header intact and an end marker, but no image data: only decoding finds out.
    scan = data.rfind(b"\xff\xda")
    (good / "sessions/camp/fotos/x.jpg").write_bytes(data[:scan] + b"\xff\xd9")
    errors, site = _located(good)
    assert errors == [(6, "CD225")]
    assert sorted(path.read_bytes() for path in site.rglob("*") if path.is_file()) == before


@pytest.mark.parametrize("size", [(60000, 60000), (11000, 11000)])
def test_a_decompression_bomb_is_refused_from_its_header(tmp_path: Path,
                                                         size: tuple[int, int]) -> None:
    bomb = _png_header(*size)  # 3.6 gigapixels (or 121 megapixels) in 200 bytes
    assert len(bomb) < 200
    root = _project(tmp_path, _photo("fotos/x.png"), {"fotos/x.png": bomb})
    # 'check' refuses it from the header, before any pixel is decoded.
    _, issues = validate_project(load_project(root))
    assert [(i.location.line, i.code, i.params.get("what")) for i in issues if i.is_error] == [
        (6, "CD225", "too many pixels")]
    errors, site = _located(root)
    assert errors == [(6, "CD225")] and not site.exists()


def test_a_photo_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    big = _jpeg() + b"\0" * (2 * 1024 * 1024)  # a valid JPEG with 2 MB of trailing data
    root = _project(tmp_path, _photo("fotos/x.jpg") + "materials:\n  - file: gross.pdf\n"
                    "    title: Groß\n", {"fotos/x.jpg": big,
                                          "gross.pdf": b"%PDF-1.4\n" + b"0" * 2_000_000},
                    config="max_file_mb: 1\nrobots: noindex\n")
    errors, site = _located(root)
    assert errors == [(6, "CD109"), (9, "CD109")] and not site.exists()


def test_the_same_photo_twice_in_one_session_is_refused(tmp_path: Path) -> None:
    data = _jpeg()
    entries = _photo("fotos/a.jpg") + "  - file: fotos/b.jpg\n    alt: Noch einmal\n"
    root = _project(tmp_path, entries, {"fotos/a.jpg": data, "fotos/b.jpg": data},
                    body="\n![Und ein drittes Mal](fotos/a.jpg)\n")
    errors, site = _located(root)
    assert errors == [(8, "CD236"), (12, "CD236")] and not site.exists()


@pytest.mark.parametrize(("name", "data", "code"), [
    ("material/folien.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "CD239"),
    ("material/seite.html", b"<!DOCTYPE html><html></html>", "CD239"),
    ("material/bild.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "CD239"),
    ("material/folien.pdf", b"PK\x03\x04 zip", "CD221"),
    ("material/folien.pdf", b"", "CD237"),
])
def test_a_material_that_is_not_what_it_claims_is_refused(tmp_path: Path, name: str,
                                                          data: bytes, code: str) -> None:
    root = _project(tmp_path, f"materials:\n  - file: {name}\n    title: Folien\n", {name: data})
    errors, site = _located(root)
    assert errors == [(6, code)] and not site.exists()


# --- What reaches the page ------------------------------------------------------------------

def test_markup_in_alt_caption_and_credit_stays_text(tmp_path: Path) -> None:
    evil = "\\\"><script>alert(1)</script><img src=x onerror=alert(2)>"
    entries = (f'photos:\n  - file: fotos/x.jpg\n    alt: "{evil}"\n    caption: "{evil}"\n'
               f'    credit: "{evil}"\n')
    root = _project(tmp_path, entries, {"fotos/x.jpg": _jpeg(), "fotos/y.jpg": _jpeg(300, 200)},
                    body=f'\n![{evil[2:]}](fotos/y.jpg "{evil[2:]}")\n')
    result, site = build_project(root)
    assert not result.failed, result.issues
    assert site_problems(site) == {}
    page = (site / "camp" / "sessions" / "fotos.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_camp_folder_with_many_large_photos_is_decoded_within_a_memory_budget() -> None:
    import threading
    import time

    budget = PixelBudget(100)
    running: list[int] = []
    peak: list[int] = []
    lock = threading.Lock()

    def work(pixels: int) -> None:
        with budget.hold(pixels):
            with lock:
                running.append(pixels)
                peak.append(sum(running))
            time.sleep(0.02)
            with lock:
                running.remove(pixels)

    threads = [threading.Thread(target=work, args=(pixels,))
               for pixels in (60, 60, 60, 30, 30, 250)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Never more than the budget at once, except a photo larger than it, which runs alone.
    assert max(value for value in peak if value != 250) <= 100
    assert 250 in peak
