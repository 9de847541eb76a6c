"""Property: whatever front matter and body arrive, only campdoc's own issues come back."""

from __future__ import annotations

import string
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from campdoc.content.load import read_session_file
from campdoc.content.schema import SessionMeta
from campdoc.content.validate import convert_document
from campdoc.core.issues import Issue
from campdoc.core.messages import KINDS, hint_of, message_of

FIELDS = ["title", "subtitle", "hosts", "questions", "insights", "tags", "room", "slot", "date",
          "participants", "links", "license", "status", "language", "documented_by", "x"]
scalars = st.one_of(st.text(max_size=30), st.integers(), st.booleans(), st.none(),
                    st.sampled_from(["NO", "10:30", "0755", "1.10", "2026-02-30", "javascript:x"]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(string.ascii_letters, max_size=8), inner,
                                        max_size=4), max_leaves=20)
front_matter = st.dictionaries(st.sampled_from(FIELDS), values, max_size=10)
raw_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check_file(tmp_path: Path, data: bytes) -> list[Issue]:
    path = tmp_path / "s.md"
    path.write_bytes(data)
    source = read_session_file(path, "s.md")
    convert_document(source, SessionMeta)
    return source.issues


def _assert_only_own_issues(issues: list[Issue]) -> None:
    for issue in issues:
        assert issue.code in KINDS
        assert issue.location.line >= 1 and issue.location.column >= 1
        assert message_of(issue, "de") and message_of(issue, "en")
        hint_of(issue, "en")


@seed(20261122)
@SETTINGS
@given(data=front_matter, body=raw_text)
def test_random_front_matter_gives_only_campdoc_issues(tmp_path: Path, data: dict,
                                                      body: str) -> None:
    text = "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n" + body
    _assert_only_own_issues(_check_file(tmp_path, text.encode("utf-8")))


@seed(20261122)
@SETTINGS
@given(text=raw_text)
def test_random_text_after_a_fence_gives_only_campdoc_issues(tmp_path: Path, text: str) -> None:
    _assert_only_own_issues(_check_file(tmp_path, ("---\n" + text).encode("utf-8", "replace")))


@seed(20261122)
@SETTINGS
@given(data=st.binary(max_size=200))
def test_random_bytes_give_only_campdoc_issues(tmp_path: Path, data: bytes) -> None:
    _assert_only_own_issues(_check_file(tmp_path, b"---\n" + data))
