"""Questions on the terminal that check each answer at once and ask again.

A bad answer never ends the command: the problem is said in the project's language and
the same question comes again, so nothing typed before is lost. Only the end of the input
or Ctrl+C stops (`click.Abort`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from campdoc.content.convert import suggest, value_problem
from campdoc.content.fieldtypes import Boolean
from campdoc.core.issues import Issue
from campdoc.core.messages import Language, hint_of, message_of
from campdoc.core.phrases import phrase

T = TypeVar("T")


class Invalid(Exception):
    """An answer that cannot be used; the message says why, in the project's language."""


def is_interactive(flag: bool | None) -> bool:
    """Ask only when told to, or when a person sits at a terminal."""
    return sys.stdin.isatty() if flag is None else flag


def say_problem(text: str) -> None:
    click.echo(f"  ✗ {text}")


def ask(label: str, read: Callable[[str], T], default: str = "") -> T:
    """Ask until ``read`` accepts the answer (it raises `Invalid` with the problem).

    An empty answer is ``default``, which ``read`` checks like any other answer.
    """
    while True:
        answer: str = click.prompt(label, default=default, show_default=bool(default))
        try:
            return read(answer.strip())
        except Invalid as problem:
            say_problem(str(problem))


def required(language: Language, what: str) -> Callable[[str], str]:
    """A reader that refuses an empty answer."""

    def read(answer: str) -> str:
        if not answer:
            raise Invalid(phrase(language, "ask.required", what=what))
        return answer

    return read


def field_reader(language: Language, schema: type[Any], name: str,
                 what: str = "") -> Callable[[str], str]:
    """A reader that takes an answer only if `check` would accept it as field ``name`` of
    ``schema`` (too long, an invisible character…); with ``what``, it also refuses an empty
    answer, else an empty one means "none"."""

    def read(answer: str) -> str:
        if not answer and not what:
            return answer
        problem = value_problem(schema, name, required(language, what)(answer))
        if problem is not None:
            raise Invalid(said(problem, language))
        return answer

    return read


def said(problem: Issue, language: Language) -> str:
    """`check`'s message and hint about an answer. The question named the field, so the
    field's name is left out; an entry's (``tags[2]``) is kept."""
    message = message_of(problem, language)
    if "[" not in problem.field:
        message = message.removeprefix(f"{problem.field}: ")
        message = message[:1].upper() + message[1:]
    return f"{message}. {hint_of(problem, language)}"  # every kind has a hint


def choose(label: str, options: Sequence[tuple[str, str]], language: Language,
           default: str = "") -> str:
    """One of ``options`` (value, description) by its number or its value.

    Empty means ``default``; without a default it means none (an empty string).
    """
    if not options:
        return ""
    for number, (value, description) in enumerate(options, start=1):
        click.echo(f"  {number}) {value}{f' · {description}' if description else ''}")
    values = [value for value, _ in options]

    def read(answer: str) -> str:
        if not answer or answer in values:
            return answer
        same = [value for value in values if value.casefold() == answer.casefold()]
        if len(same) == 1:
            return same[0]
        if answer.isdigit() and 1 <= int(answer) <= len(values):
            return values[int(answer) - 1]
        close = suggest(answer, values)
        raise Invalid(phrase(language, "ask.not_offered", answer=answer, last=len(values))
                      + (" " + phrase(language, "cli.did_you_mean", names=f"'{close}'")
                         if close else ""))

    hint = phrase(language, "ask.choose_default" if default else "ask.choose_or_none",
                  default=default)
    return ask(f"{label} [{hint}]", read) or default


def ask_yes_no(label: str, language: Language, default: bool) -> bool:
    """A yes/no question that understands the yes/no words of the YAML files (ja, yes,
    nein, no, …) and their first letters (j, y, n)."""

    def read(answer: str) -> bool:
        if not answer.strip():
            return default
        meaning = Boolean.meaning(answer, initials=True)
        if meaning is not None:
            return meaning
        raise Invalid(phrase(language, "ask.yes_no_again"))

    choices = phrase(language, "ask.yes_default" if default else "ask.no_default")
    return ask(f"{label} [{choices}]", read)
