"""``campdoc serve``: build, preview on this machine, and rebuild on every save."""

from __future__ import annotations

from pathlib import Path

import click

from campdoc.cli.build import report_build
from campdoc.cli.common import DEFAULT_OUT, LANG_OPTION, PROJECT_OPTION, Context
from campdoc.core.phrases import phrase


@click.command()
@click.option("--host", "bind", default="127.0.0.1", show_default=True,
              help="Address to listen on. Use 0.0.0.0 only to show the site to other devices "
              "in your network.")
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--out", "-o", "out", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Output folder (default: site/ in the project).")
@click.option("--watch/--no-watch", default=True, show_default=True,
              help="Rebuild when files change and reload the browser tab.")
@LANG_OPTION
@PROJECT_OPTION
def serve(bind: str, port: int, out: Path | None, watch: bool, lang: str | None,
          project_dir: Path | None) -> None:
    """Build the site and preview it at http://127.0.0.1:8000/, updating as you save.

    Watches sessions/, templates/ and campdoc.yaml; a save rebuilds what it touches and
    reloads the open browser tab, and prints its warnings as check does. A broken save
    shows the error here and in the browser (file, line and the line itself), and the
    last good pages stay. Search works here as on the published site. When port 8000 is
    taken, choose another with --port, or --port 0 for a free one; the address to open
    is printed.
    """
    from campdoc.preview.runner import open_preview, serve_preview
    from campdoc.preview.server import is_loopback
    from campdoc.site.build import build as build_site

    ctx = Context(project_dir, lang)
    target = out if out is not None else ctx.root / DEFAULT_OUT
    language = ctx.default_language()
    # Listen first: a taken port is said at once, not after a long build.
    opened = open_preview(ctx.root, target, bind, port, language, click.echo, watch=watch)
    try:
        language = report_build(build_site(ctx.root, target), ctx, target, strict=False)
    except BaseException:
        opened.close()
        raise
    opened.preview.language = language
    if not is_loopback(bind):
        click.secho(phrase(language, "serve.exposed", host=bind), fg="yellow", err=True)
    serve_preview(opened)
