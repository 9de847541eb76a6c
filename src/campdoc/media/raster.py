"""Raster images from strangers, read with Pillow within limits and written anew.

Nothing is copied as it came: an image is decoded and encoded again, so metadata (EXIF,
GPS, XMP, comments) and anything appended to the file stay behind. The pixel count is
checked from the header before anything is decoded, so a small file that claims to be
gigapixels large (a decompression bomb) is refused at once.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from campdoc.media.kinds import GIF, HEIC, JPEG, PNG, WEBP, Kind, sniff

# Far above any camera's pixels (a 48-megapixel phone photo has 48 million), far below what
# would exhaust memory; Pillow's own bomb check uses the same kind of limit.
MAX_PIXELS = 120_000_000
_FORMATS = {"PNG": PNG, "JPEG": JPEG, "MPO": JPEG, "GIF": GIF, "WEBP": WEBP, "HEIF": HEIC}
# Errors Pillow raises for data it cannot read: damaged, truncated, or not an image at all.
DECODE_ERRORS = (OSError, SyntaxError, ValueError, Image.DecompressionBombError,
                 UnidentifiedImageError, EOFError)

Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True, slots=True)
class RasterInfo:
    """What the header says: the kind, and the size after the camera's rotation."""

    kind: Kind
    width: int
    height: int


class ImageProblem(Exception):
    """The image cannot be published; ``what`` is a phrase for the message catalogue."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def heic_support() -> bool:
    """Whether HEIC (iPhone photos) can be read: the optional pillow-heif package."""
    try:
        import pillow_heif  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def _open(data: bytes) -> Image.Image:
    if sniff(data) is HEIC and not heic_support():
        raise ImageProblem("HEIC without pillow-heif")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Only the decoders of the formats campdoc takes: none of Pillow's others (EPS
            # runs Ghostscript, and rarer decoders see less scrutiny) ever sees the bytes.
            Image.init()
            decoders = [name for name in _FORMATS if name in Image.OPEN]  # MPO comes as JPEG
            image = Image.open(io.BytesIO(data), formats=decoders)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem("too many pixels") from None
    except DECODE_ERRORS:
        raise ImageProblem("a damaged image") from None
    if image.width * image.height > MAX_PIXELS:
        raise ImageProblem("too many pixels")
    return image


def inspect(data: bytes) -> RasterInfo:
    """Read the header only: kind and size, with the EXIF orientation applied."""
    image = _open(data)
    kind = _FORMATS.get(image.format or "")
    if kind is None:
        raise ImageProblem("a damaged image")
    width, height = image.size
    try:
        orientation = image.getexif().get(0x0112, 1)
    except DECODE_ERRORS:
        orientation = 1
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return RasterInfo(kind, width, height)


def decode(data: bytes) -> Image.Image:
    """The pixels, upright (EXIF orientation applied), in RGB or RGBA."""
    image = _open(data)
    try:
        image.load()
        image = ImageOps.exif_transpose(image)
    except DECODE_ERRORS:
        raise ImageProblem("a damaged image") from None
    if image.mode not in ("RGB", "RGBA"):
        has_alpha = image.mode in ("LA", "PA", "RGBa") or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    return image


def decode_with_draft(data: bytes, width: int, height: int) -> Image.Image:
    """The pixels, upright, decoded at the smallest scale that still gives ``width`` ×
    ``height`` (upright): a JPEG decoder can scale by 1/2, 1/4 or 1/8 while it reads."""
    image = _open(data)
    try:
        turned = image.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    except DECODE_ERRORS:
        turned = False
    if image.format == "JPEG":
        image.draft("RGB", (height, width) if turned else (width, height))
    try:
        image.load()
        image = ImageOps.exif_transpose(image)
    except DECODE_ERRORS:
        raise ImageProblem("a damaged image") from None
    return image


def fit(image: Image.Image, max_width: int, max_height: int) -> Image.Image:
    """Scaled down (never up) to fit the box, keeping its proportions."""
    scale = min(max_width / image.width, max_height / image.height, 1.0)
    if scale >= 1.0:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def encode_png(image: Image.Image) -> bytes:
    """PNG without any metadata; the same pixels always give the same bytes."""
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=9)
    return out.getvalue()
