"""Make a file or folder read-only for a test, also when the tests run as root.

An ordinary user gets chmod; root, whom permissions do not stop, gets the immutable flag
(chattr +i). Where neither works, the test is skipped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` cannot be changed (nor, for a folder, anything directly in it)."""
    if IS_ROOT:
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(path)], capture_output=True, check=False).returncode:
            pytest.skip("root ignores permissions, and this file system has no chattr +i")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
