"""How long a scheduled session lasts, from its start and end."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from campdoc.content.model import Camp
from campdoc.content.schema import CampMeta, Slot
from campdoc.content.timing import Timing, camp_updated, session_timing
from tests.builders import make_session

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


def test_a_camp_without_a_day_or_sessions_is_stamped_at_the_epoch_in_its_zone() -> None:
    camp = Camp("camp", "sessions/camp/camp.yaml", CampMeta(name="Camp"), "de")
    assert camp_updated(camp, None) == dt.datetime(1970, 1, 1, tzinfo=ZoneInfo("Europe/Berlin"))
    stamp = dt.datetime(2026, 5, 16, 12, tzinfo=dt.UTC)
    assert camp_updated(camp, stamp) is stamp


def _camp(date: dt.date | None = None, timezone: str = "Europe/Berlin") -> Camp:
    slots = (Slot(id="abend", start=dt.time(19, 30), end=dt.time(21, 0)),)
    return Camp("camp", "sessions/camp/camp.yaml",
                CampMeta(name="Camp", date=date, timezone=timezone, slots=slots), "de")


def test_a_session_in_a_slot_runs_from_its_start_to_its_end_in_the_camps_zone() -> None:
    camp = _camp(date=DAY, timezone="America/Chicago")
    chicago = ZoneInfo("America/Chicago")
    assert session_timing(camp, make_session(slot="abend")) == Timing(
        DAY, dt.datetime(2026, 5, 16, 19, 30, tzinfo=chicago),
        dt.datetime(2026, 5, 16, 21, 0, tzinfo=chicago))


def test_a_session_with_a_day_and_no_slot_has_only_its_day() -> None:
    camp = _camp(date=DAY)
    assert session_timing(camp, make_session()) == Timing(DAY)
    assert session_timing(camp, make_session(date=dt.date(2026, 5, 17))) == Timing(
        dt.date(2026, 5, 17))


def test_a_session_without_a_day_has_no_timing() -> None:
    assert session_timing(_camp(), make_session(slot="abend")) is None
