"""The first stage of a mutation run (tests/mutation/quick.py): mutants in a copy of the
sources, tested with the unit tests that import their module."""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, TEST_SECONDS_VARIABLE
from tests.mutation import __main__ as mutation_main
from tests.mutation import quick
from tests.mutation.mutants import module_mutants
from tests.mutation.verdicts import KILLED_CODE, load_record, recorded_kills

TOY = '''\
def add(a, b):
    return a + b


class Counter:
    def add(self, a, b):
        return a * b


def unused(a):
    return a - 1
'''

TOY_TESTS = '''\
from toy.calc import add


def test_add():
    assert add(2, 3) == 5
'''


def toy_project(root: Path, tests: str = TOY_TESTS) -> Path:
    (root / "src" / "toy").mkdir(parents=True)
    (root / "src" / "toy" / "__init__.py").write_text("", encoding="utf-8")
    (root / "src" / "toy" / "calc.py").write_text(TOY, encoding="utf-8")
    (root / "tests" / "unit").mkdir(parents=True)
    (root / "tests" / "unit" / "test_calc.py").write_text(tests, encoding="utf-8")
    return root


def test_a_modules_first_stage_runs_the_unit_tests_that_import_it_and_the_files_naming_it(
        tmp_path: Path) -> None:
    unit = tmp_path / "tests" / "unit"
    (unit / "deeper").mkdir(parents=True)
    imports = {
        "test_module.py": "import campdoc.content.links\n",
        "test_name.py": "from campdoc.content.links import internal_links\n",
        "test_from_package.py": "from campdoc.content import links, model\n",
        "deeper/test_inside.py": "def test():\n    import campdoc.content.links as l\n",
        "test_other.py": "from campdoc.content import linksx\nimport campdoc.content\n",
        "test_prefix.py": "from campdoc.content.links_extra import x\n",
        "helpers.py": "from campdoc.content import links\n",  # not a test file
        "test_mutation_tools.py": "from campdoc.content import links\n",  # tools' tests
        "test_links.py": "from campdoc.content.links import x\n",  # its own: first
    }
    for name, text in imports.items():
        (unit / name).write_text(text, encoding="utf-8")
    hostile = tmp_path / "tests" / "hostile"
    hostile.mkdir()
    others = {
        "test_declared.py": 'MUTATION_TARGETS = ("campdoc.content.model", '
                            '"campdoc.content.links")\n',
        "test_one.py": 'import os\nMUTATION_TARGETS = "campdoc.content.links"\n',
        "test_imports.py": "from campdoc.content import links\n",  # slow tests, not named
        "test_elsewhere.py": 'MUTATION_TARGETS = ["campdoc.content.model"]\n',
        "test_group.py": 'MUTATION_TARGETS = "campdoc check"\n',
    }
    for name, text in others.items():
        (hostile / name).write_text(text, encoding="utf-8")
    # campdoc.render.page imports links: its unit tests run the module too, after the
    # direct ones.
    render = tmp_path / "src" / "campdoc" / "render"
    render.mkdir(parents=True)
    (render / "page.py").write_text("from campdoc.content.links import x\n", "utf-8")
    (render / "other.py").write_text("import campdoc.content.model\n", "utf-8")
    (unit / "test_page.py").write_text("from campdoc.render import page\n", "utf-8")
    (unit / "test_other.py").write_text("from campdoc.render import other\n", "utf-8")
    assert quick.importers(tmp_path, "campdoc.content.links") == ["campdoc.render.page"]
    assert quick.stage_tests(tmp_path, "campdoc.content.links") == [
        Path("tests/unit/test_links.py"),
        Path("tests/unit/deeper/test_inside.py"), Path("tests/unit/test_from_package.py"),
        Path("tests/unit/test_module.py"), Path("tests/unit/test_name.py"),
        Path("tests/unit/test_page.py"),
        Path("tests/hostile/test_declared.py"), Path("tests/hostile/test_one.py")]
    assert quick.stage_tests(tmp_path, "campdoc.content.load") == [
        Path("tests/hostile/test_group.py")]


