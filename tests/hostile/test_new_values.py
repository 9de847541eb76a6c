"""`campdoc new` writes what `check` will read: a flag value that check would refuse (too
long, an invisible character, too many tags) is a usage error before anything is written,
and every value it takes gives a file that passes `check`. Asked on a terminal, such an
answer is explained and asked again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from campdoc.cli import main
from campdoc.core.slugs import slugify
from tests.conftest import make_project

MUTATION_TARGETS = "campdoc check"  # for mutation testing (tests/mutation/quick.py)

# Values a person could paste: refused (a character check refuses), or taken.
INVISIBLE = ["Anna\u0007", "Anna\u202eBerlin", "Anna\tBerlin", "Anna\nBerlin"]
HARMLESS = ["null", "~", "ja", "- Liste", "a: b", "#1 Thema", "{a}", "[x]", "*stern",
            "&anker", "!tag", "'\"", "Zoë \U0001F600 Ğ", "Anna\u200bBerlin", "100"]
# The longest value `check` takes for what each option writes (schema.py).
SESSION_LIMITS = {"--title": 200, "--host": 120, "--org": 200, "--anonymous": 200,
                  "--tag": 60}
CAMP_LIMITS = {"--name": 200, "--location": 300, "--organizer": 200, "--room": 120}


def cases(limits: dict[str, int]) -> list[tuple[str, str, bool]]:
    """(option, value, refused) for every option: the harmless and the invisible values,
    and text of exactly the limit and one character more."""
    return [(option, value, refused) for option, limit in limits.items()
            for value, refused in [*((v, False) for v in HARMLESS),
                                   *((v, True) for v in INVISIBLE),
                                   ("x" * limit, False), ("x" * (limit + 1), True)]]


def files(project: Path) -> set[Path]:
    return {path for path in (project / "sessions").rglob("*") if path.is_file()}


def check_errors(runner: CliRunner, project: Path) -> int:
    result = runner.invoke(main, ["check", "-C", str(project), "--format", "json"])
    return int(json.loads(result.output)["errors"])


def assert_refused_or_checked(runner: CliRunner, project: Path, before: set[Path],
                              args: list[str], option: str, refused: bool) -> None:
    result = runner.invoke(main, args)
    if refused:
        assert result.exit_code == 2, result.output
        assert result.output.splitlines()[-1].startswith(f"campdoc: {option}: ")
        assert files(project) == before
    else:
        assert result.exit_code == 0, result.output
        assert len(files(project) - before) == 1
        assert check_errors(runner, project) == 0


@pytest.mark.parametrize(("option", "value", "refused"), cases(SESSION_LIMITS))
def test_new_session_writes_only_what_check_accepts(tmp_path: Path, option: str, value: str,
                                                    refused: bool) -> None:
    runner = CliRunner()
    project = make_project(tmp_path, {})
    args = ["new", "session", "-C", str(project), "--no-interactive", "--lang", "en"]
    if option != "--title":
        args += ["--title", "Titel"]
    elif not slugify(value):  # a title needs a letter or digit for its file name
        refused = True
    if option == "--org":
        args += ["--host", "Anna"]
    assert_refused_or_checked(runner, project, files(project), [*args, option, value],
                              option, refused)


@pytest.mark.parametrize(("option", "value", "refused"), cases(CAMP_LIMITS))
def test_new_camp_writes_only_what_check_accepts(tmp_path: Path, option: str, value: str,
                                                 refused: bool) -> None:
    runner = CliRunner()
    project = make_project(tmp_path, {})
    args = ["new", "camp", "-C", str(project), "--no-interactive", "--lang", "en",
            "--date", "2027-01-15", "--id", "neu"]
    if option != "--name":
        args += ["--name", "Neues Camp"]
    assert_refused_or_checked(runner, project, files(project), [*args, option, value],
                              option, refused)


def test_more_tags_than_check_allows_are_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    tags = [arg for number in range(31) for arg in ("--tag", f"t{number}")]
    result = CliRunner().invoke(main, ["new", "session", "-C", str(project), "--title", "T",
                                       "--no-interactive", "--lang", "en", *tags])
    assert (result.exit_code, result.output.splitlines()[-1]) == (
        2, "campdoc: --tag: Expected at most 30 entries, found 31. Shorten it to at most "
           "30 entries; what does not fit can go in the Markdown below the front matter.")
    assert files(project) == {project / "sessions" / "camp" / "camp.yaml"}


def test_a_title_too_long_is_asked_again_with_checks_words(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    typed = ["x" * 201, "Kurz", "Anna", "", "", "", "", "1", "1", "", ""]
    result = CliRunner().invoke(main, ["new", "session", "-C", str(project), "--interactive",
                                       "--lang", "de"], input="\n".join(typed) + "\n")
    assert result.exit_code == 0, result.output
    problems = [line for line in result.output.splitlines() if line.startswith("  ✗ ")]
    assert problems == ["  ✗ Erwartet werden höchstens 200 Zeichen, gefunden: 201. Kürze auf "
                        "höchstens 200 Zeichen; was nicht hineinpasst, kann in den Markdown-Teil "
                        "unter dem Kopfbereich."]
    assert (project / "sessions" / "camp" / "kurz.md").is_file()
