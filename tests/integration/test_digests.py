"""Large files' digests are remembered between builds (by size, times and inode), so a
warm build does not read every photo again, and no change slips through."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from campdoc.site.build import build
from campdoc.site.digests import MEMO_FILE, REMEMBER_FROM_BYTES, FileDigests
from tests.conftest import make_project

SESSION = "---\ntitle: Groß\nhosts: [{name: A}]\ninsights: [Eins]\n---\n"
SECRET = "geheim-des-nutzers"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAMPDOC_CACHE_SECRET", SECRET)
    root = make_project(tmp_path, {"gross.md": SESSION})
    (root / "sessions" / "camp" / "daten.bin").write_bytes(os.urandom(REMEMBER_FROM_BYTES + 1))
    return root


def _memo(root: Path) -> dict[str, list[object]]:
    data: dict[str, list[object]] = json.loads(
        (root / ".campdoc-cache" / "digests" / MEMO_FILE).read_text())
    return data


def test_a_build_remembers_the_digest_of_large_files_only(project: Path) -> None:
    assert not build(project, project / "site").failed
    big = project / "sessions" / "camp" / "daten.bin"
    memo = _memo(project)
    assert list(memo) == ["sessions/camp/daten.bin"]  # the session file is small
    assert memo["sessions/camp/daten.bin"][-1] == hashlib.sha256(big.read_bytes()).hexdigest()


def test_a_remembered_file_is_not_read_again(project: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    big = project / "sessions" / "camp" / "daten.bin"
    secret = SECRET.encode()
    first = FileDigests(project, secret)
    expected = first.digest(big, "daten.bin")
    first.save(prune=True)
    opened: list[Path] = []
    real_open = Path.open

    def recording_open(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        assert self != big, "the remembered file was read"
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "open", recording_open)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert FileDigests(project, secret).digest(big, "daten.bin") == expected
    assert big not in opened


def test_an_edit_that_keeps_size_and_modification_time_is_noticed(project: Path) -> None:
    assert build(project, project / "site").cached == []
    assert build(project, project / "site").cached == ["camp"]
    big = project / "sessions" / "camp" / "daten.bin"
    before = big.stat()
    data = bytearray(big.read_bytes())
    data[100] ^= 0xFF
    big.write_bytes(bytes(data))
    os.utime(big, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `touch -r` would
    assert big.stat().st_size == before.st_size
    assert build(project, project / "site").cached == []  # built again: the change time moved


def test_a_memo_edited_by_hand_is_ignored(project: Path) -> None:
    build(project, project / "site")
    memo_file = project / ".campdoc-cache" / "digests" / MEMO_FILE
    memo = _memo(project)
    big = project / "sessions" / "camp" / "daten.bin"
    big.write_bytes(os.urandom(REMEMBER_FROM_BYTES + 1))  # new content
    # A prepared memo claims the new file is the old one: its seal no longer fits.
    entry = memo["sessions/camp/daten.bin"]
    status = big.stat()
    memo["sessions/camp/daten.bin"] = [status.st_size, status.st_mtime_ns, status.st_ctime_ns,
                                       status.st_ino, entry[-1]]
    memo_file.write_text(json.dumps(memo))
    assert build(project, project / "site").cached == []
    assert _memo(project)["sessions/camp/daten.bin"][-1] == \
        hashlib.sha256(big.read_bytes()).hexdigest()


def test_a_removed_file_is_forgotten_after_a_full_build(project: Path) -> None:
    build(project, project / "site")
    (project / "sessions" / "camp" / "daten.bin").unlink()
    build(project, project / "site")
    assert _memo(project) == {}
