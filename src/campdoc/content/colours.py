"""Colours: the theme's backgrounds and the WCAG contrast ratio an accent colour needs.

The backgrounds are the ones campdoc.css declares (a test keeps both in step); an accent
colour is used for link text on them, so it must reach WCAG AA for text (4.5:1) on each.
"""

from __future__ import annotations

import re

LIGHT_BACKGROUNDS = ("#fbfaf7", "#ffffff")  # --bg and --surface, light scheme
DARK_BACKGROUNDS = ("#12161b", "#1b2128")  # --bg and --surface, dark scheme
MINIMUM_CONTRAST = 4.5  # WCAG 2.x AA, normal text
HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def normalised(colour: str) -> str:
    """``#abc`` or ``#AABBCC`` as ``#aabbcc``."""
    digits = colour.lstrip("#").lower()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return "#" + digits


def _luminance(colour: str) -> float:
    digits = normalised(colour)[1:]
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def weakest_contrast(colour: str, backgrounds: tuple[str, ...]) -> float:
    """The lowest ratio of ``colour`` against any of the ``backgrounds``."""
    return min(contrast(colour, background) for background in backgrounds)
