"""The terminal's phrase catalogue: both languages, the same placeholders, no missing key."""

from __future__ import annotations

import re
import string

from campdoc.core.phrases import PHRASES, has_phrase, phrase
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


def test_a_phrase_is_german_for_de_and_english_otherwise_filled_in() -> None:
    assert phrase("de", "cli.did_you_mean", names="'check'") == "Meintest du 'check'?"
    assert phrase("en", "cli.did_you_mean", names="'check'") == "Did you mean 'check'?"
    assert phrase("fr", "cli.or") == "or"
    assert has_phrase("cli.or") is True
    assert has_phrase("cli.nothing") is False
