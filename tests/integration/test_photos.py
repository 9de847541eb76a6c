"""Photos and materials, as readers get them: upright, without metadata, in sizes, offline.

The photos are camera JPEGs drawn on the spot (tests/photo_factory.py): stored sideways with
EXIF orientation 6, GPS coordinates, the camera's make and model, the owner's name and an
XMP packet. Every published file is read back by hand (JPEG segments, RIFF chunks), not by
the library that wrote it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from campdoc.media import store
from campdoc.site.build import build
from tests.conftest import make_project, site_scope
from tests.photo_factory import (
    CAMERA_MAKE,
    CAMERA_MODEL,
    OWNER,
    SECRET_XMP,
    TOP_BAND,
    jpeg_segments,
    riff_chunks,
    write_camera_photo,
)
from tests.site_tools import tree_digest

SESSION = """---
title: Flipchart-Runde
hosts: [{name: Anna Beispiel, organization: Paritätischer Berlin}]
insights: [Fotos machen die Ergebnisse greifbar]
photos:
  - file: fotos/flipchart.jpg
    alt: Flipchart mit den drei Leitfragen
    caption: Die Leitfragen am Anfang
    credit: "Foto: Boaz Arad / Paritätischer Berlin"
  - file: fotos/gruppe.jpg
    alt: Die Gruppe vor der Pinnwand
    shows_people: true
    consent: true
materials:
  - file: material/folien.pdf
    title: Folien der Session
---
Zu Beginn:

![Die Pinnwand mit den Karten der Runde](fotos/pinnwand.jpg "Die Pinnwand am Ende")

Danach ging es weiter.
"""
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class Images(HTMLParser):
    """Every <img> and <source> of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict[str, str]] = []
        self.sources: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "img":
            self.images.append(values)
        elif tag == "source":
            self.sources.append(values)


def images_of(page: Path) -> Images:
    parser = Images()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def photo_project(root: Path) -> Path:
    project = make_project(root, {"runde.md": SESSION})
    camp = project / "sessions" / "camp"
    write_camera_photo(camp / "fotos" / "flipchart.jpg", 1200, 1600, seed=1)
    write_camera_photo(camp / "fotos" / "gruppe.jpg", 1600, 1200, seed=2, scene="pinboard",
                       orientation=1)
    write_camera_photo(camp / "fotos" / "pinnwand.jpg", 900, 1200, seed=3, scene="pinboard")
    (camp / "material").mkdir()
    (camp / "material" / "folien.pdf").write_bytes(PDF)
    return project


@pytest.fixture(scope=site_scope)
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = photo_project(tmp_path_factory.mktemp("photos"))
    result = build(project, project / "site")
    assert not result.failed, result.issues
    return project


def test_every_image_has_alt_size_and_sizes(built: Path) -> None:
    page = built / "site" / "camp" / "sessions" / "runde.html"
    found = images_of(page)
    photos = [image for image in found.images if "/photos/" in image["src"]]
    assert len(photos) == 3
    for image in photos:
        assert image["alt"].strip()
        assert int(image["width"]) > 0 and int(image["height"]) > 0
        assert re.fullmatch(r"(\S+ \d+w, )*\S+ \d+w", image["srcset"]), image["srcset"]
        assert image["sizes"]
    assert {image["alt"] for image in photos} == {
        "Flipchart mit den drei Leitfragen", "Die Gruppe vor der Pinnwand",
        "Die Pinnwand mit den Karten der Runde"}
    # One WebP source beside each JPEG image.
    assert [source["type"] for source in found.sources] == ["image/webp"] * len(photos)
    assert all(source["srcset"] for source in found.sources)
    # Every address in every srcset is a file of the site, with the width it claims.
    for entry in [*photos, *found.sources]:
        for candidate in entry["srcset"].split(", "):
            address, width = candidate.split(" ")
            with Image.open(page.parent / address) as image:
                assert image.width == int(width.removesuffix("w"))


def test_the_credit_and_the_caption_are_shown(built: Path) -> None:
    html = (built / "site" / "camp" / "sessions" / "runde.html").read_text(encoding="utf-8")
    assert "Foto: Boaz Arad / Paritätischer Berlin" in html
    assert "Die Leitfragen am Anfang" in html
    assert "Die Pinnwand am Ende</span></figcaption>" in html  # the notes image's title


def test_no_published_image_carries_camera_metadata(built: Path) -> None:
    published = sorted((built / "site" / "camp" / "photos").iterdir())
    # WebP and JPEG of each size: 480, 960 and 1200 (the flipchart's own width), 480, 960,
    # 1600 (the group photo), 480 and 900 (the pinboard): never wider than the original.
    assert len(published) == (3 + 3 + 2) * 2
    for path in published:
        data = path.read_bytes()
        for secret in (CAMERA_MAKE, CAMERA_MODEL, OWNER, "GPS"):
            assert secret.encode() not in data, (path.name, secret)
        assert SECRET_XMP not in data and b"Exif" not in data and b"http://ns.adobe.com" not in data
        if path.suffix == ".jpg":
            markers = {marker for marker, _ in jpeg_segments(data)}
            assert not markers & {0xE1, 0xE2, 0xED}, path.name  # EXIF/XMP, ICC, IPTC
        else:
            assert riff_chunks(data) == ["VP8 "], path.name


