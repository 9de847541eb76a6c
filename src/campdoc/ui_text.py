"""The words of the reader-facing pages, in German and English."""

from __future__ import annotations

import datetime as dt

UI: dict[str, dict[str, str]] = {
    "de": {
        "skip": "Zum Inhalt springen",
        "archive": "Alle Camps",
        "home": "Übersicht",
        "sessions": "Sessions",
        "schedule": "Programm",
        "tags": "Schlagworte",
        "people": "Sessiongeber:innen",
        "organisations": "Organisationen",
        "search": "Suche",
        "search_label": "Suchbegriff",
        "search_placeholder": "Suchen, z. B. Partnerschaften …",
        "search_button": "Suchen",
        "search_hint": "Tippe einen Begriff ein. Filter grenzen die Ergebnisse ein.",
        "search_none": "Keine Treffer für diese Suche.",
        "search_count_one": "1 Treffer",
        "search_count": "{n} Treffer",
        "search_offline": "Offline-Suche (ohne Server) aktiv.",
        "search_unavailable": "Die Suche braucht JavaScript.",
        "filters": "Filter",
        "filter_all": "alle",
        "filter_tag": "Schlagwort",
        "filter_room": "Raum",
        "filter_slot": "Zeit",
        "filter_organisation": "Organisation",
        "filter_language": "Sprache",
        "filter_camp": "Camp",
        "date": "Datum",
        "time": "Zeit",
        "room": "Raum",
        "hosts": "Sessiongeber:innen",
        "anonymous": "Anonyme:r Sessiongeber:in",
        "participants": "Teilnehmende",
        "questions": "Fragen",
        "insights": "Wichtigste Erkenntnisse",
        "open_questions": "Offene Fragen",
        "next_steps": "Nächste Schritte",
        "notes": "Notizen",
        "links": "Material und Links",
        "documented_by": "Dokumentiert von",
        "license": "Lizenz",
        "license_text": "Inhalte dieser Dokumentation stehen unter der Lizenz",
        "previous": "Vorherige Session",
        "next": "Nächste Session",
        "organizer": "Veranstaltet von",
        "location": "Ort",
        "funders": "Gefördert von",
        "partners": "Partner:innen",
        "session_count_one": "1 Session",
        "session_count": "{n} Sessions",
        "no_slot": "Ohne festen Slot",
        "all_tags": "Alle Schlagworte",
        "sessions_with_tag": "Sessions zum Schlagwort",
        "sessions_of": "Sessions von",
        "feed": "Feed (Atom)",
        "generated": "Erstellt mit campdoc",
        "language_de": "Deutsch",
        "language_en": "Englisch",
        "empty_schedule": "Für dieses Camp ist noch kein Programm veröffentlicht.",
        "theme": "Farbschema",
        "breadcrumb": "Brotkrümelnavigation",
        "main_nav": "Hauptnavigation",
        "session_nav": "Weitere Sessions",
        "camps": "Camps",
        "edit": "Diese Seite korrigieren",
    },
    "en": {
        "skip": "Skip to content",
        "archive": "All camps",
        "home": "Overview",
        "sessions": "Sessions",
        "schedule": "Schedule",
        "tags": "Tags",
        "people": "Hosts",
        "organisations": "Organisations",
        "search": "Search",
        "search_label": "Search term",
        "search_placeholder": "Search, e.g. partnerships …",
        "search_button": "Search",
        "search_hint": "Type a word. Filters narrow the results down.",
        "search_none": "No results for this search.",
        "search_count_one": "1 result",
        "search_count": "{n} results",
        "search_offline": "Offline search (no server) in use.",
        "search_unavailable": "Search needs JavaScript.",
        "filters": "Filters",
        "filter_all": "all",
        "filter_tag": "Tag",
        "filter_room": "Room",
        "filter_slot": "Time",
        "filter_organisation": "Organisation",
        "filter_language": "Language",
        "filter_camp": "Camp",
        "date": "Date",
        "time": "Time",
        "room": "Room",
        "hosts": "Hosts",
        "anonymous": "Anonymous host",
        "participants": "Participants",
        "questions": "Questions",
        "insights": "Key insights",
        "open_questions": "Open questions",
        "next_steps": "Next steps",
        "notes": "Notes",
        "links": "Material and links",
        "documented_by": "Documented by",
        "license": "Licence",
        "license_text": "The content of this documentation is licensed under",
        "previous": "Previous session",
        "next": "Next session",
        "organizer": "Organised by",
        "location": "Venue",
        "funders": "Funded by",
        "partners": "Partners",
        "session_count_one": "1 session",
        "session_count": "{n} sessions",
        "no_slot": "No fixed slot",
        "all_tags": "All tags",
        "sessions_with_tag": "Sessions tagged",
        "sessions_of": "Sessions by",
        "feed": "Feed (Atom)",
        "generated": "Made with campdoc",
        "language_de": "German",
        "language_en": "English",
        "empty_schedule": "No schedule has been published for this camp yet.",
        "theme": "Colour scheme",
        "breadcrumb": "Breadcrumb",
        "main_nav": "Main navigation",
        "session_nav": "More sessions",
        "camps": "Camps",
        "edit": "Suggest a correction",
    },
}

_MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def format_date(day: dt.date, language: str) -> str:
    """``16. Mai 2026`` or ``16 May 2026``."""
    month = _MONTHS[language][day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "de" else \
        f"{day.day} {month} {day.year}"


def format_date_range(first: dt.date | None, last: dt.date | None, language: str) -> str:
    if first is None:
        return ""
    if last is None or last == first:
        return format_date(first, language)
    return f"{format_date(first, language)} – {format_date(last, language)}"


def count_sessions(count: int, language: str) -> str:
    words = UI[language]
    return words["session_count_one"] if count == 1 else words["session_count"].format(n=count)
