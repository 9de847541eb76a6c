"""`campdoc stats`' figures, counted on model objects: every counter away from zero, drafts
and anonymous hosts, names counted once whatever their case, and the formats' edges."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from campdoc.content.markdown import parse_body
from campdoc.content.model import Camp, Session
from campdoc.content.schema import CampMeta, Host, Material, Photo, SessionMeta, Slot
from campdoc.content.stats import (
    TOP_TAGS,
    CampFigures,
    SlotFigures,
    as_csv,
    as_json,
    as_text,
    attendance_text,
    camp_figures,
    count_people,
    spreadsheet_safe,
)
from campdoc.core.issues import Location

SLOTS = (Slot(id="vormittag", title="Vormittag", start=dt.time(10), end=dt.time(11, 30)),
         Slot(id="mittag", start=dt.time(12), end=dt.time(13)))


def session(slug: str, body: str = "", **fields: object) -> Session:
    meta = {"title": slug, "hosts": (Host(name="Ann"),), "insights": ("Eins",), **fields}
    return Session("camp", slug, f"sessions/camp/{slug}.md", SessionMeta(**meta), body, 5,
                   parse_body(body), dict[str, Location]())


def camp(camp_id: str, sessions: list[Session], attendance: int | None = None) -> Camp:
    meta = CampMeta(name=camp_id, date=dt.date(2026, 5, 16), slots=SLOTS,
                    attendance=attendance)
    return Camp(camp_id, f"sessions/{camp_id}/camp.yaml", meta, "de", sessions)


PHOTO = Photo(file="fotos/a.jpg", alt="Flipchart")
MATERIAL = Material(file="folien.pdf", title="Folien")


def test_every_figure_of_a_camp_is_counted() -> None:
    figures = camp_figures([camp("sommer", [
        session("a", "Text ![Tafel](fotos/tafel.jpg)", slot="vormittag", participants=12,
                tags=("Ehrenamt", "Jugend"), photos=(PHOTO, PHOTO), materials=(MATERIAL,),
                hosts=(Host(name="Ann", organization="Verein A"),
                       Host(name="Bo", organization="verein a"))),
        session("b", slot="vormittag", participants=7, insights=(), tags=("ehrenamt",),
                hosts=(Host(name="ANN", organization="Stiftung B"),
                       Host(organization="Initiative C", publish_name=False))),
        session("c", slot="mittag", tags=("Geheim",), status="draft", photos=(PHOTO,),
                materials=(MATERIAL, MATERIAL), participants=3,
                hosts=(Host(publish_name=False),)),
        session("d", slot="anderswo", participants=40),
        session("e", slot="mittag"),
    ], attendance=60)], "sommer")
    assert figures == CampFigures(
        camp="sommer", sessions=5, published=4, drafts=1, without_insights=1, hosts=2,
        anonymous_hosts=2, organisations=3, attendance=60, camps_without_attendance=0,
        session_participations=62, sessions_without_participants=1, photos=3, materials=1,
        slots=[SlotFigures("vormittag", "Vormittag 10:00–11:30", 2, 19),
               SlotFigures("mittag", "mittag 12:00–13:00", 2, 3)],
        top_tags=[("Ehrenamt", 1), ("ehrenamt", 1), ("Jugend", 1)])


def test_a_total_adds_camps_up_without_slots_and_says_which_gave_no_attendance() -> None:
    first = camp("eins", [session("a", participants=5, tags=("Jugend",)), session("b")],
                 attendance=30)
    second = camp("zwei", [session("a", tags=("Jugend", "Alter"))], attendance=None)
    third = camp("drei", [session("a", hosts=(Host(name="Cem"),))], attendance=12)
    total = camp_figures([first, second, third], "total")
    assert (total.sessions, total.hosts, total.attendance, total.camps_without_attendance,
            total.session_participations, total.sessions_without_participants) == (
        4, 2, 42, 1, 5, 3)
    assert total.slots == []
    assert total.top_tags == [("Jugend", 2), ("Alter", 1)]
    assert attendance_text(total, "de") == "42 (ohne Angabe: 1 Camp)"
    assert attendance_text(camp_figures([second, second, first], "t"), "en") \
        == "30 (not given for 2 camps)"
    assert attendance_text(camp_figures([second], "t"), "en") \
        == "not given (in camp.yaml: attendance)"
    assert camp_figures([second], "t").attendance is None
    assert camp_figures([camp("null", [], attendance=0)], "t").attendance == 0


def test_the_most_frequent_tags_are_the_first_ten_by_count_then_by_name() -> None:
    tags = [f"t{n:02}" for n in range(TOP_TAGS + 2)]
    sessions = [session(f"s{n}", tags=tuple(tags[: n + 1])) for n in range(len(tags))]
    top = camp_figures([camp("c", sessions)], "c").top_tags
    assert top == [(tag, len(tags) - n) for n, tag in enumerate(tags)][:TOP_TAGS]
    ties = camp_figures([camp("c", [session("a", tags=("b", "C", "a"))])], "c").top_tags
    assert ties == [("a", 1), ("b", 1), ("C", 1)]


def test_people_are_counted_in_words_in_both_languages() -> None:
    assert [count_people(n, "de") for n in (0, 1, 2)] == [
        "0 Teilnehmende", "1 Teilnehmende:r", "2 Teilnehmende"]
    assert [count_people(n, "en") for n in (0, 1, 2)] == [
        "0 participants", "1 participant", "2 participants"]


def test_text_names_each_slot_and_leaves_out_what_a_camp_does_not_have() -> None:
    figures = camp_figures([camp("c", [session("a", slot="mittag", participants=1)])], "c")
    assert as_text([figures], "de").splitlines()[-3:] == [
        "  pro Slot:", "    Vormittag 10:00–11:30: 0 Sessions, 0 Teilnehmende",
        "    mittag 12:00–13:00: 1 Session, 1 Teilnehmende:r"]
    bare = as_text([CampFigures(camp="leer")], "en")
    assert "per slot" not in bare and "most frequent" not in bare
    assert bare.endswith("  material files (published): 0\n")
    assert as_text([CampFigures(camp="a"), CampFigures(camp="b\nc")], "en").count(
        "material files (published): 0\n\nCamp: b\\nc\n") == 1


def test_json_and_csv_are_read_back_with_their_values() -> None:
    figures = CampFigures(camp="c\udcff", sessions=2, attendance=None, top_tags=[("=1+1", 2)],
                          slots=[SlotFigures("s", "S 10:00–11:00", 2, 9)])
    data = json.loads(as_json([figures]))
    assert data["version"] == 2
    assert data["camps"][0] == {
        "camp": "c\\xff", "sessions": 2, "published": 0, "drafts": 0, "without_insights": 0,
        "hosts": 0, "anonymous_hosts": 0, "organisations": 0, "attendance": None,
        "camps_without_attendance": 0, "session_participations": 0,
        "sessions_without_participants": 0, "photos": 0, "materials": 0,
        "slots": [{"slot": "s", "label": "S 10:00–11:00", "sessions": 2, "participants": 9}],
        "top_tags": [["=1+1", 2]]}
    text = as_csv([figures])
    assert "\r" not in text and text.endswith("\n")  # lines as the text output has them
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[:2] == [["camp", "metric", "key", "value"], ["c\\xff", "sessions", "", "2"]]
    assert rows[8] == ["c\\xff", "attendance", "", ""]
    assert rows[-3:] == [["c\\xff", "slot_sessions", "S 10:00–11:00", "2"],
                         ["c\\xff", "slot_participants", "S 10:00–11:00", "9"],
                         ["c\\xff", "tag", "'=1+1", "2"]]
    assert len(rows) == 17


@pytest.mark.parametrize(("cell", "safe"), [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1+2", "'+1+2"), ("-A1", "'-A1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("\nx", "'\nx"),
    ("-12", "-12"), ("+3,5", "+3,5"), ("-0.25", "-0.25"), ("-1.", "'-1."), ("-1,2,3", "'-1,2,3"),
    ("Jugend", "Jugend"), ("a=b", "a=b"), ("", ""), (7, 7), (None, None),
])
def test_spreadsheet_cells_never_start_a_formula(cell: object, safe: object) -> None:
    assert spreadsheet_safe(cell) == safe