def test_the_portrait_photo_stays_portrait_and_upright(built: Path) -> None:
    html = (built / "site" / "camp" / "sessions" / "runde.html").read_text(encoding="utf-8")
    page = built / "site" / "camp" / "sessions"
    flipchart = next(i for i in images_of(page / "runde.html").images
                     if i["alt"].startswith("Flipchart"))
    assert int(flipchart["height"]) > int(flipchart["width"])
    assert "Flipchart" in html
    for candidate in flipchart["srcset"].split(", "):
        with Image.open(page / candidate.split(" ")[0]) as image:
            assert image.height > image.width
            # The red band drawn along the upright photo's top edge is at the top.
            top = image.convert("RGB").getpixel((image.width // 2, 2))
            bottom = image.convert("RGB").getpixel((image.width // 2, image.height - 3))
            assert all(abs(a - b) < 40 for a, b in zip(top, TOP_BAND, strict=True)), top
            assert bottom != top


def test_sizes_are_never_upscaled_and_one_is_small(built: Path) -> None:
    widths = {}
    for path in (built / "site" / "camp" / "photos").glob("*.jpg"):
        with Image.open(path) as image:
            widths.setdefault(path.name.split("-")[0], []).append(image.width)
    assert len(widths) == 3
    for sizes in widths.values():
        assert min(sizes) <= 1000
        assert max(sizes) <= 1600
    # The 900-pixel-wide pinboard gets 480 and its own width, nothing wider.
    assert [480, 900] in [sorted(sizes) for sizes in widths.values()]


def test_the_original_file_is_never_published(built: Path) -> None:
    originals = {path.read_bytes() for path in (built / "sessions" / "camp" / "fotos").iterdir()}
    site_files = [path.read_bytes() for path in (built / "site").rglob("*") if path.is_file()]
    assert not originals & set(site_files)


def test_materials_are_copied_under_their_hash_and_listed_with_size(built: Path) -> None:
    camp = built / "site" / "camp"
    (material,) = (camp / "materials").iterdir()
    assert material.read_bytes() == PDF
    # A copy, not a link: editing the source later must not change the published file.
    source = built / "sessions" / "camp" / "material" / "folien.pdf"
    assert material.stat().st_ino != source.stat().st_ino
    assert re.fullmatch(r"[0-9a-f]{20}\.pdf", material.name)
    html = (camp / "sessions" / "runde.html").read_text(encoding="utf-8")
    assert f'href="../materials/{material.name}" download="folien-der-session.pdf"' in html
    assert "Folien der Session</a> <span class=\"file-kind\">PDF, 1 KB</span>" in html


def test_sessions_json_lists_photos_and_materials_at_their_addresses(built: Path) -> None:
    camp = built / "site" / "camp"
    data = json.loads((camp / "sessions.json").read_text(encoding="utf-8"))
    (record,) = data["sessions"]
    assert "photos" not in record["fields"] and "materials" not in record["fields"]
    assert [photo["alt"] for photo in record["photos"]] == [
        "Flipchart mit den drei Leitfragen", "Die Gruppe vor der Pinnwand",
        "Die Pinnwand mit den Karten der Runde"]
    for photo in record["photos"]:
        with Image.open(camp / photo["url"]) as image:
            assert (image.width, image.height) == (photo["width"], photo["height"])
    (material,) = record["materials"]
    assert (camp / material["url"]).read_bytes() == PDF
    assert (material["title"], material["type"], material["size"]) == (
        "Folien der Session", "PDF", len(PDF))


def test_the_service_worker_precaches_only_the_small_sizes(built: Path) -> None:
    camp = built / "site" / "camp"
    worker = (camp / "sw.js").read_text(encoding="utf-8")
    precache = json.loads(re.search(r"var PRECACHE = (\[.*?\]);", worker, re.S)[1])
    photos = sorted(name for name in precache if name.startswith("photos/"))
    assert len(photos) == 3  # the smallest size of each photo, as WebP
    for name in photos:
        with Image.open(camp / name) as image:
            assert image.width == 480 and image.format == "WEBP"
    assert not any(name.startswith("materials/") for name in precache)
    assert "index.html" in precache and "sessions/runde.html" in precache


def test_search_finds_a_photo_by_its_alt_text_and_caption(built: Path) -> None:
    fallback = (built / "site" / "camp" / "search-index.js").read_text(encoding="utf-8")
    assert "Die Gruppe vor der Pinnwand" in fallback
    assert "Die Leitfragen am Anfang" in fallback
    assert "Die Pinnwand mit den Karten der Runde" in fallback
    html = (built / "site" / "camp" / "sessions" / "runde.html").read_text(encoding="utf-8")
    assert html.count('data-pagefind-index-attrs="alt"') == 3


def test_two_builds_with_photos_are_byte_identical(built: Path, tmp_path: Path) -> None:
    again = photo_project(tmp_path)
    shutil.rmtree(again / "sessions")
    shutil.copytree(built / "sessions", again / "sessions")
    result = build(again, again / "site")
    assert not result.failed
    assert tree_digest(again / "site") == tree_digest(built / "site")


def test_a_warm_build_decodes_no_photo_and_a_change_only_that_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = photo_project(tmp_path)
    made: list[str] = []
    real = store.render_variants

    def counting(data: bytes, plan: store.PhotoPlan) -> dict[str, bytes]:
        made.append(plan.key)
        return real(data, plan)

    monkeypatch.setattr(store, "render_variants", counting)
    assert not build(project, project / "site").failed
    assert len(made) == 3
    before = tree_digest(project / "site")
    # A new session changes the camp (no camp cache hit), but no photo is decoded again.
    (project / "sessions" / "camp" / "zwei.md").write_text(
        "---\ntitle: Zwei\nhosts: [{name: B}]\ninsights: [b]\n---\n", encoding="utf-8")
    made.clear()
    assert not build(project, project / "site").failed
    assert made == []
    assert {k: v for k, v in tree_digest(project / "site").items() if "/photos/" in k} == {
        k: v for k, v in before.items() if "/photos/" in k}
    write_camera_photo(project / "sessions" / "camp" / "fotos" / "pinnwand.jpg", 900, 1200,
                       seed=9, scene="pinboard")
    assert not build(project, project / "site").failed
    assert len(made) == 1


def test_the_booklet_embeds_the_photos_at_print_size(built: Path, tmp_path: Path) -> None:
    if shutil.which("pdfimages") is None:
        pytest.fail("pdfimages (poppler-utils) is needed; .ci/run installs it")
    result = build(built, tmp_path / "site", booklet=True)
    assert not result.failed, result.issues
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "site/camp/booklet.pdf")],
                             capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    images = [(int(row[3]), int(row[4]), row[8]) for row in rows]
    assert len(images) == 3
    assert all(encoding == "jpeg" for _, _, encoding in images)
    # Print sizes, not the 1600-pixel screen size: 960 across the column, 480 in the gallery.
    assert sorted(width for width, _, _ in images) == [480, 480, 900]
    for row in rows:
        assert 120 <= int(row[12]) <= 320, row  # x-ppi: sharp in print, not wasteful
    # The booklet is a download: offline readers get it when they open it, not at once.
    worker = (tmp_path / "site/camp/sw.js").read_text(encoding="utf-8")
    precache = json.loads(re.search(r"var PRECACHE = (\[.*?\]);", worker, re.S)[1])
    assert "booklet.pdf" not in precache and "booklet.html" not in precache
    assert (tmp_path / "site/camp/booklet.pdf").is_file()


def test_png_webp_and_heic_photos_are_published(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")  # part of the test extra
    session = ("---\ntitle: Formate\nhosts: [{name: A}]\ninsights: [a]\nphotos:\n"
               "  - {file: fotos/bild.png, alt: Ein PNG}\n"
               "  - {file: fotos/bild.webp, alt: Ein WebP}\n"
               "  - {file: fotos/iphone.heic, alt: Ein iPhone-Foto}\n---\n")
    project = make_project(tmp_path, {"formate.md": session})
    fotos = project / "sessions" / "camp" / "fotos"
    fotos.mkdir()
    Image.new("RGB", (800, 600), (20, 120, 200)).save(fotos / "bild.png")
    Image.new("RGB", (700, 600), (20, 200, 120)).save(fotos / "bild.webp")
    heif = pillow_heif.from_pillow(Image.new("RGB", (640, 480), (200, 40, 40)))
    heif.save(fotos / "iphone.heic")
    result = build(project, project / "site")
    assert not result.failed, result.issues
    page = images_of(project / "site" / "camp" / "sessions" / "formate.html")
    assert len(page.images) == 3
    with Image.open(project / "site" / "camp" / "sessions" /
                    page.images[2]["src"]) as published:
        assert published.format == "JPEG" and published.size == (640, 480)
        red = published.convert("RGB").getpixel((320, 240))
        assert red[0] > 150 and red[1] < 90


def test_without_pillow_heif_a_heic_photo_is_refused_with_the_install_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from campdoc.cli import main
    from campdoc.media import raster

    monkeypatch.setattr(raster, "heic_support", lambda: False)
    monkeypatch.setattr("campdoc.content.assets.heic_support", lambda: False)
    session = ("---\ntitle: iPhone\nhosts: [{name: A}]\ninsights: [a]\nphotos:\n"
               "  - file: fotos/iphone.heic\n    alt: Ein iPhone-Foto\n---\n")
    project = make_project(tmp_path, {"iphone.md": session})
    fotos = project / "sessions" / "camp" / "fotos"
    fotos.mkdir()
    # An ISO-BMFF header with the HEIC brand is all the check reads before it refuses.
    fotos.joinpath("iphone.heic").write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    result = CliRunner().invoke(main, ["check", "-C", str(project), "--lang", "en"])
    assert result.exit_code == 1
    assert "sessions/camp/iphone.md:6:11: error[CD234]" in result.output
    assert "pip install 'campdoc[heic]'" in result.output
