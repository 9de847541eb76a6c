"""Fixtures of the unit tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.mutation import __main__ as mutation_main
from tests.mutation.table import END, START


@pytest.fixture
def mutation_run_in(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path, Path], Path]:
    """Point ``python -m tests.mutation`` at a project ``root`` and a record file, with
    an empty table document in the project and no reviewed equivalents; returns the
    document."""

    def point(root: Path, record: Path) -> Path:
        document = root / "testing.md"
        document.write_text(f"{START}\n{END}\n", encoding="utf-8")
        monkeypatch.setattr(mutation_main, "ROOT", root)
        monkeypatch.setattr(mutation_main, "DOCUMENT", document)
        monkeypatch.setattr(mutation_main, "RECORD", record)
        monkeypatch.setattr(mutation_main, "load_equivalents", dict)
        return document

    return point
