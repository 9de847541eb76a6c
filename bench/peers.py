"""The same corpus as a Hugo site (with a Pagefind index) and as an MkDocs Material site.

The peers get what a barcamp site needs from them: one page per session with its fields
and notes, list pages per camp, tag pages, and search.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

# Go templates for Hugo: long lines are kept whole so that they stay readable as HTML.
HUGO_CONFIG = """baseURL = "https://example.org/"
languageCode = "de"
title = "Benchmark"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
[taxonomies]
tag = "tags"
"""
HUGO_SINGLE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Params.subtitle }}</p>
<ul>{{ range .Params.hosts }}<li>{{ .name }} ({{ .organization }})</li>{{ end }}</ul>
<p>{{ .Params.room }} {{ .Params.slot }}</p>
<ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
<h2>Fragen</h2><ul>{{ range .Params.questions }}<li>{{ . | markdownify }}</li>{{ end }}</ul>
<h2>Erkenntnisse</h2><ul>{{ range .Params.insights }}<li>{{ if reflect.IsMap . }}{{ range $k, $v := . }}{{ $k }}<ul>{{ range $v }}<li>{{ if reflect.IsMap . }}{{ range $a, $b := . }}{{ $a }}{{ range $b }} {{ . }}{{ end }}{{ end }}{{ else }}{{ . | markdownify }}{{ end }}</li>{{ end }}</ul>{{ end }}{{ else }}{{ . | markdownify }}{{ end }}</li>{{ end }}</ul>
<h2>Offene Fragen</h2><ul>{{ range .Params.open_questions }}<li>{{ . }}</li>{{ end }}</ul>
{{ .Content }}</main></body></html>
"""
HUGO_LIST = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
"""
MKDOCS_CONFIG = """site_name: Benchmark
theme:
  name: material
  language: de
plugins:
  - search
"""


def hugo_site(corpus: Path, target: Path) -> Path:
    """A Hugo project whose content is the corpus's session files, unchanged."""
    if (target / "hugo.toml").is_file():
        return target
    shutil.rmtree(target, ignore_errors=True)
    layouts = target / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (target / "hugo.toml").write_text(HUGO_CONFIG)
    (layouts / "single.html").write_text(HUGO_SINGLE)
    (layouts / "list.html").write_text(HUGO_LIST)
    (target / "layouts" / "index.html").write_text(HUGO_LIST)
    for camp in sorted((corpus / "sessions").iterdir()):
        folder = target / "content" / camp.name
        folder.mkdir(parents=True)
        (folder / "_index.md").write_text(f"---\ntitle: {camp.name}\n---\n")
        for session in camp.glob("*.md"):
            shutil.copy(session, folder / session.name)
    return target


def mkdocs_site(corpus: Path, target: Path) -> Path:
    """An MkDocs Material project with the session files as pages."""
    if (target / "mkdocs.yml").is_file():
        return target
    shutil.rmtree(target, ignore_errors=True)
    (target / "docs").mkdir(parents=True)
    (target / "mkdocs.yml").write_text(MKDOCS_CONFIG)
    (target / "docs" / "index.md").write_text("# Benchmark\n")
    for camp in sorted((corpus / "sessions").iterdir()):
        folder = target / "docs" / camp.name
        folder.mkdir()
        for session in camp.glob("*.md"):
            shutil.copy(session, folder / session.name)
    return target


def pagefind_command(site: Path) -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", str(site), "--quiet"]
