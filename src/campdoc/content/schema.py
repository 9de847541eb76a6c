"""The content model, declared once: session front matter, camp files and the project config.

Each field's type, default and documentation (English and German) live here. The JSON Schema
(`campdoc schema`), the field reference in docs/ and the validator's messages are derived from
these classes; no other module spells a field name as a loose string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from campdoc.content.convert import Group, spec
from campdoc.content.fieldtypes import (
    Boolean,
    Choice,
    Colour,
    Date,
    Identifier,
    Insight,
    Insights,
    Integer,
    License,
    ListOf,
    LongText,
    OneOrMany,
    PageOrUrl,
    Point,
    Text,
    Time,
    Url,
)

# Other words are read as a choice only where they cannot mean anything else.
LANGUAGE = Choice(("de", "en"), synonyms=(
    ("Deutsch", "de"), ("German", "de"), ("de-DE", "de"), ("de-AT", "de"), ("de-CH", "de"),
    ("Englisch", "en"), ("English", "en"), ("en-GB", "en"), ("en-US", "en")))
ROBOTS = Choice(("index", "noindex"))
STATUS = Choice(("draft", "published"), synonyms=(
    ("Entwurf", "draft"), ("veröffentlicht", "published"), ("publiziert", "published")))
DEFAULT_LANGUAGE = "de"


@dataclass(frozen=True, kw_only=True, slots=True)
class Host:
    """A person who hosted (gave) the session."""

    name: str = field(default="", metadata=spec(
        Text(max_length=120), "Full name, as the person wants it shown. Required unless "
        "publish_name is false; leave it out then, because the file itself is public in a "
        "public repository.",
        "Vollständiger Name, so wie die Person genannt werden möchte. Pflicht, außer bei "
        "publish_name: false; dann weglassen, denn in einem öffentlichen Repository ist die "
        "Datei selbst öffentlich."))
    organization: str = field(default="", metadata=spec(
        Text(max_length=200), "The organisation the host speaks for.",
        "Die Organisation, für die die Person spricht.",
        synonyms=("Organisation", "Org", "Verein", "Träger", "Institution", "Organisation:en")))
    url: str = field(default="", metadata=spec(
        Url(), "A web page of the host or their organisation.",
        "Eine Webseite der Person oder ihrer Organisation.",
        synonyms=("Webseite", "Website")))
    publish_name: bool = field(default=True, metadata=spec(
        Boolean(), "false: the host appears as 'anonymous host' (the organisation stays); "
        "write no name then.",
        "false: die Person erscheint als „anonyme:r Sessiongeber:in“ (die Organisation "
        "bleibt); dann keinen Namen eintragen.",
        synonyms=("anonym", "Name veröffentlichen")))
    github: str = field(default="", metadata=spec(
        Text(max_length=39), "GitHub user name, to ask the host to review changes.",
        "GitHub-Benutzername, um die Person um Prüfung von Änderungen zu bitten."))
    gitlab: str = field(default="", metadata=spec(
        Text(max_length=255), "GitLab user name, to ask the host to review changes.",
        "GitLab-Benutzername, um die Person um Prüfung von Änderungen zu bitten."))


@dataclass(frozen=True, kw_only=True, slots=True)
class Link:
    """A link to material of the session: slides, a pad, photos."""

    title: str = field(metadata=spec(
        Text(max_length=200), "What the link leads to.", "Wohin der Link führt.", required=True,
        synonyms=("Titel",)))
    url: str = field(metadata=spec(
        Url(), "The address (https://…).", "Die Adresse (https://…).", required=True,
        synonyms=("Adresse", "Link")))


@dataclass(frozen=True, kw_only=True, slots=True)
class Photo:
    """A photo of the session: flipchart, pinboard, graphic recording, slides, people."""

    file: str = field(metadata=spec(
        Text(max_length=300), "The image file (JPEG, PNG, WebP or HEIC), relative to the "
        "session file, inside the camp's folder.",
        "Die Bilddatei (JPEG, PNG, WebP oder HEIC), relativ zur Sessiondatei, im Ordner des "
        "Camps.", required=True, synonyms=("Datei", "Bild", "Foto")))
    alt: str = field(metadata=spec(
        Text(max_length=500), "What the photo shows, for people who cannot see it.",
        "Was auf dem Foto zu sehen ist, für Menschen, die es nicht sehen können.",
        required=True, synonyms=("Alternativtext", "Beschreibung")))
    caption: str = field(default="", metadata=spec(
        Text(max_length=300), "A line under the photo.", "Eine Zeile unter dem Foto.",
        synonyms=("Bildunterschrift", "Unterschrift")))
    credit: str = field(default="", metadata=spec(
        Text(max_length=200), "Who took it, e.g. 'Foto: Boaz Arad / Paritätischer Berlin'.",
        "Wer es gemacht hat, etwa „Foto: Boaz Arad / Paritätischer Berlin“.",
        synonyms=("Fotograf", "Fotografin", "Bildnachweis", "Quelle")))
    license: str = field(default="", metadata=spec(
        License(), "SPDX licence id of the photo (default: the camp's).",
        "SPDX-Lizenzkennung des Fotos (Standard: die des Camps).",
        synonyms=("Lizenz", "Licence")))
    shows_people: bool = field(default=False, metadata=spec(
        Boolean(), "true when people can be recognised on the photo; it then needs consent.",
        "true, wenn Menschen auf dem Foto zu erkennen sind; dann braucht es ihr Einverständnis.",
        synonyms=("Personen", "zeigt_personen")))
    consent: bool = field(default=False, metadata=spec(
        Boolean(), "true when everyone recognisable agreed to its publication (KUG §22, GDPR).",
        "true, wenn alle Erkennbaren der Veröffentlichung zugestimmt haben (KUG §22, DSGVO).",
        synonyms=("Einverständnis", "Einwilligung", "Zustimmung")))


@dataclass(frozen=True, kw_only=True, slots=True)
class Material:
    """A file that belongs to the session: slides, a handout, a document."""

    file: str = field(metadata=spec(
        Text(max_length=300), "The file (PDF, ODP/PPTX, DOCX/ODT, ODS/XLSX or an image), "
        "relative to the session file, inside the camp's folder.",
        "Die Datei (PDF, ODP/PPTX, DOCX/ODT, ODS/XLSX oder ein Bild), relativ zur "
        "Sessiondatei, im Ordner des Camps.", required=True, synonyms=("Datei",)))
    title: str = field(metadata=spec(
        Text(max_length=200), "What it is, as the link shows it.",
        "Was es ist, so wie der Link es zeigt.", required=True, synonyms=("Titel", "Name")))


@dataclass(frozen=True, kw_only=True, slots=True)
class SessionMeta:
    """The front matter of one session file."""

    title: str = field(metadata=spec(
        Text(max_length=200), "The session's title.", "Der Titel der Session.", required=True,
        synonyms=("Titel", "Session", "Sessiontitel", "Thema", "Topic")))
    subtitle: str = field(default="", metadata=spec(
        Text(max_length=300), "A short line under the title.", "Eine kurze Zeile unter dem Titel.",
        synonyms=("Untertitel",)))
    hosts: tuple[Host, ...] = field(metadata=spec(
        ListOf(Group(Host), min_items=1, max_items=50),
        "Who hosted the session (at least one).", "Wer die Session gegeben hat (mindestens eine "
        "Person).", required=True,
        synonyms=("Host", "Gastgeber", "Gastgeber:in", "Gastgeber:innen", "Sessiongeber",
                  "Sessiongeber:in", "Sessiongeber:innen", "Sessiongeberin", "Sessiongeberinnen",
                  "Referent", "Referent:in", "Referent:innen", "Referenten", "Referentin",
                  "Speaker", "Session host", "Session hosts", "Hosted by", "Input",
                  "Sessiongebende")))
    questions: tuple[str, ...] = field(default=(), metadata=spec(
        ListOf(Point()), "The questions the session discussed; inline Markdown allowed.",
        "Die Fragen, um die es ging; Markdown in der Zeile ist erlaubt.",
        synonyms=("Fragen", "Leitfragen", "Fragestellung", "Fragestellungen", "Diskutierte Fragen",
                  "Fragen der Session")))
    insights: tuple[Insight, ...] = field(default=(), metadata=spec(
        Insights(), "Key insights; a point may be 'Heading:' with sub-points below it.",
        "Wichtigste Erkenntnisse; ein Punkt kann 'Überschrift:' mit Unterpunkten sein.",
        synonyms=("Erkenntnisse", "Ergebnisse", "Results", "Key insights",
                  "Wichtigste Erkenntnisse", "Takeaways", "Take-aways", "Learnings", "Fazit",
                  "Kernaussagen")))
    open_questions: tuple[str, ...] = field(default=(), metadata=spec(
        ListOf(Point()), "Questions that stayed open.", "Fragen, die offen geblieben sind.",
        synonyms=("Offene Fragen", "Offen", "Ungeklärt")))
    next_steps: tuple[str, ...] = field(default=(), metadata=spec(
        ListOf(Point()), "What happens next, and who does it.", "Was als Nächstes passiert und "
        "wer es tut.",
        synonyms=("Nächste Schritte", "To-dos", "Todos", "To do", "Todo", "Verabredungen",
                  "Vereinbarungen", "Wie geht es weiter", "Aufgaben", "Action items")))
    tags: tuple[str, ...] = field(default=(), metadata=spec(
        ListOf(Text(max_length=60), max_items=30, once=True),
        "Keywords for finding the session.",
        "Schlagworte, über die man die Session findet.",
        synonyms=("Schlagworte", "Schlagwörter", "Stichworte", "Themen", "Keywords")))
    room: str = field(default="", metadata=spec(
        Text(max_length=120), "The room, as named in camp.yaml.",
        "Der Raum, wie er in der camp.yaml heißt.",
        synonyms=("Raum", "Ort")))
    slot: str = field(default="", metadata=spec(
        Identifier(), "The time slot id, as defined in camp.yaml.",
        "Die Kennung des Zeitslots aus der camp.yaml.",
        synonyms=("Zeit", "Time", "Uhrzeit", "Zeitslot", "Beginn", "Start", "Runde")))
    date: dt.date | None = field(default=None, metadata=spec(
        Date(), "The day of the session (default: the slot's or the camp's date).",
        "Der Tag der Session (Standard: der des Slots oder des Camps).",
        synonyms=("Datum",)))
    language: str = field(default="", metadata=spec(
        LANGUAGE, "Language of this session's text (default: the camp's).",
        "Sprache des Textes dieser Session (Standard: die des Camps).",
        synonyms=("Sprache",)))
    participants: int | None = field(default=None, metadata=spec(
        Integer(minimum=0), "How many people took part.", "Wie viele Menschen teilgenommen haben.",
        synonyms=("Teilnehmende", "Teilnehmer", "Teilnehmer:innen", "TN", "Anzahl Teilnehmende",
                  "Anzahl TN", "Attendees")))
    documented_by: tuple[str, ...] = field(default=(), metadata=spec(
        OneOrMany(Text(max_length=120)), "Who wrote this documentation (one name or a list).",
        "Wer diese Dokumentation geschrieben hat (ein Name oder eine Liste).",
        synonyms=("Dokumentiert von", "Dokumentation", "Protokoll", "Protokollant:in",
                  "Protokollant", "Protokollantin", "Notizen von", "Notes by", "Note taker")))
    photos: tuple[Photo, ...] = field(default=(), metadata=spec(
        ListOf(Group(Photo), max_items=100), "Photos of the session, shown as a gallery.",
        "Fotos der Session, als Galerie gezeigt.", synonyms=("Fotos", "Bilder", "Images")))
    materials: tuple[Material, ...] = field(default=(), metadata=spec(
        ListOf(Group(Material), max_items=50), "Files to download: slides, handouts.",
        "Dateien zum Herunterladen: Folien, Handouts.",
        synonyms=("Material", "Materialien", "Unterlagen", "Anhänge", "Dateien",
                  "Downloads")))
    links: tuple[Link, ...] = field(default=(), metadata=spec(
        ListOf(Group(Link)), "Slides, pads and other material elsewhere on the web.",
        "Folien, Pads und anderes Material anderswo im Netz.",
        synonyms=("Weblinks", "Verweise")))
    license: str = field(default="", metadata=spec(
        License(), "SPDX licence id of this text (default: the camp's).",
        "SPDX-Lizenzkennung dieses Textes (Standard: die des Camps).",
        synonyms=("Lizenz", "Licence")))
    status: str = field(default="published", metadata=spec(
        STATUS, "'draft' while being written; drafts are checked but not published.",
        "'draft', solange noch geschrieben wird; Entwürfe werden geprüft, aber nicht "
        "veröffentlicht."))


@dataclass(frozen=True, kw_only=True, slots=True)
class Organisation:
    """An organisation: organiser, funder or partner."""

    name: str = field(metadata=spec(
        Text(max_length=200), "The organisation's name.", "Name der Organisation.", required=True))
    url: str = field(default="", metadata=spec(
        Url(), "Its web site.", "Ihre Webseite.",
        synonyms=("Webseite", "Website")))
    logo: str = field(default="", metadata=spec(
        Text(max_length=300), "Path of a logo image, relative to camp.yaml.",
        "Pfad eines Logo-Bildes, relativ zur camp.yaml.",
        synonyms=("Bild",)))


@dataclass(frozen=True, kw_only=True, slots=True)
class Room:
    """A room sessions take place in."""

    name: str = field(metadata=spec(
        Text(max_length=120), "The room's name, used by sessions' 'room:'.",
        "Name des Raums, den Sessions unter 'room:' angeben.", required=True))
    capacity: int | None = field(default=None, metadata=spec(
        Integer(minimum=1), "How many people fit.", "Wie viele Menschen hineinpassen.",
        synonyms=("Kapazität", "Plätze")))


@dataclass(frozen=True, kw_only=True, slots=True)
class Slot:
    """A time slot of the session plan."""

    id: str = field(metadata=spec(
        Identifier(), "Short id used by sessions' 'slot:', such as 'slot-1'.",
        "Kurze Kennung, die Sessions unter 'slot:' angeben, etwa 'slot-1'.", required=True,
        synonyms=("Kennung",)))
    start: dt.time = field(metadata=spec(
        Time(), "Start time, HH:MM.", "Beginn, HH:MM.", required=True,
        synonyms=("Beginn", "Anfang")))
    end: dt.time = field(metadata=spec(
        Time(), "End time, HH:MM.", "Ende, HH:MM.", required=True,
        synonyms=("Ende",)))
    date: dt.date | None = field(default=None, metadata=spec(
        Date(), "Day of the slot, for camps of several days (default: the first day).",
        "Tag des Slots bei mehrtägigen Camps (Standard: der erste Tag).",
        synonyms=("Datum",)))
    title: str = field(default="", metadata=spec(
        Text(max_length=120), "A label such as 'Session round 1'.", "Eine Bezeichnung wie "
        "„Sessionrunde 1“.",
        synonyms=("Titel", "Name")))


# The accent colours of campdoc.yaml and (overriding them) camp.yaml: one text each, with
# the default filled in per file. Declared as data, not built by a function, so the schema
# stays declarations only (a function called while the module is imported cannot be
# measured by mutation testing; docs/fields.md, compared word for word, covers the texts).
_ACCENT = (
    "The colour for links and buttons on light pages, such as '#145a8d' (default: "
    "{default}). Needs a contrast of 4.5:1 on the light background.",
    "Die Farbe für Links und Schaltflächen auf hellen Seiten, etwa '#145a8d' (Standard: "
    "{default}). Braucht einen Kontrast von 4,5:1 zum hellen Hintergrund.")
_ACCENT_SYNONYMS = ("Farbe", "Akzentfarbe", "accent_colour")
_ACCENT_DARK = (
    "The same colour for dark mode, a lighter shade (default: {default}). Needs a contrast "
    "of 4.5:1 on the dark background.",
    "Dieselbe Farbe für den dunklen Modus, ein hellerer Ton (Standard: {default}). Braucht "
    "einen Kontrast von 4,5:1 zum dunklen Hintergrund.")
_ACCENT_DARK_SYNONYMS = ("Farbe_dunkel", "accent_colour_dark")


@dataclass(frozen=True, kw_only=True, slots=True)
class CampMeta:
    """The camp.yaml of one camp: what, when, where, who, and its rooms and slots."""

    name: str = field(metadata=spec(
        Text(max_length=200), "The camp's name.", "Name des Camps.", required=True,
        synonyms=("Titel",)))
    short_name: str = field(default="", metadata=spec(
        Text(max_length=12), "A name of at most 12 characters for the home screen of a phone "
        "(default: the camp's name, shortened at a word).",
        "Ein Name mit höchstens 12 Zeichen für den Startbildschirm eines Telefons (Standard: "
        "der Name des Camps, an einer Wortgrenze gekürzt).",
        synonyms=("Kurzname",)))
    description: str = field(default="", metadata=spec(
        LongText(), "A paragraph about the camp (Markdown).", "Ein Absatz über das Camp "
        "(Markdown).",
        synonyms=("Beschreibung",)))
    date: dt.date | None = field(default=None, metadata=spec(
        Date(), "The day of a one-day camp (or use start and end).",
        "Der Tag eines eintägigen Camps (oder start und end angeben).",
        synonyms=("Datum",)))
    start: dt.date | None = field(default=None, metadata=spec(
        Date(), "First day of a camp of several days.", "Erster Tag eines mehrtägigen Camps.",
        synonyms=("Beginn", "Anfang")))
    end: dt.date | None = field(default=None, metadata=spec(
        Date(), "Last day of a camp of several days.", "Letzter Tag eines mehrtägigen Camps.",
        synonyms=("Ende",)))
    location: str = field(default="", metadata=spec(
        Text(max_length=300), "Venue and town.", "Veranstaltungsort und Stadt.",
        synonyms=("Ort", "Veranstaltungsort")))
    attendance: int | None = field(default=None, metadata=spec(
        Integer(minimum=1), "How many people came to the camp, counted once each (from the "
        "registration or the door list). 'campdoc stats' and the booklet's figures page "
        "report it; the sessions' participants added up count a person once per session.",
        "Wie viele Menschen zum Camp gekommen sind, jede Person einmal gezählt (nach "
        "Anmelde- oder Einlassliste). 'campdoc stats' und die Zahlenseite des Booklets nennen "
        "diese Zahl; die Teilnehmenden der Sessions zusammengezählt zählen eine Person einmal "
        "pro Session.",
        synonyms=("Teilnehmende", "Teilnehmendenzahl", "Teilnehmerzahl", "Anzahl Teilnehmende",
                  "Besucher", "Besucherzahl", "participants", "headcount")))
    organizer: Organisation | None = field(default=None, metadata=spec(
        Group(Organisation), "Who organised the camp.", "Wer das Camp veranstaltet hat.",
        synonyms=("Veranstalter", "Veranstalter:in", "Organisator", "Organiser", "Organizer")))
    language: str = field(default="", metadata=spec(
        LANGUAGE, "Language of the camp's pages (default: the project's).",
        "Sprache der Seiten des Camps (Standard: die des Projekts).",
        synonyms=("Sprache",)))
    license: str = field(default="", metadata=spec(
        License(), "SPDX licence id of the documentation, such as CC-BY-4.0.",
        "SPDX-Lizenzkennung der Dokumentation, etwa CC-BY-4.0.",
        synonyms=("Lizenz", "Licence")))
    timezone: str = field(default="Europe/Berlin", metadata=spec(
        Text(max_length=64), "Time zone of the slot times (IANA name).",
        "Zeitzone der Slot-Zeiten (IANA-Name).",
        synonyms=("Zeitzone",)))
    funding_notice: str = field(default="", metadata=spec(
        LongText(max_length=2000), "The sentence funders require, such as 'Gefördert durch …'.",
        "Der Satz, den Förderer verlangen, etwa „Gefördert durch …“.",
        synonyms=("Förderhinweis",)))
    funders: tuple[Organisation, ...] = field(default=(), metadata=spec(
        ListOf(Group(Organisation)), "Who funded the camp.", "Wer das Camp gefördert hat.",
        synonyms=("Förderer", "Förderung", "Geldgeber")))
    partners: tuple[Organisation, ...] = field(default=(), metadata=spec(
        ListOf(Group(Organisation)), "Partner organisations.", "Partnerorganisationen.",
        synonyms=("Partner", "Partner:innen")))
    rooms: tuple[Room, ...] = field(default=(), metadata=spec(
        ListOf(Group(Room), unique="name"), "The rooms sessions take place in.",
        "Die Räume der Sessions.",
        synonyms=("Räume", "Raume", "Raum")))
    logo: str = field(default="", metadata=spec(
        Text(max_length=300), "Path of the camp's logo for the page header, relative to "
        "camp.yaml (SVG, PNG, JPEG or WebP).",
        "Pfad des Logos des Camps für den Seitenkopf, relativ zur camp.yaml (SVG, PNG, JPEG "
        "oder WebP).",
        synonyms=("Logo", "Bild")))
    accent_color: str = field(default="", metadata=spec(
        Colour(), _ACCENT[0].format(default="the project's"),
        _ACCENT[1].format(default="die des Projekts"), synonyms=_ACCENT_SYNONYMS))
    accent_color_dark: str = field(default="", metadata=spec(
        Colour(), _ACCENT_DARK[0].format(default="the project's"),
        _ACCENT_DARK[1].format(default="die des Projekts"), synonyms=_ACCENT_DARK_SYNONYMS))
    robots: str = field(default="", metadata=spec(
        ROBOTS, "'noindex' asks search engines not to list this camp's pages (default: the "
        "project's setting).",
        "'noindex' bittet Suchmaschinen, die Seiten dieses Camps nicht aufzunehmen (Standard: "
        "die Einstellung des Projekts).",
        synonyms=("Suchmaschinen",)))
    slots: tuple[Slot, ...] = field(default=(), metadata=spec(
        ListOf(Group(Slot), unique="id"), "The time slots of the session plan.",
        "Die Zeitslots des Sessionplans.",
        synonyms=("Zeitslots", "Zeiten")))


@dataclass(frozen=True, kw_only=True, slots=True)
class Repository:
    """Where the project's source lives, for 'suggest a correction' links."""

    url: str = field(metadata=spec(
        Url(), "Web address of the repository (GitHub, GitLab, Forgejo/Gitea).",
        "Webadresse des Repositorys (GitHub, GitLab, Forgejo/Gitea).", required=True,
        synonyms=("Adresse",)))
    branch: str = field(default="main", metadata=spec(
        Text(max_length=200), "The branch to edit.", "Der Branch, der bearbeitet wird.",
        synonyms=("Zweig",)))
    path: str = field(default="", metadata=spec(
        Text(max_length=300), "Folder of the project inside the repository, if not the top.",
        "Ordner des Projekts im Repository, falls nicht die oberste Ebene.",
        synonyms=("Pfad",)))
    forge: str = field(default="auto", metadata=spec(
        Choice(("auto", "github", "gitlab", "forgejo"),
               synonyms=(("Gitea", "forgejo"), ("Codeberg", "forgejo"))),
        "Kind of forge; 'auto' tells github.com, gitlab.* and the rest (Forgejo/Gitea) apart.",
        "Art der Plattform; 'auto' erkennt github.com, gitlab.* und den Rest (Forgejo/Gitea)."))


