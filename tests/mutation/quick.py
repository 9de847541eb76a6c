"""The first stage of a run: each mutant written into a copy of the sources and tested,
in a child of a fork server (fork_server.py), with the unit tests that reach its module and
the test files that name it in MUTATION_TARGETS (``stage_tests``).

mutmut tests a mutant with every test that reaches its function, site builds included,
and so takes seconds to minutes per mutant; most mutants fall to a unit test of their
own module in a second or two. Only a failing test counts here (pytest's exit code 1),
recorded like mutmut's kills; a mutant that passes, times out or crashes the run is left
to mutmut's stage.
"""

from __future__ import annotations

import ast
import functools
import json
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import libcst
from mutmut.mutation.diff_apply import read_mutant_function
from mutmut.utils.format_utils import orig_function_and_class_names_from_key

from tests.conftest import TEST_SECONDS_VARIABLE
from tests.mutation.mutants import SOURCE, ModuleMutants, module_name

TESTS = Path("tests")
UNIT_TESTS = TESTS / "unit"
# A test file elsewhere that checks a module through campdoc's commands, quickly (no site
# build), names it: ``MUTATION_TARGETS = ("campdoc.content.validate",)`` or a group of
# TARGET_GROUPS, ``MUTATION_TARGETS = "campdoc check"``.
DECLARATION = "MUTATION_TARGETS"
# The tests of the mutation tools name campdoc's modules as examples, and take a minute.
OWN_TESTS = "test_mutation_"
# A test that runs this long fails (tests/conftest.py): a mutant that makes a loop
# endless is killed, as under mutmut. The tests here take seconds.
TEST_SECONDS = 60
# A mutant's whole run may take this many times as long as the unmutated one, and at least
# MINIMUM_SECONDS (more than a test's limit), before it is stopped and left to mutmut.
SLOWER = 4
MINIMUM_SECONDS = 2.0 * TEST_SECONDS


def stage_tests(root: Path, module: str) -> list[Path]:
    """The test files for ``module``'s first stage (relative to root), in the order to run
    them: the unit tests that import it or a name from it (its own, test_<module>.py,
    first), the unit tests that import a module that imports it, then the other test files
    that name it in MUTATION_TARGETS."""
    users = importers(root, module)
    direct, indirect, declared = [], [], []
    for path in sorted((root / TESTS).rglob("test_*.py")):
        if path.name.startswith(OWN_TESTS):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = path.relative_to(root)
        if path.is_relative_to(root / UNIT_TESTS) and imports(tree, module):
            direct.append(name)
        elif path.is_relative_to(root / UNIT_TESTS) and any(imports(tree, u) for u in users):
            indirect.append(name)
        elif module in declared_targets(tree):
            declared.append(name)
    # Unit tests first: they are the quickest, and the run stops at the first failure; the
    # module's own tests kill most mutants, and before them every other file ran in full.
    direct.sort(key=lambda name: name.stem != own_test_stem(module))
    return direct + indirect + declared


def own_test_stem(module: str) -> str:
    """The name (without .py) of a module's own unit test file: test_fieldtypes."""
    return f"test_{module.rpartition('.')[2]}"


def importers(root: Path, module: str) -> list[str]:
    """The modules of the sources that import ``module`` themselves."""
    return [module_name(path.relative_to(root))
            for path in sorted((root / SOURCE).rglob("*.py"))
            if imports(ast.parse(path.read_text(encoding="utf-8")), module)]


def imports(tree: ast.Module, module: str) -> bool:
    parent, _, last = module.rpartition(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name == module for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module == module or (
                node.module == parent and any(a.name == last for a in node.names))):
            return True
    return False


# Names for the modules a kind of test reaches, to use in MUTATION_TARGETS.
TARGET_GROUPS = {
    "campdoc check": ("campdoc.content.validate", "campdoc.content.convert",
                      "campdoc.content.load", "campdoc.content.frontmatter",
                      "campdoc.content.fieldtypes"),
}


def declared_targets(tree: ast.Module) -> list[str]:
    """The modules a test file names in MUTATION_TARGETS (a name, or a tuple of names;
    a name of TARGET_GROUPS stands for its modules)."""
    for node in tree.body:
        if (isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == DECLARATION for t in node.targets)):
            value = ast.literal_eval(node.value)
            names = [value] if isinstance(value, str) else list(value)
            return [module for name in names for module in TARGET_GROUPS.get(name, (name,))]
    return []


def _function(module: libcst.Module, name: str, class_name: str | None) -> libcst.FunctionDef:
    """The top-level function ``name``, or the method of ``class_name`` (mutmut's own
    lookup takes the first function or method of that name, whatever its class)."""
    body: list[libcst.BaseStatement] = list(module.body)
    if class_name is not None:
        body = [statement for node in module.body
                if isinstance(node, libcst.ClassDef) and node.name.value == class_name
                and isinstance(node.body, libcst.IndentedBlock)
                for statement in node.body.body]
    for node in body:
        if isinstance(node, libcst.FunctionDef) and node.name.value == name:
            return node
    raise LookupError(f"no function {name} in the source of the mutant's module")


def mutated_source(mutants: ModuleMutants, original: str, name: str) -> str:
    """The module's source with the mutant's function in place of the original one."""
    function_name, class_name = orig_function_and_class_names_from_key(name)
    function_name = function_name.rpartition(".")[2]
    module = _parsed(original)
    mutant = read_mutant_function(mutants.tree(), name)
    replaced = module.deep_replace(_function(module, function_name, class_name),
                                   mutant.with_changes(name=libcst.Name(function_name)))
    assert isinstance(replaced, libcst.Module)
    return replaced.code


