"""Logos as the site and the booklet publish them: checked, written anew, small, and named
after their content.

A raster logo is decoded and saved again as a PNG no larger than it is ever shown (a 40 MB
scan would otherwise travel to every reader and into every booklet); an SVG logo is the
clean tree `svg.check_svg` wrote. The file name is the content's hash, so two logos called
``logo.svg`` in different folders cannot overwrite each other, and no author-chosen
character (``#``, ``?``, spaces) reaches a URL.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from campdoc.media.kinds import PNG, SVG, sniff
from campdoc.media.raster import ImageProblem, decode, encode_png, fit
from campdoc.media.svg import check_svg

# Logos are shown 48 px high on pages and about 2.5 cm high in print (300 dpi): this box
# keeps them sharp on high-density screens and in the booklet.
LOGO_BOX = (1200, 300)


@dataclass(frozen=True, slots=True)
class Logo:
    """A logo ready to publish: its file name, bytes and type, and its proportions."""

    name: str
    data: bytes
    mime: str
    width: float
    height: float

    def width_at(self, height: int) -> int:
        """The width at which it shows ``height`` pixels high, without distortion."""
        if self.width <= 0 or self.height <= 0:
            return height
        return max(1, round(height * self.width / self.height))


def publish_logo(data: bytes) -> Logo:
    """The published form of a logo file; raises `ImageProblem` for what cannot be shown."""
    kind = sniff(data)
    if kind is SVG:
        checked = check_svg(data)
        if not checked.is_safe:
            raise ImageProblem(checked.problem)
        return _named(checked.data, SVG.mime, ".svg", checked.width, checked.height)
    if not kind.is_raster:
        raise ImageProblem("not an image")
    image = fit(decode(data), *LOGO_BOX)
    return _named(encode_png(image), PNG.mime, ".png", image.width, image.height)


def _named(data: bytes, mime: str, suffix: str, width: float, height: float) -> Logo:
    name = hashlib.sha256(data).hexdigest()[:20] + suffix
    return Logo(name, data, mime, width, height)
