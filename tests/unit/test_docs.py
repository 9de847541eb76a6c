"""Generated docs stay in step with the schema, and the README with the commands."""

from __future__ import annotations

import click

from campdoc.cli import main
from campdoc.content.schema_export import fields_document
from tests.conftest import ROOT


def test_field_reference_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "fields.md").read_text(encoding="utf-8")
    assert committed == fields_document(), (
        "run: python -m campdoc.content.schema_export > docs/fields.md")


def test_field_reference_names_every_session_field_in_both_languages() -> None:
    english, german = fields_document().split("# Feldreferenz (Deutsch)")
    for name in ("title", "hosts", "publish_name", "insights", "open_questions", "slots"):
        assert f"| `{name}` |" in english and f"| `{name}` |" in german, name
    assert "Pflichtfeld" not in english and "| ja |" in german



def test_readme_names_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = []
    for name, command in main.commands.items():
        if isinstance(command, click.Group):
            missing += [f"{name} {sub}" for sub in command.commands
                        if f"`campdoc {name} {sub}" not in readme
                        and f"`{name} {sub}`" not in readme]
        elif f"`campdoc {name}" not in readme:
            missing.append(name)
    assert missing == []
    assert {"booklet", "import"} <= set(main.commands)
