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


@pytest.mark.parametrize(("message", "expected"), [
    ("Missing command.", "es fehlt ein Befehl."),
    ("Option '--strict' does not take a value.", "die Option '--strict' nimmt keinen Wert."),
    ("Option '--lang' requires an argument.", "die Option '--lang' braucht einen Wert."),
    ("Got unexpected extra arguments (a b)", "unerwartete zusätzliche Angaben: a b."),
    ("Irgendein eigener Satz.", "Irgendein eigener Satz."),  # campdoc's own, already German
])
def test_clicks_sentences_are_worded_anew(message: str, expected: str) -> None:
    assert usage_message(click.UsageError(message), "de") == expected


def test_no_such_option_without_a_context_has_no_suggestion() -> None:
    assert usage_message(click.NoSuchOption("--strikt"), "en") == (
        "there is no option '--strikt'.")


@click.command()
def _plain() -> None:
    """A command without subcommands."""


def test_no_such_command_without_a_group_lists_no_commands() -> None:
    for ctx in (None, click.Context(_plain)):
        assert usage_message(click.UsageError("No such command 'bild'.", ctx), "de") == (
            "den Befehl 'bild' gibt es nicht.")


def test_did_you_mean_offers_the_two_closest_names() -> None:
    group = click.Group("campdoc", commands={
        name: click.Command(name) for name in ("build", "built", "builder", "serve")})
    error = click.UsageError("No such command 'buil'.", click.Context(group))
    assert usage_message(error, "en") == (
        "there is no command 'buil'. Did you mean 'built' or 'build'?")


@pytest.mark.parametrize(("hint", "expected"), [
    ("'--format'", "ungültiger Wert für '--format': kaputt"),
    (["--format", "-f"], "ungültiger Wert für '--format' / '-f': kaputt"),
])
def test_a_bad_value_names_the_parameter_by_its_hint(hint: str | list[str],
                                                     expected: str) -> None:
    assert usage_message(click.BadParameter("kaputt", param_hint=hint), "de") == expected


def test_a_bad_value_without_a_parameter_is_only_the_problem() -> None:
    assert usage_message(click.BadParameter("kaputt"), "de") == "kaputt"


def test_a_name_click_quoted_is_unquoted_unless_it_reads_as_more_than_one_text() -> None:
    assert usage_message(click.UsageError("Option '-x' requires an argument."), "en") == (
        "the option '-x' needs a value.")
    # Python reads 'a', 'b' as two texts: the words stay as click wrote them.
    assert usage_message(click.UsageError("Option 'a', 'b' requires an argument."), "en") == (
        "the option ''a', 'b'' needs a value.")


def test_the_language_is_german_unless_the_call_set_another() -> None:
    from campdoc.cli.usage import LANGUAGE_KEY, language_of

    assert language_of(None) == "de"  # no click context at all
    root = click.Context(_needs_a_kind)
    child = click.Context(_needs_a_kind, parent=root)
    assert language_of(child) == "de"  # a call that set none
    root.meta[LANGUAGE_KEY] = "en"
    assert language_of(child) == "en"  # read from the root of the call


def test_one_close_name_is_quoted_alone() -> None:
    from campdoc.cli.usage import _quoted

    assert _quoted(["build"], "en") == "'build'"
    assert _quoted([], "de") == ""
