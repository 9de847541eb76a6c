"""Threat: file names and paths that try to leave the project or the output folder, clash,
or cannot exist on other systems."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from campdoc.site.write import site_path
from tests.hostile.conftest import CAMP, FRONT, build_project, write_project
from tests.site_tools import readable_text

SECRET = "STRENG-GEHEIM-4711"


def _outside_secret(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "secret.svg"
    secret.parent.mkdir(parents=True)
    secret.write_text(f"<svg xmlns='http://www.w3.org/2000/svg'><text>{SECRET}</text></svg>")
    return secret


def _codes(result: object) -> list[str]:
    return sorted(issue.code for issue in result.issues)  # type: ignore[attr-defined]


@pytest.mark.parametrize("logo", ["../../../outside/secret.svg", "/etc/passwd",
                                  "%2e%2e/%2e%2e/outside/secret.svg", "..\\..\\outside\\secret.svg",
                                  "logos/../../../outside/secret.svg", "link.svg"])
def test_logo_paths_cannot_leave_the_camp_folder(tmp_path: Path, logo: str) -> None:
    secret = _outside_secret(tmp_path)
    camp = CAMP + f"funders:\n  - name: F\n    logo: '{logo}'\n"
    root = write_project(tmp_path / "p", {"s.md": FRONT.format(title="x")}, camp)
    expected = ["CD216"]
    if logo == "link.svg":
        (root / "sessions" / "camp" / "link.svg").symlink_to(secret)
        expected.append("CD310")  # reported as a link, and not accepted as a logo either
    result, site = build_project(root)
    assert _codes(result) == expected
    assert not site.exists()


def test_symlinked_sessions_and_camps_are_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "s.md").write_text(FRONT.format(title=SECRET), encoding="utf-8")
    (outside / "camp.yaml").write_text(CAMP, encoding="utf-8")
    root = write_project(tmp_path / "p", {"ok.md": FRONT.format(title="ok")})
    (root / "sessions" / "camp" / "link.md").symlink_to(outside / "s.md")
    (root / "sessions" / "linked").symlink_to(outside, target_is_directory=True)
    result, site = build_project(root)
    assert _codes(result) == ["CD310", "CD310"]
    assert not site.exists()


def test_nothing_outside_is_published_even_via_templates_folder(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", {"ok.md": FRONT.format(title="ok")})
    result, site = build_project(root)
    assert not result.failed
    for path in site.rglob("*"):
        if path.is_file():
            assert SECRET not in readable_text(path)


@pytest.mark.parametrize("names", [
    [unicodedata.normalize("NFC", "über.md"), unicodedata.normalize("NFD", "über.md")],
    ["Bericht.md", "bericht.md"],
    ["straße.md", "strasse.md"],
])
def test_names_that_clash_are_refused(tmp_path: Path, names: list[str]) -> None:
    root = write_project(tmp_path, {name: FRONT.format(title="x") for name in names})
    result, site = build_project(root)
    assert _codes(result) == ["CD304", "CD304"]  # on both files
    assert not site.exists()


@pytest.mark.parametrize("name", ["con.md", "NUL.md", "com1.md", "lpt9.md", "---.md", "_.md"])
def test_windows_reserved_and_empty_names_are_refused(tmp_path: Path, name: str) -> None:
    root = write_project(tmp_path, {name: FRONT.format(title="x")})
    assert _codes(build_project(root)[0]) == ["CD311"]


@pytest.mark.parametrize("camp_id", ["con", "assets", "pagefind", "Grosses_Camp", "camp.2026"])
def test_camp_ids_that_would_break_the_site_are_refused(tmp_path: Path, camp_id: str) -> None:
    folder = tmp_path / "sessions" / camp_id
    folder.mkdir(parents=True)
    (folder / "camp.yaml").write_text(CAMP, encoding="utf-8")
    assert _codes(build_project(tmp_path)[0]) == ["CD312"]


def test_group_pages_never_overwrite_list_pages_or_use_reserved_names(tmp_path: Path) -> None:
    session = "---\ntitle: x\nhosts: [{name: Index}]\ninsights: [a]\ntags: [index, CON]\n---\n"
    result, site = build_project(write_project(tmp_path, {"s.md": session}))
    assert not result.failed
    tags = site / "camp" / "tags"
    assert sorted(path.name for path in tags.iterdir()) == ["con-.html", "index-.html",
                                                            "index.html"]
    assert "<h1>Alle Schlagworte</h1>" in (tags / "index.html").read_text(encoding="utf-8")
    assert (site / "camp" / "people" / "index-.html").is_file()


def test_invalid_utf8_and_other_files(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"ok.md": FRONT.format(title="ok")})
    (root / "sessions" / "camp" / "kaputt.md").write_bytes(b"---\ntitle: \xff\xfe\n---\n")
    # A Word file may lie beside the sessions (as a session's material); a Pages file may not.
    (root / "sessions" / "camp" / "material.docx").write_bytes(b"PK\x03\x04")
    (root / "sessions" / "camp" / "notizen.pages").write_bytes(b"PK\x03\x04")
    result, _ = build_project(root)
    assert _codes(result) == ["CD100", "CD309"]
    assert [i.location.path for i in result.issues if i.code == "CD309"] == [
        "sessions/camp/notizen.pages"]


def test_nothing_is_written_outside_the_output_folder(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p", {"s.md": FRONT.format(title="../../../etc")})
    before = {path for path in tmp_path.rglob("*")}
    result, site = build_project(root)
    assert not result.failed
    written = {path for path in tmp_path.rglob("*")} - before
    cache = root / ".campdoc-cache"
    assert written and all(path.is_relative_to(site) or path.is_relative_to(cache)
                           for path in written)
    entries = [path.name for path in (cache / "camps").iterdir()]
    assert entries and all(re.fullmatch(r"[0-9a-f]{32}", name) for name in entries)


@pytest.mark.parametrize("relative", ["../x", "/etc/passwd", "a/../../x", "a\\..\\x", "a//b",
                                      "./a", "a/./b", "", "a\0b"])
def test_output_paths_that_could_escape_are_bugs(tmp_path: Path, relative: str) -> None:
    with pytest.raises(ValueError, match="unsafe output path"):
        site_path(tmp_path, relative)


@pytest.mark.parametrize(("names", "same"), [
    ([unicodedata.normalize("NFC", "über.md"), unicodedata.normalize("NFD", "über.md")],
     " (the two names look the same, but one stores its accented letters as two characters, "
     "as a Mac writes them)"),
    (["Bericht.md", "bericht.md"], ""),
])
def test_a_clash_of_names_that_look_the_same_says_why(tmp_path: Path, names: list[str],
                                                      same: str) -> None:
    from campdoc.core.messages import message_of

    root = write_project(tmp_path, {name: FRONT.format(title="x") for name in names})
    result, _ = build_project(root)
    first, second = (f"sessions/camp/{name}" for name in names)
    slug = "ueber" if same else "bericht"
    assert sorted(message_of(issue, "en") for issue in result.issues) == sorted([
        f"the file name gives the page address '{slug}', which {first} already has{same}",
        f"the file name gives the page address '{slug}', which {second} already has{same}"])
    if same:
        assert all(message_of(issue, "de").endswith(
            "(die beiden Namen sehen gleich aus, aber einer speichert seine Umlaute als je "
            "zwei Zeichen, wie ein Mac sie schreibt)") for issue in result.issues)
