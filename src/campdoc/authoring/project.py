"""Start a project and add camps and sessions: ``campdoc init`` and ``campdoc new``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from campdoc.authoring.scaffold import (
    CampDraft,
    HostInput,
    SessionDraft,
    camp_text,
    quoted,
    session_filename,
    session_text,
)
from campdoc.content.load import CAMP_FILE, CONFIG_FILE, SESSIONS_DIR
from campdoc.content.model import Camp, Project, Session
from campdoc.core.errors import CampdocError
from campdoc.core.files import create_exclusively, write_atomically

CONFIG_PLACEHOLDERS = {
    "de": """# Öffentliche Adresse der Seite (für Feeds, Sitemap und Vorschauen):
# base_url: https://example.org/doku/
# Impressum und Datenschutzerklärung, jeweils eine Webadresse oder eine Markdown-Seite im
# Projekt (z. B. rechtliches/impressum.md). Öffentliche Seiten brauchen beides; einen Text
# über diese Website für die Datenschutzerklärung gibt es in campdocs docs/privacy.md.
# imprint: https://example.org/impressum
# privacy: https://example.org/datenschutz
# Suchmaschinen bitten, nichts aufzunehmen (Doku nur per Link weitergeben):
# robots: noindex
""",
    "en": """# Public address of the site (for feeds, sitemap and previews):
# base_url: https://example.org/docs/
# Imprint and privacy notice, each a web address or a Markdown page in the project (such
# as legal/imprint.md). Public sites need both; campdoc's docs/privacy.md has text about
# this site for the privacy notice.
# imprint: https://example.org/imprint
# privacy: https://example.org/privacy
# Ask search engines not to list anything (documentation shared by link only):
# robots: noindex
""",
}
# site/ holds what campdoc build and campdoc booklet write (site/<camp>/booklet.pdf).
GITIGNORE = ("# Written by campdoc build and campdoc booklet; never edit by hand.\n/site/\n"
             "/.site.*/\n.campdoc-cache/\n")

PROJECT_README = {
    "de": """# Dokumentation unserer Barcamps

Dieses Repository enthält die Dokumentation unserer Barcamps. Jede Session ist eine Datei.

## So dokumentierst du eine Session

1. Neue Session anlegen: `campdoc new session` (fragt Titel, Sessiongeber:innen, Raum und Slot ab).
2. Die Datei in `sessions/<camp>/` öffnen und Fragen, Erkenntnisse und Notizen eintragen.
3. Prüfen: `campdoc check` zeigt jeden Fehler mit Datei, Zeile und einem Tipp.
4. Ansehen: `campdoc serve` öffnet eine Vorschau unter http://127.0.0.1:8000/, die sich beim
   Speichern selbst aktualisiert.
5. Fertig? `status: published` setzen.

Die Seite bauen: `campdoc build` schreibt alles nach `site/`. Der Ordner funktioniert auch
ohne Server, zum Beispiel auf einem USB-Stick, mit Suche.
""",
    "en": """# Documentation of our barcamps

This repository holds the documentation of our barcamps. Each session is one file.

## How to document a session

1. Create it: `campdoc new session` (asks for the title, hosts, room and slot).
2. Open the file in `sessions/<camp>/` and fill in questions, insights and notes.
3. Check it: `campdoc check` shows every mistake with file, line and a hint.
4. Look at it: `campdoc serve` opens a preview at http://127.0.0.1:8000/ that reloads when you
   save.
5. Done? Set `status: published`.