def test_a_mutant_its_own_tests_leave_is_tested_with_the_others(tmp_path: Path) -> None:
    # test_calc.py (its own) only runs add(); another file tests unused().
    root = toy_project(tmp_path)
    (root / "tests" / "unit" / "test_more.py").write_text(
        "from toy.calc import unused\n\n\ndef test_unused():\n    assert unused(3) == 2\n",
        encoding="utf-8")
    assert quick.stage_tests(root, "toy.calc")[0] == Path("tests/unit/test_calc.py")
    mutants = module_mutants(root, "toy.calc", Path("src/toy/calc.py"))
    results: dict[str, int | None] = {}
    quick.test_module(root, mutants, mutants.names, 2, results.__setitem__)
    assert {(name.rsplit(".", 1)[1].split("__")[0], code) for name, code in results.items()
            } == {("x_add", KILLED_CODE), ("x_unused", KILLED_CODE), ("xǁCounterǁadd", 0)}


def test_a_mutant_replaces_its_function_and_nothing_else(tmp_path: Path) -> None:
    """Down to the method of a class that shares its name with a function."""
    root = toy_project(tmp_path)
    mutants = module_mutants(root, "toy.calc", Path("src/toy/calc.py"))
    method = [name for name in mutants.names if "Counter" in name]
    assert method and len(method) < len(mutants.names)
    for name in mutants.names:
        changed = [line for line in difflib.unified_diff(
            TOY.splitlines(), quick.mutated_source(mutants, TOY, name).splitlines(),
            lineterm="", n=0) if line[:1] in "+-" and line[:3] not in ("+++", "---")]
        assert "\n".join(f"{line[0]} {line[1:].strip()}" for line in changed) \
            == mutants.change(name), name
    mutated = quick.mutated_source(mutants, TOY, method[0])
    assert "return a + b" in mutated and "return a * b" not in mutated


def test_each_mutant_is_tested_in_the_copy_and_failing_tests_kill_it(tmp_path: Path) -> None:
    root = toy_project(tmp_path)
    mutants = module_mutants(root, "toy.calc", Path("src/toy/calc.py"))
    results: dict[str, int | None] = {}
    quick.test_module(root, mutants, mutants.names, 2, results.__setitem__)
    assert set(results) == set(mutants.names)
    for name, code in results.items():
        # Only add() is tested; the method and unused() are not.
        assert code == (KILLED_CODE if ".x_add__" in name else 0), name
    assert (root / "src" / "toy" / "calc.py").read_text(encoding="utf-8") == TOY


def test_a_module_whose_unit_tests_fail_unmutated_is_left_to_mutmut(tmp_path: Path) -> None:
    root = toy_project(tmp_path, TOY_TESTS.replace("== 5", "== 6"))
    mutants = module_mutants(root, "toy.calc", Path("src/toy/calc.py"))
    results: dict[str, int | None] = {}
    quick.test_module(root, mutants, mutants.names, 1, results.__setitem__)
    assert results == {}


