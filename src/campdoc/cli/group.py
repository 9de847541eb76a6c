"""The ``campdoc`` command group: every failure below it becomes a message in the project's
language, never a traceback.

Usage mistakes (an unknown command, a bad option value) are click's; failures the user
can fix are `CampdocError`; a file the machine will not let campdoc read or write is an
`OSError` with a file name. Everything else is a bug and stays a traceback.
"""

from __future__ import annotations

from typing import Any

import click
from click.exceptions import NoArgsIsHelpError

from campdoc.cli.usage import LANGUAGE_KEY, TranslatedUsageError, language_of, language_of_call
from campdoc.core.errors import CampdocError, UsageProblem, file_problem
from campdoc.core.messages import Language
from campdoc.core.phrases import phrase


class ReportedError(click.ClickException):
    """A `CampdocError` as click shows it: the message and the hint, no traceback."""

    exit_code = CampdocError.exit_code

    def __init__(self, error: CampdocError, language: Language) -> None:
        message, self.hint = error.text(language)
        super().__init__(message)

    def show(self, file: Any = None) -> None:
        click.secho(f"campdoc: {self.message}", fg="red", err=True)
        if self.hint:
            click.echo(f"  {self.hint}", err=True)


class ReportedUsageProblem(ReportedError):
    """A `UsageProblem`: the same message, and click's exit code for wrong usage."""

    exit_code = UsageProblem.exit_code


class Aborted(click.ClickException):
    """Ctrl+C, or the end of the input while a question waited for an answer."""

    def __init__(self, language: Language) -> None:
        super().__init__(phrase(language, "cli.aborted"))

    def show(self, file: Any = None) -> None:
        click.echo("", err=True)  # the prompt or the ^C is still on the line
        click.echo(self.message, err=True)


class CampdocGroup(click.Group):
    """The command group; it learns the language first, then reports failures in it."""

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        language = language_of_call(args)
        try:
            ctx = super().make_context(info_name, args, parent, **extra)
        except NoArgsIsHelpError:
            raise
        except click.UsageError as error:
            raise TranslatedUsageError(error, language) from None
        ctx.meta[LANGUAGE_KEY] = language
        return ctx

    def invoke(self, ctx: click.Context) -> Any:
        language = language_of(ctx)
        try:
            return super().invoke(ctx)
        except (NoArgsIsHelpError, TranslatedUsageError):
            raise
        except click.UsageError as error:
            raise TranslatedUsageError(error, language) from None
        except UsageProblem as error:
            raise ReportedUsageProblem(error, language) from None
        except CampdocError as error:
            raise ReportedError(error, language) from None
        except (click.Abort, EOFError, KeyboardInterrupt):
            raise Aborted(language) from None
        except OSError as error:
            problem = file_problem(error)
            if problem is None:
                raise
            raise ReportedError(problem, language) from None
