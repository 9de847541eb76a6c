"""click's usage errors in the project's language.

click words a mistyped command or a bad option value in English only. Its exceptions say
which parameter was wrong; this module words them anew from the phrase catalogue. The
details of a bad value (``'x' is not one of …``) exist only as click's English sentence, so
the few that click's types write are recognised by their pattern; an unknown one keeps
click's words behind a translated start.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import click

from campdoc.cli.common import project_language
from campdoc.core.messages import LANGUAGES, Language
from campdoc.core.phrases import phrase

LANGUAGE_KEY = "campdoc.language"


def _option_value(args: Sequence[str], names: tuple[str, ...]) -> str | None:
    """The value given to one of ``names`` in raw command-line ``args`` (the last wins)."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        for name in names:
            if arg == name and index + 1 < len(args):
                found = args[index + 1]
            elif arg.startswith(name + "="):
                found = arg[len(name) + 1:]
            elif len(name) == 2 and arg.startswith(name) and len(arg) > 2:  # -Cfolder
                found = arg[2:]
    return found


def language_of_call(args: Sequence[str]) -> Language:
    """The language to speak before the command has parsed its options: ``--lang``, else
    the language of the project named by ``-C``/``--project`` or found from here."""
    lang = _option_value(args, ("--lang",))
    if lang in LANGUAGES:
        return lang
    folder = _option_value(args, ("--project", "-C"))
    try:
        return project_language(Path(folder) if folder else Path.cwd())
    except OSError:  # an unreadable folder: the command itself will say so
        return "de"


def language_of(ctx: click.Context | None) -> Language:
    """The language the command line speaks in this call."""
    root = ctx.find_root() if ctx is not None else None
    return cast(Language, root.meta.get(LANGUAGE_KEY, "de") if root else "de")


def _quoted(names: Sequence[str], language: Language) -> str:
    quoted = [f"'{name}'" for name in names]
    if len(quoted) < 2:
        return "".join(quoted)
    return f"{', '.join(quoted[:-1])} {phrase(language, 'cli.or')} {quoted[-1]}"


def _did_you_mean(given: str, possible: Sequence[str], language: Language) -> str:
    close = difflib.get_close_matches(given, list(possible), n=2)
    return f" {phrase(language, 'cli.did_you_mean', names=_quoted(close, language))}" \
        if close else ""


