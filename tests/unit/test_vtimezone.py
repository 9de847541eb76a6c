"""The VTIMEZONE blocks: read back by icalendar's own zone builder, they give the offsets of
the tz database at every moment from 1970 on, and they are the same whatever the camp."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from campdoc.exports import vtimezone as vtimezone_module
from campdoc.exports.vtimezone import (
    FIRST_YEAR,
    LAST_YEAR,
    Change,
    Rule,
    Transition,
    _seconds,
    _tzif,
    current_rule,
    first_year_of,
    rule_changes,
    transitions,
    vtimezone,
)

ZONES = ("Europe/Berlin", "Europe/London", "America/New_York", "Australia/Sydney",
         "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "Pacific/Chatham", "Europe/Dublin",
         "Africa/Casablanca")


def _calendar(name: str) -> bytes:
    return (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n" + vtimezone(name)
            + b"END:VCALENDAR\r\n")


def _read_by_icalendar(name: str) -> dt.tzinfo:
    (zone,) = icalendar.Calendar.from_ical(_calendar(name)).walk("VTIMEZONE")
    return zone.to_tz(lookup_tzid=False)  # from the block, not from the tz database


def _read_by_vobject(name: str) -> dt.tzinfo:
    tzinfo: dt.tzinfo = vobject.readOne(_calendar(name).decode()).vtimezone.gettzinfo()
    return tzinfo


def _moments(truth: ZoneInfo) -> list[dt.datetime]:
    """A second either side of every change from 1971 to 2045 (years past the last change
    a tz database file spells out), and every Wednesday noon."""
    second = dt.timedelta(seconds=1)
    around = [moment for change in transitions(truth, 1971, 2046)
              for moment in (change.moment - second, change.moment + second)]
    weekly = [dt.datetime(1971, 1, 6, 12, tzinfo=dt.UTC) + dt.timedelta(days=7 * n)
              for n in range(52 * 75)]
    return around + weekly


@pytest.mark.parametrize("reader", [_read_by_icalendar, _read_by_vobject])
@pytest.mark.parametrize("name", ZONES)
def test_read_back_zone_agrees_with_the_tz_database(name: str, reader: Any) -> None:
    written, truth = reader(name), ZoneInfo(name)
    wrong = [moment for moment in _moments(truth)
             if moment.astimezone(written).utcoffset() != moment.astimezone(truth).utcoffset()]
    assert wrong == []


def test_berlin_follows_the_eu_rule_as_rrules_from_1996() -> None:
    text = vtimezone("Europe/Berlin").decode()
    # The offset of 1970, entered from summer time, the kind of the first change's target.
    assert text.startswith("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\n"
                           "DTSTART:19700101T000000\r\nTZNAME:CET\r\nTZOFFSETFROM:+0200\r\n"
                           "TZOFFSETTO:+0100\r\nEND:STANDARD\r\n")
    # 1970, 1980–1995 listed (a summer and a winter observance), the rule from 1996.
    assert (text.count("BEGIN:STANDARD"), text.count("BEGIN:DAYLIGHT")) == (3, 2)
    assert (text.count("TZNAME:CET\r\n"), text.count("TZNAME:CEST\r\n")) == (3, 2)
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "DTSTART:19960331T020000" in text and "DTSTART:19961027T030000" in text
    assert "only works" not in text  # icalendar's note about its explicit list


def test_a_zone_without_a_rule_of_its_own_is_listed_change_by_change(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vtimezone_module, "current_rule", lambda name: None)
    text = vtimezone_module._serialized("Europe/Berlin").decode()
    assert "RRULE" not in text and "RDATE:21001031T030000\r\n" in text  # the last one
    assert "RDATE:21011030" not in text  # listed until the last year checked, 2100
    (zone,) = icalendar.Calendar.from_ical(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n" + text.encode()
        + b"END:VCALENDAR\r\n").walk("VTIMEZONE")
    read = zone.to_tz(lookup_tzid=False)
    for moment in (_utc(2090, 7, 1), _utc(2090, 12, 1), _utc(1985, 7, 1)):
        assert moment.astimezone(read).utcoffset() == moment.astimezone(
            ZoneInfo("Europe/Berlin")).utcoffset()
    # A rule the zone has not followed by the last year checked is no rule either.
    american = Rule("CET", 3600, "CEST", 7200, Change(3, 2, 0, 7200), Change(11, 1, 0, 7200))
    monkeypatch.setattr(vtimezone_module, "current_rule", lambda name: american)
    assert vtimezone_module._serialized("Europe/Berlin").decode() == text


def test_rule_of_a_zone_without_summer_time_is_one_observance() -> None:
    text = vtimezone("Asia/Tokyo").decode()
    assert text.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in text and "RRULE" not in text


def test_posix_rules_are_parsed_with_their_times_and_offsets() -> None:
    rule = Rule.parse("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0")  # Australia/Lord_Howe
    assert rule is not None
    assert (rule.standard_name, rule.standard, rule.summer_name, rule.summer) == (
        "+1030", 37800, "+11", 39600)
    assert rule.start == Change(10, 1, 0, 7200) and rule.end == Change(4, 1, 0, 7200)
    assert Rule.parse("EST5EDT,M3.2.0,M11.1.0") == Rule(
        "EST", -18000, "EDT", -14400, Change(3, 2, 0, 7200), Change(11, 1, 0, 7200))
    assert Rule.parse("<-02>2<-01>,M3.5.0/-1,M10.5.0/0") is not None  # America/Nuuk
    assert Rule.parse("XXX-1YYY,J60,J300") is None  # Julian days: listed one by one instead
    assert Rule.parse("XST5XDT,M3.2.0,M11.1.0") == Rule(
        "XST", -18000, "XDT", -14400, Change(3, 2, 0, 7200), Change(11, 1, 0, 7200))
    assert Rule.parse("CET-1CEST,M3.5.0,J300") is None  # one side in Julian days is enough
    assert Rule.parse("CET-1CEST,J60,M10.5.0/3") is None


@pytest.mark.parametrize(("text", "rule"), [
    ("JST-9", Rule("JST", 32400)),
    ("<+0545>-5:45", Rule("+0545", 20700)),  # a quoted name loses its <>
    ("XST5", Rule("XST", -18000)),
])
def test_a_zone_without_summer_time_keeps_its_name_and_offset(text: str, rule: Rule) -> None:
    assert Rule.parse(text) == rule


def test_last_weekday_of_the_month_and_the_nth() -> None:
    last_sunday_of_march = Change(3, 5, 0, 7200)
    assert last_sunday_of_march.local_moment(2026) == dt.datetime(2026, 3, 29, 2, 0)
    assert last_sunday_of_march.local_moment(2024) == dt.datetime(2024, 3, 31, 2, 0)
    second_sunday_of_march = Change(3, 2, 0, 7200)
    assert second_sunday_of_march.local_moment(2026) == dt.datetime(2026, 3, 8, 2, 0)
    first_saturday = Change(11, 1, 6, -3600)
    assert first_saturday.local_moment(2025) == dt.datetime(2025, 10, 31, 23, 0)
    # Every weekday of a month that starts on a Sunday (March 2026) and on a Saturday.
    assert [Change(3, 1, day, 0).local_moment(2026).day for day in range(7)] == [
        1, 2, 3, 4, 5, 6, 7]
    assert [Change(8, 1, day, 0).local_moment(2026).day for day in range(7)] == [
        2, 3, 4, 5, 6, 7, 1]


def test_a_rule_without_both_changes_keeps_standard_time() -> None:
    moment = dt.datetime(2026, 7, 1, 12, tzinfo=dt.UTC)
    start = Change(3, 5, 0, 7200)
    assert Rule("CET", 3600, "CEST", 7200, start, None).offset_at(moment) == 3600
    assert Rule("CET", 3600, "CEST", 7200, None, start).offset_at(moment) == 3600
    assert Rule("CET", 3600, "CEST", 7200, start, Change(10, 5, 0, 10800)).offset_at(
        moment) == 7200


BERLIN = Rule("CET", 3600, "CEST", 7200, Change(3, 5, 0, 7200), Change(10, 5, 0, 10800))
SYDNEY = Rule("AEST", 36000, "AEDT", 39600, Change(10, 1, 0, 7200), Change(4, 1, 0, 10800))
_SECOND = dt.timedelta(seconds=1)


def _utc(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)  # type: ignore[misc]


@pytest.mark.parametrize(("rule", "begins", "ends"), [
    # 02:00 CET and 03:00 CEST are both 01:00 UTC.
    (BERLIN, _utc(2026, 3, 29, 1), _utc(2026, 10, 25, 1)),
    # South: summer begins in October (02:00 AEST) and ends in April (03:00 AEDT).
    (SYDNEY, _utc(2026, 10, 3, 16), _utc(2026, 4, 4, 16)),
])
def test_summer_time_starts_and_ends_to_the_second(rule: Rule, begins: dt.datetime,
                                                   ends: dt.datetime) -> None:
    offsets = [rule.offset_at(moment) for moment in (
        begins - _SECOND, begins, ends - _SECOND, ends)]
    assert offsets == [rule.standard, rule.summer, rule.summer, rule.standard]
    middle = begins + (ends - begins) / 2  # inside summer in the north, winter in the south
    expected = rule.summer if begins < ends else rule.standard
    assert rule.offset_at(middle) == expected


def test_zone_files_are_read_from_the_systems_folders_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "Test").mkdir()
    (tmp_path / "Test" / "Zone").write_bytes(b"TZif from the system")
    monkeypatch.setattr(vtimezone_module.zoneinfo, "TZPATH", (str(tmp_path / "none"),
                                                              str(tmp_path)))
    assert _tzif("Test/Zone") == b"TZif from the system"
    with pytest.raises(FileNotFoundError):
        _tzif("Test/Other")  # neither there nor in the tzdata package


@pytest.mark.parametrize(("data", "rule"), [
    (b"TZif2\0\0\nJST-9\n", Rule("JST", 32400)),
    (b"TZif2\0\0\nJST-9\n\n", Rule("JST", 32400)),  # blank lines at the end
    (b"TZif1 without a footer", None),  # version 1: no rule at its end
    (b"TZif2\0\0\n\xffST-9\n", None),  # not ASCII: no rule, no crash
    (b"not a zone file\nJST-9\n", None),
    (b"TZif2 JST-9\n\n", None),  # an empty footer: no rule, whatever the data before it
    (b"TZif2\0\0\nJST-9\nX\n", None),  # only the last line is the footer
    (b"TZif2\0\0\nJST-9\n \n", None),
])
def test_the_rule_is_the_footer_of_a_tz_database_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, rule: Rule | None) -> None:
    (tmp_path / "Test").mkdir()
    (tmp_path / "Test" / "Zone").write_bytes(data)
    monkeypatch.setattr(vtimezone_module.zoneinfo, "TZPATH", (str(tmp_path),))
    assert current_rule("Test/Zone") == rule


def _first_year(rule: Rule, name: str) -> int:
    zone = ZoneInfo(name)
    return first_year_of(rule, zone, transitions(zone, FIRST_YEAR, LAST_YEAR + 1))


def test_a_zone_that_kept_its_rule_since_1970_follows_it_from_1970() -> None:
    rule = current_rule("Asia/Tokyo")
    assert rule == Rule("JST", 32400)
    assert _first_year(rule, "Asia/Tokyo") == 1970
    berlin = current_rule("Europe/Berlin")
    assert berlin is not None and _first_year(berlin, "Europe/Berlin") == 1996
    # A rule the zone never followed: after the last year checked.
    assert _first_year(Rule("JST", 3600), "Asia/Tokyo") == 2101


@pytest.mark.parametrize("rule", [
    # Summer time an hour early or late, at its start or at its end: an hour a year apart.
    Rule("CET", 3600, "CEST", 7200, Change(3, 5, 0, 3600), Change(10, 5, 0, 10800)),
    Rule("CET", 3600, "CEST", 7200, Change(3, 5, 0, 10800), Change(10, 5, 0, 10800)),
    Rule("CET", 3600, "CEST", 7200, Change(3, 5, 0, 7200), Change(10, 5, 0, 7200)),
    Rule("CET", 3600, "CEST", 7200, Change(3, 5, 0, 7200), Change(10, 5, 0, 14400)),
    Rule("CET", 3600, "CEST", 7260, Change(3, 5, 0, 7200), Change(10, 5, 0, 10800)),
    Rule("CET", 3600, "MESZ", 7200, Change(3, 5, 0, 7200), Change(10, 5, 0, 10800)),
])
def test_a_rule_that_differs_by_an_hour_or_a_name_is_never_followed(rule: Rule) -> None:
    assert _first_year(rule, "Europe/Berlin") == 2101


def test_a_change_of_name_alone_ends_the_years_that_follow_the_rule() -> None:
    troll = current_rule("Antarctica/Troll")  # "-00" until 12 February 2005, then "+00"
    assert troll is not None and _first_year(troll, "Antarctica/Troll") == 2006
    text = vtimezone("Antarctica/Troll").decode()
    assert "DTSTART:20050212T000000\r\nTZNAME:+00\r\nTZOFFSETFROM:+0000\r\n" in text


def test_a_rules_changes_are_in_the_order_of_the_year() -> None:
    assert rule_changes(SYDNEY, 2026) == [  # summer ends in April, starts in October
        Transition(_utc(2026, 4, 4, 16), 39600, 36000, "AEST"),
        Transition(_utc(2026, 10, 3, 16), 36000, 39600, "AEDT")]
    assert rule_changes(BERLIN, 2026) == [
        Transition(_utc(2026, 3, 29, 1), 3600, 7200, "CEST"),
        Transition(_utc(2026, 10, 25, 1), 7200, 3600, "CET")]
    assert rule_changes(Rule("JST", 32400), 2026) == []
    march = Change(3, 5, 0, 7200)  # a rule with one side only (not from a tz file) has none
    assert rule_changes(Rule("CET", 3600, "CEST", 7200, march, None), 2026) == []
    assert rule_changes(Rule("CET", 3600, "CEST", 7200, None, march), 2026) == []


def test_a_change_at_new_year_belongs_to_the_year_it_happens_in_utc() -> None:
    # Summer time from 00:30 on the first Sunday of January, 14 hours east of UTC: 10:30 UTC
    # on the Saturday before, in the year before.
    rule = Rule("X", 50400, "Y", 54000, Change(1, 1, 0, 1800), Change(6, 1, 0, 0))
    assert rule_changes(rule, 2022) == [
        Transition(_utc(2022, 1, 1, 10, 30), 50400, 54000, "Y"),  # 2 January, local
        Transition(_utc(2022, 6, 4, 9), 54000, 50400, "X"),
        Transition(_utc(2022, 12, 31, 10, 30), 50400, 54000, "Y")]  # 1 January 2023, local
    assert rule_changes(rule, 2023) == [Transition(_utc(2023, 6, 3, 9), 54000, 50400, "X")]
    # West of UTC: 23:00 on the last Sunday of 2023 (the 31st), five hours behind, is 2024.
    west = Rule("W", -18000, "S", -14400, Change(6, 1, 0, 0), Change(12, 5, 0, 82800))
    assert rule_changes(west, 2024)[0] == Transition(_utc(2024, 1, 1, 3), -14400, -18000, "W")


def test_transitions_are_found_to_the_second_with_their_offsets_and_names() -> None:
    assert transitions(ZoneInfo("Europe/Berlin"), 1980, 1981) == [  # summer time from 1980
        Transition(_utc(1980, 4, 6, 1), 3600, 7200, "CEST"),
        Transition(_utc(1980, 9, 28, 1), 7200, 3600, "CET")]
    assert transitions(ZoneInfo("Europe/Berlin"), 1980, 1980) == []
    # Samoa skipped 30 December 2011 to cross the date line: a jump of a whole day.
    assert transitions(ZoneInfo("Pacific/Apia"), 2011, 2012) == [
        Transition(_utc(2011, 4, 2, 14), -36000, -39600, "-11"),
        Transition(_utc(2011, 9, 24, 14), -39600, -36000, "-10"),
        Transition(_utc(2011, 12, 30, 10), -36000, 50400, "+14")]
    assert transitions(ZoneInfo("Asia/Tokyo"), 1970, 2026) == []


def test_current_rule_comes_from_the_tz_database() -> None:
    rule = current_rule("Europe/Berlin")
    assert rule is not None and (rule.standard_name, rule.summer_name) == ("CET", "CEST")
    assert current_rule("Not/AZone") is None


@pytest.mark.parametrize(("text", "seconds"), [
    ("2", 7200), ("+2", 7200), ("-3:30", -12600), ("5:45", 20700), ("1:02:03", 3723),
    ("-0:00:30", -30), ("167", 601200)])  # POSIX allows hours up to 167 in a rule's time
def test_posix_offsets_and_times_are_read_to_the_second(text: str, seconds: int) -> None:
    assert _seconds(text) == seconds


@pytest.mark.parametrize("name", ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
                                  "Pacific/Chatham", "America/Sao_Paulo", "Asia/Tehran"])
def test_every_transition_is_at_its_second(name: str) -> None:
    zone = ZoneInfo(name)
    found = transitions(zone, 1970, 2030)
    assert len(found) >= 20
    for change in found:
        assert change.moment.microsecond == 0
        before = (change.moment - _SECOND).astimezone(zone)
        after = change.moment.astimezone(zone)
        assert before.utcoffset() == dt.timedelta(seconds=change.before), change
        assert (after.utcoffset(), after.tzname()) == (
            dt.timedelta(seconds=change.after), change.name), change


def _zone_changing_at(monkeypatch: pytest.MonkeyPatch, *moments: dt.datetime) -> None:
    """Make every zone +01:00 "A", and +02:00 "B" from each odd-numbered moment given to the
    next: the search for changes sees only what the zone says at each moment it asks."""
    def offset(zone: ZoneInfo, moment: dt.datetime) -> tuple[int, str]:
        changes = sum(moment >= each for each in moments)
        return (7200, "B") if changes % 2 else (3600, "A")

    monkeypatch.setattr(vtimezone_module, "_offset", offset)


@pytest.mark.parametrize("change", [_utc(2030, 1, 1, 0, 0, 1), _utc(2030, 1, 1, 6),
                                    _utc(2030, 1, 1, 12, 30, 17), _utc(2030, 12, 31, 23)])
def test_a_change_on_the_first_or_last_day_is_found(monkeypatch: pytest.MonkeyPatch,
                                                    change: dt.datetime) -> None:
    _zone_changing_at(monkeypatch, change)
    assert transitions(ZoneInfo("UTC"), 2030, 2031) == [Transition(change, 3600, 7200, "B")]
    assert transitions(ZoneInfo("UTC"), 2031, 2032) == []


def test_a_change_and_its_return_within_two_days_are_both_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    there, back = _utc(2030, 5, 3, 2), _utc(2030, 5, 4, 20)  # no midnight of 3 or 5 May
    _zone_changing_at(monkeypatch, there, back)
    assert transitions(ZoneInfo("UTC"), 2030, 2031) == [
        Transition(there, 3600, 7200, "B"), Transition(back, 7200, 3600, "A")]


@pytest.mark.parametrize("seconds", [28, 49, 3600 + 1, 5 * 3600 + 7, 86399])
def test_a_change_at_any_second_is_found_at_that_second(
        monkeypatch: pytest.MonkeyPatch, seconds: int) -> None:
    change = _utc(2030, 3, 10, 12) + dt.timedelta(seconds=seconds)
    _zone_changing_at(monkeypatch, change)
    assert transitions(ZoneInfo("UTC"), 2030, 2031) == [Transition(change, 3600, 7200, "B")]


def test_monrovias_change_at_an_odd_second_is_found() -> None:
    # Liberia left its -0:44:30 for GMT on 7 January 1972.
    assert transitions(ZoneInfo("Africa/Monrovia"), 1972, 1973) == [
        Transition(_utc(1972, 1, 7, 0, 44, 30), -2670, 0, "GMT")]


def test_a_rule_followed_from_the_last_year_checked_is_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vtimezone_module, "LAST_YEAR", 1996)
    text = vtimezone_module._serialized("Europe/Berlin").decode()
    assert "DTSTART:19960331T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n" in text
    assert "RDATE:1996" not in text
