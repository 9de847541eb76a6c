"""``campdoc schema``: the JSON Schema of the project's files, for editors."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--kind", type=click.Choice(["session", "camp", "config"]), default="session",
              show_default=True, help="Which file the schema describes.")
def schema(output: Path | None, kind: str) -> None:
    """Write the JSON Schema of session front matter, camp.yaml or campdoc.yaml.

    Editors use it to check files while you type; see docs/editor.md.
    """
    from campdoc.content.schema_export import json_schema

    text = json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{output}")
    else:
        click.echo(text, nl=False)
