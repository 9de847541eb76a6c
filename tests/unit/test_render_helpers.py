"""Link helpers of the render stage."""

from __future__ import annotations

import pytest

from campdoc.content.schema import Repository
from campdoc.render.urls import edit_url, relative_url

SOURCE = "sessions/camp/grüße-aus-köln.md"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://github.com/org/doku", "https://github.com/org/doku/edit/main/"),
    ("https://gitlab.com/org/doku.git", "https://gitlab.com/org/doku/-/edit/main/"),
    ("https://gitlab.example.org/org/doku/", "https://gitlab.example.org/org/doku/-/edit/main/"),
    ("https://codeberg.org/org/doku", "https://codeberg.org/org/doku/_edit/main/"),
])
def test_edit_links_for_each_forge(url: str, expected: str) -> None:
    link = edit_url(Repository(url=url), SOURCE)
    assert link == expected + "sessions/camp/gr%C3%BC%C3%9Fe-aus-k%C3%B6ln.md"


def test_edit_link_with_branch_and_sub_folder() -> None:
    repository = Repository(url="https://github.com/org/doku", branch="release/2026",
                            path="projekt/")
    assert edit_url(repository, "sessions/a.md") == \
        "https://github.com/org/doku/edit/release/2026/projekt/sessions/a.md"


def test_no_repository_no_link() -> None:
    assert edit_url(None, SOURCE) == ""


@pytest.mark.parametrize(("page", "target", "expected"), [
    ("index.html", "camp/index.html", "camp/index.html"),
    ("camp/sessions/a.html", "camp/index.html", "../index.html"),
    ("camp/sessions/a.html", "index.html", "../../index.html"),
    ("camp/search.html", "camp/assets/", "assets/"),
    ("camp/tags/x.html", "camp/pagefind/", "../pagefind/"),
])
def test_relative_urls(page: str, target: str, expected: str) -> None:
    assert relative_url(page, target) == expected


@pytest.mark.parametrize(("size", "language", "expected"), [
    (1, "de", "1 KB"), (1_499, "en", "1 KB"), (1_500, "en", "2 KB"), (999_499, "de", "999 KB"),
    (1_000_000, "de", "1,0 MB"), (2_449_999, "de", "2,4 MB"), (2_450_001, "en", "2.5 MB"),
    (25_000_000, "en", "25.0 MB"),
])
def test_file_sizes_read_as_people_write_them(size: int, language: str, expected: str) -> None:
    from campdoc.core.words import format_size

    assert format_size(size, language) == expected
