"""``campdoc forget NAME``: show, and with ``--apply`` remove, every mention of a person."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from campdoc.authoring.forget import (
    PLACEHOLDERS,
    ForgetPlan,
    apply_forget,
    plan_forget,
    replacement_rules,
)
from campdoc.authoring.mentions import Mention
from campdoc.cli.common import LANG_OPTION, PROJECT_OPTION, Context, load_and_validate, plural
from campdoc.core.printable import fill, one_line
from campdoc.core.seal import CACHE_DIR
from campdoc.render.legal import legal_sources

WORDS = {
    "de": {
        "host": "Sessiongeber:in ({field}) → wird anonym, die Organisation bleibt",
        "documented_by": "Dokumentiert von ({field}) → der Name fällt weg",
        "text": "Text ({field}) → „{placeholder}“",
        "partial": "Mögliche Erwähnungen (Vor- oder Nachname allein; werden nicht geändert, "
                   "bitte selbst prüfen):",
        "none": "„{name}“ kommt im Projekt nicht vor.",
        "found": "{count} Stelle{n} in {files} Datei{en}.",
        "dry": "Mit --apply werden sie geändert; sonst ändert sich nichts.",
        "applied": "Geändert: {count} Stelle{n} in {files} Datei{en}. 'campdoc check' prüft "
                   "das Ergebnis; 'campdoc build' baut die Seite ohne den Namen neu.",
        "cache": "Gelöscht: {cache}/ (gebaute Seiten mit dem Namen).",
        "history": """Was 'forget' nicht kann: den Namen aus der Git-Geschichte entfernen. Ältere
Fassungen der Dateien enthalten ihn weiter. Dafür (mit git-filter-repo):

  1. Diese Zeilen in eine Datei außerhalb des Repositorys schreiben, z. B. ../ersetzen.txt:
{rules}
  2. pip install git-filter-repo
  3. git filter-repo --replace-text ../ersetzen.txt      (schreibt jeden Commit neu)
  4. git push --force --all && git push --force --tags
  5. Alle mit einer Kopie (Klone, Forks) bitten, sie zu löschen und neu zu klonen; beim
     Anbieter (GitHub, GitLab …) ggf. den Support bitten, alte Commits und Pull-Requests
     aus dem Cache zu entfernen.
  6. Die Seite neu bauen und veröffentlichen ('campdoc build'), CI-Caches leeren, und wo
     die alte Seite kopiert wurde (Web-Archive, Suchmaschinen) die Löschung beantragen.""",
    },
    "en": {
        "host": "Host ({field}) → becomes anonymous, the organisation stays",
        "documented_by": "Documented by ({field}) → the name is removed",
        "text": "Text ({field}) → “{placeholder}”",
        "partial": "Possible mentions (first or last name alone; not changed, please check "
                   "them yourself):",
        "none": "“{name}” does not occur in the project.",
        "found": "{count} place{s} in {files} file{fs}.",
        "dry": "With --apply they are changed; otherwise nothing changes.",
        "applied": "Changed: {count} place{s} in {files} file{fs}. 'campdoc check' checks the "
                   "result; 'campdoc build' rebuilds the site without the name.",
        "cache": "Deleted: {cache}/ (built pages with the name).",
        "history": """What 'forget' cannot do: remove the name from the git history. Earlier
versions of the files still contain it. To do that (with git-filter-repo):

  1. Write these lines into a file outside the repository, e.g. ../replace.txt:
{rules}
  2. pip install git-filter-repo
  3. git filter-repo --replace-text ../replace.txt      (rewrites every commit)
  4. git push --force --all && git push --force --tags
  5. Ask everyone with a copy (clones, forks) to delete it and clone again; ask the forge
     (GitHub, GitLab …) to purge old commits and pull requests from its caches.
  6. Rebuild and republish the site ('campdoc build'), clear CI caches, and request removal
     where the old site was copied (web archives, search engines).""",
    },
}


def _describe(mention: Mention, words: dict[str, str], placeholder: str) -> str:
    kind = ("host" if mention.is_host_name else "documented_by" if mention.is_documented_by
            else "text")
    return fill(words[kind], field=mention.field, placeholder=placeholder)


def _show(mention: Mention, what: str) -> None:
    click.echo(f"{one_line(mention.path)}:{mention.line}:{mention.column}: {what}")
    click.echo(f"  {mention.line:>4} | {one_line(mention.line_text)}")


def _counts(plan: ForgetPlan, language: str) -> dict[str, object]:
    count, files = len(plan.mentions), len({m.path for m in plan.mentions})
    return {"count": count, "files": files, "n": plural(count, "", "n"),
            "en": plural(files, "", "en"), "s": plural(count, "", "s"),
            "fs": plural(files, "", "s")}


@click.command()
@click.argument("name")
@click.option("--apply", "apply_changes", is_flag=True,
              help="Change the files; without it, only show what would change.")
@click.option("--placeholder", default=None, metavar="TEXT",
              help="What replaces the name in texts (default: 'N. N.' in German, "
              "'a participant' in English).")
@LANG_OPTION
@PROJECT_OPTION
def forget(name: str, apply_changes: bool, placeholder: str | None, lang: str | None,
           project_dir: Path | None) -> None:
    """Find every mention of a person, and with --apply remove them (right to erasure).

    NAME is the full name, in quotes. It looks in the session and camp files, campdoc.yaml,
    the imprint and privacy pages and the project's templates/. Matching ignores case,
    Unicode spelling variants and line breaks between the parts of the name. Each mention is
    shown with its place; first or last names alone are shown as hints. With --apply, a host
    becomes an anonymous host (the organisation stays), 'documented_by' loses the name, and
    every other mention becomes the placeholder; nothing else in the files changes. Finally
    it shows how to remove the name from the git history, which campdoc cannot do.
    """
    ctx = Context(project_dir, lang)
    project, _, _ = load_and_validate(ctx.root)
    language = ctx.language(project)
    words = WORDS[language]
    replacement = placeholder if placeholder is not None else PLACEHOLDERS[language]
    plan = plan_forget(ctx.root, name, replacement, legal_sources(ctx.root, project.config))
    if not plan.mentions:
        click.echo(fill(words["none"], name=name))
    for mention in plan.mentions:
        _show(mention, _describe(mention, words, replacement))
    if plan.partial:
        click.echo("")
        click.echo(words["partial"])
        for mention in plan.partial:
            quoted = "„{found}“" if language == "de" else "“{found}”"
            _show(mention, fill(quoted, found=mention.found))
    if not plan.mentions:
        return
    click.echo("")
    counts = _counts(plan, language)
    if apply_changes:
        apply_forget(ctx.root, plan)
        click.echo(fill(words["applied"], **counts))
        cache = ctx.root / CACHE_DIR
        if cache.is_dir() and not cache.is_symlink():
            shutil.rmtree(cache)
            click.echo(fill(words["cache"], cache=CACHE_DIR))
    else:
        click.echo(fill(words["found"], **counts) + " " + words["dry"])
    click.echo("")
    # One line per rule, each made one line itself: the name was typed, but it is shown.
    rules = "\n".join(f"       {one_line(rule)}" for rule in replacement_rules(
        name, plan.spellings, replacement))
    click.echo(words["history"].format(rules=rules))
