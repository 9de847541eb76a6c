"""Questions on the terminal that check each answer at once and ask again.

A bad answer never ends the command: the problem is said in the project's language and
the same question comes again, so nothing typed before is lost. Only the end of the input
or Ctrl+C stops (`click.Abort`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

import click

from campdoc.content.convert import suggest
from campdoc.content.fieldtypes import Boolean
from campdoc.core.messages import Language
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
    return ask(f"{label} [{hint}]", read, default="") or default


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
