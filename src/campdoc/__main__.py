"""Allow ``python -m campdoc``."""

from campdoc.cli import main

main()
