"""campdoc: turn barcamp session notes into a validated, searchable, offline-first static site."""

__version__ = "0.1.0"
