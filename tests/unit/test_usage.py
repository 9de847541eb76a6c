"""Click's usage errors in the project's language, for the cases the commands cannot reach
from a command line (no campdoc option is a required choice; click's own callers always
pass the parameter): a plugin or a later option must still get a full sentence."""

from __future__ import annotations

import click
import pytest

from campdoc.cli.usage import usage_message


@click.command()
@click.option("--kind", type=click.Choice(["foto", "material"]), required=True)
def _needs_a_kind(kind: str) -> None:
    """A command with a required choice."""


def _missing_kind() -> click.MissingParameter:
    with pytest.raises(click.MissingParameter) as raised:
        _needs_a_kind.main([], standalone_mode=False)
    return raised.value


@pytest.mark.parametrize(("language", "expected"), [
    ("de", "die Option '--kind' fehlt. Möglich sind: foto, material."),
    ("en", "the option '--kind' is missing. Choose from: foto, material."),
])
def test_a_missing_choice_lists_its_choices(language: str, expected: str) -> None:
    assert usage_message(_missing_kind(), language) == expected


@pytest.mark.parametrize(("kind", "expected"), [
    ("argument", "das Argument 'DATEI' fehlt."),
    ("option", "die Option 'DATEI' fehlt."),
    (None, "die Option 'DATEI' fehlt."),
])
def test_a_missing_parameter_without_its_object_is_named_by_its_hint(
        kind: str | None, expected: str) -> None:
    error = click.MissingParameter(param_hint="'DATEI'", param_type=kind)
    assert usage_message(error, "de") == expected