def _literal(text: str) -> str:
    """A value as click quoted it with repr()."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    return value if isinstance(value, str) else text


def _choices(param: click.Parameter | None) -> str:
    kind = param.type if param is not None else None
    return ", ".join(str(choice) for choice in kind.choices) \
        if isinstance(kind, click.Choice) else ""


_PATH_PROBLEMS = {"does not exist": "usage.path_missing", "is a file": "usage.path_is_file",
                  "is a directory": "usage.path_is_folder",
                  "is not readable": "usage.path_unreadable",
                  "is not writable": "usage.path_unwritable"}
Detail = Callable[["re.Match[str]", click.Parameter | None, Language], str]
# click's own sentences for a bad value (click.types), and how to say them.
_DETAILS: list[tuple[re.Pattern[str], Detail]] = [
    (re.compile(r"(?P<value>'.*'|\".*\") is not a valid (?:integer|float)(?: range)?\."),
     lambda m, param, lang: phrase(lang, "usage.not_a_number", value=_literal(m["value"]))),
    (re.compile(r"(?P<value>'.*'|\".*\") is not (?:one of )?.*\.", re.DOTALL),
     lambda m, param, lang: phrase(lang, "usage.not_a_choice", value=_literal(m["value"]),
                                   choices=_choices(param))),
    (re.compile(r"(?P<value>-?[0-9.]+) is not in the range .*\."),
     lambda m, param, lang: phrase(lang, "usage.out_of_range", value=m["value"],
                                   low=getattr(param.type if param else None, "min", ""),
                                   high=getattr(param.type if param else None, "max", ""))),
    (re.compile(r"\w+ (?P<path>'.*'|\".*\") (?P<problem>" + "|".join(_PATH_PROBLEMS) + r")\."),
     lambda m, param, lang: phrase(lang, _PATH_PROBLEMS[m["problem"]],
                                   path=_literal(m["path"]))),
]


def _bad_value(error: click.BadParameter, language: Language) -> str:
    detail = error.message
    for pattern, say in _DETAILS:
        if match := pattern.fullmatch(error.message):
            detail = say(match, error.param, language)
            break
    if error.param_hint is not None:
        hint = error.param_hint if isinstance(error.param_hint, str) else " / ".join(
            f"'{name}'" for name in error.param_hint)
    elif error.param is not None:
        hint = error.param.get_error_hint(error.ctx)
    else:
        return detail
    return phrase(language, "usage.invalid", name=hint, problem=detail)


def _missing(error: click.MissingParameter, language: Language) -> str:
    param = error.param
    name = param.get_error_hint(error.ctx) if param is not None else str(error.param_hint)
    kind = error.param_type or (param.param_type_name if param is not None else "option")
    text = phrase(language, "usage.missing_argument" if kind == "argument"
                  else "usage.missing_option", name=name)
    choices = _choices(param)
    return f"{text} {phrase(language, 'usage.choose_from', choices=choices)}" if choices else text


_EXTRA = re.compile(r"Got unexpected extra arguments? \((?P<args>.*)\)", re.DOTALL)
_NO_COMMAND = re.compile(r"No such command (?P<name>'.*'|\".*\")\.")
_NEEDS_VALUE = re.compile(r"Option (?P<name>'.*'|\".*\") requires (?:an argument|[0-9]+ "
                          r"arguments)\.")
_TAKES_NO_VALUE = re.compile(r"Option (?P<name>'.*'|\".*\") does not take a value\.")


def _no_command(name: str, ctx: click.Context | None, language: Language) -> str:
    commands = sorted(ctx.command.commands) \
        if ctx is not None and isinstance(ctx.command, click.Group) else []
    text = phrase(language, "usage.no_command", name=name)
    suggestion = _did_you_mean(name, commands, language)
    if suggestion or not commands:
        return text + suggestion
    return f"{text} {phrase(language, 'usage.commands', names=', '.join(commands))}"


def usage_message(error: click.UsageError, language: Language) -> str:
    """What went wrong, in ``language``, without click's 'Error: '."""
    if isinstance(error, click.MissingParameter):
        return _missing(error, language)
    if isinstance(error, click.BadParameter):
        return _bad_value(error, language)
    if isinstance(error, click.NoSuchOption):
        params = error.ctx.command.get_params(error.ctx) if error.ctx else []
        possible = [opt for param in params for opt in [*param.opts, *param.secondary_opts]]
        return phrase(language, "usage.no_option", name=error.option_name) + _did_you_mean(
            error.option_name, possible, language)
    message = error.message
    if match := _NO_COMMAND.fullmatch(message):
        return _no_command(_literal(match["name"]), error.ctx, language)
    if message == "Missing command.":
        return phrase(language, "usage.missing_command")
    if match := _EXTRA.fullmatch(message):
        return phrase(language, "usage.extra_arguments", args=match["args"])
    if match := _NEEDS_VALUE.fullmatch(message):
        return phrase(language, "usage.needs_value", name=_literal(match["name"]))
    if match := _TAKES_NO_VALUE.fullmatch(message):
        return phrase(language, "usage.takes_no_value", name=_literal(match["name"]))
    return message  # campdoc's own usage errors are worded in the right language already


class TranslatedUsageError(click.UsageError):
    """A usage error shown as click shows it, with every word in the project's language."""

    def __init__(self, error: click.UsageError, language: Language) -> None:
        super().__init__(usage_message(error, language), error.ctx)
        self.language = language

    def show(self, file: Any = None) -> None:
        if self.ctx is not None:
            usage = self.ctx.get_usage()
            english = "Usage:"
            if usage.startswith(english):
                usage = phrase(self.language, "cli.usage") + usage[len(english):]
            click.echo(usage, err=True)
            click.echo(phrase(self.language, "cli.help", command=self.ctx.command_path),
                       err=True)
            click.echo("", err=True)
        click.echo(phrase(self.language, "cli.error", message=_capitalised(self.message)),
                   err=True)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
