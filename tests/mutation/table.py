"""The mutation table in docs/testing.md: one row per module, rewritten for the modules of
each run, and the list of equivalent mutants with their reasons."""

from __future__ import annotations

import re
from pathlib import Path

from tests.mutation.results import Equivalent, ModuleScore

START = "<!-- mutation-table: written by python -m tests.mutation -->"
END = "<!-- mutation-table: end -->"
HEADER = ("| module | mutants | killed | survived | equivalent | score | measured |\n"
          "|---|---:|---:|---:|---:|---:|---|")
_ROW = re.compile(r"^\| `(?P<module>[\w.]+)` \|")


def format_row(row: ModuleScore) -> str:
    return (f"| `{row.module}` | {row.mutants} | {row.killed} | {row.survived} | "
            f"{row.equivalent} | {row.score:.1f} % | {row.measured} |")


def table_rows(section: str) -> dict[str, str]:
    """The rows already in the table, by module."""
    rows = {}
    for line in section.splitlines():
        match = _ROW.match(line)
        if match:
            rows[match["module"]] = line
    return rows


def format_section(rows: dict[str, str], equivalents: dict[str, Equivalent]) -> str:
    listed = sorted(name for name in equivalents
                    if name.rsplit(".", 1)[0] in rows)
    lines = [START, "", HEADER, *(rows[module] for module in sorted(rows)), ""]
    lines.append("Equivalent mutants (tests/mutation/equivalent.toml):" if listed
                 else "No mutant of these modules is listed as equivalent.")
    lines.append("")
    for name in listed:
        change = "; ".join(f"`{line}`" for line in equivalents[name].change.splitlines())
        lines.append(f"- `{name}`: {change}. {equivalents[name].reason}")
    if listed:
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def update_table(document: Path, scores: list[ModuleScore],
                 equivalents: dict[str, Equivalent]) -> None:
    """Replace the rows of the modules in ``scores`` and keep the others."""
    text = document.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{document}: the markers {START} and {END} are missing")
    before, rest = text.split(START, 1)
    section, after = rest.split(END, 1)
    rows = table_rows(section)
    rows.update({row.module: format_row(row) for row in scores})
    document.write_text(before + format_section(rows, equivalents) + after, encoding="utf-8")
