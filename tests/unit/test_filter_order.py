"""The search page's filter lists are rendered in the order a browser would sort them
(tests/browser/test_filter_order.py checks Chromium's own order against it)."""

from __future__ import annotations

from typing import Any

from campdoc.site.index_fallback import filter_counts, filter_order

# Tags as a multilingual camp writes them: umlauts, ß, case pairs, other scripts.
TAGS = ["Ωmega", "Ehrenamt", "привет", "ärger", "Apfel", "apfel", "KI", "ki", "Öffentlichkeit",
        "Ozean", "Straße", "Strasse", "Stress", "2024", "#hashtag", "E-Mail", "émile", "Ärger",
        "Über", "Ubahn", "Çay", "Cay", "日本", "العربية", "Ehren amt", "🌱 Garten", "łódź",
        "œuvre", "Lübeck"]
ORDERED = ["#hashtag", "🌱 Garten", "2024", "apfel", "Apfel", "ärger", "Ärger", "Cay", "Çay",
           "E-Mail", "Ehren amt", "Ehrenamt", "émile", "ki", "KI", "łódź", "Lübeck",
           "œuvre", "Öffentlichkeit", "Ozean", "Strasse", "Straße", "Stress", "Ubahn", "Über",
           "Ωmega", "привет", "العربية", "日本"]


def document(tags: list[str]) -> dict[str, Any]:
    return {"filters": {"tag": tags, "room": ""}}


def test_tags_are_listed_in_a_readers_order_with_other_scripts_after_latin() -> None:
    counts = filter_counts([document(TAGS), document(["ki", "Ωmega", "ki"])])
    assert counts == {"tag": [(tag, 2 if tag in ("ki", "Ωmega") else 1) for tag in ORDERED]}


def test_the_order_folds_accents_case_and_sharp_s_first() -> None:
    def letters(text: str) -> tuple[tuple[int, str], ...]:
        return tuple((3, char) for char in text)

    assert filter_order("Straße") == (letters("strasse"), "sTRASSE", "Straße")
    assert filter_order("Über") == (letters("uber"), "üBER", "Über")
    assert filter_order("Łódź") == (letters("lodz"), "łÓDŹ", "Łódź")
    assert filter_order("привет") == (letters("привет"), "ПРИВЕТ", "привет")
    assert filter_order("🌱 1a") == (((1, "🌱"), (0, " "), (2, "1"), (3, "a")), "🌱 1A", "🌱 1a")
