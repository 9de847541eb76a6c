"""Killed mutants, kept in git (``tests/mutation/verdicts.json``), so that a run on a fresh
clone or a new machine goes on where the last one stopped.

mutmut keeps its verdicts in ``mutants/``, which git ignores: a new checkout would test
every mutant again, hours for the large modules. The record holds, per module and
function, a digest of the function's exact source (comments included) and, per killed
mutant, a digest of the change it makes. A kill counts only while both are the same:

- an edited function is tested again, as mutmut does itself;
- mutmut numbers mutants within their function, and a number can move to another change
  without an edit of the code (a ``# pragma: no mutate``, another version of mutmut):
  the change's digest keeps a kill from passing to a different mutant.

Only a failing test is recorded (exit code 1): a timeout or a killed worker can be the
machine, not the test, and is tested again elsewhere. Survivors are not recorded either;
a run tests them again anyway, since a test may have been added for them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from tests.mutation.mutants import ModuleMutants, function_of

RECORD = Path(__file__).with_name("verdicts.json")
KILLED_CODE = 1  # a failing test, as mutmut reports it; the only verdict recorded
_NUMBER = "__mutmut_"

# module → function → {"source": digest, "killed": {number: digest of the change}}
Record = dict[str, dict[str, dict[str, Any]]]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load_record(path: Path = RECORD) -> Record:
    if not path.is_file():
        return {}
    data: Record = json.loads(path.read_text(encoding="utf-8"))
    return data


def save_record(record: Record, path: Path = RECORD) -> None:
    """Sorted and one function per line, so that a diff shows which functions changed."""
    lines = []
    for module in sorted(record):
        functions = record[module]
        if not functions:
            continue
        entries = ",\n".join(f"    {json.dumps(name)}: {json.dumps(functions[name])}"
                             for name in sorted(functions))
        lines.append(f"  {json.dumps(module)}: {{\n{entries}\n  }}")
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def _by_function(mutants: ModuleMutants) -> dict[str, list[str]]:
    functions: dict[str, list[str]] = {}
    for name in mutants.names:
        functions.setdefault(function_of(name), []).append(name)
    return functions


def recorded_kills(mutants: ModuleMutants, record: Record) -> dict[str, int]:
    """The module's recorded kills that still hold, as mutmut exit codes."""
    codes = {}
    functions = _by_function(mutants)
    for function, entry in record.get(mutants.module, {}).items():
        names = functions.get(function)
        if not names or entry["source"] != digest(mutants.function_source(names[0])):
            continue
        prefix = names[0].partition(_NUMBER)[0]
        for number, change in entry["killed"].items():
            name = f"{prefix}{_NUMBER}{number}"
            if name in names and digest(mutants.change(name)) == change:
                codes[name] = KILLED_CODE
    return codes


def remember(mutants: ModuleMutants, codes: dict[str, int | None], record: Record) -> None:
    """Replace the module's entry with its kills by a failing test in ``codes`` (recorded
    ones included); functions without such a kill drop out."""
    killed: dict[str, list[str]] = {}
    for name in mutants.names:
        if codes.get(name) == KILLED_CODE:
            killed.setdefault(function_of(name), []).append(name)
    record[mutants.module] = {
        function: {"source": digest(mutants.function_source(names[0])),
                   "killed": {name.rpartition(_NUMBER)[2]: digest(mutants.change(name))
                              for name in names}}
        for function, names in killed.items()}
