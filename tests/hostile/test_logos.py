"""Threat: a logo from a pull request that is not the image it claims to be.

A logo is served from the site's own origin and embedded in the booklet, so it must be an
image by content (not by name), an SVG must be a plain drawing, and every published logo
is a new file written by campdoc, named after its content.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from campdoc.media.svg import check_svg
from tests.hostile.conftest import CAMP, FRONT, build_project, write_project

SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'


def _project_with_logo(tmp_path: Path, name: str, data: bytes | str) -> Path:
    camp = CAMP + f"funders:\n  - name: Förderer\n    logo: '{name}'\n"
    root = write_project(tmp_path / "p", {"s.md": FRONT.format(title="x")}, camp)
    target = root / "sessions" / "camp" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return root


def _errors(root: Path) -> tuple[list[str], Path]:
    result, site = build_project(root)
    return sorted(issue.code for issue in result.issues if issue.is_error), site


def _png(width: int, height: int, **info: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 140)).save(out, "PNG", **info)
    return out.getvalue()


# --- 1. A logo is an image by content ---------------------------------------------------

@pytest.mark.parametrize(("name", "content", "code"), [
    ("logo.html", "<!DOCTYPE html><script>alert(document.cookie)</script>", "CD220"),
    ("logo.png", "<html><body><script>alert(1)</script></body></html>", "CD220"),
    ("logo.svg", "<!doctype html><html><svg></svg><script>alert(1)</script></html>", "CD220"),
    ("s.md", "---\ntitle: Geheimer Entwurf\n---\n", "CD220"),
    ("logo.png", b"\0\x01\x02 binary junk", "CD220"),
    ("logo.pdf", b"%PDF-1.7\n", "CD220"),
])
def test_a_logo_that_is_not_an_image_is_refused(tmp_path: Path, name: str, content: str | bytes,
                                                 code: str) -> None:
    root = _project_with_logo(tmp_path, name, content)
    if name == "s.md":  # the session file itself, named as the logo
        (root / "sessions" / "camp" / "s.md").write_text(FRONT.format(title="x"))
    codes, site = _errors(root)
    assert codes == [code]
    assert not site.exists()


def test_a_logo_whose_name_lies_about_its_kind_is_refused(tmp_path: Path) -> None:
    jpeg = io.BytesIO()
    Image.new("RGB", (4, 4)).save(jpeg, "JPEG")
    codes, site = _errors(_project_with_logo(tmp_path, "logo.png", jpeg.getvalue()))
    assert codes == ["CD221"] and not site.exists()


def test_a_decompression_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + chunk(b"IEND", b""))
    assert len(bomb) < 200
    codes, _ = _errors(_project_with_logo(tmp_path, "logo.png", bomb))
    assert codes == ["CD225"]


# --- 2. SVG is parsed, and only an allow-listed tree is published --------------------------

DANGEROUS_SVGS = {
    "prefixed script": SVG_HEAD.replace("<svg ", "<s:svg xmlns:s='http://www.w3.org/2000/svg' ")
    + "<s:script>alert(1)</s:script></svg>",
    "other prefix on script": f"{SVG_HEAD}<x:script xmlns:x='http://www.w3.org/2000/svg'>"
    "alert(1)</x:script></svg>",
    "xhtml script": f"{SVG_HEAD}<h:script xmlns:h='http://www.w3.org/1999/xhtml'>alert(1)"
    "</h:script></svg>",
    "event handler": f"{SVG_HEAD}<rect width='1' height='1' onmouseover='alert(1)'/></svg>",
    "upper-case handler": f"{SVG_HEAD}<rect ONLOAD='alert(1)'/></svg>",
    "entity": f"<!DOCTYPE svg [<!ENTITY e 'x'>]>{SVG_HEAD}<text>&e;</text></svg>",
    "external entity": f"<!DOCTYPE svg [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>{SVG_HEAD}"
    "<text>&e;</text></svg>",
    "@import": f"{SVG_HEAD}<style>@import url('https://evil.example/x.css');</style></svg>",
    "url() in style": f"{SVG_HEAD}<style>rect {{ fill: url(https://evil.example/p) }}</style>"
    "</svg>",
    "url() in attribute": f"{SVG_HEAD}<rect fill='url(//evil.example/p#x)'/></svg>",
    "css escape": f"{SVG_HEAD}<style>rect {{ background: u\\72l(x) }}</style></svg>",
    "javascript href": f"{SVG_HEAD}<use xlink:href='javascript:alert(1)'/></svg>",
    "entity-encoded javascript": f"{SVG_HEAD}<use href='&#106;avascript:alert(1)'/></svg>",
    "external use": f"{SVG_HEAD}<use href='https://evil.example/x.svg#a'/></svg>",
    "external image": f"{SVG_HEAD}<image href='https://evil.example/t.png'/></svg>",
    "svg in data image": f"{SVG_HEAD}<image href='data:image/svg+xml;base64,PHN2Zz4='/></svg>",
    "foreignObject": f"{SVG_HEAD}<foreignObject><div>x</div></foreignObject></svg>",
    "animation to a link": f"{SVG_HEAD}<a><set attributeName='href' to='javascript:1'/></a>"
    "</svg>",
    "link": f"{SVG_HEAD}<a href='https://evil.example'><rect/></a></svg>",
    "not well-formed": f"{SVG_HEAD}<rect></svg>",
}


@pytest.mark.parametrize("case", sorted(DANGEROUS_SVGS))
def test_dangerous_svg_logos_are_refused(tmp_path: Path, case: str) -> None:
    codes, site = _errors(_project_with_logo(tmp_path, "logo.svg", DANGEROUS_SVGS[case]))
    assert codes == ["CD218"], case
    assert not site.exists()


def test_a_utf16_svg_with_a_script_is_refused(tmp_path: Path) -> None:
    svg = f"{SVG_HEAD}<script>alert(1)</script></svg>".encode("utf-16")
    codes, _ = _errors(_project_with_logo(tmp_path, "logo.svg", svg))
    assert codes == ["CD218"]


def test_a_use_bomb_is_refused_before_anyone_renders_it() -> None:
    groups = "".join(f"<g id='a{i}'>" + f"<use href='#a{i - 1}'/>" * 10 + "</g>"
                     for i in range(1, 8))
    bomb = f"{SVG_HEAD}<defs><rect id='a0' width='1' height='1'/>{groups}</defs>" \
           "<use href='#a7'/></svg>"
    assert len(bomb) < 3000
    checked = check_svg(bomb.encode())
    assert checked.problem == "too many repeated parts"
    looping = f"{SVG_HEAD}<g id='a'><use href='#a'/></g></svg>"
    assert check_svg(looping.encode()).problem == "too many repeated parts"


def test_a_plain_drawing_is_published_without_editor_metadata(tmp_path: Path) -> None:
    svg = ('<?xml version="1.0"?>\n<!-- made with Inkscape -->\n'
           '<svg xmlns="http://www.w3.org/2000/svg" '
           'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
           'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
           'viewBox="0 0 120 40" inkscape:version="1.3">'
           '<sodipodi:namedview id="nv"/><metadata><x>rdf</x></metadata>'
           '<style>.a { fill: url(#g); }</style><defs><linearGradient id="g">'
           '<stop offset="0" stop-color="#145a8d"/></linearGradient></defs>'
           '<rect class="a" width="120" height="40" data-name="box"/>'
           '<text x="4" y="30">Verein &amp; Co</text></svg>')
    root = _project_with_logo(tmp_path, "logos/logo.svg", svg)
    codes, site = _errors(root)
    assert codes == []
    (published,) = (site / "camp" / "assets" / "logos").iterdir()
    text = published.read_text(encoding="utf-8")
    assert "inkscape" not in text and "namedview" not in text and "metadata" not in text
    assert "data-name" not in text
    assert '<text x="4" y="30">Verein &amp; Co</text>' in text
    page = (site / "camp" / "index.html").read_text(encoding="utf-8")
    assert f'src="assets/logos/{published.name}" alt="Förderer" width="144" height="48"' in page


# --- 10. Published logos are new files with content-hash names -----------------------------

@pytest.mark.parametrize("written", ["logos/logo.svg/", "logos/logo.svg/.", "logos//logo.svg",
                                     "./logos/logo.svg", "logos\\logo.svg"])
def test_paths_that_are_not_plain_are_refused_without_a_traceback(tmp_path: Path,
                                                                    written: str) -> None:
    root = _project_with_logo(tmp_path, "logos/logo.svg", f"{SVG_HEAD}<rect/></svg>")
    camp_yaml = root / "sessions" / "camp" / "camp.yaml"
    camp_yaml.write_text(camp_yaml.read_text().replace("'logos/logo.svg'", f"'{written}'"))
    codes, site = _errors(root)
    assert codes == ["CD216"]
    assert not site.exists()


def test_logo_names_with_url_characters_and_twins_in_other_folders(tmp_path: Path) -> None:
    root = _project_with_logo(tmp_path, "a/logo #1?.svg", f"{SVG_HEAD}<rect width='1'/></svg>")
    (root / "sessions" / "camp" / "b").mkdir()
    (root / "sessions" / "camp" / "b" / "logo #1?.svg").write_text(
        f"{SVG_HEAD}<circle r='1'/></svg>")
    camp_yaml = root / "sessions" / "camp" / "camp.yaml"
    camp_yaml.write_text(camp_yaml.read_text()
                         + "partners:\n  - name: P\n    logo: 'b/logo #1?.svg'\n")
    codes, site = _errors(root)
    assert codes == []
    names = sorted(path.name for path in (site / "camp" / "assets" / "logos").iterdir())
    assert len(names) == 2
    assert all(re.fullmatch(r"[0-9a-f]{20}\.svg", name) for name in names)
    worker = (site / "camp" / "sw.js").read_text(encoding="utf-8")
    assert all(f"assets/logos/{name}" in worker for name in names)


def test_a_large_raster_logo_is_made_small_and_loses_its_metadata(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Kamera GmbH"  # Make
    exif[0x013B] = "Anna Fotografin"  # Artist
    big = _png(4000, 1000, exif=exif.tobytes())
    root = _project_with_logo(tmp_path, "logos/gross.png", big)
    codes, site = _errors(root)
    assert codes == []
    (published,) = (site / "camp" / "assets" / "logos").iterdir()
    with Image.open(published) as image:
        assert image.size == (1200, 300)
        assert not image.getexif() and "exif" not in image.info
    assert b"Anna Fotografin" not in published.read_bytes()
