"""``sessions.json``, value by value: the camp without its logo paths, each published session
with its times, fields, notes, photos and materials, and nothing the site does not show."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from campdoc import __version__
from campdoc.content.model import Camp, Session
from campdoc.content.public import public_camp
from campdoc.content.schema import (
    CampMeta,
    Host,
    Material,
    Organisation,
    Photo,
    Room,
    Slot,
)
from campdoc.exports.sessions import dump_json, session_record, sessions_document
from campdoc.media.photos import PhotoPlan, Variant
from campdoc.media.store import ProcessedPhoto
from campdoc.render.media import CampMedia, PublishedMaterial, PublishedPhoto
from tests.builders import make_session

MAY_16 = dt.date(2026, 5, 16)
SLOT = Slot(id="s1", start=dt.time(10), end=dt.time(11, 30))
PLAN = PhotoPlan("k", 1600, 1200, (Variant("k-480.webp", 480, 360, "webp"),
                                   Variant("k-480.jpg", 480, 360, "jpg"),
                                   Variant("k-1600.jpg", 1600, 1200, "jpg")))


def _photo(written: str, **fields: Any) -> PublishedPhoto:
    return PublishedPhoto("camp", written, fields.get("alt", ""), fields.get("caption", ""),
                          fields.get("credit", ""), fields.get("license", ""), PLAN,
                          ProcessedPhoto(PLAN, {}), fields.get("shows_people", False))


def _camp(sessions: list[Session]) -> Camp:
    logo = Organisation(name="Stiftung", url="https://stiftung.example", logo="logos/s.svg")
    meta = CampMeta(name="Camp", date=MAY_16, rooms=(Room(name="Saal"),), slots=(SLOT,),
                    organizer=logo, funders=(logo,), partners=(Organisation(name="P"),))
    return Camp("camp", "sessions/camp/camp.yaml", meta, "de", sessions)


def _address(path: str) -> str:
    return f"../{path}"


def test_the_document_is_versioned_and_the_camp_has_no_logo_paths() -> None:
    camp = public_camp(_camp([make_session("a"), make_session("b", status="draft")]))
    document = sessions_document(camp, lambda s: f"/camp/{s.slug}/", "https://x.example/",
                                 CampMedia(), _address)
    stiftung = {"name": "Stiftung", "url": "https://stiftung.example"}
    assert {key: value for key, value in document.items() if key != "sessions"} == {
        "format": "campdoc-sessions", "version": 1,
        "generator": {"name": "campdoc", "version": __version__},
        "site": "https://x.example/",
        "camp": {"id": "camp", "fields": {
            "name": "Camp", "date": "2026-05-16", "organizer": stiftung,
            "funders": [stiftung], "partners": [{"name": "P"}], "rooms": [{"name": "Saal"}],
            "slots": [{"id": "s1", "start": "10:00", "end": "11:30"}]}}}
    assert [(record["id"], record["url"]) for record in document["sessions"]] == [
        ("a", "/camp/a/")]  # the draft stays out


def test_a_session_has_its_times_fields_and_notes_as_the_site_shows_them() -> None:
    session = make_session(
        "a", room="Saal", slot="s1", tags=("KI",),
        hosts=(Host(name="Anna", github="anna-gh"), Host(name="Geheim", publish_name=False)),
        photos=(Photo(file="fotos/a.jpg", alt="Tafel"),),
        materials=(Material(file="folien.pdf", title="Folien"),))
    camp = public_camp(_camp([session]))
    (public,) = camp.published
    record = session_record(camp, public, "/camp/a/", CampMedia(), _address)
    assert record == {
        "id": "a", "url": "/camp/a/",
        "start": "2026-05-16T10:00:00+02:00", "end": "2026-05-16T11:30:00+02:00",
        # The forge name is for review requests only; the hidden host as the site names them.
        "fields": {"title": "a", "hosts": [{"name": "Anna"},
                                           {"name": "Anonyme:r Sessiongeber:in",
                                            "publish_name": False}],
                   "tags": ["KI"], "room": "Saal", "slot": "s1"},
        "notes": "", "photos": [], "materials": []}


def test_a_session_without_a_slot_has_no_times() -> None:
    camp = public_camp(_camp([make_session("a", room="Saal")]))
    record = session_record(camp, camp.published[0], "/a/", CampMedia(), _address)
    assert (record["start"], record["end"]) == (None, None)
    undated = Camp("c", "sessions/c/camp.yaml", CampMeta(name="C"), "de", [make_session("b")])
    record = session_record(public_camp(undated), undated.sessions[0], "/b/", CampMedia(),
                            _address)
    assert (record["start"], record["end"]) == (None, None)


def test_photos_and_materials_are_the_published_files() -> None:
    camp = public_camp(_camp([make_session("a")]))
    media = CampMedia(
        gallery={"a": [_photo("fotos/a.jpg", alt="Tafel", caption="Die Tafel", credit="Bea",
                              license="CC-BY-4.0", shows_people=True)]},
        inline={"a": {"fotos/b.jpg": _photo("fotos/b.jpg", alt="Kreis")}},
        materials={"a": [PublishedMaterial("Folien", "camp/materials/h.pdf", "PDF", 2048,
                                           "folien.pdf", "folien.pdf")]})
    record = session_record(camp, camp.published[0], "/a/", media, _address)
    assert record["photos"] == [
        {"url": "../camp/photos/k-1600.jpg", "file": "fotos/a.jpg", "in_notes": False,
         "alt": "Tafel", "caption": "Die Tafel", "credit": "Bea", "license": "CC-BY-4.0",
         "width": 1600, "height": 1200, "shows_people": True},
        {"url": "../camp/photos/k-1600.jpg", "file": "fotos/b.jpg", "in_notes": True,
         "alt": "Kreis", "caption": "", "credit": "", "license": "",
         "width": 1600, "height": 1200, "shows_people": False}]
    assert record["materials"] == [
        {"url": "../camp/materials/h.pdf", "file": "folien.pdf", "title": "Folien",
         "type": "PDF", "size": 2048}]


def test_the_json_is_readable_utf_8_and_ends_with_a_line_break() -> None:
    data = {"b": "Grüße", "a": [1]}
    written = dump_json(data)
    assert written == '{\n  "b": "Grüße",\n  "a": [\n    1\n  ]\n}\n'.encode()
    assert json.loads(written) == data
