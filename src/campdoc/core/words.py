"""The words of the reader-facing pages, in German and English."""

from __future__ import annotations

import datetime as dt
import re

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
        "search_placeholder": "Suchen, z. B. {example} …",
        "search_placeholder_plain": "Suchen …",
        "search_needs_js": "Die Suche braucht JavaScript. Ohne JavaScript führen diese "
                           "Seiten zu allen Sessions:",
        "search_button": "Suchen",
        "search_hint": "Tippe einen Begriff ein. Filter grenzen die Ergebnisse ein.",
        "search_none": "Keine Treffer für diese Suche.",
        "search_count_one": "1 Treffer",
        "search_count": "{n} Treffer",
        "search_offline": "Offline-Suche (ohne Server) aktiv.",
        "search_unavailable": "Die Suche konnte nicht starten. Das Programm und die "
                              "Schlagworte führen weiter zu allen Sessions.",
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
        "links": "Links",
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
        "downloads": "Zum Herunterladen",
        "booklet_pdf": "Dokumentation als PDF",
        "booklet_html": "Druckfassung (HTML)",
        "calendar_file": "Kalender aller Sessions (iCal)",
        "schedule_file": "Programm im c3voc-Format (schedule.json)",
        "sessions_file": "Alle Inhalte als offene Daten (sessions.json)",
        "add_to_calendar": "Termin als Kalenderdatei (.ics)",
        "needs_network": "nur mit Internet",
        "session_facts": "Eckdaten",
        "on_this_page": "Auf dieser Seite",
        "booklet_kind": "Dokumentation",
        "contents": "Inhalt",
        "supporters": "Förderung und Partnerschaft",
        "funding": "Förderhinweis",
        "imprint": "Lizenz und Herkunft",
        "online_version": "Online-Fassung",
        "page": "Seite",
        "organisations_of_hosts": "Organisationen der Sessiongeber:innen",
        "sessions_of_org": "Sessions",
        "notes_shortened": "Die Notizen sind hier gekürzt; vollständig stehen sie in der "
                           "Online-Fassung.",
        "photos": "Fotos",
        "materials": "Material zum Herunterladen",
        "legal_imprint": "Impressum",
        "legal_privacy": "Datenschutz",
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
        "search_placeholder": "Search, e.g. {example} …",
        "search_placeholder_plain": "Search …",
        "search_needs_js": "Search needs JavaScript. Without it, these pages lead to every "
                           "session:",
        "search_button": "Search",
        "search_hint": "Type a word. Filters narrow the results down.",
        "search_none": "No results for this search.",
        "search_count_one": "1 result",
        "search_count": "{n} results",
        "search_offline": "Offline search (no server) in use.",
        "search_unavailable": "Search could not start. The schedule and the tags still lead "
                              "to every session.",
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
        "links": "Links",
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
        "downloads": "Downloads",
        "booklet_pdf": "Documentation as PDF",
        "booklet_html": "Printable version (HTML)",
        "calendar_file": "Calendar of all sessions (iCal)",
        "schedule_file": "Schedule in the c3voc format (schedule.json)",
        "sessions_file": "All content as open data (sessions.json)",
        "add_to_calendar": "Date as a calendar file (.ics)",
        "needs_network": "needs a connection",
        "session_facts": "Facts",
        "on_this_page": "On this page",
        "booklet_kind": "Documentation",
        "contents": "Contents",
        "supporters": "Funding and partners",
        "funding": "Funding notice",
        "imprint": "Licence and source",
        "online_version": "Online version",
        "page": "Page",
        "organisations_of_hosts": "Organisations of the hosts",
        "sessions_of_org": "Sessions",
        "notes_shortened": "The notes are shortened here; the online version has all of "
                           "them.",
        "photos": "Photos",
        "materials": "Material to download",
        "legal_imprint": "Imprint",
        "legal_privacy": "Privacy",
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


_WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def format_day(day: dt.date, language: str) -> str:
    """``Samstag, 16. Mai 2026`` or ``Saturday, 16 May 2026``: a day heading."""
    return f"{_WEEKDAYS[language][day.weekday()]}, {format_date(day, language)}"


def format_date_range(first: dt.date | None, last: dt.date | None, language: str) -> str:
    if first is None:
        return ""
    if last is None or last == first:
        return format_date(first, language)
    return f"{format_date(first, language)} – {format_date(last, language)}"


