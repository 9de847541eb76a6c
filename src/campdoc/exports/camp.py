"""The open exports every build writes into a camp's folder, from the validated camp.

- ``schedule.json``: the c3voc schedule format, for conference tools and Fahrplan apps;
- ``camp.ics`` and ``sessions/<id>.ics``: calendars;
- ``sessions.json``: all published content as open data (``campdoc import json`` reads it).

Addresses are absolute with a base URL and relative to the camp's folder without one.
"""

from __future__ import annotations

from campdoc.content.model import Camp, Session, shown_name
from campdoc.content.timing import camp_updated
from campdoc.core.words import UI
from campdoc.exports.ical import CalendarWriter
from campdoc.exports.schedule import schedule_document
from campdoc.exports.sessions import dump_json, sessions_document
from campdoc.exports.text import session_summary_text
from campdoc.site.render import BuildSettings

SCHEDULE_FILE = "schedule.json"
CALENDAR_FILE = "camp.ics"
SESSIONS_FILE = "sessions.json"


def session_calendar_file(session: Session) -> str:
    return f"sessions/{session.slug}.ics"


def camp_exports(camp: Camp, settings: BuildSettings) -> dict[str, bytes]:
    """Path inside the camp's folder → file content."""
    words = UI[camp.language]
    anonymous = words["anonymous"]
    base = settings.base_url.rstrip("/")
    camp_url = f"{base}/{camp.id}/" if base else ""

    def url_of(session: Session) -> str:
        return f"{camp_url}sessions/{session.slug}.html"

    def host_names(session: Session) -> str:
        return ", ".join(shown_name(host, anonymous)
                         + (f" ({host.organization})" if host.organization else "")
                         for host in session.meta.hosts)

    # The plain-text summary is shared by schedule.json and the calendars: made once.
    summaries = {session.slug: session_summary_text(session, host_names(session), words)
                 for session in camp.published}

    def summary(session: Session) -> str:
        return summaries[session.slug]

    files = {
        SCHEDULE_FILE: dump_json(schedule_document(camp, anonymous, url_of, camp_url, summary)),
        SESSIONS_FILE: dump_json(sessions_document(camp, anonymous, url_of, camp_url)),
    }
    calendars = CalendarWriter(camp, summary, url_of, settings.base_url,
                               camp_updated(camp, settings.source_date))
    files[CALENDAR_FILE] = calendars.camp_calendar()
    for session in camp.published:
        calendar = calendars.session_calendar(session)
        if calendar is not None:
            files[session_calendar_file(session)] = calendar
    return files
