"""Accent colours: written out in full, and their weakest contrast on the theme's
backgrounds (the number CD242 reports)."""

from __future__ import annotations

import pytest

from campdoc.content.colours import contrast, normalised, weakest_contrast


@pytest.mark.parametrize(("colour", "full"), [
    ("#abc", "#aabbcc"), ("#ABC", "#aabbcc"), ("#A1B2C3", "#a1b2c3"), ("#0f6b5c", "#0f6b5c")])
def test_a_colour_is_written_in_six_lower_case_digits(colour: str, full: str) -> None:
    assert normalised(colour) == full


def test_the_weakest_contrast_is_the_lowest_against_any_background() -> None:
    backgrounds = ("#ffffff", "#777777", "#000000")
    assert weakest_contrast("#ffffff", backgrounds) == pytest.approx(1.0)
    assert weakest_contrast("#000000", backgrounds[:2]) == pytest.approx(
        contrast("#000000", "#777777"))
    assert contrast("#000000", "#777777") == pytest.approx(4.69, abs=0.01)


@pytest.mark.parametrize(("colour", "background", "ratio"), [
    # WCAG's relative luminance weighs red, green and blue differently: each channel read
    # from its own two digits.
    ("#ff0000", "#ffffff", 3.998),
    ("#00ff00", "#ffffff", 1.372),
    ("#0000ff", "#ffffff", 8.592),
    ("#123456", "#ffffff", 12.717),
    # A channel at or below 10/255 is on the straight part of the sRGB curve.
    ("#0a0a0a", "#000000", 1.0607),
    ("#0b0b0b", "#000000", 1.0668),
])
def test_contrast_follows_wcag_for_each_channel(colour: str, background: str,
                                                ratio: float) -> None:
    assert contrast(colour, background) == pytest.approx(ratio, abs=0.0005)
