"""mutmut's verdicts on a module's mutants, counted for the table in docs/testing.md.

A mutant is killed when a test failed (or timed out) with it; it survived when every test
passed, or when no test ran the code at all. A mutant listed in equivalent.toml, with the
change it makes and the reason no test can tell it from the original, is left out of the
score (score = killed / (mutants - equivalent)), and is tested again only with ``--all``:
a survivor costs a run of every test that reaches its function.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tests.mutation.mutants import ModuleMutants, function_of

EQUIVALENT_FILE = Path(__file__).with_name("equivalent.toml")
# mutmut's exit codes (mutmut.stats.status_by_exit_code): a failing test (1), pytest's own
# error (3), a timeout (SIGXCPU or killed) or the type checker all catch the mutant.
KILLED = {1, 3, 24, -24, 152, 255, 36, 37, -9, -11}
SURVIVED = {0, 5, 33}  # tests passed; no test ran the code (5, 33)


@dataclass(frozen=True)
class Equivalent:
    """A reviewed mutant that behaves like the original."""

    change: str
    reason: str


def load_equivalents(path: Path = EQUIVALENT_FILE) -> dict[str, Equivalent]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: Equivalent(entry["change"].strip(), entry["reason"].strip())
            for name, entry in data.items()}


@dataclass
class ModuleScore:
    """One row of the table, and what the row leaves out."""

    module: str
    mutants: int = 0
    killed: int = 0
    survived: int = 0
    equivalent: int = 0
    measured: str = "all"
    survivors: list[str] = field(default_factory=list)  # not listed as equivalent
    not_run: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # listed, but the mutant changed or died

    @property
    def score(self) -> float:
        counted = self.mutants - self.equivalent
        return 100 * self.killed / counted if counted else 100.0


def exit_codes(root: Path, mutants: ModuleMutants) -> dict[str, int | None]:
    """mutmut's verdicts from its meta file in mutants/, without those of functions edited
    since (mutmut forgets them too, on its next run)."""
    meta = root / "mutants" / f"{mutants.path}.meta"
    if not meta.is_file():
        return {}
    data = json.loads(meta.read_text(encoding="utf-8"))
    hashes: dict[str, str] = data.get("hash_by_function_name", {})
    codes: dict[str, int | None] = data["exit_code_by_key"]
    return {name: code for name, code in codes.items()
            if hashes.get(function_of(name)) == mutants.function_hash(name)}


def to_test(mutants: ModuleMutants, chosen: list[str], codes: dict[str, int | None],
            equivalents: dict[str, Equivalent]) -> list[str]:
    """The mutants a run must test: those without a verdict, and survivors not reviewed as
    equivalent (tests may have been added since). A killed mutant stays killed."""
    return [name for name in chosen
            if codes.get(name) not in KILLED and not is_equivalent(mutants, name, equivalents)]


def is_equivalent(mutants: ModuleMutants, name: str, equivalents: dict[str, Equivalent]) -> bool:
    listed = equivalents.get(name)
    return listed is not None and listed.change == mutants.change(name)


def score_module(mutants: ModuleMutants, chosen: list[str], codes: dict[str, int | None],
                 equivalents: dict[str, Equivalent], measured: str = "all") -> ModuleScore:
    """Count the verdicts on ``chosen`` (all or a sample of the module's mutants)."""
    row = ModuleScore(mutants.module, mutants=len(chosen), measured=measured)
    for name in chosen:
        code = codes.get(name)
        listed = equivalents.get(name)
        if code in KILLED:
            row.killed += 1
            if listed is not None:
                row.stale.append(name)
        elif is_equivalent(mutants, name, equivalents) and (code in SURVIVED or code is None):
            row.equivalent += 1  # reviewed; a run tests it only with --all
        elif code in SURVIVED:
            row.survived += 1
            row.survivors.append(name)
            if listed is not None:
                row.stale.append(name)
        else:
            row.not_run.append(name)
    return row
