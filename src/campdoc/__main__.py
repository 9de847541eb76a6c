"""Allow ``python -m campdoc``."""

from campdoc.cli.main import main

main()
