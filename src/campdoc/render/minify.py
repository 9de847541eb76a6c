"""campdoc's own stylesheet and scripts as readers get them: minified.

The package keeps the readable sources (they are what a project's templates and the tests
read); the site gets them without comments and indentation, about a quarter smaller. The
minifiers are rjsmin and rcssmin: small, deterministic and well kept (the same author since
2011, used by django-compressor and webassets), and conservative: they only drop what the
grammar says is insignificant, so ``calc()``, ``min()`` and strings stay as written. A
browser test compares a page with the source and the minified stylesheet pixel for pixel.
"""

from __future__ import annotations

from functools import lru_cache

import rcssmin  # type: ignore[import-untyped]
import rjsmin  # type: ignore[import-untyped]

from campdoc.render.environment import package_asset

# Already minified upstream (its source and licence are named in minisearch.LICENSE.txt).
PREMINIFIED = frozenset({"minisearch.js"})


@lru_cache(maxsize=16)
def served_asset(name: str) -> bytes:
    """The bytes of one of campdoc's own files as the site serves them."""
    data = package_asset(name)
    if name in PREMINIFIED:
        return data
    if name.endswith(".css"):
        return minify_css(data.decode("utf-8")).encode("utf-8")
    if name.endswith(".js"):
        return minify_js(data.decode("utf-8")).encode("utf-8")
    return data


def minify_css(source: str) -> str:
    """A stylesheet without comments and insignificant whitespace (``/*! … */`` kept)."""
    return str(rcssmin.cssmin(source, keep_bang_comments=True)) + "\n"


def minify_js(source: str) -> str:
    """A script without comments and insignificant whitespace (``/*! … */`` kept)."""
    return str(rjsmin.jsmin(source, keep_bang_comments=True)) + "\n"
