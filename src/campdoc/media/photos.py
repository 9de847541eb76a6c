"""Photos as readers get them: upright, without metadata, in sRGB, in a few sizes.

A phone photo carries GPS coordinates, the camera and sometimes its owner's name, and an
orientation flag that some viewers ignore. Nothing of that is published: each photo is
decoded once, turned upright, converted to sRGB, and written anew as WebP (small) and JPEG
(everywhere) in widths of 480, 960 and 1600 pixels, never wider than the original. Each
size is made from the next larger one, and JPEGs are decoded at a reduced scale where the
largest size allows (shrink-on-load). Names come from the hash of the original and the
settings, so the same photo gives the same files on every build.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, ImageCms

from campdoc.media.kinds import HEIC, JPEG, PNG, WEBP, sniff
from campdoc.media.raster import ImageProblem, decode_with_draft, inspect

PHOTO_KINDS = (JPEG, PNG, WEBP, HEIC)
WIDTHS = (480, 960, 1600)
# The booklet prints a photo across its text column (17 cm: 960 pixels are about 145 dpi)
# or, in a gallery, across half of it (8 cm: 480 pixels are about 150 dpi).
PRINT_COLUMN = 960
PRINT_HALF = 480
# Part of every photo's name: a change here gives every photo new files (and no stale cache).
SETTINGS = "photos-1 widths=480,960,1600 webp=q78m2 jpeg=q80-progressive srgb"
_FORMATS = (("webp", "WEBP", {"quality": 78, "method": 2}),
            ("jpg", "JPEG", {"quality": 80, "optimize": True, "progressive": True}))


@dataclass(frozen=True, slots=True)
class Variant:
    """One written size of a photo in one format."""

    name: str
    width: int
    height: int
    format: str  # "webp" or "jpg"

    @property
    def mime(self) -> str:
        return "image/webp" if self.format == "webp" else "image/jpeg"


@dataclass(frozen=True, slots=True)
class PhotoPlan:
    """What a photo will be published as, known from its bytes' hash and header alone."""

    key: str
    width: int  # upright
    height: int
    variants: tuple[Variant, ...]

    def of_format(self, format: str) -> list[Variant]:
        return [variant for variant in self.variants if variant.format == format]

    @property
    def smallest(self) -> Variant:
        return self.of_format("jpg")[0]

    @property
    def largest(self) -> Variant:
        return self.of_format("jpg")[-1]

    def for_print(self, width: int = PRINT_COLUMN) -> Variant:
        """The smallest JPEG at least ``width`` pixels wide (or the largest there is)."""
        return next((v for v in self.of_format("jpg") if v.width >= width), self.largest)


def photo_key(data: bytes) -> str:
    return hashlib.sha256(SETTINGS.encode() + b"\0" + data).hexdigest()[:20]


def plan_photo(data: bytes) -> PhotoPlan:
    """The sizes and names of a photo's variants, from its header; raises `ImageProblem`."""
    kind = sniff(data)
    if kind not in PHOTO_KINDS:
        raise ImageProblem("not a photo")
    info = inspect(data)
    key = photo_key(data)
    widths = sorted({min(width, info.width) for width in WIDTHS})
    variants = tuple(
        Variant(f"{key}-{width}.{suffix}", width, max(1, round(info.height * width / info.width)),
                suffix)
        for suffix, _, _ in _FORMATS for width in widths)
    return PhotoPlan(key, info.width, info.height, variants)


def _to_srgb(image: Image.Image) -> Image.Image:
    """Colours as the camera meant them, in the space browsers assume (sRGB)."""
    icc = image.info.get("icc_profile")
    if not icc:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"),
                                              outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a broken profile: the pixels as they are
    return converted if converted is not None else image


def render_variants(data: bytes, plan: PhotoPlan) -> dict[str, bytes]:
    """Every variant's bytes, from one decoding of ``data``; raises `ImageProblem`."""
    largest = plan.largest
    image = decode_with_draft(data, largest.width, largest.height)
    image = _to_srgb(image)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    if image.mode == "RGBA":  # photos have no transparency worth keeping; JPEG has none
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    files: dict[str, bytes] = {}
    current = image
    for width in sorted({variant.width for variant in plan.variants}, reverse=True):
        height = next(v.height for v in plan.variants if v.width == width)
        if current.size != (width, height):
            current = current.resize((width, height), Image.Resampling.LANCZOS,
                                     reducing_gap=3.0)
        current.info = {}  # no metadata travels with the pixels
        for suffix, format_name, options in _FORMATS:
            out = io.BytesIO()
            current.save(out, format=format_name, **options)
            files[f"{plan.key}-{width}.{suffix}"] = out.getvalue()
    return files
