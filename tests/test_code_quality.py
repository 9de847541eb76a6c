"""ruff and mypy --strict are part of the test suite, so one command checks everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", "src", "tests", "bench", "fuzz")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold() -> None:
    """The layers, 'only cli knows click', the watchdog adapter and no cycles
    ([tool.importlinter] in pyproject.toml, explained in docs/architecture.md)."""
    lint_imports = Path(sys.executable).parent / "lint-imports"  # beside this Python
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_the_wheel_carries_every_template_and_asset(tmp_path: Path) -> None:
    """Package data is declared by globs in pyproject.toml; a new folder is easy to miss."""
    import shutil
    import zipfile

    # From a clean copy: a left-over *.egg-info would list the files for setuptools.
    source = tmp_path / "source"
    shutil.copytree(ROOT / "src", source / "src",
                    ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    result = _run("pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source))
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = tmp_path.glob("campdoc-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "src" / "campdoc"
    wanted = {path.relative_to(package.parent).as_posix() for path in package.rglob("*")
              if path.is_file() and "__pycache__" not in path.parts}
    assert len(wanted) > 80
    assert wanted - names == set()
