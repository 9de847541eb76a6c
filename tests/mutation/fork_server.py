"""A process that has pytest and campdoc's libraries imported, and forks a child for each
run of the tests against a mutant (``python -m tests.mutation.fork_server``).

Most of a short test run is start-up: Python, pytest and its hypothesis plugin, jinja2,
markdown-it. The server imports those once; each child imports campdoc from the copy it
is told (so the mutant), runs pytest and exits with pytest's exit code. campdoc itself and
the tests are never imported by the server: a child would inherit the original module.

Protocol, one JSON object per line: the request ``{"root", "source", "env", "tests",
"timeout"}`` on stdin, the answer ``{"code": exit code or null after the timeout}`` on
stdout.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import sys
import time
from typing import Any

# Third-party libraries campdoc and the tests import, and pytest's plugins.
PRELOAD = ("pytest", "hypothesis", "_pytest.assertion.rewrite", "click", "click.testing",
           "jinja2", "markupsafe", "markdown_it", "mdit_py_plugins", "yaml", "icalendar",
           "PIL.Image", "watchdog.observers", "libcst")
POLL_SECONDS = 0.02


def preload() -> None:
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:  # a library the tests do not need here
            continue


def child(request: dict[str, Any]) -> None:
    """In the forked child: campdoc from the copy, pytest's output nowhere."""
    os.setsid()  # its own group, so that a timeout stops what it started too
    os.chdir(request["root"])
    os.environ.update(request["env"])
    sys.path.insert(0, request["source"])
    null = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(null, stream)
    import pytest

    # The preloaded plugins cannot have their asserts rewritten; pytest warns, and the
    # project's settings make warnings errors.
    code = pytest.main(["-x", "-q", "-p", "no:cacheprovider",
                        "-W", "ignore::pytest.PytestAssertRewriteWarning", *request["tests"]])
    sys.stdout.flush()
    os._exit(int(code))


def run(request: dict[str, Any]) -> int | None:
    pid = os.fork()
    if pid == 0:
        try:
            child(request)
        finally:
            os._exit(70)  # anything else that ends the child: not a failing test
    deadline = time.monotonic() + float(request["timeout"])
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(POLL_SECONDS)
    os.killpg(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def main() -> None:
    # Run as a file, its folder is first on sys.path: tests/mutation's modules would hide
    # others of the same name (stats, results) from the tests.
    if sys.path and os.path.realpath(sys.path[0]) == os.path.dirname(os.path.realpath(__file__)):
        del sys.path[0]
    preload()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        print(json.dumps({"code": run(json.loads(line))}), flush=True)


if __name__ == "__main__":
    main()