def count_sessions(count: int, language: str) -> str:
    words = UI[language]
    return words["session_count_one"] if count == 1 else words["session_count"].format(n=count)


def format_size(size: int, language: str) -> str:
    """``2,4 MB`` or ``2.4 MB``; ``850 KB`` below a megabyte."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    text = f"{size / 1_000_000:.1f} MB"
    return text.replace(".", ",") if language == "de" else text


SHORT_NAME_LENGTH = 12  # what a phone's home screen shows under an icon without cutting


def short_name(name: str, limit: int = SHORT_NAME_LENGTH) -> str:
    """The longest run of whole words from the start of ``name`` (before a subtitle after a
    dash or colon) within ``limit`` characters.

    A first word longer than the limit is kept whole: the home screen then shortens it with
    an ellipsis, which reads better than a word cut by campdoc.
    """
    # A dash or colon starts the camp's subtitle: the short name comes from before it.
    words = re.split(r"\s[–—|:-]\s|:\s", name, maxsplit=1)[0].split() or name.split()
    kept = words[:1]
    for word in words[1:]:
        if len(" ".join([*kept, word])) > limit:
            break
        kept.append(word)
    return " ".join(kept).rstrip(" –—-:,;·")


_SHORT_WEEKDAYS = {"de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
                   "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_SHORT_MONTHS = {
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_short_day(day: dt.date, language: str) -> str:
    """``Di 8. Okt`` or ``Tue 8 Oct``: a day in a list of choices."""
    weekday = _SHORT_WEEKDAYS[language][day.weekday()]
    month = _SHORT_MONTHS[language][day.month - 1]
    return f"{weekday} {day.day}. {month}" if language == "de" else \
        f"{weekday} {day.day} {month}"


# How people write a day and a time in Germany as well as in ISO form: 14.03.2025, 14.3.25,
# 2025-03-14; 9:30, 09.30, 9.30 Uhr, 9 Uhr. A two-digit year is in this century.
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_GERMAN_DATE = re.compile(r"([0-9]{1,2})\.\s?([0-9]{1,2})\.\s?([0-9]{4}|[0-9]{2})")
_TIME = re.compile(r"([0-9]{1,2})(?:[:.]([0-9]{2}))?(?:\s?(?:uhr|h))?", re.IGNORECASE)
_RANGE_DASH = re.compile(r"\s*(?:–|—|-|\bbis\b|\bto\b)\s*", re.IGNORECASE)


def date_parts(text: str) -> tuple[int, int, int] | None:
    """Year, month and day as ``2025-03-14``, ``14.03.2025`` or ``14.3.25`` write them,
    whether or not the calendar has that day; None when the text is not written so."""
    text = text.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _GERMAN_DATE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
        year += 2000 if len(match[3]) == 2 else 0
    else:
        return None
    return year, month, day


def missing_day(year: int, month: int, day: int, language: str) -> str:
    """``31. Februar 2025`` or ``31 February 2025`` (a day the calendar may not have);
    ``13. Monat`` / ``month 13`` when there is no such month."""
    if not 1 <= month <= 12:
        return f"{month}. Monat" if language == "de" else f"month {month}"
    name = _MONTHS[language][month - 1]
    return f"{day}. {name} {year}" if language == "de" else f"{day} {name} {year}"


def parse_date(text: str) -> dt.date | None:
    """The day written as ``2025-03-14``, ``14.03.2025`` or ``14.3.25``; None when the text
    is no date or a day the calendar does not have (``31.02.2025``)."""
    parts = date_parts(text)
    if parts is None:
        return None
    year, month, day = parts
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_time(text: str) -> dt.time | None:
    """The time of day written as ``9:30``, ``09:30``, ``9.30 Uhr`` or ``9 Uhr``; None when
    the text is no time of day (``25:00``)."""
    match = _TIME.fullmatch(text.strip())
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    return dt.time(hour, minute) if hour <= 23 and minute <= 59 else None


def parse_time_range(text: str) -> tuple[dt.time, dt.time] | None:
    """``9:30–10:30``, ``9.30 bis 10.30 Uhr`` or ``9-10:30`` as a start and an end; None when
    either part is no time. The end may still come before the start: the caller says so."""
    parts = _RANGE_DASH.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = parse_time(parts[0]), parse_time(parts[1])
    return (start, end) if start is not None and end is not None else None
