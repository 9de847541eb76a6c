"""The ``campdoc`` command line: one module per command or command group, registered here.

Only this package knows click. A command parses its options, calls the stage that does the
work and prints the result; user-caused failures become a message in the project's
language and an exit code, never a traceback (`campdoc.cli.group`).
"""

from __future__ import annotations

import click

from campdoc import __version__
from campdoc.cli.add import add
from campdoc.cli.booklet import booklet
from campdoc.cli.build import build
from campdoc.cli.check import check
from campdoc.cli.ci import ci
from campdoc.cli.forget import forget
from campdoc.cli.group import CampdocGroup
from campdoc.cli.importers import import_
from campdoc.cli.init import init
from campdoc.cli.new import new
from campdoc.cli.schema import schema
from campdoc.cli.serve import serve
from campdoc.cli.stats import stats


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
