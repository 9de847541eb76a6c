"""``campdoc new session`` and ``campdoc new camp``: files that pass ``check`` at once.

On a terminal the commands ask for what is missing; with flags they run unattended.
"""

from __future__ import annotations

import click

from campdoc.cli.new_camp import new_camp
from campdoc.cli.new_session import new_session


@click.group()
def new() -> None:
    """Create a new camp or session file, ready to be filled in."""


new.add_command(new_session)
new.add_command(new_camp)
