"""A project's own templates try to print what readers must not see: a hidden host's name,
address and review handles, and draft sessions. The public view is made once after
validation, so no template receives any of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from campdoc.content.public import anonymous_label
from campdoc.site.build import build
from tests.conftest import site_scope
from tests.hostile.conftest import write_project
from tests.site_tools import readable_text

HIDDEN = ("---\ntitle: Offene Runde\nhosts:\n"
          "  - name: Greta Verborgen\n    organization: Verein Offen\n"
          "    url: mailto:greta@verborgen.example\n    github: greta-verborgen\n"
          "    publish_name: false\n"
          "  - name: Nora Sichtbar\n    github: nora-review\n"
          "insights: [Alles gut]\n---\nNotizen.\n")
DRAFT = ("---\ntitle: Heimlicher Entwurf\nhosts: [{name: Dora Draft}]\nstatus: draft\n"
         "insights: [x]\n---\nEntwurfstext.\n")
# Every way a template might reach a host's data or the camp's sessions.
PRYING_SESSION = (
    '{% extends "campdoc/session.html" %}\n{% block content %}{{ super() }}\n'
    '<div id="pry">{% for host in session.meta.hosts %}'
    "[{{ host.name }}|{{ host.url }}|{{ host.github }}|{{ host.gitlab }}]{% endfor %}\n"
    "{{ session.meta.hosts | map(attribute='name') | join(';') }}\n"
    "{% for other in camp.sessions %}<{{ other.meta.title }}>{% endfor %}\n"
    "{% for other in index.sessions %}<{{ other.meta.title }}>{% endfor %}</div>\n"
    "{% endblock %}\n")
PRYING_CAMP = (
    '{% extends "campdoc/camp.html" %}\n{% block content %}{{ super() }}<div id="pry">'
    "{% for s in camp.sessions %}{{ s.meta.title }}:"
    "{% for h in s.meta.hosts %}{{ h.name }},{% endfor %}{% endfor %}</div>{% endblock %}\n")
SECRETS = ("Greta Verborgen", "greta@verborgen.example", "greta-verborgen", "nora-review",
           "Heimlicher Entwurf", "Dora Draft", "Entwurfstext")


@pytest.fixture(scope=site_scope)
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_project(tmp_path_factory.mktemp("pry"), {"runde.md": HIDDEN, "entwurf.md": DRAFT})
    (root / "templates").mkdir()
    (root / "templates" / "session.html").write_text(PRYING_SESSION, encoding="utf-8")
    (root / "templates" / "camp.html").write_text(PRYING_CAMP, encoding="utf-8")
    result = build(root, root / "site", booklet=True)
    assert not result.failed, result.issues
    return root / "site"


def test_the_prying_templates_ran(site: Path) -> None:
    """The overrides are in use: they print the public view, label and named host included."""
    page = (site / "camp" / "sessions" / "runde.html").read_text(encoding="utf-8")
    label = anonymous_label("de")
    assert f'<div id="pry">[{label}|||][Nora Sichtbar|||]{label};Nora Sichtbar' in page
    assert "<Offene Runde><Offene Runde></div>" in page
    home = (site / "camp" / "index.html").read_text(encoding="utf-8")
    assert f'<div id="pry">Offene Runde:{label},Nora Sichtbar,</div>' in home


def test_no_file_of_the_site_holds_a_secret(site: Path) -> None:
    files = [path for path in site.rglob("*") if path.is_file()]
    assert len(files) > 20
    for path in files:
        if path.suffix == ".pdf":
            continue  # compressed streams; the PDF's text is read below
        text = readable_text(path)
        for secret in SECRETS:
            assert secret not in text, (secret, path)


def test_the_booklet_pdf_holds_no_secret(site: Path) -> None:
    import subprocess

    text = subprocess.run(["pdftotext", str(site / "camp" / "booklet.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Offene Runde" in text
    for secret in SECRETS:
        assert secret not in text, secret
