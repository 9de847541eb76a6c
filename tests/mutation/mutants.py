"""The mutants of campdoc's modules, named as mutmut names them, and their changes.

mutmut creates them only when it runs; the same functions of mutmut create them here, so
that a sample can be drawn before the run and an equivalent mutant checked without one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from difflib import unified_diff
from pathlib import Path

import libcst
from mutmut.mutation.diff_apply import read_mutant_function, read_original_function
from mutmut.mutation.file_mutation import mutate_file_contents
from mutmut.utils.format_utils import get_mutant_name

SOURCE = Path("src")


def module_files(root: Path, target: str) -> dict[str, Path]:
    """The modules of ``target`` (a module or a package, dotted) → their source files,
    relative to ``root``."""
    base = SOURCE.joinpath(*target.split("."))
    if (root / base).is_dir():
        paths = sorted(path.relative_to(root) for path in (root / base).rglob("*.py"))
    elif (root / base.with_suffix(".py")).is_file():
        paths = [base.with_suffix(".py")]
    else:
        raise SystemExit(f"{target}: no module or package of that name under {SOURCE}/")
    return {module_name(path): path for path in paths}


def module_name(path: Path) -> str:
    """``src/campdoc/content/markdown.py`` → ``campdoc.content.markdown``."""
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@dataclass
class ModuleMutants:
    """The mutants of one module: their names, in mutmut's order, and the mutated source."""

    module: str
    path: Path
    names: list[str]
    code: str
    hashes: dict[str, str] = field(default_factory=dict)  # function → hash of its source
    _tree: libcst.Module | None = field(default=None, repr=False)

    def function_hash(self, name: str) -> str | None:
        """The hash of the function a mutant belongs to (mutmut's, as in its meta file)."""
        return self.hashes.get(function_of(name))

    def tree(self) -> libcst.Module:
        """The mutated source, parsed (once)."""
        if self._tree is None:
            self._tree = libcst.parse_module(self.code)
        return self._tree

    def function_source(self, name: str) -> str:
        """The source of the function a mutant belongs to, exactly, comments included."""
        return libcst.Module([read_original_function(self.tree(), name)]).code

    def change(self, name: str) -> str:
        """The lines the mutant changes, as ``- old`` and ``+ new`` (stripped)."""
        functions = (read_original_function(self.tree(), name),
                     read_mutant_function(self.tree(), name))
        original, mutated = (libcst.Module([f]).code.strip().split("\n") for f in functions)
        return "\n".join(f"{line[0]} {line[1:].strip()}"
                         for line in unified_diff(original, mutated, lineterm="", n=0)
                         if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def function_of(name: str) -> str:
    """``campdoc.core.slugs.x_slugify__mutmut_3`` → ``x_slugify``."""
    return name.rsplit(".", 1)[-1].partition("__mutmut_")[0]


def module_mutants(root: Path, module: str, path: Path) -> ModuleMutants:
    mutated = mutate_file_contents(str(path), (root / path).read_text(encoding="utf-8"))
    names = [get_mutant_name(path, name) for name in mutated.mutant_names]
    return ModuleMutants(module, path, names, mutated.code, dict(mutated.hash_by_function_name))


def sample(names: list[str], share: float, seed: int) -> list[str]:
    """``share`` of ``names`` (at least one), the same ones for the same seed."""
    if not 0 < share <= 1:
        raise SystemExit(f"--sample must be more than 0 and at most 1, not {share}")
    if share == 1:
        return list(names)
    count = max(1, round(len(names) * share))
    chosen = set(random.Random(seed).sample(sorted(names), count))
    return [name for name in names if name in chosen]