@functools.lru_cache(maxsize=2)
def _parsed(source: str) -> libcst.Module:
    """A module's source parsed once for all its mutants (libcst trees are immutable)."""
    return libcst.parse_module(source)


FORK_SERVER = Path(__file__).with_name("fork_server.py")


class Copy:
    """A private copy of the sources, imported instead of the project's own, and a fork
    server (tests/mutation/fork_server.py) that runs the tests against it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._server: subprocess.Popen[str] | None = None

    @property
    def source(self) -> Path:
        return self.root / SOURCE

    def environment(self) -> dict[str, str]:
        # The editable install puts the project's src/ after PYTHONPATH on sys.path (the
        # server's children put the copy first themselves; processes the tests start read
        # PYTHONPATH); the cache folder keeps a mutant's files away from the next run.
        return {"PYTHONPATH": str(self.source), "CAMPDOC_WORKERS": "1",
                "XDG_CACHE_HOME": str(self.root / "cache"),
                TEST_SECONDS_VARIABLE: str(TEST_SECONDS)}

    def server(self) -> subprocess.Popen[str]:
        if self._server is None:
            self._server = subprocess.Popen([sys.executable, str(FORK_SERVER)],
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                            text=True)
            assert self._server.stdout is not None
            if json.loads(self._server.stdout.readline() or "{}").get("ready") is not True:
                raise RuntimeError("the mutation fork server did not start")
        return self._server

    def close(self) -> None:
        if self._server is not None:
            assert self._server.stdin is not None and self._server.stdout is not None
            self._server.stdin.close()
            self._server.wait()
            self._server.stdout.close()
            self._server = None


def forget_compiled(path: Path) -> None:
    """Drop the bytecode of a rewritten module: Python checks a .pyc by the source's
    size and its modification time in whole seconds, and a mutant of the same size written
    within the same second as the last one would run as the last one."""
    for compiled in (path.parent / "__pycache__").glob(f"{path.stem}.*.pyc"):
        compiled.unlink()


def run_tests(root: Path, copy: Copy, tests: list[Path], timeout: float) -> int | None:
    """pytest's exit code for ``tests`` against the copy, or None after ``timeout``."""
    server = copy.server()
    assert server.stdin is not None and server.stdout is not None
    request = {"root": str(root), "source": str(copy.source), "env": copy.environment(),
               "tests": list(map(str, tests)), "timeout": timeout}
    server.stdin.write(json.dumps(request) + "\n")
    server.stdin.flush()
    code: int | None = json.loads(server.stdout.readline())["code"]
    return code


@contextmanager
def copies(root: Path, count: int) -> Iterator[queue.Queue[Copy]]:
    """``count`` copies of ``root``'s sources in a temporary folder, lent out one per job."""
    made: list[Copy] = []
    with tempfile.TemporaryDirectory(prefix="campdoc-mutants-") as folder:
        lent: queue.Queue[Copy] = queue.Queue()
        try:
            for number in range(count):
                copy = Copy(Path(folder, str(number)))
                made.append(copy)
                shutil.copytree(root / SOURCE, copy.source,
                                ignore=shutil.ignore_patterns("__pycache__"))
                lent.put(copy)
            yield lent
        finally:
            for copy in made:
                copy.close()


def test_module(root: Path, mutants: ModuleMutants, names: list[str], jobs: int,
                on_result: Callable[[str, int | None], None]) -> None:
    """Test each of ``names`` (mutants of one module) with its unit tests; ``on_result``
    gets each mutant with pytest's exit code (verdicts.KILLED_CODE: a test failed), or None for a
    timeout."""
    tests = stage_tests(root, mutants.module)
    if not tests:
        print(f"{mutants.module}: no unit test imports it, no test file names it in "
              f"{DECLARATION}; left to mutmut")
        return
    original = (root / mutants.path).read_text(encoding="utf-8")
    with copies(root, jobs) as lent:
        copy = lent.get()
        started = time.monotonic()
        code = run_tests(root, copy, tests, timeout=3600)
        took = time.monotonic() - started
        lent.put(copy)
        if code != 0:
            print(f"{mutants.module}: its unit tests fail without a mutant (exit code {code}); "
                  "left to mutmut")
            return
        timeout = max(MINIMUM_SECONDS, SLOWER * took)
        own = [test for test in tests if test.stem == own_test_stem(mutants.module)]
        print(f"{mutants.module}: {len(names)} mutants against {len(tests)} test files "
              f"({took:.1f} s unmutated)", flush=True)

        def one(name: str) -> None:
            copy = lent.get()
            target = copy.root / mutants.path
            try:
                target.write_text(mutated_source(mutants, original, name), encoding="utf-8")
                forget_compiled(target)
                # The module's own tests alone first: pytest collects every file it is
                # given before it runs one, and 30 files take seconds to collect.
                code = run_tests(root, copy, own, timeout) if own else 0
                if code == 0:
                    code = run_tests(root, copy, tests, timeout)
            finally:
                target.write_text(original, encoding="utf-8")
                forget_compiled(target)
                lent.put(copy)
            on_result(name, code)

        pool = ThreadPoolExecutor(max_workers=jobs)
        try:
            for _ in pool.map(one, names):
                pass
        finally:  # stopped: the mutants not started yet are not started
            pool.shutdown(wait=True, cancel_futures=True)
