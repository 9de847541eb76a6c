"""A session's photos and materials (content/validate_media.py): where each is named, the
exact issue for each kind of problem, and the files of a camp folder that nothing names."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from campdoc.content.markdown import parse_body
from campdoc.content.model import Camp, Session
from campdoc.content.schema import CampMeta, Host, Material, Organisation, Photo, SessionMeta
from campdoc.content.validate_media import (
    PhotoReference,
    check_media,
    named_files,
    photo_references,
    unnamed_files,
)
from campdoc.core.issues import Issue, Location

SOURCE = "sessions/camp/s.md"
BODY_LINE = 9  # the body's first line in the file
MIB = 1024 * 1024


def at(line: int, column: int = 1) -> Location:
    return Location(SOURCE, line, column)


def session(body: str = "", photos: tuple[Photo, ...] = (),
            materials: tuple[Material, ...] = (), slug: str = "s") -> Session:
    positions = {f"photos[{n}].{name}": at(2 + n, column)
                 for n in range(1, len(photos) + 1)
                 for name, column in (("file", 11), ("shows_people", 17))}
    positions |= {f"materials[{n}].file": at(5 + n, 11) for n in range(1, len(materials) + 1)}
    meta = SessionMeta(title=slug, hosts=(Host(name="A"),), photos=photos, materials=materials)
    return Session("camp", slug, SOURCE, meta, body, BODY_LINE, parse_body(body), positions)


def jpeg(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), colour).save(out, "JPEG")
    return out.getvalue()


def test_photos_are_named_in_the_front_matter_then_in_the_notes_with_their_places() -> None:
    body = ("Einleitung\n\n![Tafel](fotos/a.jpg) und ![Zweite](fotos/b.jpg)\n\n"
            "Ein Absatz\nin zwei Zeilen ![Drei](fotos/c.jpg)\n\n![Tafel](fotos/a.jpg)\n\n"
            "Verweis ![Ref][r]\n\n[r]: fotos/r.jpg\n")
    photo = Photo(file="fotos/p.jpg", alt="Pinnwand", shows_people=True, consent=True)
    assert photo_references(session(body, (photo,))) == [
        PhotoReference("photos[1]", "fotos/p.jpg", at(3, 11), "Pinnwand", True, True),
        PhotoReference("notes", "fotos/a.jpg", at(BODY_LINE + 2, 1), "Tafel"),
        PhotoReference("notes", "fotos/b.jpg", at(BODY_LINE + 2, 27), "Zweite"),
        PhotoReference("notes", "fotos/c.jpg", at(BODY_LINE + 5, 16), "Drei"),
        PhotoReference("notes", "fotos/a.jpg", at(BODY_LINE + 7, 1), "Tafel"),
        # A reference image is not written as '](file': the start of its paragraph.
        PhotoReference("notes", "fotos/r.jpg", at(BODY_LINE + 9, 1), "Ref"),
    ]


def test_a_photo_on_the_first_line_of_the_notes_is_found_in_its_first_column() -> None:
    assert photo_references(session("![Tafel](a.jpg)\n")) == [
        PhotoReference("notes", "a.jpg", at(BODY_LINE, 1), "Tafel")]
    assert photo_references(session("x ![Tafel](a.jpg)")) == [
        PhotoReference("notes", "a.jpg", at(BODY_LINE, 3), "Tafel")]


def test_a_footnotes_photo_is_found_by_its_text() -> None:
    body = "Text[^1]\n\n[^1]: Siehe ![Foto](fotos/f.jpg)\n"
    assert photo_references(session(body)) == [
        PhotoReference("notes", "fotos/f.jpg", at(BODY_LINE + 2, 13), "Foto")]
    # An inline footnote's image has no line from the parser: found by its text alone.
    body = "Eins\n\nText^[Siehe ![Foto](fotos/f.jpg)]\n"
    assert photo_references(session(body)) == [
        PhotoReference("notes", "fotos/f.jpg", at(BODY_LINE + 2, 13), "Foto")]
    body = "Text^[Siehe ![Foto][f]]\n\n[f]: fotos/f.jpg\n"
    assert photo_references(session(body)) == [
        PhotoReference("notes", "fotos/f.jpg", at(BODY_LINE, 1), "Foto")]


def test_the_same_photo_twice_in_a_paragraph_is_found_at_each_place() -> None:
    assert photo_references(session("![A](a.jpg) ![B](a.jpg)\n![C](a.jpg)\n")) == [
        PhotoReference("notes", "a.jpg", at(BODY_LINE, 1), "A"),
        PhotoReference("notes", "a.jpg", at(BODY_LINE, 13), "B"),
        PhotoReference("notes", "a.jpg", at(BODY_LINE + 1, 1), "C")]


def test_a_link_to_the_same_file_before_its_paragraph_is_not_taken_for_the_photo() -> None:
    body = "Siehe [die Datei](a.jpg).\n\nx ![Bild](a.jpg)\n"
    assert photo_references(session(body)) == [
        PhotoReference("notes", "a.jpg", at(BODY_LINE + 2, 3), "Bild")]


def test_a_reference_image_on_the_first_line_is_at_the_notes_start() -> None:
    assert photo_references(session("![Ref][r]\n\n[r]: r.jpg\n")) == [
        PhotoReference("notes", "r.jpg", at(BODY_LINE, 1), "Ref")]


def test_the_front_matter_alone_gives_its_photos() -> None:
    photos = (Photo(file="a.jpg", alt="A"), Photo(file="b.jpg", alt="B", shows_people=True))
    assert photo_references(session("Kein Bild.\n", photos)) == [
        PhotoReference("photos[1]", "a.jpg", at(3, 11), "A"),
        PhotoReference("photos[2]", "b.jpg", at(4, 11), "B", True, False)]


def test_each_problem_of_a_photo_is_one_issue_at_the_place_that_names_it(
        tmp_path: Path) -> None:
    (tmp_path / "fotos").mkdir()
    (tmp_path / "fotos" / "gut.jpg").write_bytes(jpeg())
    (tmp_path / "fotos" / "mein bild.jpg").write_bytes(jpeg((0, 90, 0)))
    (tmp_path / "fotos" / "kopie.jpg").write_bytes(jpeg())
    (tmp_path / "fotos" / "leer.jpg").write_bytes(b"")
    (tmp_path / "fotos" / "gross.jpg").write_bytes(jpeg() + b"\0" * (2 * MIB))
    (tmp_path / "fotos" / "text.jpg").write_bytes(b"%PDF-1.7\n")
    photos = (Photo(file="fotos/gut.jpg", alt="A", shows_people=True),
              Photo(file="fotos/fehlt.jpg", alt="B"),
              Photo(file="fotos/leer.jpg", alt="C"),
              Photo(file="fotos/gross.jpg", alt="D"),
              Photo(file="fotos/text.jpg", alt="E"),
              Photo(file="fotos/kopie.jpg", alt="F", shows_people=True, consent=True))
    body = "![](fotos/mein%20bild.jpg)\n\n![ ](fotos/weg.jpg)\n"
    assert list(check_media(session(body, photos), tmp_path, MIB)) == [
        Issue("CD233", at(3, 17), "photos[1].consent"),
        Issue("CD216", at(4, 11), "photos[2].file",
              {"found": "fotos/fehlt.jpg", "reason": "it does not exist"}),
        Issue("CD237", at(5, 11), "photos[3].file", {"found": "fotos/leer.jpg"}),
        Issue("CD109", at(6, 11), "photos[4].file",
              {"found": "fotos/gross.jpg", "what": "the file", "size": "2.0 MiB",
               "limit": "1 MiB"}),
        Issue("CD220", at(7, 11), "photos[5].file",
              {"found": "fotos/text.jpg", "kind": "a PDF document",
               "allowed": "JPEG, PNG, WebP, HEIC"}),
        Issue("CD236", at(8, 11), "photos[6].file", {"first_line": "3"}),
        Issue("CD235", at(BODY_LINE, 1), "notes", {"found": "fotos/mein%20bild.jpg"}),
        Issue("CD235", at(BODY_LINE + 2, 1), "notes", {"found": "fotos/weg.jpg"}),
        Issue("CD216", at(BODY_LINE + 2, 1), "notes",
              {"found": "fotos/weg.jpg", "reason": "it does not exist"}),
    ]


def test_the_same_photo_in_the_notes_twice_is_named_at_its_second_place(
        tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(jpeg())
    body = "![Eins](a.jpg)\n\n![Zwei](a.jpg)\n"
    assert list(check_media(session(body), tmp_path, MIB)) == [
        Issue("CD236", at(BODY_LINE + 2, 1), "notes", {"first_line": str(BODY_LINE)})]


def test_each_problem_of_a_material_is_one_issue_at_its_entry(tmp_path: Path) -> None:
    (tmp_path / "folien.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    (tmp_path / "gross.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * (2 * MIB))
    (tmp_path / "leer.pdf").write_bytes(b"")
    (tmp_path / "seite.pdf").write_bytes(b"<!doctype html><p>x")
    (tmp_path / "folien.docx").write_bytes(b"%PDF-1.7\n")
    materials = (Material(file="folien.pdf", title="A"), Material(file="fehlt.pdf", title="B"),
                 Material(file="gross.pdf", title="C"), Material(file="leer.pdf", title="D"),
                 Material(file="seite.pdf", title="E"), Material(file="folien.docx", title="F"),
                 Material(file="../folien.pdf", title="G"))
    assert list(check_media(session(materials=materials), tmp_path, MIB)) == [
        Issue("CD216", at(7, 11), "materials[2].file",
              {"found": "fehlt.pdf", "reason": "it does not exist"}),
        Issue("CD109", at(8, 11), "materials[3].file",
              {"found": "gross.pdf", "what": "the file", "size": "2.0 MiB", "limit": "1 MiB"}),
        Issue("CD237", at(9, 11), "materials[4].file", {"found": "leer.pdf"}),
        Issue("CD239", at(10, 11), "materials[5].file",
              {"found": "seite.pdf", "kind": "an HTML page"}),
        Issue("CD221", at(11, 11), "materials[6].file",
              {"found": "folien.docx", "format": "PDF", "suffixes": ".pdf"}),
        Issue("CD216", at(12, 11), "materials[7].file",
              {"found": "../folien.pdf", "reason": "it leads outside the folder"}),
    ]


def camp(*sessions: Session, logo: str = "", **meta: object) -> Camp:
    return Camp("camp", "sessions/camp/camp.yaml",
                CampMeta(name="Camp", logo=logo, **meta),  # type: ignore[arg-type]
                "de", list(sessions))


def test_the_files_a_camp_names_are_its_logos_photos_and_materials() -> None:
    first = session("![A](fotos/mein%20bild.jpg)", (Photo(file="fotos/p.jpg", alt="P"),),
                    (Material(file="folien.pdf", title="F"),))
    draft = session("", (Photo(file="entwurf.jpg", alt="E"),), slug="entwurf")
    named = named_files(camp(first, draft, logo="logo.svg",
                             organizer=Organisation(name="Verein", logo="verein.png"),
                             funders=(Organisation(name="Stiftung"),),
                             partners=(Organisation(name="Netz", logo="netz.png"),)))
    assert named == {"logo.svg", "verein.png", "netz.png", "fotos/p.jpg", "fotos/mein bild.jpg",
                     "folien.pdf", "entwurf.jpg"}
    assert named_files(camp()) == set()


def test_a_media_file_nothing_names_is_a_warning_and_other_files_are_left_alone(
        tmp_path: Path) -> None:
    for name in ("fotos/p.jpg", "fotos/Bild.JPG", "fotos/vergessen.png", "alt/x.webp",
                 "folien.pdf", "logo.svg", "projekt-logo.png", "notizen.txt", ".versteckt.jpg",
                 "fotos/kopie.jpg~", "Thumbs.db", ".git/objekt.png", "tabelle.ODS"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    (tmp_path / "verlinkt").symlink_to(tmp_path / "alt")
    first = session("", (Photo(file="fotos/p.jpg", alt="P"), Photo(file="fotos/Bild.JPG",
                                                                  alt="B")),
                    (Material(file="folien.pdf", title="F"),))
    issues = list(unnamed_files(camp(first, logo="logo.svg"), tmp_path, "sessions/camp",
                                [tmp_path / "projekt-logo.png"]))
    assert issues == [
        Issue("CD247", Location(f"sessions/camp/{relative}"), params={"found": relative})
        for relative in ("tabelle.ODS", "alt/x.webp", "fotos/vergessen.png")]
