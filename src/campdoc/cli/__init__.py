"""The ``campdoc`` command line: one module per command or command group, registered here.

Only this package knows click. A command parses its options, calls the stage that does the
work and prints the result; user-caused failures (`CampdocError`) become a message and an
exit code, never a traceback.
"""

from __future__ import annotations

from typing import Any

import click

from campdoc import __version__
from campdoc.cli.add import add
from campdoc.cli.booklet import booklet
from campdoc.cli.build import build
from campdoc.cli.check import check
from campdoc.cli.ci import ci
from campdoc.cli.forget import forget
from campdoc.cli.importers import import_
from campdoc.cli.init import init
from campdoc.cli.new import new
from campdoc.cli.schema import schema
from campdoc.cli.serve import serve
from campdoc.cli.stats import stats
from campdoc.core.errors import CampdocError, UsageProblem


class ReportedError(click.ClickException):
    """A `CampdocError` as click shows it: the message and the hint, no traceback."""

    exit_code = CampdocError.exit_code

    def __init__(self, error: CampdocError) -> None:
        super().__init__(error.message)
        self.error = error

    def show(self, file: Any = None) -> None:
        click.secho(f"campdoc: {self.error.message}", fg="red", err=True)
        if self.error.hint:
            click.echo(f"  {self.error.hint}", err=True)


class ReportedUsageProblem(ReportedError):
    """A `UsageProblem`: the same message, and click's exit code for wrong usage."""

    exit_code = UsageProblem.exit_code


class CampdocGroup(click.Group):
    """The command group; user-caused failures below it become messages, not tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageProblem as error:
            raise ReportedUsageProblem(error) from None
        except CampdocError as error:
            raise ReportedError(error) from None


@click.group(cls=CampdocGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="campdoc")
def main() -> None:
    """campdoc turns barcamp session notes into a validated, searchable, offline-first site.

    A project has a sessions/ folder with one folder per camp (camp.yaml and one Markdown file
    per session) and an optional campdoc.yaml.

    New here? 'campdoc init my-camp', then 'campdoc new session' and 'campdoc serve'.
    Every command explains itself with --help.
    """


for command in (check, build, serve, booklet, init, new, add, import_, stats, forget, ci,
                schema):
    main.add_command(command)

__all__ = ["main"]