def test_a_mutant_that_hangs_is_left_to_mutmut(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    root = toy_project(tmp_path, TOY_TESTS + "\n\ndef test_loop():\n"
                       "    from toy.calc import unused\n    while unused(1) != 0:\n"
                       "        pass\n")
    mutants = module_mutants(root, "toy.calc", Path("src/toy/calc.py"))
    names = [name for name in mutants.names if ".x_unused__" in name]
    assert names
    monkeypatch.setattr(quick, "MINIMUM_SECONDS", 5.0)
    results: dict[str, int | None] = {}
    quick.test_module(root, mutants, names, 2, results.__setitem__)
    assert results and set(results.values()) == {None}


def test_the_projects_unit_tests_import_the_copy_not_the_installed_sources(
        tmp_path: Path) -> None:
    """The editable install puts src/ on sys.path too: the copy has to come first."""
    copy = quick.Copy(tmp_path)
    shutil.copytree(ROOT / "src", copy.source)
    tests = [Path("tests/unit/test_characters.py")]
    try:
        assert quick.run_tests(ROOT, copy, tests, timeout=300) == 0
        path = copy.source / "campdoc" / "content" / "characters.py"
        text = path.read_text(encoding="utf-8")
        path.write_text(text + "\n\nraise RuntimeError('the copy was imported')\n", "utf-8")
        assert quick.run_tests(ROOT, copy, tests, timeout=300) not in (0, None)
    finally:
        copy.close()


def test_a_unit_only_run_records_its_kills_and_scores_its_survivors_as_a_lower_bound(
        tmp_path: Path, mutation_run_in: Callable[[Path, Path], Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    root = toy_project(tmp_path / "project")
    document = mutation_run_in(root, tmp_path / "verdicts.json")
    mutants = module_mutants(root, "toy.calc", Path("src/toy/calc.py"))
    added = [name for name in mutants.names if ".x_add__" in name]
    total, left = len(mutants.names), len(mutants.names) - len(added)
    assert 0 < len(added) < total

    assert mutation_main.main(["toy.calc", "--unit-only", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert f"toy.calc: {len(added)} of {total} killed by its unit tests" in out
    assert f"{left} mutants left for mutmut" in out
    # The row is written as soon as the module's stage ends, before the run's end.
    assert out.index("testing.md: row of toy.calc") < out.index("mutants left for mutmut")
    assert (f"| `toy.calc` | {total} | {len(added)} | {left} | 0 | "
            f"{100 * len(added) / total:.1f} % | all; {left} survivors tested by unit tests "
            "only |") in document.read_text(encoding="utf-8")
    record = load_record(tmp_path / "verdicts.json")
    assert sorted(recorded_kills(mutants, record)) == sorted(added)

    # The next run tests only the survivors; without a result for them, no row.
    assert mutation_main.main(["toy.calc", "--table-only"]) == 1
    assert f"{left} mutants have no result yet" in capsys.readouterr().out


def test_a_mutant_of_the_same_size_and_time_as_the_last_one_is_not_run_from_bytecode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Python trusts a .pyc whose source has the same size and whole-second mtime."""
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    root = toy_project(tmp_path / "project")
    copy = quick.Copy(tmp_path / "copy")
    shutil.copytree(root / "src", copy.source)
    module = copy.source / "toy" / "calc.py"
    tests = [Path("tests/unit/test_calc.py")]
    try:
        assert quick.run_tests(root, copy, tests, timeout=60) == 0
        assert list((module.parent / "__pycache__").glob("calc.*.pyc"))
        stamp = module.stat().st_mtime_ns
        module.write_text(TOY.replace("a + b", "a - b"), encoding="utf-8")  # same size
        os.utime(module, ns=(stamp, stamp))
        quick.forget_compiled(module)
        assert quick.run_tests(root, copy, tests, timeout=60) == KILLED_CODE
    finally:
        copy.close()


SLOW_TESTS = {
    "test_slow.py": "import time\n\n\ndef test_slow():\n    time.sleep(2.5)\n",
    # As hypothesis does when it shrinks: the error is caught and the loop runs again.
    "test_stubborn.py": "import time\n\n\ndef test_stubborn():\n    for _ in range(3):\n"
                        "        try:\n            time.sleep(2.5)\n"
                        "        except Exception:\n            pass\n",
    # Code that handles a failed open() must not take the limit for one.
    "test_oserror.py": "import time\n\n\ndef test_oserror():\n    try:\n"
                       "        time.sleep(2.5)\n    except OSError:\n        pass\n",
}


@pytest.mark.parametrize(("name", "limit", "code", "says"), [
    ("test_slow.py", "1", KILLED_CODE, "MutantTimeLimit: the test ran for 1 s under mutation"),
    ("test_oserror.py", "1", KILLED_CODE, "MutantTimeLimit: the test ran for 1 s under"),
    ("test_stubborn.py", "1", KILLED_CODE, "the test ran on 1 s after its time limit"),
    ("test_slow.py", "", 0, "1 passed"),
])
def test_a_test_that_runs_past_the_first_stages_limit_fails(
        tmp_path: Path, name: str, limit: str, code: int, says: str) -> None:
    """tests/conftest.py's limit: an endless loop is a failing test (a kill), as under
    mutmut, instead of a run stopped without a verdict."""
    (tmp_path / name).write_text(SLOW_TESTS[name], encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest",
         "--rootdir", str(tmp_path), str(tmp_path / name)],
        cwd=ROOT, env={**os.environ, TEST_SECONDS_VARIABLE: limit}, capture_output=True,
        text=True, check=False)
    assert run.returncode == code, run.stdout
    assert says in run.stdout + run.stderr
    assert quick.Copy(tmp_path).environment()[TEST_SECONDS_VARIABLE] == str(quick.TEST_SECONDS)
