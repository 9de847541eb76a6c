"""Pillow against pyvips for campdoc's photo pipeline, one thread, same photos.

    python -m venv /tmp/vips && /tmp/vips/bin/pip install pillow pyvips pyvips-binary
    /tmp/vips/bin/python bench/pillow_vs_pyvips.py bench/.work/photos-1000 --photos 24

Both do what campdoc needs per photo: decode with shrink-on-load, turn upright by EXIF,
drop the metadata, and write 480, 960 and 1600 pixels wide as WebP (q78) and JPEG (q80),
each size from the next larger one. The figure that matters is seconds per photo; the
install is reported by hand in RESULTS.md.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

from PIL import Image, ImageOps

WIDTHS = (1600, 960, 480)


def with_pillow(data: bytes) -> int:
    image = Image.open(io.BytesIO(data))
    turned = image.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    image.draft("RGB", (2133, 1600) if turned else (1600, 2133))
    image = ImageOps.exif_transpose(image.convert("RGB") if image.mode != "RGB" else image)
    written = 0
    for width in WIDTHS:
        image = image.resize((width, round(image.height * width / image.width)),
                             Image.Resampling.LANCZOS, reducing_gap=3.0)
        image.info = {}
        for fmt, options in (("WEBP", {"quality": 78, "method": 2}),
                             ("JPEG", {"quality": 80, "optimize": True, "progressive": True})):
            out = io.BytesIO()
            image.save(out, fmt, **options)
            written += len(out.getvalue())
    return written


def with_pyvips(data: bytes) -> int:
    import pyvips  # type: ignore[import-not-found]

    # thumbnail_buffer: shrink-on-load for JPEG, and it turns the image upright by EXIF.
    # Each size is written twice and is the source of the next, so it is rendered into
    # memory once (a sequential pipeline cannot be read again), as Pillow holds it too.
    image = pyvips.Image.thumbnail_buffer(data, WIDTHS[0], height=10_000_000).copy_memory()
    written = 0
    for width in WIDTHS:
        if image.width != width:
            image = image.resize(width / image.width, kernel="lanczos3").copy_memory()
        written += len(image.webpsave_buffer(Q=78, strip=True, effort=2))
        written += len(image.jpegsave_buffer(Q=80, strip=True, optimize_coding=True,
                                             interlace=True))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--photos", type=int, default=24)
    args = parser.parse_args()
    import pyvips

    pyvips.cache_set_max(0)
    pyvips.concurrency_set(1)  # one thread each: campdoc runs one photo per core
    photos = [p.read_bytes() for p in sorted(args.corpus.glob("sessions/*/fotos/*.jpg"))]
    photos = photos[: args.photos]
    for name, function in (("Pillow", with_pillow), ("pyvips", with_pyvips)):
        times = []
        for data in photos:
            started = time.perf_counter()
            function(data)
            times.append(time.perf_counter() - started)
        print(f"{name}: {statistics.median(times):.3f} s per photo (median of {len(times)}), "
              f"{sum(times):.1f} s in all")


if __name__ == "__main__":
    main()