@dataclass(frozen=True, kw_only=True, slots=True)
class SiteConfig:
    """campdoc.yaml: settings for the whole project; every field is optional."""

    title: str = field(default="Barcamp-Dokumentation", metadata=spec(
        Text(max_length=200), "Title of the archive of all camps.", "Titel des Archivs aller "
        "Camps.",
        synonyms=("Titel",)))
    description: str = field(default="", metadata=spec(
        LongText(max_length=2000), "A sentence about the archive.", "Ein Satz über das Archiv.",
        synonyms=("Beschreibung",)))
    language: str = field(default=DEFAULT_LANGUAGE, metadata=spec(
        LANGUAGE, "Default language of pages and messages: de or en.",
        "Standardsprache von Seiten und Meldungen: de oder en.",
        synonyms=("Sprache",)))
    base_url: str = field(default="", metadata=spec(
        Url(), "Public address of the site, for feeds, sitemap and share previews.",
        "Öffentliche Adresse der Seite, für Feeds, Sitemap und Vorschaubilder.",
        synonyms=("url", "Adresse")))
    repository: Repository | None = field(default=None, metadata=spec(
        Group(Repository), "The git repository, for edit links.", "Das Git-Repository, für "
        "Bearbeiten-Links.",
        synonyms=("Repo",)))
    imprint: str = field(default="", metadata=spec(
        PageOrUrl(), "The imprint (Impressum): a web address, or a Markdown page in the "
        "project (such as rechtliches/impressum.md) that becomes a page of the site. Linked "
        "from every page and printed in the booklet.",
        "Das Impressum: eine Webadresse oder eine Markdown-Seite im Projekt (etwa "
        "rechtliches/impressum.md), die eine Seite der Website wird. Von jeder Seite verlinkt "
        "und im Booklet abgedruckt.",
        synonyms=("Impressum",)))
    privacy: str = field(default="", metadata=spec(
        PageOrUrl(), "The privacy notice (Datenschutzerklärung): a web address or a Markdown "
        "page in the project. Linked from every page; docs/privacy.md has text to start from.",
        "Die Datenschutzerklärung: eine Webadresse oder eine Markdown-Seite im Projekt. Von "
        "jeder Seite verlinkt; docs/privacy.md hat einen Text zum Übernehmen.",
        synonyms=("Datenschutz", "Datenschutzerklärung", "privacy_policy")))
    accent_color: str = field(default="", metadata=spec(
        Colour(), _ACCENT[0].format(default="campdoc's blue; a camp.yaml can set its own"),
        _ACCENT[1].format(default="das Blau von campdoc; eine camp.yaml kann eine eigene "
                          "setzen"), synonyms=_ACCENT_SYNONYMS))
    accent_color_dark: str = field(default="", metadata=spec(
        Colour(), _ACCENT_DARK[0].format(default="campdoc's"),
        _ACCENT_DARK[1].format(default="die von campdoc"), synonyms=_ACCENT_DARK_SYNONYMS))
    logo: str = field(default="", metadata=spec(
        Text(max_length=300), "Path of the project's logo for the page header, relative to "
        "campdoc.yaml (SVG, PNG, JPEG or WebP); a camp.yaml's logo takes its place on that "
        "camp's pages.",
        "Pfad des Logos des Projekts für den Seitenkopf, relativ zur campdoc.yaml (SVG, PNG, "
        "JPEG oder WebP); das Logo einer camp.yaml tritt auf den Seiten dieses Camps an "
        "seine Stelle.",
        synonyms=("Logo", "Bild")))
    max_file_mb: int = field(default=25, metadata=spec(
        Integer(minimum=1), "The largest photo or material file, in megabytes.",
        "Die größte Foto- oder Materialdatei, in Megabyte.",
        synonyms=("Dateigröße",)))
    robots: str = field(default="index", metadata=spec(
        ROBOTS, "'noindex' asks search engines not to list any page of the site (for "
        "documentation shared by link only).",
        "'noindex' bittet Suchmaschinen, keine Seite der Website aufzunehmen (für "
        "Dokumentation, die nur per Link weitergegeben wird).",
        synonyms=("Suchmaschinen",)))
