"""Reading a project's files (content/load.py): which files are read, which are reported
and which are left alone, and the exact issue for a file that cannot be read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from campdoc.content.load import (
    MAX_FILE_BYTES,
    CampSources,
    ProjectSources,
    SourceFile,
    _read_regular,
    find_project_root,
    is_ignored_name,
    load_camp,
    load_project,
    read_session_file,
    read_text,
    read_yaml_file,
    session_source,
)
from campdoc.core.issues import Issue, Location
from tests.conftest import write_files

SESSION = "---\ntitle: A\n---\nText\n"


@pytest.mark.parametrize(("name", "ignored"), [
    (".DS_Store", True), (".session.md.swp", True), ("#entwurf.md#", True),
    ("session.md~", True), ("4913", True), ("README.md", True), ("Thumbs.db", True),
    ("readme.txt", False), ("session.md", False), ("a#b.md", False), ("a.b", False),
    ("49130", False),
])
def test_editor_and_system_files_are_ignored(name: str, ignored: bool) -> None:
    assert is_ignored_name(name) is ignored


def test_a_camp_folder_reads_its_camp_file_and_sessions_and_reports_the_rest(
        tmp_path: Path) -> None:
    folder = write_files(tmp_path / "sommer", {
        "camp.yaml": "name: Sommer\n", "b.md": SESSION, "A.MD": SESSION, "notes.txt": "x",
        "foto.JPG": b"x", "fotos/x.png": b"x", ".git/config": "x", "#a.md#": "x",
        "README.md": "x"})
    (folder / "link.md").symlink_to(folder / "b.md")
    os.mkfifo(folder / "pipe.md")
    issues: list[Issue] = []
    camp = load_camp(folder, "sessions/sommer", issues)
    assert (camp.id, camp.folder) == ("sommer", "sessions/sommer")
    assert camp.camp_file is not None and camp.camp_file.path == "sessions/sommer/camp.yaml"
    assert [session.path for session in camp.sessions] == ["sessions/sommer/A.MD",
                                                           "sessions/sommer/b.md"]
    assert issues == [Issue("CD310", Location("sessions/sommer/link.md")),
                      Issue("CD309", Location("sessions/sommer/notes.txt")),
                      Issue("CD313", Location("sessions/sommer/pipe.md"))]


def test_a_camp_folder_without_its_camp_file_is_reported(tmp_path: Path) -> None:
    folder = write_files(tmp_path / "herbst", {"a.md": SESSION})
    issues: list[Issue] = []
    camp = load_camp(folder, "sessions/herbst", issues)
    assert camp.camp_file is None and len(camp.sessions) == 1
    assert issues == [Issue("CD305", Location("sessions/herbst"), params={"camp": "herbst"})]


def test_a_project_reads_its_config_and_its_camps_in_order(tmp_path: Path) -> None:
    root = write_files(tmp_path, {"campdoc.yaml": "title: Doku\n",
                            "sessions/b/camp.yaml": "name: B\n", "sessions/b/s.md": SESSION,
                            "sessions/a/camp.yaml": "name: A\n", "sessions/liste.md": SESSION,
                            "sessions/.hidden/camp.yaml": "x", "sessions/Thumbs.db": "x",
                            "sessions/c/s.md": SESSION})
    (root / "sessions" / "link").symlink_to(root / "sessions" / "a")
    os.mkfifo(root / "sessions" / "pipe")
    project = load_project(root)
    assert project.root == root
    assert project.config is not None and project.config.path == "campdoc.yaml"
    assert [(camp.id, camp.folder) for camp in project.camps] == [
        ("a", "sessions/a"), ("b", "sessions/b"), ("c", "sessions/c")]
    assert project.issues == [Issue("CD305", Location("sessions/c"), params={"camp": "c"}),
                              Issue("CD310", Location("sessions/link")),
                              Issue("CD309", Location("sessions/liste.md")),
                              Issue("CD313", Location("sessions/pipe"))]
    assert project.file_paths() == ["campdoc.yaml", "sessions/a/camp.yaml",
                                    "sessions/b/camp.yaml", "sessions/b/s.md",
                                    "sessions/c/s.md"]
    assert project.all_issues() == project.issues
    listed = load_project(root, read_camps=False)
    assert [(camp.id, camp.folder, camp.camp_file, camp.sessions)
            for camp in listed.camps] == [("a", "sessions/a", None, []),
                                          ("b", "sessions/b", None, []),
                                          ("c", "sessions/c", None, [])]


def test_a_project_without_problems_has_no_issues(tmp_path: Path) -> None:
    write_files(tmp_path, {"sessions/a/camp.yaml": "name: A\n", "sessions/a/s.md": SESSION})
    project = load_project(tmp_path)
    assert project.issues == [] and project.all_issues() == []


def test_a_project_without_sessions_is_reported_with_its_folder(tmp_path: Path) -> None:
    assert load_project(tmp_path).issues == [
        Issue("CD308", Location("sessions"), params={"found": str(tmp_path)})]
    (tmp_path / "sessions").mkdir()
    assert load_project(tmp_path).issues == [
        Issue("CD308", Location("sessions"), params={"found": str(tmp_path)})]
    (tmp_path / "sessions" / ".gitkeep").write_text("", encoding="utf-8")
    assert [issue.code for issue in load_project(tmp_path).issues] == ["CD308"]


def test_a_linked_sessions_folder_is_not_followed(tmp_path: Path) -> None:
    write_files(tmp_path / "elsewhere", {"a/camp.yaml": "name: A\n"})
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "sessions").symlink_to(tmp_path / "elsewhere")
    project = load_project(tmp_path / "project")
    assert project.camps == []
    assert project.issues == [Issue("CD310", Location("sessions"),
                                    params={"found": str(tmp_path / "project")})]


def test_every_issue_of_a_project_is_collected(tmp_path: Path) -> None:
    config = SourceFile("campdoc.yaml", issues=[Issue("CD104", Location("campdoc.yaml"))])
    camp = CampSources("a", "sessions/a", SourceFile("sessions/a/camp.yaml", issues=[
        Issue("CD103", Location("sessions/a/camp.yaml"))]), [
        SourceFile("sessions/a/s.md", issues=[Issue("CD101", Location("sessions/a/s.md"))])])
    project = ProjectSources(tmp_path, config, [camp, CampSources("b", "sessions/b")],
                             [Issue("CD309", Location("sessions/x"))])
    assert [issue.code for issue in project.all_issues()] == ["CD309", "CD104", "CD103",
                                                              "CD101"]
    assert project.file_paths() == ["campdoc.yaml", "sessions/a/camp.yaml", "sessions/a/s.md"]
    assert ProjectSources(tmp_path).file_paths() == []


def test_the_project_root_is_the_nearest_folder_with_a_config_or_sessions(
        tmp_path: Path) -> None:
    write_files(tmp_path, {"p/campdoc.yaml": "", "p/sessions/a/camp.yaml": "", "q/sessions/x": ""})
    assert find_project_root(tmp_path / "p" / "sessions" / "a") == tmp_path / "p"
    assert find_project_root(tmp_path / "q" / "sessions") == tmp_path / "q"
    (tmp_path / "r" / "deep").mkdir(parents=True)
    assert find_project_root(tmp_path / "r" / "deep") == (tmp_path / "r" / "deep").resolve()


def test_only_regular_files_are_read_and_large_ones_are_not(tmp_path: Path) -> None:
    write_files(tmp_path, {"a.md": "Hallo", "full.md": b"x" * MAX_FILE_BYTES,
                           "big.md": b"x" * (MAX_FILE_BYTES + 1)})
    (tmp_path / "link.md").symlink_to(tmp_path / "a.md")
    os.mkfifo(tmp_path / "pipe.md")
    assert _read_regular(tmp_path / "a.md") == (5, b"Hallo")
    assert _read_regular(tmp_path / "full.md") == (MAX_FILE_BYTES, b"x" * MAX_FILE_BYTES)
    assert _read_regular(tmp_path / "big.md") == (MAX_FILE_BYTES + 1, None)
    assert _read_regular(tmp_path / "link.md") == (-1, None)
    assert _read_regular(tmp_path / "pipe.md") == (-1, None)
    assert _read_regular(tmp_path / "missing.md") == (-1, None)
    assert _read_regular(tmp_path) == (-1, None)  # a folder opens, and is no regular file


def test_a_files_text_is_decoded_or_the_reason_reported(tmp_path: Path) -> None:
    write_files(tmp_path, {
        "bom.md": b"\xef\xbb\xbf---\r\ntitle: A\r\n", "big.md": b"x" * 10_957_620,
        "latin.md": b"---\ntitle: Caf\xe9\n---\n", "first.md": b"\x80abc",
        "third.md": b"a\nbc\nd\xe9", "second.md": b"\n\xff", "empty.md": b"",
        "full.md": b"x" * MAX_FILE_BYTES})
    os.mkfifo(tmp_path / "pipe.md")
    issues: list[Issue] = []
    assert read_text(tmp_path / "bom.md", "s/bom.md", issues) == "---\ntitle: A\n"
    assert read_text(tmp_path / "big.md", "s/big.md", issues) is None
    assert read_text(tmp_path / "latin.md", "s/latin.md", issues) is None
    assert read_text(tmp_path / "first.md", "s/first.md", issues) is None
    assert read_text(tmp_path / "pipe.md", "s/pipe.md", issues) is None
    assert read_text(tmp_path / "third.md", "s/third.md", issues) is None
    assert read_text(tmp_path / "second.md", "s/second.md", issues) is None
    assert read_text(tmp_path / "empty.md", "s/empty.md", issues) == ""
    assert read_text(tmp_path / "full.md", "s/full.md", issues) == "x" * MAX_FILE_BYTES
    assert issues == [
        Issue("CD109", Location("s/big.md"), params={"what": "the file", "size": "10.5 MiB",
                                                     "limit": "2 MiB"}),
        Issue("CD100", Location("s/latin.md", 2, 11), params={"byte": "0xe9"}),
        Issue("CD100", Location("s/first.md", 1, 1), params={"byte": "0x80"}),
        Issue("CD313", Location("s/pipe.md")),
        Issue("CD100", Location("s/third.md", 3, 2), params={"byte": "0xe9"}),
        Issue("CD100", Location("s/second.md", 2, 1), params={"byte": "0xff"})]


def test_a_yaml_file_is_read_with_repairs_and_its_issues(tmp_path: Path) -> None:
    write_files(tmp_path, {"camp.yaml": "name: A\nrooms: [Saal\n", "ok.yaml": "name: B\n",
                           "bad.yaml": b"\xff", "repaired.yaml": "name: Ziel: mehr\nroom: Saal\n"})
    repaired = read_yaml_file(tmp_path / "repaired.yaml", "repaired.yaml")
    assert repaired.node is not None  # read on after the certain repair
    assert [(issue.code, issue.location) for issue in repaired.issues] == [
        ("CD112", Location("repaired.yaml", 1, repaired.issues[0].location.column))]
    broken = read_yaml_file(tmp_path / "camp.yaml", "sessions/a/camp.yaml")
    assert broken.path == "sessions/a/camp.yaml" and broken.issues
    assert all(issue.location.path == "sessions/a/camp.yaml" for issue in broken.issues)
    good = read_yaml_file(tmp_path / "ok.yaml", "ok.yaml")
    assert good.issues == [] and good.node is not None and good.node.line == 1
    unreadable = read_yaml_file(tmp_path / "bad.yaml", "bad.yaml")
    assert unreadable.node is None
    assert unreadable.issues == [Issue("CD100", Location("bad.yaml", 1, 1), params={
        "byte": "0xff"})]


def test_a_session_is_split_into_front_matter_and_body() -> None:
    source = session_source("---\ntitle: A\n---\n\nText\n", "s/Mein Thema.md", "Mein Thema.md")
    assert (source.slug, source.body, source.body_line, source.issues) == (
        "mein-thema", "\nText\n", 4, [])
    assert source.node is not None and source.node.line == 2


@pytest.mark.parametrize(("text", "issue"), [
    ("---\ntitle: A\n", Issue("CD102", Location("s/a.md", 1, 1))),
    ("# Titel\n\nText", Issue("CD101", Location("s/a.md", 1, 1), params={
        "found": "'# Titel'"})),
    ("\n\n  " + "x" * 50 + "  \nmehr", Issue("CD101", Location("s/a.md", 1, 1), params={
        "found": "'" + "x" * 40 + "'"})),
    ("", Issue("CD101", Location("s/a.md", 1, 1), params={"found": "an empty file"})),
    ("\n\n", Issue("CD101", Location("s/a.md", 1, 1), params={"found": "an empty file"})),
    ("  \n\tText\nzwei\ndrei", Issue("CD101", Location("s/a.md", 1, 1), params={
        "found": "'Text'"})),
])
def test_a_session_without_front_matter_says_what_it_starts_with(text: str,
                                                                 issue: Issue) -> None:
    source = session_source(text, "s/a.md", "a.md")
    assert source.issues == [issue] and source.node is None and source.body == ""


@pytest.mark.parametrize(("name", "reason"), [
    ("con.md", "it is reserved on Windows"), ("NUL.md", "it is reserved on Windows"),
    ("---.md", "it has no letters or digits"), ("…!.md", "it has no letters or digits"),
])
def test_a_session_file_name_must_make_an_address(name: str, reason: str) -> None:
    source = session_source(None, f"s/{name}", name)
    assert source.issues == [Issue("CD311", Location(f"s/{name}"), params={
        "found": name, "reason": reason, "example": "meine-session.md"})]
    assert source.node is None


def test_a_session_file_reports_reading_before_its_content(tmp_path: Path) -> None:
    write_files(tmp_path, {"con.md": b"---\ntitle: \xff\n---\n", "gut.md": SESSION})
    unreadable = read_session_file(tmp_path / "con.md", "s/con.md")
    assert unreadable.issues == [
        Issue("CD100", Location("s/con.md", 2, 8), params={"byte": "0xff"}),
        Issue("CD311", Location("s/con.md"), params={
            "found": "con.md", "reason": "it is reserved on Windows",
            "example": "meine-session.md"})]
    good = read_session_file(tmp_path / "gut.md", "s/gut.md")
    assert (good.path, good.slug, good.body, good.body_line, good.issues) == (
        "s/gut.md", "gut", "Text\n", 4, [])


def test_a_sessions_front_matter_is_read_on_after_a_certain_repair() -> None:
    source = session_source("---\ntitle: Ziel: mehr\n---\nText\n", "s/con.md", "con.md")
    assert source.node is not None
    assert [(issue.code, issue.location.path, issue.location.line)
            for issue in source.issues] == [("CD311", "s/con.md", 1), ("CD112", "s/con.md", 2)]
