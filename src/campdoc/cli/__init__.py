"""The ``campdoc`` command line."""

from campdoc.cli.main import main

__all__ = ["main"]
