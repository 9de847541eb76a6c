"""Camera-like photos for tests and benchmarks, drawn on the spot (no binary fixtures).

A phone photo is what documenters bring: a JPEG whose pixels are stored sideways with an
EXIF orientation flag, GPS coordinates, the camera's make and model, the owner's name and an
XMP packet. `camera_jpeg` writes such a file of a flipchart or a pinboard, drawn upright with
a red band along its top edge, so a test can tell which way up a published photo is.
"""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TOP_BAND = (200, 30, 30)  # the red band along the upright photo's top edge
CAMERA_MAKE = "Fairphone"
CAMERA_MODEL = "FP5 Testkamera"
OWNER = "Erika Fotografin"
GPS_LATITUDE = (52.0, 31.0, 12.34)  # Berlin
SECRET_XMP = b"geheime-xmp-notiz"

_WORDS = ("Ehrenamt", "Förderung", "Datenschutz", "Vernetzung", "Barrierefreiheit", "Pads",
          "Fragen", "Ideen", "Nächste Schritte", "Jugend", "Beratung", "Team", "Werkzeuge")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def flipchart(width: int, height: int, seed: int = 0, title: str = "Leitfragen",
              lines: tuple[str, ...] = ()) -> Image.Image:
    """An upright flipchart with marker lines (``lines``, or made up) and sticky notes."""
    rng = random.Random(seed)
    lines = lines or tuple(" ".join(rng.sample(_WORDS, 2)) + "?" for _ in range(6))
    image = Image.new("RGB", (width, height), (214, 206, 190))
    draw = ImageDraw.Draw(image)
    margin = width // 12
    draw.rectangle((margin, height // 14, width - margin, height - height // 16),
                   fill=(250, 250, 246), outline=(180, 176, 168), width=max(2, width // 400))
    draw.rectangle((0, 0, width, max(8, height // 40)), fill=TOP_BAND)
    font = _font(max(12, width // 18))
    draw.text((margin * 1.4, height // 9), title, fill=(20, 60, 160), font=font)
    small = _font(max(10, width // 28))
    y = height // 9 + width // 10
    for number, line in enumerate(lines):
        colour = ((30, 30, 30), (190, 30, 40), (20, 110, 60))[number % 3]
        draw.text((margin * 1.6, y), f"• {line}", fill=colour, font=small)
        y += width // 13
    for note in range(5):
        x = rng.randint(margin, width - margin - width // 6)
        top = rng.randint(height // 2, height - height // 5)
        colour = ((255, 236, 110), (255, 170, 200), (150, 220, 255))[note % 3]
        draw.rectangle((x, top, x + width // 6, top + width // 6), fill=colour)
        draw.text((x + width // 60, top + width // 30), rng.choice(_WORDS)[:9], fill=(40, 40, 40),
                  font=_font(max(8, width // 50)))
    return image


def pinboard(width: int, height: int, seed: int = 1, cards: tuple[str, ...] = ()) -> Image.Image:
    """An upright pinboard with coloured cards (``cards``: their words, or made up)."""
    rng = random.Random(seed)
    words = iter(cards) if cards else None
    image = Image.new("RGB", (width, height), (176, 134, 86))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, max(8, height // 40)), fill=TOP_BAND)
    card_w, card_h = width // 5, height // 9
    font = _font(max(8, width // 45))
    for row in range(5):
        for column in range(4):
            x = width // 20 + column * (card_w + width // 25) + rng.randint(-8, 8)
            y = height // 10 + row * (card_h + height // 30) + rng.randint(-8, 8)
            colour = ((255, 255, 255), (255, 240, 120), (140, 210, 140), (255, 180, 120))[
                (row + column) % 4]
            word = next(words, "") if words is not None else rng.choice(_WORDS)
            if words is not None and not word:
                continue
            draw.rectangle((x, y, x + card_w, y + card_h), fill=colour, outline=(90, 70, 50))
            draw.text((x + card_w // 12, y + card_h // 3), word, fill=(30, 30, 30), font=font)
    return image


def _xmp_segment() -> bytes:
    packet = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/'
              b'1999/02/22-rdf-syntax-ns#"><rdf:Description>' + SECRET_XMP
              + b"</rdf:Description></rdf:RDF></x:xmpmeta>")
    body = b"http://ns.adobe.com/xap/1.0/\0" + packet
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def camera_exif(orientation: int) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = CAMERA_MAKE
    exif[0x0110] = CAMERA_MODEL
    exif[0x013B] = OWNER  # Artist
    exif[0x8298] = f"(c) {OWNER}"  # Copyright
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: GPS_LATITUDE, 3: "E", 4: (13.0, 24.0, 0.0)})
    return exif


def with_grain(image: Image.Image, sigma: float = 18.0) -> Image.Image:
    """Sensor noise, as in a real photo: it makes files as big and as slow to code as a
    camera's (flat drawings compress far better than photos)."""
    noise = Image.effect_noise(image.size, sigma).convert("RGB")
    return Image.blend(image, noise, 0.12)


def camera_jpeg(upright: Image.Image, orientation: int = 6, quality: int = 85) -> bytes:
    """``upright`` as a phone stores it: pixels turned for ``orientation`` (6: the camera
    was held upright, the sensor saw it sideways), with EXIF, GPS and an XMP packet."""
    stored = upright.transpose(Image.Transpose.ROTATE_90) if orientation == 6 else upright
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=quality, exif=camera_exif(orientation).tobytes())
    data = out.getvalue()
    # The XMP packet goes right after the SOI marker, where cameras put their APP segments.
    return data[:2] + _xmp_segment() + data[2:]


def write_camera_photo(path: Path, width: int = 1200, height: int = 1600, seed: int = 0,
                       scene: str = "flipchart", orientation: int = 6,
                       grain: bool = False) -> Path:
    """A camera JPEG of an upright ``width``×``height`` scene at ``path``."""
    draw = flipchart if scene == "flipchart" else pinboard
    image = draw(width, height, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(camera_jpeg(with_grain(image) if grain else image, orientation))
    return path


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """The marker segments of a JPEG before its image data: (marker, payload). Read by
    hand, so a test does not trust the library that wrote the file."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    segments: list[tuple[int, bytes]] = []
    position = 2
    while position < len(data):
        assert data[position] == 0xFF, f"no marker at {position}"
        marker = data[position + 1]
        if marker == 0xD9:
            break
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        segments.append((marker, data[position + 4:position + 2 + length]))
        position += 2 + length
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
    return segments


def riff_chunks(data: bytes) -> list[str]:
    """The chunk names of a WebP file (RIFF), read by hand."""
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP", "not a WebP file"
    names: list[str] = []
    position = 12
    while position + 8 <= len(data):
        name = data[position:position + 4].decode("latin-1")
        size = struct.unpack("<I", data[position + 4:position + 8])[0]
        names.append(name)
        position += 8 + size + (size & 1)
    return names
