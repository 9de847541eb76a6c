"""The terminal's phrase catalogue: both languages, the same placeholders, no missing key."""

from __future__ import annotations

import re
import string

from campdoc.core.phrases import PHRASES
from tests.conftest import ROOT


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_phrase_has_both_languages_with_the_same_placeholders() -> None:
    uneven = {key: (_fields(english), _fields(german))
              for key, (english, german) in PHRASES.items()
              if _fields(english) != _fields(german) or not english or not german}
    assert uneven == {}


def test_every_hint_belongs_to_a_phrase() -> None:
    assert [key for key in PHRASES
            if key.endswith(".hint") and key.removesuffix(".hint") not in PHRASES] == []


def test_every_phrase_the_code_names_exists() -> None:
    named = re.compile(r"""(?:phrase\([^,()]+, |said\()\s*["']([a-z_]+\.[a-z_.]+)["']""")
    used = {key for path in (ROOT / "src" / "campdoc").rglob("*.py")
            for key in named.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 60
    assert sorted(used - set(PHRASES)) == []
