"""Killed mutants, kept in git (``tests/mutation/verdicts.json``), so that a run on a fresh
clone or a new machine goes on where the last one stopped.

mutmut keeps its verdicts in ``mutants/``, which git ignores: a new checkout would test
every mutant again, hours for the large modules. The record holds, per module and
function, the hash of the function's source (mutmut's) and the numbers of its killed
mutants. A verdict counts only while that hash is the function's current one: an edited
function is tested again, as mutmut does itself. Survivors are not recorded; a run tests
them again anyway, since a test may have been added for them.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.mutation.mutants import ModuleMutants, function_of

RECORD = Path(__file__).with_name("verdicts.json")
KILLED_CODE = 1  # what a recorded kill reads as: a failing test, as mutmut reports it
_NUMBER = "__mutmut_"

Record = dict[str, dict[str, dict[str, object]]]  # module → function → hash, killed


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


def recorded_kills(mutants: ModuleMutants, record: Record) -> dict[str, int]:
    """The module's recorded kills whose function is unchanged, as mutmut exit codes."""
    prefix = mutants.names[0].rsplit(".", 1)[0] + "." if mutants.names else ""
    codes = {}
    for function, entry in record.get(mutants.module, {}).items():
        if entry["hash"] != mutants.hashes.get(function):
            continue
        killed = entry["killed"]
        assert isinstance(killed, list)
        for number in killed:
            name = f"{prefix}{function}{_NUMBER}{number}"
            if name in mutants.names:
                codes[name] = KILLED_CODE
    return codes


def remember(mutants: ModuleMutants, codes: dict[str, int | None], killed_codes: set[int],
             record: Record) -> None:
    """Replace the module's entry with its kills in ``codes`` (recorded ones included),
    under each function's current hash; functions without a kill drop out."""
    functions: dict[str, list[int]] = {}
    for name, code in codes.items():
        if code in killed_codes and name in mutants.names:
            function = function_of(name)
            functions.setdefault(function, []).append(int(name.rpartition(_NUMBER)[2]))
    record[mutants.module] = {
        function: {"hash": mutants.hashes[function], "killed": sorted(numbers)}
        for function, numbers in functions.items()}