Build the site with `campdoc build`: it writes `site/`, which also works without a server,
for example from a USB stick, search included.
""",
}

EXAMPLE = {
    "de": ("beispielcamp", "Beispielcamp", "Vorstellungsrunde und Themensammlung",
           ["Wie finden wir neue Engagierte?"], ["Persönliche Ansprache wirkt am besten."],
           "Moderation", "Orga-Team"),
    "en": ("example-camp", "Example camp", "Introductions and topics",
           ["How do we find new volunteers?"], ["Asking people in person works best."],
           "Facilitation", "Organising team"),
}


def init_project(folder: Path, language: str, force: bool) -> list[Path]:
    """Write a new project into ``folder``; existing files are kept unless ``force``."""
    camp_id, camp_name, title, questions, insights, tag, host = EXAMPLE[language]
    today = dt.date.today()
    camp = CampDraft(camp_id=camp_id, name=f"{camp_name} {today.year}", date=today,
                     language=language)
    points: list[str | tuple[str, list[str]]] = list(insights)
    session = SessionDraft(title=title, hosts=[HostInput(host)], room=camp.rooms[0],
                           slot=camp.slots[0][0], tags=[tag], questions=questions,
                           insights=points, published=True)
    files = {
        folder / CONFIG_FILE: (f"title: {quoted(camp_name)}\nlanguage: {language}\n"
                               + CONFIG_PLACEHOLDERS[language]),
        folder / ".gitignore": GITIGNORE,
        folder / "README.md": PROJECT_README[language],
        folder / SESSIONS_DIR / camp_id / CAMP_FILE: camp_text(camp),
        folder / SESSIONS_DIR / camp_id / session_filename(title): session_text(
            session, language),
    }
    existing = [path for path in files if path.exists()]
    if existing and not force:
        names = ", ".join(str(path.relative_to(folder)) for path in existing)
        raise CampdocError.said("project.exists", names=names, folder=folder)
    for path, text in files.items():
        write_atomically(path, text.encode("utf-8"), root=folder)
    return list(files)


def pick_camp(project: Project, camp_id: str | None) -> Camp:
    """The camp named by ``--camp``, or the only one, or the newest one."""
    if camp_id:
        return find_camp(project, camp_id)
    return newest_first(project)[0]


def find_camp(project: Project, camp_id: str) -> Camp:
    """The camp with this id; the error names the camps there are."""
    found = next((camp for camp in project.camps if camp.id == camp_id), None)
    if found is None:
        raise CampdocError.said("project.unknown_camp", camp=camp_id, camps=", ".join(
            camp.id for camp in newest_first(project)))
    return found


def newest_first(project: Project) -> list[Camp]:
    """The camps, the one with the latest date first; an error when there is none."""
    if not project.camps:
        raise CampdocError.said("project.no_camp")
    return sorted(project.camps, key=lambda camp: (camp.first_day or dt.date.min, camp.id),
                  reverse=True)


def known_tags(project: Project) -> list[str]:
    """Every tag used so far, most used first, for suggestions."""
    counts: dict[str, int] = {}
    for camp in project.camps:
        for session in camp.sessions:
            for tag in session.meta.tags:
                counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts, key=lambda tag: (-counts[tag], tag.casefold()))


def session_path(project: Project, camp: Camp, title: str) -> Path:
    """Where the session with this title is written (raises when the title gives no name)."""
    return project.root / Path(camp.source).parent / session_filename(title)


def create_session(project: Project, camp: Camp, draft: SessionDraft, language: str) -> Path:
    """Write the draft as a new file in the camp's folder; never overwrites."""
    path = session_path(project, camp, draft.title)
    create_exclusively(project.root, path, session_text(draft, language))
    return path


def room_taken_by(camp: Camp, room: str, slot: str) -> Session | None:
    """The session (draft or not) that already has ``room`` in ``slot``, if any."""
    if not room or not slot:
        return None
    return next((session for session in camp.sessions
                 if session.meta.room == room and session.meta.slot == slot), None)


def camp_path(project_root: Path, camp_id: str) -> Path:
    return project_root / SESSIONS_DIR / camp_id / CAMP_FILE


def create_camp(project_root: Path, draft: CampDraft) -> Path:
    path = camp_path(project_root, draft.camp_id)
    create_exclusively(project_root, path, camp_text(draft))
    return path
