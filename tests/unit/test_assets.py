"""Files that camp.yaml and sessions name (content/assets.py): paths read as text, files
found without following links, and the issue (code and parameters) for each kind of file
that cannot be published."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from campdoc.content import assets
from campdoc.content.assets import (
    MAX_LOGO_BYTES,
    MEDIA_SUFFIXES,
    PHOTO_FORMATS,
    is_truncated,
    logo_problem,
    material_problem,
    photo_problem,
    refused_path,
    resolve_file,
    size_problem,
)
from campdoc.media.kinds import GIF, JPEG, PNG, WEBP

MIB = 1024 * 1024


def image(kind: str, size: tuple[int, int] = (8, 6)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, kind)
    return out.getvalue()


SVG_SAFE = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect/></svg>'
SVG_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>'
PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
ZIP = b"PK\x03\x04" + b"\0" * 40
HTML = b"<!doctype html><title>x</title>"
HEIC = b"\0\0\0\x18ftypheic" + b"\0" * 40


@pytest.mark.parametrize(("written", "reason"), [
    ("fotos/tafel.jpg", ""), ("logo.png", ""), ("a b/ü.png", ""), ("..png", ""),
    ("/etc/passwd", "it is an absolute path"), ("\\\\server\\x.png", "it is an absolute path"),
    ("C:logo.png", "it is an absolute path"), ("c:/logo.png", "it is an absolute path"),
    ("fotos\\tafel.jpg", "it uses '\\' instead of '/'"),
    ("../logo.png", "it leads outside the folder"), ("a/../b.png", "it leads outside the folder"),
    ("a/..", "it leads outside the folder"),
    ("", "it is not a plain file name"), ("./logo.png", "it is not a plain file name"),
    ("a//b.png", "it is not a plain file name"), ("fotos/", "it is not a plain file name"),
    ("a/./b.png", "it is not a plain file name"),
])
def test_a_path_is_refused_for_its_form_alone(written: str, reason: str) -> None:
    assert refused_path(written) == reason


def test_a_file_is_found_inside_its_folder_without_following_links(tmp_path: Path) -> None:
    (tmp_path / "fotos").mkdir()
    (tmp_path / "fotos" / "tafel.jpg").write_bytes(b"x")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.jpg").write_bytes(b"x")
    (tmp_path / "linked").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "fotos" / "link.jpg").symlink_to(tmp_path / "fotos" / "tafel.jpg")
    os.mkfifo(tmp_path / "fotos" / "pipe.jpg")
    assert resolve_file(tmp_path, "fotos/tafel.jpg") == (tmp_path / "fotos" / "tafel.jpg", "")
    assert resolve_file(tmp_path, "fotos/fehlt.jpg") == (None, "it does not exist")
    assert resolve_file(tmp_path, "fehlt/tafel.jpg") == (None, "it does not exist")
    assert resolve_file(tmp_path, "linked/x.jpg") == (None, "it is a link")
    assert resolve_file(tmp_path, "fotos/link.jpg") == (None, "it is a link")
    assert resolve_file(tmp_path, "fotos") == (None, "it is a folder")
    assert resolve_file(tmp_path, "fotos/pipe.jpg") == (None, "it is not a regular file")
    assert resolve_file(tmp_path, "../x.jpg") == (None, "it leads outside the folder")


@pytest.mark.parametrize(("data", "written", "issue"), [
    (image("PNG"), "logo.png", ("", {})),
    (image("JPEG"), "logo.JPEG", ("", {})),
    (SVG_SAFE, "logo.svg", ("", {})),
    (PDF, "logo.pdf", ("CD220", {"kind": "a PDF document",
                                 "allowed": "PNG, JPEG, GIF, WebP, SVG"})),
    (image("PNG"), "logo.jpg", ("CD221", {"format": "PNG", "suffixes": ".png"})),
    (image("JPEG"), "logo.png", ("CD221", {"format": "JPEG", "suffixes": ".jpg / .jpeg"})),
    (SVG_SCRIPT, "logo.svg", ("CD218", {"what": "a script", "element": "script",
                                        "svg_line": "2"})),
    (b"\x89PNG\r\n\x1a\n" + b"x" * 100, "logo.png", ("CD225", {"what": "a damaged image"})),
])
def test_a_logo_is_checked_by_its_content(data: bytes, written: str,
                                          issue: tuple[str, dict[str, str]]) -> None:
    assert logo_problem(data, written) == issue


def test_a_logo_may_be_as_large_as_the_limit_and_no_larger() -> None:
    png = image("PNG")
    at_limit = png + b"\0" * (MAX_LOGO_BYTES - len(png))
    assert logo_problem(at_limit, "logo.png") == ("", {})
    assert logo_problem(at_limit + b"\0" * (MIB // 2), "logo.png") == (
        "CD109", {"what": "the logo", "size": "10.5 MiB", "limit": "10 MiB"})
    # 10,957,620 bytes are 10.45000 MiB: rounded up, as a mebibyte of 2**20 bytes makes it.
    assert logo_problem(b"\0" * 10_957_620, "logo.png")[1]["size"] == "10.5 MiB"


@pytest.mark.parametrize(("size", "issue"), [
    (0, ("CD237", {})), (1, ("", {})), (2 * MIB, ("", {})),
    (2 * MIB + 1, ("CD109", {"what": "the file", "size": "2.0 MiB", "limit": "2 MiB"})),
    (3 * MIB + MIB // 4, ("CD109", {"what": "the file", "size": "3.2 MiB", "limit": "2 MiB"})),
    (10_957_620, ("CD109", {"what": "the file", "size": "10.5 MiB", "limit": "2 MiB"})),
])
def test_a_files_size_is_judged_before_it_is_read(size: int,
                                                  issue: tuple[str, dict[str, str]]) -> None:
    assert size_problem(size, 2 * MIB) == issue


def test_a_limit_is_said_in_whole_mebibytes_of_2_to_the_20_bytes() -> None:
    assert size_problem(2 * MIB, 3 * MIB // 2)[1]["limit"] == "2 MiB"  # 1.5, rounded


@pytest.mark.parametrize(("data", "written", "issue"), [
    (image("JPEG"), "fotos/tafel.jpg", ("", {})),
    (image("PNG"), "tafel.PNG", ("", {})),
    (image("WEBP"), "tafel.webp", ("", {})),
    (SVG_SAFE, "tafel.svg", ("CD238", {})),
    (image("GIF"), "tafel.gif", ("CD220", {"kind": "a GIF image", "allowed": PHOTO_FORMATS})),
    (PDF, "tafel.pdf", ("CD220", {"kind": "a PDF document", "allowed": PHOTO_FORMATS})),
    (image("PNG"), "tafel.jpg", ("CD221", {"format": "PNG", "suffixes": ".png"})),
    (image("JPEG")[:-2], "tafel.jpg", ("CD225", {"what": "a damaged image"})),
    (image("PNG")[:-12], "tafel.png", ("CD225", {"what": "a damaged image"})),
    (image("WEBP")[:-4], "tafel.webp", ("CD225", {"what": "a damaged image"})),
    (b"\xff\xd8\xff\xe0" + b"x" * 50 + b"\xff\xd9", "tafel.jpg",
     ("CD225", {"what": "a damaged image"})),
])
def test_a_photo_is_checked_by_its_content(data: bytes, written: str,
                                           issue: tuple[str, dict[str, str]]) -> None:
    assert photo_problem(data, written) == issue


def test_a_heic_photo_needs_a_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assets, "heic_support", lambda: False)
    assert photo_problem(HEIC, "tafel.heic") == ("CD234", {})
    assert photo_problem(image("JPEG"), "tafel.jpg") == ("", {})  # the others do not
    assert photo_problem(HEIC, "tafel.jpg") == ("CD221", {"format": "HEIC",
                                                          "suffixes": ".heic / .heif"})


def test_truncation_is_told_from_each_formats_end_marker() -> None:
    jpeg, png, webp = image("JPEG"), image("PNG"), image("WEBP")
    assert [is_truncated(data, kind) for data, kind in (
        (jpeg, JPEG), (png, PNG), (webp, WEBP), (image("GIF"), GIF))] == [False] * 4
    assert is_truncated(jpeg[:-2], JPEG) and is_truncated(png[:-12], PNG)
    assert is_truncated(webp[:-1], WEBP) and not is_truncated(webp + b"\0", WEBP)
    # An end of image inside the data, then another scan: still cut short.
    assert is_truncated(jpeg + b"\xff\xda\0\0", JPEG)
    assert not is_truncated(b"\xff\xd8" + b"\xff\xda" + b"\xff\xd9", JPEG)
    # An end of image before the scan (a thumbnail's), and the last one after it: whole.
    assert not is_truncated(b"\xff\xd8\xff\xd9\xff\xda\0\xff\xd9", JPEG)
    assert not is_truncated(b"\xff\xd8\xff\xe0" + b"\0" * 10, JPEG)  # no scan, no end
    # IEND among the last 64 bytes; a PNG of one pixel is only 69 bytes long.
    tiny = image("PNG", (1, 1))
    assert not is_truncated(tiny, PNG)
    assert not is_truncated(png + b"\0" * 56, PNG) and is_truncated(png + b"\0" * 57, PNG)


@pytest.mark.parametrize(("head", "written", "issue"), [
    (PDF, "folien.pdf", ("", {})), (PDF, "FOLIEN.PDF", ("", {})),
    (ZIP, "folien.pptx", ("", {})), (ZIP, "tabelle.ods", ("", {})),
    (image("PNG"), "bild.png", ("", {})), (image("GIF"), "bild.gif", ("", {})),
    (PDF, "folien.docx", ("CD221", {"format": "PDF", "suffixes": ".pdf"})),
    (image("JPEG"), "bild.png", ("CD221", {"format": "JPEG", "suffixes": ".jpg / .jpeg"})),
    (ZIP, "archiv.zip", ("CD239", {"kind": "an office document or ZIP archive"})),
    (HTML, "seite.pdf", ("CD239", {"kind": "an HTML page"})),
    (SVG_SAFE, "zeichnung.svg", ("CD239", {"kind": "an SVG drawing"})),
    (b"Notizen", "notizen.txt", ("CD239", {"kind": "a text file"})),
])
def test_a_material_is_a_document_or_an_image_with_a_fitting_name(
        head: bytes, written: str, issue: tuple[str, dict[str, str]]) -> None:
    assert material_problem(head, written) == issue


def test_a_camp_folder_may_hold_logos_photos_and_materials_and_nothing_else() -> None:
    assert {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".heic", ".heif", ".pdf",
            ".odp", ".pptx", ".odt", ".docx", ".ods", ".xlsx"} == MEDIA_SUFFIXES
