"""Days and times as people type them into campdoc's questions and options."""

from __future__ import annotations

import datetime as dt

import pytest

from campdoc.core.words import format_short_day, parse_date, parse_time, parse_time_range


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-03-14", dt.date(2025, 3, 14)),
    ("14.03.2025", dt.date(2025, 3, 14)),
    ("14.3.2025", dt.date(2025, 3, 14)),
    ("14.3.25", dt.date(2025, 3, 14)),
    (" 1. 10. 2026 ", dt.date(2026, 10, 1)),
    ("29.02.2028", dt.date(2028, 2, 29)),
])
def test_dates_in_german_and_iso_form(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2025", "14.13.2025", "14.03.", "14/03/2025", "heute",
                                  "2025-02-30", "", "14.03.202"])
def test_what_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("9:30", dt.time(9, 30)), ("09:30", dt.time(9, 30)), ("9.30", dt.time(9, 30)),
    ("9.30 Uhr", dt.time(9, 30)), ("9 Uhr", dt.time(9, 0)), ("18:05h", dt.time(18, 5)),
    ("0:00", dt.time(0, 0)), ("23:59", dt.time(23, 59)),
])
def test_times_in_german_and_iso_form(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "9:60", "9:3", "930", "halb zehn", ""])
def test_what_is_no_time(text: str) -> None:
    assert parse_time(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("9:30-10:30", (dt.time(9, 30), dt.time(10, 30))),
    ("9.30 bis 10.30 Uhr", (dt.time(9, 30), dt.time(10, 30))),
    ("9 Uhr – 10.15 Uhr", (dt.time(9, 0), dt.time(10, 15))),
    ("14-13", (dt.time(14, 0), dt.time(13, 0))),  # the caller says that it runs backwards
])
def test_time_ranges(text: str, expected: tuple[dt.time, dt.time]) -> None:
    assert parse_time_range(text) == expected


@pytest.mark.parametrize("text", ["9:30", "9:30-", "9:30-25:00", "morgens-mittags"])
def test_what_is_no_time_range(text: str) -> None:
    assert parse_time_range(text) is None


def test_short_days_name_weekday_day_and_month() -> None:
    assert format_short_day(dt.date(2024, 10, 8), "de") == "Di 8. Okt"
    assert format_short_day(dt.date(2024, 10, 8), "en") == "Tue 8 Oct"
    assert format_short_day(dt.date(2026, 3, 1), "de") == "So 1. Mär"
