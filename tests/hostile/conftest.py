"""Fixture projects for the hostile-input tests."""

from __future__ import annotations

from pathlib import Path

from campdoc.site.build import BuildResult, build

FRONT = "---\ntitle: {title}\nhosts: [{{name: Anna Beispiel}}]\ninsights: [Erkenntnis]\n---\n"
CAMP = ("name: Sicherheitscamp\ndate: 2026-05-16\nlicense: CC-BY-4.0\n"
        "rooms:\n  - name: Saal\nslots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n")


def write_project(root: Path, sessions: dict[str, str], camp_yaml: str = CAMP) -> Path:
    camp = root / "sessions" / "camp"
    camp.mkdir(parents=True, exist_ok=True)
    (camp / "camp.yaml").write_text(camp_yaml, encoding="utf-8")
    for name, text in sessions.items():
        (camp / name).write_text(text, encoding="utf-8")
    return root


def build_project(root: Path) -> tuple[BuildResult, Path]:
    result = build(root, root / "site")
    return result, root / "site"
