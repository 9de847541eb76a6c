"""The typed project and the rules that span fields and files (content/validate.py): each
check's exact issue, at its place, with the words a documenter reads."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from campdoc.content.frontmatter import parse_yaml
from campdoc.content.load import SourceFile, load_project
from campdoc.content.model import Project
from campdoc.content.schema import CampMeta
from campdoc.content.validate import (
    CampIdProblem,
    _place,
    camp_id_problem,
    convert_document,
    field_positions,
    session_text_errors,
    validate_project,
)
from campdoc.core.issues import Issue, Location
from tests.conftest import write_files

Found = tuple[str, str, int | None, int | None, str, dict[str, str]]
MIB = 1024 * 1024
NOTES = "---\ntitle: T\nhosts:\n  - name: A\ninsights: [x]\n---\n"  # the notes start on line 7


def validated(root: Path, files: dict[str, str | bytes]) -> tuple[Project, list[Found]]:
    """The project of ``files`` and its issues, in the order of file, line and code."""
    project, issues = validate_project(load_project(write_files(root, files)))
    return project, sorted(
        ((issue.code, issue.location.path, issue.location.line, issue.location.column,
          issue.field, dict(issue.params)) for issue in issues),
        key=lambda found: (found[1], found[2] or 0, found[3] or 0, found[0]))


def issues_of(root: Path, files: dict[str, str | bytes]) -> list[Found]:
    return validated(root, files)[1]


def session(title: str, room: str = "", slot: str = "", extra: str = "") -> str:
    return (f"---\ntitle: {title}\nhosts:\n  - name: A\n" + (f"room: {room}\n" if room else "")
            + (f"slot: {slot}\n" if slot else "") + extra + "---\n")


PLAN = ("name: C\nstart: 2026-05-15\nend: 2026-05-16\nrooms:\n  - name: Saal\n"
        "  - name: Werkstatt\nslots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
        "  - id: s2\n    start: '11:00'\n    end: '12:00'\n")


def test_sessions_are_checked_against_the_plan_and_each_other(tmp_path: Path) -> None:
    project, found = validated(tmp_path, {
        "sessions/c/camp.yaml": PLAN,
        "sessions/c/z1.md": session("b", "Werkstatt", "s1", "insights: [x]\n"),
        "sessions/c/z2.md": session("B", "Saal", "s2", "insights: [x]\n"),
        "sessions/c/z3.md": session("a", "Werkstatt", "s1", "insights: [x]\n"),
        "sessions/c/z4.md": session("Ä", extra="insights: []\ndate: 2026-05-17\n"),
        "sessions/c/z5.md": session("c", "Saal", "s2", "status: draft\n"),  # no clash, no CD401
        "sessions/c/z6.md": session("c", "Saal", extra="insights: [x]\ndate: 2026-05-14\n"),
        "sessions/c/z0.md": session("b", "Werkstatt", "s1", "insights: [y]\nstatus: draft\n"),
        "sessions/c/y.md": session("b", slot="s2", extra="insights: [y]\ndate: 2026-05-16\n"),
        "sessions/c/x.md": session("x", "Küche", "s9", "insights: [y]\ndate: 2026-05-15\n"),
    })
    dates = {"start": "2026-05-15", "end": "2026-05-16", "dates": "2026-05-15 – 2026-05-16"}
    assert found == [
        ("CD301", "sessions/c/x.md", 5, 7, "room",
         {"found": "Küche", "suggestion": "", "allowed": "Saal, Werkstatt"}),
        ("CD302", "sessions/c/x.md", 6, 7, "slot",
         {"found": "s9", "suggestion": "", "allowed": "s1 (10:00), s2 (11:00)"}),
        # A clash is told in both files, each naming the other.
        ("CD303", "sessions/c/z1.md", 6, 7, "slot",
         {"room": "Werkstatt", "slot": "s1", "other": "sessions/c/z3.md"}),
        ("CD303", "sessions/c/z3.md", 6, 7, "slot",
         {"room": "Werkstatt", "slot": "s1", "other": "sessions/c/z1.md"}),
        # No insights: at the empty field when it is written, else at the title.
        ("CD401", "sessions/c/z4.md", 5, 11, "insights", {}),
        ("CD306", "sessions/c/z4.md", 6, 7, "date", {"found": "2026-05-17", **dates}),
        ("CD306", "sessions/c/z6.md", 7, 7, "date", {"found": "2026-05-14", **dates}),
    ]
    # The schedule's order: slot, then room (in the plan's order; none last), then title
    # whatever its case, then file name.
    assert [item.slug for item in project.camps[0].sessions] == [
        "z3", "z0", "z1", "z2", "z5", "y", "z6", "x", "z4"]


def test_a_session_without_insights_nor_the_field_is_told_at_its_title(tmp_path: Path) -> None:
    assert issues_of(tmp_path, {
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/c/a.md": "---\nhosts:\n  - name: A\ntitle: T\ndate: 2026-05-17\n---\n",
    }) == [("CD401", "sessions/c/a.md", 4, 8, "insights", {}),
           # A one-day camp is named by its day.
           ("CD306", "sessions/c/a.md", 5, 7, "date", {
               "found": "2026-05-17", "start": "2026-05-16", "end": "2026-05-16",
               "dates": "2026-05-16"})]


def test_a_slot_that_ends_when_it_starts_is_refused_at_its_end(tmp_path: Path) -> None:
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": (
        "name: C\ndate: 2026-05-16\nslots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
        "  - id: s2\n    start: '11:00'\n    end: '11:00'\n  - id: s3\n    start: '12:00'\n"
        "    end: '09:30'\n")})
    assert [(code, line, column, field, params["start"], params["end"])
            for code, _, line, column, field, params in found] == [
        ("CD212", 9, 10, "slots[2].end", "11:00", "11:00"),
        ("CD212", 12, 10, "slots[3].end", "12:00", "09:30")]
    assert found[0][5]["doc_de"] == "Die Zeitslots des Sessionplans."


def test_the_camps_days_time_zone_and_colours_are_checked(tmp_path: Path) -> None:
    assert issues_of(tmp_path, {"sessions/c/camp.yaml": (
        "name: C\nstart: 2026-05-16\nend: 2026-05-15\ntimezone: Europe/Berlln\n"
        "accent_color: '#ffff00'\naccent_color_dark: '#000033'\n")}) == [
        ("CD212", "sessions/c/camp.yaml", 3, 6, "end",
         {"doc": "", "doc_de": "", "start": "2026-05-16", "end": "2026-05-15"}),
        ("CD219", "sessions/c/camp.yaml", 4, 11, "timezone",
         {"doc": "", "doc_de": "", "found": "Europe/Berlln", "suggestion": "Europe/Berlin"}),
        ("CD242", "sessions/c/camp.yaml", 5, 15, "accent_color", {
            "doc": "", "doc_de": "", "found": "#ffff00", "background": "#fbfaf7",
            "ratio": "1.03", "scheme": "light", "scheme_de": "hellen", "direction": "darker",
            "direction_de": "dunkleren"}),
        ("CD242", "sessions/c/camp.yaml", 6, 20, "accent_color_dark", {
            "doc": "", "doc_de": "", "found": "#000033", "background": "#12161b",
            "ratio": "1.10", "scheme": "dark", "scheme_de": "dunklen", "direction": "lighter",
            "direction_de": "helleren"}),
    ]


def test_a_dark_accent_alone_is_checked(tmp_path: Path) -> None:
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": (
        "name: C\ndate: 2026-05-16\naccent_color_dark: '#000033'\n")})
    assert [(code, line, field) for code, _, line, _, field, _ in found] == [
        ("CD242", 3, "accent_color_dark")]


def test_readable_colours_a_one_day_camp_and_utc_pass(tmp_path: Path) -> None:
    assert issues_of(tmp_path, {"sessions/c/camp.yaml": (
        "name: C\nstart: 2026-05-16\nend: 2026-05-16\ntimezone: UTC\n"
        "accent_color: '#145a8d'\naccent_color_dark: '#8ec5ff'\n")}) == []


def test_a_date_beside_start_and_end_names_each_day_that_is_ignored(tmp_path: Path) -> None:
    assert issues_of(tmp_path, {"sessions/c/camp.yaml": (
        "name: C\ndate: 2026-05-16\nstart: 2026-05-14\nend: 2026-05-18\n")}) == [
        ("CD245", "sessions/c/camp.yaml", 3, 8, "start", {"doc": "", "doc_de": "",
                                                         "other": "start"}),
        ("CD245", "sessions/c/camp.yaml", 4, 6, "end", {"doc": "", "doc_de": "",
                                                       "other": "end"})]
    assert [found[0] for found in issues_of(tmp_path / "end", {"sessions/c/camp.yaml": (
        "name: C\ndate: 2026-05-16\nend: 2026-05-18\n")})] == ["CD245"]


@pytest.mark.parametrize(("days", "found"), [
    ("end: 2026-05-18\n", [("CD201", "sessions/c/camp.yaml", 1, 1, "date", {
        "doc": "The day of a one-day camp (or use start and end).",
        "doc_de": "Der Tag eines eintägigen Camps (oder start und end angeben).",
        "key": "date"})]),
    ("start: 2026-05-18\n", []),
    ("date: 2026-05-18\n", []),
])
def test_a_camp_needs_its_date_or_its_first_day(tmp_path: Path, days: str,
                                                found: list[Found]) -> None:
    assert issues_of(tmp_path, {"sessions/c/camp.yaml": "name: C\n" + days}) == found


def test_a_missing_date_is_told_where_the_fields_begin(tmp_path: Path) -> None:
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": "# Unser Camp\n\nname: C\n"})
    assert [(code, line, column, field) for code, _, line, column, field, _ in found] == [
        ("CD201", 3, 1, "date")]


def test_each_logo_is_checked_where_it_is_named(tmp_path: Path) -> None:
    camp = tmp_path / "sessions" / "c"
    (camp / "logos").mkdir(parents=True)
    # Sizes on the edge of the limit and of the rounding to a tenth of a MiB.
    with (camp / "logos" / "gross.png").open("wb") as file:
        file.truncate(10 * MIB + 157287)  # 10.15000... MiB: 10.2
    with (camp / "logos" / "grenze.png").open("wb") as file:
        file.truncate(10 * MIB)  # at the limit: read, and refused for what it is
    assert issues_of(tmp_path, {
        "sessions/c/camp.yaml": (
            "name: C\ndate: 2026-05-16\nlogo: logos/fehlt.svg\norganizer:\n  name: O\n"
            "  logo: logos/gross.png\nfunders:\n  - name: F\n    logo: logos/kaputt.png\n"
            "  - name: G\n    logo: logos/grenze.png\n  - name: H\n    logo: logos/gut.svg\n"),
        "sessions/c/logos/kaputt.png": b"%PDF-1.7\n",
        "sessions/c/logos/gut.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    }) == [
        ("CD216", "sessions/c/camp.yaml", 3, 7, "logo",
         {"doc": "", "doc_de": "", "found": "logos/fehlt.svg", "reason": "it does not exist"}),
        ("CD109", "sessions/c/camp.yaml", 6, 9, "organizer.logo", {
            "doc": "Who organised the camp.", "doc_de": "Wer das Camp veranstaltet hat.",
            "what": "the logo", "size": "10.2 MiB", "limit": "10 MiB"}),
        ("CD220", "sessions/c/camp.yaml", 9, 11, "funders[1].logo", {
            "doc": "Who funded the camp.", "doc_de": "Wer das Camp gefördert hat.",
            "found": "logos/kaputt.png", "kind": "a PDF document",
            "allowed": "PNG, JPEG, GIF, WebP, SVG"}),
        ("CD220", "sessions/c/camp.yaml", 11, 11, "funders[2].logo", {
            "doc": "Who funded the camp.", "doc_de": "Wer das Camp gefördert hat.",
            "found": "logos/grenze.png", "kind": "a file of an unknown kind",
            "allowed": "PNG, JPEG, GIF, WebP, SVG"}),
    ]


def test_the_projects_legal_pages_logo_and_colours_are_checked(tmp_path: Path) -> None:
    assert issues_of(tmp_path, {
        "campdoc.yaml": ("imprint: rechtliches/fehlt.md\nprivacy: rechtliches/weg.md\n"
                         "base_url: https://x.org/\nlogo: logo.svg\naccent_color: '#ffff00'\n"),
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
    }) == [
        ("CD216", "campdoc.yaml", 1, 10, "imprint", {"doc": "", "doc_de": "",
         "found": "rechtliches/fehlt.md", "reason": "it does not exist"}),
        ("CD216", "campdoc.yaml", 2, 10, "privacy", {"doc": "", "doc_de": "",
         "found": "rechtliches/weg.md", "reason": "it does not exist"}),
        ("CD216", "campdoc.yaml", 4, 7, "logo", {"doc": "", "doc_de": "", "found": "logo.svg",
                                                "reason": "it does not exist"}),
        ("CD242", "campdoc.yaml", 5, 15, "accent_color", {
            "doc": "", "doc_de": "", "found": "#ffff00", "background": "#fbfaf7",
            "ratio": "1.03", "scheme": "light", "scheme_de": "hellen", "direction": "darker",
            "direction_de": "dunkleren"}),
    ]


@pytest.mark.parametrize(("config", "found"), [
    # A public site names an imprint or a privacy page; one of them is enough here.
    ("base_url: https://x.org/\n", [("CD231", "campdoc.yaml", 1, 11, "base_url",
                                     {"doc": "", "doc_de": ""})]),
    ("base_url: https://x.org/\nimprint: https://x.org/impressum\n", []),
    ("base_url: https://x.org/\nprivacy: seiten/datenschutz.md\n", []),
    ("imprint: seiten/datenschutz.md\n", []),
])
def test_a_public_site_names_its_legal_pages(tmp_path: Path, config: str,
                                             found: list[Found]) -> None:
    assert issues_of(tmp_path, {
        "campdoc.yaml": config, "seiten/datenschutz.md": "# Datenschutz\n",
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n"}) == found


def test_a_hidden_hosts_name_in_a_public_repository_is_told(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "campdoc.yaml": "repository:\n  url: https://github.com/a/b\n",
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/c/a.md": ("---\ntitle: A\nhosts:\n  - name: Bob\n  - name: Anna\n"
                            "    publish_name: false\n  - publish_name: false\n"
                            "insights: [x]\n---\n")}
    assert issues_of(tmp_path, files) == [
        ("CD230", "sessions/c/a.md", 5, 11, "hosts[2].name",
         {"repository": "https://github.com/a/b"})]
    files["campdoc.yaml"] = "title: Ohne Repository\n"
    assert issues_of(tmp_path, files) == []


def test_a_named_host_needs_a_name_and_a_hidden_one_none(tmp_path: Path) -> None:
    assert issues_of(tmp_path, {
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/c/a.md": ("---\ntitle: A\nhosts:\n  - publish_name: false\n"
                            "  - organization: X\ninsights: [x]\n---\n")}) == [
        ("CD201", "sessions/c/a.md", 5, 5, "hosts[2].name", {
            "doc": "Full name, as the person wants it shown. Required unless publish_name is "
                   "false; leave it out then, because the file itself is public in a public "
                   "repository.",
            "doc_de": "Vollständiger Name, so wie die Person genannt werden möchte. Pflicht, "
                      "außer bei publish_name: false; dann weglassen, denn in einem "
                      "öffentlichen Repository ist die Datei selbst öffentlich.",
            "key": "name"})]


def test_the_notes_are_checked_for_control_characters_html_links_and_depth(
        tmp_path: Path) -> None:
    long_block = "<div>" + "z" * 70 + "</div>"
    assert issues_of(tmp_path, {
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/c/a.md": NOTES + "Eins\nzwei \x07 drei \x08\n",
        "sessions/c/b.md": (NOTES + "Absatz\nmit <b>fett</b> und\n\n<script>alert(1)</script>"
                            "\n\n[x](javascript:alert(1))\n\n" + long_block + "\n"),
        "sessions/c/c.md": NOTES + "Text^[mit <i>x</i>]\n\n<span class=\"a b\">\nx</span>\n",
        "sessions/c/d.md": NOTES + "Eins\n\n" + "> " * 60 + "tief\n",
    }) == [
        ("CD222", "sessions/c/a.md", 8, 6, "notes",
         {"char": "U+0007 CONTROL CHARACTER", "position": "6"}),  # the first one only
        # Found in the line of its paragraph where it is, not at the paragraph's start.
        ("CD402", "sessions/c/b.md", 8, 5, "", {"found": "<b>"}),
        ("CD402", "sessions/c/b.md", 8, 12, "", {"found": "</b>"}),
        ("CD402", "sessions/c/b.md", 10, 1, "", {"found": "<script>alert(1)</script>"}),
        ("CD403", "sessions/c/b.md", 12, 5, "", {"found": "javascript:alert(1)"}),
        ("CD402", "sessions/c/b.md", 14, 1, "", {"found": long_block[:57] + "…"}),
        # An inline footnote's HTML has no line from the parser: found by its text.
        ("CD402", "sessions/c/c.md", 7, 11, "", {"found": "<i>"}),
        ("CD402", "sessions/c/c.md", 7, 15, "", {"found": "</i>"}),
        # An HTML block is shown by its first line, whole.
        ("CD402", "sessions/c/c.md", 9, 1, "", {"found": '<span class="a b">'}),
        ("CD404", "sessions/c/d.md", 9, 1, "", {"limit": "40"}),
    ]


def test_html_of_exactly_sixty_characters_is_shown_whole(tmp_path: Path) -> None:
    block = "<div>" + "z" * 49 + "</div>"
    assert len(block) == 60
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
                                 "sessions/c/a.md": NOTES + block + "\n"})
    assert found == [("CD402", "sessions/c/a.md", 7, 1, "", {"found": block})]


def test_file_names_whose_addresses_collide_are_told_in_both_files(tmp_path: Path) -> None:
    composed = "Über.md"
    decomposed = unicodedata.normalize("NFD", composed)
    same = {
        "same": " (the two names look the same, but one stores its accented letters as two "
                "characters, as a Mac writes them)",
        "same_de": " (die beiden Namen sehen gleich aus, aber einer speichert seine Umlaute "
                   "als je zwei Zeichen, wie ein Mac sie schreibt)"}
    found = issues_of(tmp_path, {
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        f"sessions/c/{composed}": NOTES, f"sessions/c/{decomposed}": NOTES,
        "sessions/c/a.md": NOTES, "sessions/c/A.md": NOTES, "sessions/c/b.md": NOTES})
    assert sorted((code, unicodedata.normalize("NFC", path), params["slug"],
                   unicodedata.normalize("NFC", params["other"]), "same" in params)
                  for code, path, *_, params in found) == [
        ("CD304", "sessions/c/A.md", "a", "sessions/c/a.md", False),
        ("CD304", "sessions/c/a.md", "a", "sessions/c/A.md", False),
        ("CD304", "sessions/c/Über.md", "ueber", "sessions/c/Über.md", True),
        ("CD304", "sessions/c/Über.md", "ueber", "sessions/c/Über.md", True),
    ]
    told_same = [params for *_, params in found if "same" in params]
    assert [{key: params[key] for key in same} for params in told_same] == [same, same]
    # Each of the two names is told once, naming the other.
    assert {(path, params["other"]) for _, path, *_, params in found if "same" in params} == {
        (f"sessions/c/{composed}", f"sessions/c/{decomposed}"),
        (f"sessions/c/{decomposed}", f"sessions/c/{composed}")}


def test_a_camp_folder_named_like_the_sites_own_folders_is_refused(tmp_path: Path) -> None:
    project, found = validated(tmp_path, {
        "sessions/assets/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/Mein Camp/camp.yaml": "name: D\ndate: 2026-05-16\n"})
    assert found == [
        ("CD312", "sessions/Mein Camp", 1, 1, "", {
            "found": "Mein Camp", "reason": "", "example": "mein-camp"}),
        ("CD312", "sessions/assets", 1, 1, "", {
            "found": "assets", "reason": " (reserved for the site itself or on Windows)",
            "example": "assets-camp"}),
    ]
    assert [camp.id for camp in project.camps] == ["Mein Camp", "assets"]  # still checked


@pytest.mark.parametrize(("camp_id", "problem"), [
    ("slot-1", None), ("pagefind-x", None), ("a" * 64, None),
    ("a" * 65, CampIdProblem(False, "a" * 59)),
    ("a" * 58 + " Camp", CampIdProblem(False, "a" * 58)),  # no '-' left at the cut
    ("assets", CampIdProblem(True, "assets-camp")),
    ("index", CampIdProblem(True, "index-camp")),
    ("sitemap", CampIdProblem(True, "sitemap-camp")),
    ("pagefind", CampIdProblem(True, "pagefind-camp")),
    ("search-index", CampIdProblem(True, "search-index-camp")),
    ("con", CampIdProblem(True, "con-camp")),  # reserved on Windows
    ("Assets", CampIdProblem(False, "assets-camp")),  # its example would be reserved
    ("LPT1", CampIdProblem(False, "lpt1-camp")),
    ("Mein Camp!", CampIdProblem(False, "mein-camp")),
    ("-" + "b" * 70, CampIdProblem(False, "b" * 59)),
    ("!!!", CampIdProblem(False, "barcamp-2026")),
])
def test_camp_ids_that_cannot_name_a_folder_get_an_example(
        camp_id: str, problem: CampIdProblem | None) -> None:
    assert camp_id_problem(camp_id) == problem


def test_unnamed_files_are_told_only_in_a_camp_without_errors(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "campdoc.yaml": "logo: sessions/c/logo.svg\n",
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n", "sessions/c/a.md": NOTES,
        "sessions/c/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",  # the project's
        "sessions/c/fotos/lose.jpg": b"x"}
    assert issues_of(tmp_path / "1", files) == [
        ("CD247", "sessions/c/fotos/lose.jpg", 1, 1, "", {"found": "fotos/lose.jpg"})]
    files["sessions/c/b.md"] = NOTES + "x\x07"
    assert [found[0] for found in issues_of(tmp_path / "2", files)] == ["CD222"]
    # An error found while reading the camp's folder counts too.
    files["sessions/c/b.md"] = b"\xff\xfe---\n"
    assert "CD247" not in [found[0] for found in issues_of(tmp_path / "3", files)]
    # The project's logo in another folder does not count as named in this one.
    del files["sessions/c/b.md"]
    files["campdoc.yaml"] = "title: T\n"
    assert [found[5]["found"] for found in issues_of(tmp_path / "4", files)] == [
        "fotos/lose.jpg", "logo.svg"]


def test_a_camp_without_its_camp_file_gives_no_camp(tmp_path: Path) -> None:
    project, found = validated(tmp_path, {"sessions/c/a.md": NOTES,
                                          "sessions/d/camp.yaml": "name: D\ndate: 2026-05-16\n"})
    assert [camp.id for camp in project.camps] == ["d"]
    assert [(code, path) for code, path, *_ in found] == [("CD305", "sessions/c")]


def test_the_projects_settings_are_read_into_the_project(tmp_path: Path) -> None:
    project, found = validated(tmp_path, {
        "campdoc.yaml": "title: Unsere Camps\nlanguage: en\n",
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/d/camp.yaml": "name: D\ndate: 2026-05-16\nlanguage: de\n"})
    assert found == []
    assert project.config.title == "Unsere Camps"
    assert [(camp.id, camp.language) for camp in project.camps] == [("c", "en"), ("d", "de")]
    assert project.root == tmp_path


def _source(text: str | None) -> SourceFile:
    source = SourceFile("sessions/c/camp.yaml")
    if text is not None:
        source.node, source.issues = parse_yaml(text, source.path, 1)
    return source


@pytest.mark.parametrize(("text", "issue"), [
    ("", Issue("CD110", Location("sessions/c/camp.yaml", 1, 1), params={"found": "nothing"})),
    ("# nur ein Kommentar\n",
     Issue("CD110", Location("sessions/c/camp.yaml", 1, 1), params={"found": "nothing"})),
    ("\n\n- a\n- b\n",
     Issue("CD110", Location("sessions/c/camp.yaml", 3, 1), params={"found": "a list"})),
    ("\n  Camp\n",
     Issue("CD110", Location("sessions/c/camp.yaml", 2, 3), params={"found": "'Camp'"})),
])
def test_a_file_that_is_no_group_of_fields_is_told_what_it_is(text: str, issue: Issue) -> None:
    source = _source(text)
    assert convert_document(source, CampMeta) is None
    assert source.issues == [issue]


def test_an_unreadable_file_is_not_told_again_as_empty() -> None:
    source = _source("a: [\n")
    before = list(source.issues)
    assert convert_document(source, CampMeta) is None
    assert source.issues == before and len(before) == 1


def test_field_positions_name_every_value_by_its_path() -> None:
    node, _ = parse_yaml("host:\n  - name: A\n    org: [x, y]\ntitle: T\n", "s.md", 2)
    assert field_positions(node, "s.md", {(2, 1): "hosts"}) == {
        "hosts": Location("s.md", 3, 3), "hosts[1]": Location("s.md", 3, 5),
        "hosts[1].name": Location("s.md", 3, 11), "hosts[1].org": Location("s.md", 4, 10),
        "hosts[1].org[1]": Location("s.md", 4, 11), "hosts[1].org[2]": Location("s.md", 4, 14),
        "title": Location("s.md", 5, 8)}
    assert field_positions(node, "s.md")["host"] == Location("s.md", 3, 3)
    assert field_positions(None, "s.md") == {}


def test_an_imported_session_is_checked_alone_for_its_errors() -> None:
    errors = session_text_errors(NOTES.replace("insights: [x]\n", "") + "<b>x</b> \x07\n",
                                 "a.md", "c")
    assert errors == [Issue("CD222", Location("a.md", 6, 10), "notes",
                            {"char": "U+0007 CONTROL CHARACTER", "position": "10"})]
    assert session_text_errors(NOTES + "Gut.\n", "a.md", "c") == []
    assert [issue.code for issue in session_text_errors(NOTES, "con.md", "c")] == ["CD311"]


def test_fields_read_under_another_name_count_as_their_field(tmp_path: Path) -> None:
    project, found = validated(tmp_path, {
        "sessions/c/camp.yaml": "name: C\ndatum: 2026-05-16\n",
        "sessions/c/a.md": "---\ntitle: T\nhost:\n  - name: A\ninsights: [x]\n---\nText\n"})
    # Only the renames are told: no "date is missing" for the camp.
    assert [(code, path, line, field) for code, path, line, _, field, _ in found] == [
        ("CD243", "sessions/c/a.md", 3, "host"), ("CD243", "sessions/c/camp.yaml", 2, "datum")]
    (camp,) = project.camps
    (session,) = camp.sessions
    assert (camp.id, camp.source, str(camp.meta.date)) == ("c", "sessions/c/camp.yaml",
                                                          "2026-05-16")
    assert (session.camp_id, session.slug, session.source, session.body, session.body_line) == (
        "c", "a", "sessions/c/a.md", "Text\n", 7)
    assert session.positions["hosts"] == Location("sessions/c/a.md", 4, 3)


def test_a_file_without_its_required_fields_gives_no_camp_or_session(tmp_path: Path) -> None:
    project, found = validated(tmp_path, {
        "sessions/c/camp.yaml": "date: 2026-05-16\n",
        "sessions/d/camp.yaml": "name: D\ndate: 2026-05-16\n",
        "sessions/d/a.md": "---\nhosts:\n  - name: A\n---\n",
        "sessions/d/b.md": NOTES})
    assert [(code, path, field) for code, path, _, _, field, _ in found] == [
        ("CD201", "sessions/c/camp.yaml", "name"), ("CD201", "sessions/d/a.md", "title")]
    assert [(camp.id, [item.slug for item in camp.sessions]) for camp in project.camps] == [
        ("d", ["b"])]


@pytest.mark.parametrize(("notes", "line", "column"), [
    ("\x07Text\n", 7, 1),
    ("\nab\x07\n", 8, 3),
    ("\n\nab\x07\n", 9, 3),
    ("Eins\nzw\x07ei\n\x07", 8, 3),
])
def test_a_control_character_is_placed_at_its_line_and_column(
        tmp_path: Path, notes: str, line: int, column: int) -> None:
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
                                 "sessions/c/a.md": NOTES + notes})
    assert found == [("CD222", "sessions/c/a.md", line, column, "notes",
                      {"char": "U+0007 CONTROL CHARACTER", "position": str(column)})]


def test_photos_are_checked_against_the_projects_size_limit(tmp_path: Path) -> None:
    jpeg = io.BytesIO()
    Image.new("RGB", (8, 6), (200, 30, 30)).save(jpeg, "JPEG")
    head = jpeg.getvalue()
    photos = "".join(f"  - file: {name}.jpg\n    alt: {name}\n" for name in ("gleich", "drueber"))
    found = issues_of(tmp_path, {
        "campdoc.yaml": "max_file_mb: 1\n",
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/c/a.md": NOTES[:-4] + "photos:\n" + photos + "---\n",
        "sessions/c/gleich.jpg": head + b"\0" * (MIB - len(head)),  # exactly the limit
        "sessions/c/drueber.jpg": head + b"\0" * (MIB - len(head) + 1)})
    assert [(code, field, params.get("size"), params.get("limit"))
            for code, _, _, _, field, params in found] == [
        ("CD109", "photos[2].file", "1.0 MiB", "1 MiB")]


def test_warnings_in_a_camp_do_not_hide_its_unnamed_files(tmp_path: Path) -> None:
    found = issues_of(tmp_path, {
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/c/a.md": NOTES.replace("insights: [x]\n", ""),  # CD401, a warning
        "sessions/c/fotos/lose.jpg": b"x"})
    assert [code for code, *_ in found] == ["CD401", "CD247"]


def test_the_same_html_twice_in_a_paragraph_is_placed_at_each_place(tmp_path: Path) -> None:
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
                                 "sessions/c/a.md": NOTES + "<b>a</b>\nund <b>b</b> <b>c</b>\n"})
    assert [(line, column, params["found"]) for _, _, line, column, _, params in found] == [
        (7, 1, "<b>"), (7, 5, "</b>"), (8, 5, "<b>"), (8, 9, "</b>"), (8, 14, "<b>"),
        (8, 18, "</b>")]


def test_the_same_html_on_the_next_line_is_found_from_its_start(tmp_path: Path) -> None:
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
                                 "sessions/c/a.md": NOTES + "und <b>a</b>\n<b>b</b>\n"})
    assert [(line, column, params["found"]) for _, _, line, column, _, params in found] == [
        (7, 5, "<b>"), (7, 9, "</b>"), (8, 1, "<b>"), (8, 5, "</b>")]


def test_an_inline_footnotes_html_is_placed_on_its_own_line(tmp_path: Path) -> None:
    found = issues_of(tmp_path, {
        "sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
        "sessions/c/a.md": NOTES + "\nEins\n\nZwei ^[mit <i>x</i>]\n\nA <i>b</i>\n"})
    assert [(line, column, params["found"]) for _, _, line, column, _, params in found] == [
        (10, 12, "<i>"), (10, 16, "</i>"), (12, 3, "<i>"), (12, 7, "</i>")]


def test_html_of_sixty_one_characters_is_cut(tmp_path: Path) -> None:
    block = "<div>" + "z" * 50 + "</div>"
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
                                 "sessions/c/a.md": NOTES + block + "\n"})
    assert found == [("CD402", "sessions/c/a.md", 7, 1, "", {"found": block[:57] + "…"})]


@pytest.mark.parametrize(("line", "text", "after", "place"), [
    (0, "<b>", (-1, 0), (1, 3)),  # from the block's first line on, blank or not
    (2, "<b>", (-1, 0), (2, 1)),
    (2, "<b>", (2, 1), (3, 9)),  # past the one found before
    (2, "<i>", (-1, 0), (2, 1)),  # not in its block (it ends at the blank line): its start
    (5, "<b>", (-1, 0), (5, 1)),
])
def test_place_finds_a_text_in_its_block(line: int, text: str, after: tuple[int, int],
                                         place: tuple[int, int]) -> None:
    lines = ["", "x <b>", "<b>", "und das <b>", "", "<i>"]
    assert _place(lines, line, text, after) == place


def test_a_file_name_without_letters_does_not_stop_the_search_for_collisions(
        tmp_path: Path) -> None:
    found = issues_of(tmp_path, {"sessions/c/camp.yaml": "name: C\ndate: 2026-05-16\n",
                                 "sessions/c/!!!.md": NOTES, "sessions/c/a.md": NOTES,
                                 "sessions/c/A.md": NOTES})
    assert [(code, path) for code, path, *_ in found] == [
        ("CD311", "sessions/c/!!!.md"), ("CD304", "sessions/c/A.md"),
        ("CD304", "sessions/c/a.md")]
