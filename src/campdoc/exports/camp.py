"""The open exports every build writes into a camp's folder, from the validated camp.

- ``schedule.json``: the c3voc schedule format, for conference tools and Fahrplan apps;
- ``camp.ics`` and ``sessions/<id>.ics``: calendars;
- ``sessions.json``: all published content as open data (``campdoc import json`` reads it).

They are made from the camp's public view only. Addresses are absolute with a base URL and
relative to the camp's folder without one.
"""

from __future__ import annotations

from campdoc.content.model import Session
from campdoc.content.public import PublicCamp, hosts_line
from campdoc.content.timing import camp_updated
from campdoc.core.words import UI
from campdoc.exports.ical import CalendarWriter
from campdoc.exports.schedule import schedule_document
from campdoc.exports.sessions import dump_json, sessions_document
from campdoc.exports.text import session_summary_text
from campdoc.render import urls
from campdoc.render.media import CampMedia
from campdoc.render.settings import BuildSettings

SCHEDULE_FILE = "schedule.json"
CALENDAR_FILE = "camp.ics"
SESSIONS_FILE = "sessions.json"


def camp_exports(camp: PublicCamp, settings: BuildSettings,
                 media: CampMedia | None = None) -> dict[str, bytes]:
    """Site path → file content of every export of the camp."""
    words = UI[camp.language]
    camp_url = urls.absolute_url(settings.base_url, urls.camp_page(camp.id, ""))

    def address(path: str) -> str:
        """Absolute with a base URL, else relative to the camp's folder."""
        return (urls.absolute_url(settings.base_url, path)
                or urls.relative_url(urls.camp_page(camp.id), path))

    def url_of(session: Session) -> str:
        return address(urls.session_page(session))

    # The plain-text summary is shared by schedule.json and the calendars: made once.
    summaries = {session.slug: session_summary_text(session, hosts_line(session), words)
                 for session in camp.published}

    def summary(session: Session) -> str:
        return summaries[session.slug]

    files = {
        urls.camp_page(camp.id, SCHEDULE_FILE): dump_json(
            schedule_document(camp, url_of, camp_url, summary)),
        urls.camp_page(camp.id, SESSIONS_FILE): dump_json(
            sessions_document(camp, url_of, camp_url, media or CampMedia(), address)),
    }
    calendars = CalendarWriter(camp, summary, url_of, settings.base_url,
                               camp_updated(camp, settings.source_date))
    files[urls.camp_page(camp.id, CALENDAR_FILE)] = calendars.camp_calendar()
    for session in camp.published:
        calendar = calendars.session_calendar(session)
        if calendar is not None:
            files[urls.session_calendar(session)] = calendar
    return files
