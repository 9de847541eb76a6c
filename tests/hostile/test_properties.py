"""Property-based: whatever front matter and notes arrive, only campdoc's own issues come
back, nothing executable from the content reaches any output file, every link has an
allowed scheme, and every written file is inside the output folder.

Fixed seed and a bounded number of examples, so CI is repeatable. Pagefind is replaced by a
no-op here (its output holds only text); the other tests build with the real Pagefind."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from campdoc.core.messages import KINDS
from campdoc.site.build import build
from tests.hostile.conftest import CAMP
from tests.hostile.safety import site_problems

SNIPPETS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "\" onmouseover=\"alert(1)", "'><svg onload=alert(1)>", "{{ 7*7 }}", "</title>",
            "[x](javascript:alert(1))", "<iframe src=//evil.example>", "&#106;avascript:x",
            "data:text/html,<script>x</script>", "\u2028", "]]>", "<!--", "`", "|", "\\"]
hostile_text = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=12)),
                        min_size=1, max_size=5).map("".join)
urls = st.one_of(st.sampled_from(["https://example.org/a", "mailto:a@example.org"]),
                 hostile_text.map(lambda text: "https://example.org/" + text))
hosts = st.fixed_dictionaries({"name": hostile_text}, optional={
    "organization": hostile_text, "url": urls, "publish_name": st.booleans()})
front_matter = st.fixed_dictionaries(
    {"title": hostile_text, "hosts": st.lists(hosts, min_size=1, max_size=3)},
    optional={"subtitle": hostile_text, "questions": st.lists(hostile_text, max_size=3),
              "insights": st.lists(st.one_of(hostile_text, st.dictionaries(
                  hostile_text, st.lists(hostile_text, max_size=2), min_size=1, max_size=1)),
                  max_size=3),
              "tags": st.lists(hostile_text, max_size=3), "room": st.just("Saal"),
              "slot": st.just("s1"), "documented_by": hostile_text,
              "links": st.lists(st.fixed_dictionaries({"title": hostile_text, "url": urls}),
                                max_size=2)})
bodies = st.lists(st.one_of(st.sampled_from([*SNIPPETS, "# ", "> ", "- ", "\n\n", "```"]),
                            st.text(max_size=20)), max_size=12).map("".join)


class _NoPagefind:
    def index(self, *args: object) -> None:
        pass


@pytest.fixture(autouse=True)
def no_pagefind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("campdoc.site.camp.process_indexer", _NoPagefind)


@seed(20261122)
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sessions=st.lists(st.tuples(front_matter, bodies), min_size=1, max_size=3))
def test_random_hostile_content_never_reaches_readers(sessions: list[tuple[dict, str]]) -> None:
    workspace = Path(tempfile.mkdtemp())
    try:
        camp = workspace / "project" / "sessions" / "camp"
        camp.mkdir(parents=True)
        (camp / "camp.yaml").write_text(CAMP, encoding="utf-8")
        for number, (data, body) in enumerate(sessions):
            text = "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n" + body
            (camp / f"s{number}.md").write_text(text, encoding="utf-8")
        before = set(workspace.rglob("*"))
        out = workspace / "project" / "site"
        result = build(workspace / "project", out)
        assert all(issue.code in KINDS for issue in result.issues)
        written = set(workspace.rglob("*")) - before
        cache = workspace / "project" / ".campdoc-cache"
        assert all(path.is_relative_to(out) or path.is_relative_to(cache) for path in written)
        if not result.failed:
            assert site_problems(out) == {}
            for path in out.rglob("*.js"):
                if path.name == "search-index.js":
                    assert "<" not in path.read_text(encoding="utf-8")
    finally:
        shutil.rmtree(workspace)
