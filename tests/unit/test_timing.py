"""How long a scheduled session lasts, from its start and end."""

from __future__ import annotations

import datetime as dt

from campdoc.content.timing import Timing

DAY = dt.date(2026, 5, 16)
BERLIN = dt.timezone(dt.timedelta(hours=2))


def _at(hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 5, 16, hour, minute, second, tzinfo=BERLIN)


def test_minutes_are_whole_minutes_between_start_and_end() -> None:
    assert Timing(DAY, _at(10, 0), _at(11, 30)).minutes == 90
    assert Timing(DAY, _at(10, 0), _at(11, 30, 59)).minutes == 90  # cut, not rounded


def test_without_a_start_or_an_end_there_are_no_minutes() -> None:
    assert Timing(DAY).minutes == 0
    assert Timing(DAY, start=_at(10, 0)).minutes == 0
    assert Timing(DAY, end=_at(11, 0)).minutes == 0
