"""The closed set of issue kinds, with their severity and their wording in German and English.

Messages put the field first and say what was expected and what was found; hints say what to do.
Placeholders are filled from `Issue.params`; a missing one renders as an empty string.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")


class Severity(enum.Enum):
    """How bad a finding is; errors stop a build, warnings only with ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


class Finding(Protocol):
    """What a message is made from: an `Issue`'s code, field and parameters."""

    @property
    def code(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def params(self) -> Mapping[str, str]: ...


@dataclass(frozen=True, slots=True)
class IssueKind:
    """One kind of finding: its stable code, severity and wording in both languages."""

    code: str
    name: str
    severity: Severity
    en: tuple[str, str]
    de: tuple[str, str]


E, W = Severity.ERROR, Severity.WARNING

_KINDS = [
    # --- files and front matter syntax -------------------------------------------------------
    IssueKind("CD100", "not-utf8", E,
        ("the file is not valid UTF-8 text (byte {byte} cannot be read)",
         "Save the file with the encoding UTF-8; most editors offer it under "
         "'Save with encoding'."),
        ("die Datei ist kein gültiger UTF-8-Text (Byte {byte} ist nicht lesbar)",
         "Speichere die Datei mit der Kodierung UTF-8, meist unter „Speichern mit Kodierung“.")),
    IssueKind("CD101", "no-front-matter", E,
        ("expected front matter starting with '---' on the first line, found {found}",
         "Start the file with a line '---', then 'title: …' and the other fields, then '---'."),
        ("erwartet wird ein Kopfbereich, der in der ersten Zeile mit '---' beginnt, "
         "gefunden: {found}",
         "Beginne die Datei mit einer Zeile '---', dann 'title: …' und den anderen Feldern, "
         "dann wieder '---'.")),
    IssueKind("CD102", "front-matter-unclosed", E,
        ("the front matter opened with '---' on line 1 is never closed",
         "Add a line with only '---' after the last field, before the notes begin."),
        ("der Kopfbereich, der in Zeile 1 mit '---' beginnt, wird nie geschlossen",
         "Füge nach dem letzten Feld eine Zeile mit nur '---' ein, bevor die Notizen beginnen.")),
    IssueKind("CD103", "yaml-syntax", E,
        ("this is not valid YAML: {problem}",
         "{fix}"),
        ("das ist kein gültiges YAML: {problem}",
         "{fix}")),
    IssueKind("CD112", "colon-in-value", E,
        ("{field}: the value contains ': ' (column {column}), which YAML reads as the start "
         "of another field",
         "Put the whole value in double quotes: {fixed}"),
        ("{field}: der Wert enthält ': ' (Spalte {column}); YAML liest das als Beginn eines "
         "weiteren Felds",
         "Setze den ganzen Wert in gerade Anführungszeichen: {fixed}")),
    IssueKind("CD113", "typographic-quotes", E,
        ("{field}: the value is enclosed in {found}, but YAML only takes straight quotes "
         "(\" or ') as quotes",
         "Replace them with straight quotes: {fixed}"),
        ("{field}: der Wert steht in {found}, aber YAML versteht nur gerade "
         "Anführungszeichen (\" oder ') als Anführungszeichen",
         "Ersetze sie durch gerade Anführungszeichen: {fixed}")),
    IssueKind("CD104", "yaml-tab", E,
        ("a tab character is used for indentation; YAML only allows spaces",
         "Replace the tab with spaces (two per level)."),
        ("zum Einrücken wird ein Tabulator verwendet; YAML erlaubt nur Leerzeichen",
         "Ersetze den Tabulator durch Leerzeichen (zwei pro Ebene).")),
    IssueKind("CD105", "duplicate-key", E,
        ("{field}: the key appears twice (first on line {first_line})",
         "Keep one of the two and merge their values; the second would silently win otherwise."),
        ("{field}: der Schlüssel steht zweimal da (zuerst in Zeile {first_line})",
         "Behalte einen der beiden und führe die Werte zusammen.")),
    IssueKind("CD106", "yaml-alias", E,
        ("YAML anchors and aliases ('&name', '*name') are not supported in front matter",
         "Write the value out in full where it is needed."),
        ("YAML-Anker und -Verweise ('&name', '*name') sind im Kopfbereich nicht erlaubt",
         "Schreibe den Wert dort aus, wo er gebraucht wird.")),
    IssueKind("CD107", "yaml-tag", E,
        ("the YAML tag '{tag}' is not allowed",
         "Remove the tag: campdoc reads plain values and knows each field's type itself."),
        ("der YAML-Tag '{tag}' ist nicht erlaubt",
         "Entferne den Tag: campdoc liest einfache Werte und kennt den Typ jedes Felds selbst.")),
    IssueKind("CD108", "too-deep", E,
        ("the front matter is nested deeper than {limit} levels",
         "Flatten the structure; insights can be nested, but not this deep."),
        ("der Kopfbereich ist tiefer als {limit} Ebenen verschachtelt",
         "Vereinfache die Struktur; Erkenntnisse dürfen verschachtelt sein, aber nicht so tief.")),
    IssueKind("CD109", "too-large", E,
        ("{what} is {size}, more than the limit of {limit}",
         "Split the content or move large material (such as photos) to a link."),
        ("{what} ist {size} groß, mehr als die Grenze von {limit}",
         "Teile den Inhalt auf oder verlinke großes Material (etwa Fotos).")),
    IssueKind("CD110", "not-mapping", E,
        ("expected the front matter to be fields ('name: value'), found {found}",
         "Write one field per line, such as 'title: My session'."),
        ("erwartet werden Felder im Kopfbereich ('name: wert'), gefunden: {found}",
         "Schreibe ein Feld pro Zeile, etwa 'title: Meine Session'.")),
    IssueKind("CD111", "bad-key", E,
        ("expected a plain field name as key, found {found}",
         "Write a plain word before the colon, such as 'title:' or 'hosts:'; a list or a "
         "group cannot be a field's name."),
        ("erwartet wird ein einfacher Feldname als Schlüssel, gefunden: {found}",
         "Schreibe ein einfaches Wort vor den Doppelpunkt, etwa 'title:' oder 'hosts:'; eine "
         "Liste oder Gruppe kann kein Feldname sein.")),
    # --- schema: one field at a time -----------------------------------------------------------
    IssueKind("CD201", "missing-field", E,
        ("{field}: required field is missing",
         "Add '{key}:' – {doc}"),
        ("{field}: Pflichtfeld fehlt",
         "Ergänze '{key}:' – {doc}")),
    IssueKind("CD202", "unknown-field", E,
        ("{field}: unknown field",
         "{did_you_mean}Delete the line, or rename the key (the word before the colon) to "
         "one of the fields allowed here: {allowed}."),
        ("{field}: unbekanntes Feld",
         "{did_you_mean}Lösche die Zeile oder benenne den Schlüssel (das Wort vor dem "
         "Doppelpunkt) in eins der Felder um, die hier erlaubt sind: {allowed}.")),
    IssueKind("CD203", "wrong-type", E,
        ("{field}: expected {expected}, found {found}",
         "{how}"),
        ("{field}: erwartet wird {expected}, gefunden: {found}",
         "{how}")),
    IssueKind("CD204", "empty", E,
        ("{field}: expected at least {minimum} entry, found none",
         "Add at least {minimum} entry on the lines below, such as '  {example}'."),
        ("{field}: erwartet wird mindestens {minimum} Eintrag, gefunden: keiner",
         "Ergänze darunter mindestens {minimum} Eintrag, etwa '  {example}'.")),
    IssueKind("CD205", "bad-date", E,
        ("{field}: expected a date that exists, written YYYY-MM-DD, found '{found}'",
         "{did_you_mean}Write the date as YYYY-MM-DD, e.g. 2026-05-14 for 14 May 2026."),
        ("{field}: erwartet wird ein existierendes Datum im Format JJJJ-MM-TT, gefunden: '{found}'",
         "{did_you_mean}Schreibe das Datum als JJJJ-MM-TT, z. B. 2026-05-14 für den 14. Mai "
         "2026.")),
    IssueKind("CD206", "bad-time", E,
        ("{field}: expected a time of day written HH:MM, found '{found}'",
         "{did_you_mean}Write the time as HH:MM on the 24-hour clock, e.g. 09:30 or 14:00."),
        ("{field}: erwartet wird eine Uhrzeit im Format HH:MM, gefunden: '{found}'",
         "{did_you_mean}Schreibe die Uhrzeit als HH:MM im 24-Stunden-Format, z. B. 09:30 oder "
         "14:00.")),
    IssueKind("CD207", "bad-url", E,
        ("{field}: expected a web address starting with https://, http:// or mailto:, "
         "found '{found}'",
         "{did_you_mean}Copy the full address from the browser's address bar."),
        ("{field}: erwartet wird eine Adresse, die mit https://, http:// oder mailto: beginnt, "
         "gefunden: '{found}'",
         "{did_you_mean}Kopiere die vollständige Adresse aus der Adresszeile des Browsers.")),
    IssueKind("CD208", "bad-choice", E,
        ("{field}: expected one of {choices}, found '{found}'",
         "{did_you_mean}Write exactly one of: {choices}."),
        ("{field}: erwartet wird einer der Werte {choices}, gefunden: '{found}'",
         "{did_you_mean}Schreibe genau einen dieser Werte: {choices}.")),
    IssueKind("CD209", "out-of-range", E,
        ("{field}: expected a whole number of at least {minimum}, found '{found}'",
         "Write a whole number, in digits only, e.g. {example}."),
        ("{field}: erwartet wird eine ganze Zahl ab {minimum}, gefunden: '{found}'",
         "Schreibe eine ganze Zahl, nur in Ziffern, z. B. {example}.")),
    IssueKind("CD210", "unknown-license", W,
        ("{field}: '{found}' is not a licence identifier campdoc knows",
         "{did_you_mean}Use an SPDX identifier such as CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0."),
        ("{field}: '{found}' ist keine Lizenzkennung, die campdoc kennt",
         "{did_you_mean}Nutze eine SPDX-Kennung wie CC-BY-4.0, CC-BY-SA-4.0 oder CC0-1.0.")),
    IssueKind("CD211", "bad-license", E,
        ("{field}: expected an SPDX licence identifier such as CC-BY-4.0, found '{found}'",
         "{did_you_mean}Write the identifier without spaces, as listed on "
         "https://spdx.org/licenses/."),
        ("{field}: erwartet wird eine SPDX-Lizenzkennung wie CC-BY-4.0, gefunden: '{found}'",
         "{did_you_mean}Schreibe die Kennung ohne Leerzeichen, wie sie auf "
         "https://spdx.org/licenses/ steht.")),
    IssueKind("CD212", "end-before-start", E,
        ("{field}: the end ({end}) is before the start ({start})",
         "Swap the two values or correct one of them."),
        ("{field}: das Ende ({end}) liegt vor dem Anfang ({start})",
         "Tausche die beiden Werte oder korrigiere einen davon.")),
    IssueKind("CD213", "bad-insight", E,
        ("{field}: expected a text or one heading with sub-points ('Heading:' then a list), "
         "found {found}",
         "Write a point as '- text', or a group as '- Heading:' with its sub-points "
         "indented below."),
        ("{field}: erwartet wird ein Text oder eine Überschrift mit Unterpunkten ('Überschrift:' "
         "und darunter eine Liste), gefunden: {found}",
         "Schreibe einen Punkt als '- Text' oder eine Gruppe als '- Überschrift:' mit eingerückten "
         "Unterpunkten.")),
    IssueKind("CD214", "bad-id", E,
        ("{field}: expected an id of lower-case letters, digits and '-', found '{found}'",
         "Write it with lower-case letters, digits and '-' only, e.g. '{example}'."),
        ("{field}: erwartet wird eine Kennung aus Kleinbuchstaben, Ziffern und '-', "
         "gefunden: '{found}'",
         "Schreibe sie nur mit Kleinbuchstaben, Ziffern und '-', z. B. '{example}'.")),
    IssueKind("CD215", "empty-text", E,
        ("{field}: expected {expected}, found an empty value",
         "{how}"),
        ("{field}: erwartet wird {expected}, gefunden: ein leerer Wert",
         "{how}")),
    IssueKind("CD216", "missing-asset", E,
        ("{field}: '{found}' is not a file inside the camp's folder: {reason}",
         "Put the file into the camp's folder and write its path from there (where camp.yaml "
         "and the sessions are), with '/' between folders, for example fotos/flipchart.jpg."),
        ("{field}: '{found}' ist keine Datei im Ordner des Camps: {reason}",
         "Lege die Datei in den Ordner des Camps und schreibe ihren Pfad von dort aus (wo die "
         "camp.yaml und die Sessions liegen), mit '/' zwischen Ordnern, zum Beispiel "
         "fotos/flipchart.jpg.")),
    IssueKind("CD217", "text-too-long", E,
        ("{field}: expected at most {limit} {units}, found {found}",
         "Shorten it to at most {limit} {units}; what does not fit can go in the Markdown "
         "below the front matter."),
        ("{field}: erwartet werden höchstens {limit} {units}, gefunden: {found}",
         "Kürze auf höchstens {limit} {units}; was nicht hineinpasst, kann in den "
         "Markdown-Teil unter dem Kopfbereich.")),
    IssueKind("CD222", "control-character", E,
        ("{field}: the text contains the invisible character {char} (at character {position}), "
         "which is not allowed here",
         "Delete it; it usually comes along when text is copied from another program. In a "
         "one-line field, line breaks and tabs are not allowed either."),
        ("{field}: der Text enthält das unsichtbare Zeichen {char} (an Stelle {position}), "
         "das hier nicht erlaubt ist",
         "Lösche es; es kommt meist mit, wenn Text aus einem anderen Programm kopiert wird. In "
         "einem einzeiligen Feld sind auch Zeilenumbrüche und Tabulatoren nicht erlaubt.")),
    IssueKind("CD219", "unknown-timezone", E,
        ("{field}: expected a time zone name such as Europe/Berlin, found '{found}'",
         "{did_you_mean}Calendars and the schedule export need the real zone; names follow "
         "the IANA list, e.g. Europe/Berlin, Europe/Vienna, Europe/Zurich."),
        ("{field}: erwartet wird der Name einer Zeitzone wie Europe/Berlin, gefunden: '{found}'",
         "{did_you_mean}Kalender und der Programm-Export brauchen die richtige Zone; die Namen "
         "folgen der IANA-Liste, z. B. Europe/Berlin, Europe/Vienna, Europe/Zurich.")),
    IssueKind("CD243", "misnamed-field", E,
        ("{field}: unknown field name – `{key}` → `{suggestion}`?",
         "Rename the key to '{suggestion}'. Until then the file fails; its value is already "
         "checked as '{suggestion}', so other problems in it show up now."),
        ("{field}: unbekannter Feldname – `{key}` → `{suggestion}`?",
         "Benenne den Schlüssel in '{suggestion}' um. Bis dahin gilt die Datei als "
         "fehlerhaft; der Wert wird schon als '{suggestion}' geprüft, weitere Probleme darin "
         "erscheinen also schon jetzt.")),
    IssueKind("CD244", "field-given-twice", E,
        ("{field}: this is another name for '{suggestion}', which is already given on line "
         "{first_line}",
         "Keep one of the two: move what is missing into '{suggestion}' and delete this key "
         "with its value."),
        ("{field}: das ist ein anderer Name für '{suggestion}', das schon in Zeile "
         "{first_line} steht",
         "Behalte eins von beiden: übernimm, was fehlt, in '{suggestion}' und lösche diesen "
         "Schlüssel samt Wert.")),
    IssueKind("CD246", "repeated-entry", W,
        ("{field}: '{found}' is listed twice (first as '{first}' at line {first_line}); "
         "it is shown once",
         "Delete this entry."),
        ("{field}: '{found}' steht doppelt in der Liste (zuerst als '{first}' in Zeile "
         "{first_line}); es wird einmal angezeigt",
         "Lösche diesen Eintrag.")),
    IssueKind("CD247", "file-not-named", W,
        ("{found}: no session and no camp.yaml names this file, so it is not published",
         "To show it, name it where it belongs: under photos: or materials: of its session "
         "('- file: {found}'), or as the logo: of the camp, its organizer, a funder or a "
         "partner in camp.yaml. If it is not to be published, delete it: whoever can read "
         "the repository can see it."),
        ("{found}: keine Session und keine camp.yaml nennt diese Datei, daher wird sie nicht "
         "veröffentlicht",
         "Soll sie erscheinen, nenne sie dort, wo sie hingehört: unter photos: oder "
         "materials: ihrer Session ('- file: {found}') oder in der camp.yaml als logo: des "
         "Camps, des Veranstalters, eines Förderers oder Partners. Soll sie nicht "
         "veröffentlicht werden, lösche sie: Wer das Repository lesen kann, sieht sie "
         "sonst.")),
    IssueKind("CD245", "date-and-range", E,
        ("{field}: the camp has 'date' (one day) and also '{other}' (several days); which "
         "days it had is unclear",
         "For a camp of several days, delete 'date:' and write 'start:' and 'end:'; for a "
         "one-day camp, delete '{other}:'."),
        ("{field}: das Camp hat 'date' (ein Tag) und auch '{other}' (mehrere Tage); an "
         "welchen Tagen es war, ist unklar",
         "Für ein mehrtägiges Camp lösche 'date:' und schreibe 'start:' und 'end:'; für ein "
         "eintägiges Camp lösche '{other}:'.")),
    IssueKind("CD233", "photo-without-consent", E,
        ("{field}: the photo shows people, but it has no 'consent: true'",
         "Publish photos of recognisable people only when everyone on them agreed (Germany: "
         "KUG §22, and the GDPR). Then add 'consent: true'; otherwise remove the photo or "
         "choose one without recognisable people."),
        ("{field}: das Foto zeigt Menschen, hat aber kein 'consent: true'",
         "Fotos, auf denen Menschen zu erkennen sind, nur veröffentlichen, wenn alle "
         "zugestimmt haben (KUG §22, DSGVO). Dann 'consent: true' ergänzen; sonst das Foto "
         "entfernen oder eines ohne erkennbare Personen nehmen.")),
    IssueKind("CD234", "heic-needs-pillow-heif", E,
        ("{field}: '{found}' is an iPhone photo (HEIC), which needs the extra package "
         "pillow-heif",
         "Install it with: pip install 'campdoc[heic]'; or export the photo as JPEG."),
        ("{field}: '{found}' ist ein iPhone-Foto (HEIC), das das Zusatzpaket pillow-heif "
         "braucht",
         "Installiere es mit: pip install 'campdoc[heic]'; oder exportiere das Foto als "
         "JPEG.")),
    IssueKind("CD235", "image-without-alt", E,
        ("the image '{found}' in the notes has no description (alt text)",
         "Write what it shows between the brackets: ![Flipchart with the three main "
         "questions]({found})."),
        ("das Bild '{found}' in den Notizen hat keine Beschreibung (Alternativtext)",
         "Schreibe in die eckigen Klammern, was zu sehen ist: ![Flipchart mit den drei "
         "Leitfragen]({found}).")),
    IssueKind("CD236", "duplicate-photo", E,
        ("{field}: the same photo is already shown at line {first_line}",
         "Keep one of the two."),
        ("{field}: dasselbe Foto wird schon in Zeile {first_line} gezeigt",
         "Behalte eins der beiden.")),
    IssueKind("CD237", "empty-file", E,
        ("{field}: the file '{found}' is empty (0 bytes)",
         "Copy the file again; it was probably not saved completely."),
        ("{field}: die Datei '{found}' ist leer (0 Byte)",
         "Kopiere die Datei noch einmal; vermutlich wurde sie nicht vollständig gespeichert.")),
    IssueKind("CD238", "svg-as-photo", E,
        ("{field}: '{found}' is an SVG drawing, not a photo",
         "Use a photo (JPEG, PNG, WebP, HEIC); a drawing can be a material file or a logo."),
        ("{field}: '{found}' ist eine SVG-Zeichnung, kein Foto",
         "Nimm ein Foto (JPEG, PNG, WebP, HEIC); eine Zeichnung kann als Material oder Logo "
         "dienen.")),
    IssueKind("CD239", "material-kind", E,
        ("{field}: '{found}' is {kind}, which campdoc does not publish as material",
         "Material can be PDF, ODP/PPTX, DOCX/ODT, ODS/XLSX or an image; export the file as "
         "PDF if in doubt."),
        ("{field}: '{found}' ist {kind}, was campdoc nicht als Material veröffentlicht",
         "Material kann PDF, ODP/PPTX, DOCX/ODT, ODS/XLSX oder ein Bild sein; im Zweifel als "
         "PDF exportieren.")),
    IssueKind("CD240", "file-already-in-session", E,
        ("'{found}' is the same file as '{first}', which the session already has",
         "Nothing to add. To change its description, edit its entry in the front matter."),
        ("'{found}' ist dieselbe Datei wie '{first}', die die Session schon hat",
         "Es gibt nichts hinzuzufügen. Um die Beschreibung zu ändern, bearbeite den Eintrag "
         "im Kopfbereich.")),
    IssueKind("CD241", "colour-format", E,
        ("{field}: expected a colour such as #145a8d, found '{found}'",
         "Write the colour in hex, as in CSS: '#' and six (or three) digits 0–9 and a–f. Put "
         "it in quotes in YAML, or '#' starts a comment: accent_color: \"#145a8d\"."),
        ("{field}: erwartet wird eine Farbe wie #145a8d, gefunden: '{found}'",
         "Schreibe die Farbe hexadezimal wie in CSS: '#' und sechs (oder drei) Ziffern 0–9 "
         "und a–f. Setze sie in YAML in Anführungszeichen, sonst beginnt '#' einen "
         "Kommentar: accent_color: \"#145a8d\".")),
    IssueKind("CD242", "colour-contrast", E,
        ("{field}: the colour {found} has a contrast of {ratio}:1 on the {scheme} background "
         "({background}); links and buttons in it need at least 4.5:1 (WCAG AA)",
         "Choose a {direction} shade of the colour. A contrast checker shows the ratio as you "
         "go: the colour is the text, {background} the background."),
        ("{field}: die Farbe {found} hat auf dem {scheme_de} Hintergrund ({background}) einen "
         "Kontrast von {ratio}:1; Links und Schaltflächen in dieser Farbe brauchen mindestens "
         "4,5:1 (WCAG AA)",
         "Wähle einen {direction_de} Ton der Farbe. Ein Kontrastrechner zeigt das Verhältnis "
         "beim Ausprobieren: die Farbe ist die Schrift, {background} der Hintergrund.")),
    IssueKind("CD230", "hidden-name-in-public-file", W,
        ("{field}: this host asked not to be named, but the name is in the file, and the "
         "file is public in the repository {repository}",
         "Delete the line with the name and keep 'publish_name: false' and the organisation: "
         "the host still appears, as anonymous host. Git keeps earlier versions of the file; "
         "'campdoc forget \"NAME\"' shows how to remove the name from the history too."),
        ("{field}: diese Person möchte nicht genannt werden, aber ihr Name steht in der "
         "Datei, und die Datei ist im Repository {repository} öffentlich",
         "Lösche die Zeile mit dem Namen und lass 'publish_name: false' und die Organisation "
         "stehen: die Person erscheint weiter, als anonyme:r Sessiongeber:in. Git bewahrt "
         "frühere Fassungen der Datei auf; 'campdoc forget \"NAME\"' zeigt, wie der Name auch "
         "aus der Geschichte verschwindet.")),
    IssueKind("CD231", "no-imprint", W,
        ("{field}: the site is public, but campdoc.yaml names neither an imprint nor a privacy "
         "notice",
         "Add 'imprint:' and 'privacy:' to campdoc.yaml, each a web address or a Markdown page "
         "in the project; German law asks public sites for both (Impressum: DDG §5). "
         "docs/privacy.md has a text about the site to start from."),
        ("{field}: die Website ist öffentlich, aber campdoc.yaml nennt weder Impressum noch "
         "Datenschutzerklärung",
         "Ergänze 'imprint:' und 'privacy:' in campdoc.yaml, jeweils eine Webadresse oder eine "
         "Markdown-Seite im Projekt; öffentliche Seiten brauchen beides (Impressum: DDG §5). "
         "docs/privacy.md hat einen Text über die Website zum Übernehmen.")),
    # --- across files ----------------------------------------------------------------------------
    IssueKind("CD301", "unknown-room", E,
        ("{field}: the camp has no room '{found}'",
         "{did_you_mean}Write the room as camp.yaml names it ({allowed}), or add it there "
         "under 'rooms:' first."),
        ("{field}: das Camp hat keinen Raum '{found}'",
         "{did_you_mean}Schreibe den Raum so, wie er in der camp.yaml heißt ({allowed}), oder "
         "trage ihn dort zuerst unter 'rooms:' ein.")),
    IssueKind("CD302", "unknown-slot", E,
        ("{field}: the camp has no slot '{found}'",
         "{did_you_mean}Write the slot's id as camp.yaml defines it ({allowed}), or add the "
         "slot there under 'slots:' first."),
        ("{field}: das Camp hat keinen Slot '{found}'",
         "{did_you_mean}Schreibe die Kennung des Slots so, wie die camp.yaml sie festlegt "
         "({allowed}), oder trage den Slot dort zuerst unter 'slots:' ein.")),
    IssueKind("CD303", "room-clash", E,
        ("{field}: room '{room}' is already taken in slot '{slot}' by {other}",
         "Two sessions cannot share a room in the same slot; correct the room or the slot."),
        ("{field}: Raum '{room}' ist im Slot '{slot}' schon belegt durch {other}",
         "Zwei Sessions können nicht zur selben Zeit im selben Raum sein; korrigiere Raum "
         "oder Slot.")),
    IssueKind("CD304", "duplicate-slug", E,
        ("the file name gives the page address '{slug}', which {other} already has{same}",
         "Rename one of the two files; names that differ only in case or accents clash."),
        ("der Dateiname ergibt die Seitenadresse '{slug}', die {other} schon hat{same}",
         "Benenne eine der beiden Dateien um; Namen, die sich nur in Groß-/Kleinschreibung oder "
         "Akzenten unterscheiden, kollidieren.")),
    IssueKind("CD305", "missing-camp-file", E,
        ("the camp folder '{camp}' has no camp.yaml",
         "Create sessions/{camp}/camp.yaml with at least 'name:' and 'date:'."),
        ("der Camp-Ordner '{camp}' hat keine camp.yaml",
         "Lege sessions/{camp}/camp.yaml mit mindestens 'name:' und 'date:' an.")),
    IssueKind("CD306", "date-outside-camp", W,
        ("{field}: the date {found} is outside the camp's dates ({dates})",
         "Correct the date, or the camp's dates in camp.yaml."),
        ("{field}: das Datum {found} liegt außerhalb der Camp-Tage ({dates})",
         "Korrigiere das Datum oder die Camp-Tage in der camp.yaml.")),
    IssueKind("CD307", "duplicate-entry", E,
        ("{field}: '{found}' is defined twice (first at line {first_line})",
         "Rename or delete one of the two; each room name and slot id may appear only once."),
        ("{field}: '{found}' ist doppelt angelegt (zuerst in Zeile {first_line})",
         "Benenne einen der beiden um oder lösche ihn; jeder Raumname und jede Slot-Kennung "
         "darf nur einmal vorkommen.")),
    IssueKind("CD308", "no-camps", E,
        ("no camp found: expected folders sessions/<camp-id>/ with a camp.yaml in '{found}'",
         "Run 'campdoc init' to start a project, or check that you are in the project folder."),
        ("kein Camp gefunden: erwartet werden Ordner sessions/<camp-id>/ mit einer camp.yaml "
         "in '{found}'",
         "Starte ein Projekt mit 'campdoc init' oder prüfe, ob du im Projektordner bist.")),
    IssueKind("CD309", "ignored-file", W,
        ("this file is not a session (.md) and is ignored",
         "If it is a session, rename it to end in .md. Other files (such as material) belong "
         "in a sub-folder like material/, where campdoc does not look for sessions."),
        ("diese Datei ist keine Session (.md) und wird ignoriert",
         "Ist es eine Session, benenne sie so um, dass sie auf .md endet. Andere Dateien "
         "(etwa Material) gehören in einen Unterordner wie material/, in dem campdoc keine "
         "Sessions sucht.")),
    IssueKind("CD310", "symlink", E,
        ("this is a symbolic link; campdoc does not follow links",
         "Copy the file into the project instead of linking to it."),
        ("dies ist eine symbolische Verknüpfung; campdoc folgt keinen Verknüpfungen",
         "Kopiere die Datei ins Projekt, statt auf sie zu verweisen.")),
    IssueKind("CD313", "not-a-regular-file", E,
        ("this is not a regular file (it is a pipe, socket or device); campdoc reads only "
         "regular files",
         "Remove it from the project; a session is an ordinary text file ending in .md."),
        ("dies ist keine gewöhnliche Datei (sondern eine Pipe, ein Socket oder ein Gerät); "
         "campdoc liest nur gewöhnliche Dateien",
         "Entferne sie aus dem Projekt; eine Session ist eine gewöhnliche Textdatei mit der "
         "Endung .md.")),
    IssueKind("CD311", "bad-file-name", E,
        ("the name '{found}' cannot become a page address: {reason}",
         "Use letters, digits and '-' only, for example '{example}'."),
        ("der Name '{found}' kann keine Seitenadresse werden: {reason}",
         "Nutze nur Buchstaben, Ziffern und '-', zum Beispiel '{example}'.")),
    IssueKind("CD312", "bad-camp-id", E,
        ("the camp folder name '{found}' is not a valid camp id{reason}",
         "Use lower-case letters, digits and '-', for example '{example}'."),
        ("der Ordnername '{found}' ist keine gültige Camp-Kennung{reason}",
         "Nutze Kleinbuchstaben, Ziffern und '-', zum Beispiel '{example}'.")),
    IssueKind("CD314", "no-rooms", E,
        ("{field}: the camp lists no rooms, but sessions name rooms ({sessions}): {found}",
         "Add the rooms to camp.yaml under 'rooms:', one line '  - name: …' each, such as "
         "'  - name: {example}'. If the camp had no rooms, delete 'room:' from the sessions "
         "instead."),
        ("{field}: das Camp hat keine Räume angelegt, aber Sessions nennen Räume ({sessions}): "
         "{found}",
         "Trage die Räume in der camp.yaml unter 'rooms:' ein, je eine Zeile '  - name: …', "
         "etwa '  - name: {example}'. Hatte das Camp keine Räume, lösche stattdessen 'room:' "
         "in den Sessions.")),
    IssueKind("CD315", "no-slots", E,
        ("{field}: the camp lists no slots, but sessions name slots ({sessions}): {found}",
         "Add the slots to camp.yaml under 'slots:', each with id, start and end, such as "
         "'  - id: {example}' with '    start: \"10:00\"' and '    end: \"11:00\"' below it. If "
         "the camp had no slots, delete 'slot:' from the sessions instead."),
        ("{field}: das Camp hat keine Slots angelegt, aber Sessions nennen Slots ({sessions}): "
         "{found}",
         "Trage die Slots in der camp.yaml unter 'slots:' ein, jeden mit id, start und end, "
         "etwa '  - id: {example}' und darunter '    start: \"10:00\"' und "
         "'    end: \"11:00\"'. Hatte das Camp keine Slots, lösche stattdessen 'slot:' in den "
         "Sessions.")),
    # --- imports --------------------------------------------------------------------------------
    IssueKind("CD501", "plan-columns", E,
        ("the table has no column for the session title (found the columns: {found})",
         "Name a column 'Titel' or 'Title'. Other known columns: Sessiongeber:in/Host, "
         "Organisation, Raum/Room, Slot/Zeit, Tags/Schlagworte."),
        ("die Tabelle hat keine Spalte für den Sessiontitel (gefunden: {found})",
         "Nenne eine Spalte 'Titel' oder 'Title'. Weitere bekannte Spalten: Sessiongeber:in/"
         "Host, Organisation, Raum/Room, Slot/Zeit, Tags/Schlagworte.")),
    IssueKind("CD502", "plan-row-without-title", E,
        ("row {row} has no title; it was not imported",
         "Fill in the title, or delete the row."),
        ("Zeile {row} hat keinen Titel; sie wurde nicht importiert",
         "Trage einen Titel ein oder lösche die Zeile.")),
    IssueKind("CD503", "already-exists", W,
        ("{found} already exists; it was not imported again and the file was left as it is",
         "Nothing to do if the session was imported before."),
        ("{found} gibt es schon; sie wurde nicht noch einmal importiert und die Datei nicht "
         "verändert",
         "Nichts zu tun, wenn die Session schon früher importiert wurde.")),
    IssueKind("CD504", "unreadable-table", E,
        ("the file cannot be read as a table: {problem}",
         "Export the session plan as CSV (UTF-8, separated by ; or ,) from the spreadsheet."),
        ("die Datei lässt sich nicht als Tabelle lesen: {problem}",
         "Exportiere den Sessionplan aus der Tabellenkalkulation als CSV (UTF-8, getrennt "
         "durch ; oder ,).")),
    IssueKind("CD505", "not-sessions-json", E,
        ("expected a sessions.json file written by campdoc, found {found}",
         "Download sessions.json from the camp's page of a campdoc site (under 'Downloads') "
         "and import that file unchanged."),
        ("erwartet wird eine sessions.json, die campdoc geschrieben hat, gefunden: {found}",
         "Lade die sessions.json von der Camp-Seite einer campdoc-Seite herunter (unter „Zum "
         "Herunterladen“) und importiere die Datei unverändert.")),
    IssueKind("CD506", "sessions-json-version", E,
        ("the file has version {found} of the sessions.json shape; this campdoc reads "
         "version {supported}",
         "Update campdoc (pip install --upgrade campdoc), then import again."),
        ("die Datei hat Version {found} des sessions.json-Formats; dieses campdoc liest "
         "Version {supported}",
         "Aktualisiere campdoc (pip install --upgrade campdoc) und importiere dann erneut.")),
    IssueKind("CD507", "pad-not-a-person", W,
        ("{field}: '{found}' (under '{heading}') is not clearly the name of a person; it was "
         "kept in the notes",
         "If it names a person who agreed to be named, write the name under {field}: in the "
         "new session file."),
        ("{field}: '{found}' (unter '{heading}') ist nicht eindeutig der Name einer Person; "
         "es steht jetzt in den Notizen",
         "Wenn es eine Person ist, die genannt werden möchte, trage den Namen in der neuen "
         "Sessiondatei unter {field}: ein.")),
    IssueKind("CD508", "pad-not-a-number", W,
        ("{field}: '{found}' (under '{heading}') is not one whole number; it was kept in the "
         "notes",
         "Write the number of participants in the new session file, e.g. participants: 12"),
        ("{field}: '{found}' (unter '{heading}') ist nicht eine ganze Zahl; es steht jetzt in "
         "den Notizen",
         "Trage die Zahl der Teilnehmenden in der neuen Sessiondatei ein, z. B. "
         "participants: 12")),
    IssueKind("CD509", "pad-too-long-for-field", W,
        ("{field}: '{found}' does not fit in the field (at most {limit} {units}); it was "
         "kept in the notes",
         "If it belongs in {field}:, shorten it there in the new session file."),
        ("{field}: '{found}' passt nicht in das Feld (höchstens {limit} {units}); es steht "
         "jetzt in den Notizen",
         "Wenn es unter {field}: gehört, kürze es dort in der neuen Sessiondatei.")),
    IssueKind("CD510", "pad-title-shortened", W,
        ("title: the pad's title has {found} characters, more than {limit}; it was shortened "
         "to '{title}' and is in the notes in full",
         "Choose a shorter title under title: in the new session file."),
        ("title: der Titel des Pads hat {found} Zeichen, mehr als {limit}; er wurde zu "
         "'{title}' gekürzt und steht vollständig in den Notizen",
         "Wähle in der neuen Sessiondatei unter title: einen kürzeren Titel.")),
    # --- content quality: warnings ----------------------------------------------------------------
    IssueKind("CD218", "unsafe-svg", E,
        ("{field}: the SVG file '{found}' contains {what} (<{element}>, line {svg_line} of the "
         "SVG); campdoc publishes plain drawings only",
         "Export the logo again as a plain SVG (Inkscape: Save as → Plain SVG; Illustrator: "
         "SVG with presentation attributes), or as PNG."),
        ("{field}: die SVG-Datei '{found}' enthält {what} (<{element}>, Zeile {svg_line} der "
         "SVG); campdoc veröffentlicht nur einfache Zeichnungen",
         "Exportiere das Logo noch einmal als einfaches SVG (Inkscape: Speichern unter → "
         "Normales SVG; Illustrator: SVG mit Präsentationsattributen) oder als PNG.")),
    IssueKind("CD220", "not-an-image", E,
        ("{field}: '{found}' is {kind}, not an image campdoc can publish ({allowed})",
         "Use the logo as a PNG, JPEG, WebP, GIF or SVG file; a file's name does not make it "
         "an image."),
        ("{field}: '{found}' ist {kind}, kein Bild, das campdoc veröffentlichen kann "
         "({allowed})",
         "Nimm das Logo als PNG-, JPEG-, WebP-, GIF- oder SVG-Datei; der Dateiname allein macht "
         "keine Datei zum Bild.")),
    IssueKind("CD221", "wrong-file-ending", E,
        ("{field}: '{found}' is a {format} file, but its name does not end in {suffixes}",
         "Rename the file so that its ending says what it is, then change the path here."),
        ("{field}: '{found}' ist eine {format}-Datei, aber ihr Name endet nicht auf {suffixes}",
         "Benenne die Datei so um, dass die Endung sagt, was sie ist, und ändere dann den Pfad "
         "hier.")),
    IssueKind("CD225", "bad-image", E,
        ("{field}: the image '{found}' cannot be read: {what}",
         "Open the file in an image program and save it again, at most 120 megapixels."),
        ("{field}: das Bild '{found}' lässt sich nicht lesen: {what}",
         "Öffne die Datei in einem Bildprogramm und speichere sie neu, höchstens 120 "
         "Megapixel.")),
    IssueKind("CD401", "no-insights", W,
        ("{field}: the session is published but has no key insights",
         "Add the two or three most important results under 'insights:', "
         "or set 'status: draft' while it is still being written."),
        ("{field}: die Session ist veröffentlicht, hat aber keine Erkenntnisse",
         "Ergänze die zwei, drei wichtigsten Ergebnisse unter 'insights:' oder setze "
         "'status: draft', solange noch geschrieben wird.")),
    IssueKind("CD402", "raw-html", W,
        ("the notes contain HTML ({found}); it is shown as plain text, not run",
         "Use Markdown instead: **bold**, *italic*, [link](https://…)."),
        ("die Notizen enthalten HTML ({found}); es wird als Text angezeigt, nicht ausgeführt",
         "Nutze stattdessen Markdown: **fett**, *kursiv*, [Link](https://…).")),
    IssueKind("CD404", "too-deep-markdown", E,
        ("the notes are nested deeper than {limit} levels (lists or quotes inside each other); "
         "the deeper part would be lost",
         "Flatten the structure: use headings or fewer levels of indentation."),
        ("die Notizen sind tiefer als {limit} Ebenen verschachtelt (Listen oder Zitate "
         "ineinander); der tiefere Teil ginge verloren",
         "Vereinfache die Struktur: nutze Überschriften oder weniger Einrückungsebenen.")),
    IssueKind("CD406", "booklet-notes-shortened", W,
        ("{field}: the notes are {size} long; the booklet prints the first {limit} and points "
         "to the online version for the rest",
         "Nothing to do if that is fine. To print everything, split the session or move long "
         "material (transcripts, lists) to a linked file."),
        ("{field}: die Notizen sind {size} lang; das Booklet druckt die ersten {limit} und "
         "verweist für den Rest auf die Online-Fassung",
         "Nichts zu tun, wenn das so passt. Um alles zu drucken, teile die Session auf oder "
         "lagere langes Material (Mitschriften, Listen) in eine verlinkte Datei aus.")),
    IssueKind("CD403", "unsafe-link", W,
        ("the link target '{found}' is not a web or mail address and is removed",
         "Write the full address, starting with https://, http:// or mailto:, or remove the "
         "link."),
        ("das Linkziel '{found}' ist keine Web- oder Mail-Adresse und wird entfernt",
         "Schreibe die vollständige Adresse, beginnend mit https://, http:// oder mailto:, "
         "oder entferne den Link.")),
]

KINDS: dict[str, IssueKind] = {kind.code: kind for kind in _KINDS}


class _Lenient(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def severity_of(code: str) -> Severity:
    return KINDS[code].severity


_DID_YOU_MEAN = {"en": "Did you mean '{}'? ", "de": "Meintest du '{}'? "}
# The words validators put into 'expected' and 'found', in German.
_TERMS_DE = {
    "a text": "ein Text",
    "a whole number": "eine ganze Zahl",
    "true or false": "true oder false",
    "a date (YYYY-MM-DD)": "ein Datum (JJJJ-MM-TT)",
    "a time (HH:MM)": "eine Uhrzeit (HH:MM)",
    "a web address": "eine Webadresse",
    "one of the allowed values": "einer der erlaubten Werte",
    "an id": "eine Kennung",
    "a licence id": "eine Lizenzkennung",
    "a list": "eine Liste",
    "a list of points": "eine Liste von Punkten",
    "a web address or a page": "eine Webadresse oder eine Seite",
    "a colour such as #145a8d": "eine Farbe wie #145a8d",
    "characters": "Zeichen",
    "entries": "Einträge",
    "a group of fields": "eine Gruppe von Feldern",
    "an empty value": "ein leerer Wert",
    "nothing": "nichts",
    "the front matter": "der Kopfbereich",
    "the file": "die Datei",
    "an empty file": "eine leere Datei",
    "it is reserved on Windows": "er ist unter Windows reserviert",
    " (reserved for the site itself or on Windows)":
        " (reserviert für die Seite selbst oder unter Windows)",
    "it has no letters or digits": "er enthält keine Buchstaben oder Ziffern",
    "a script": "ein Skript",
    "an event handler": "einen Event-Handler",
    "an embedded document": "ein eingebettetes Dokument",
    "an animation": "eine Animation",
    "a link": "einen Link",
    "a reference to another file or server": "einen Verweis auf eine andere Datei oder einen "
                                             "anderen Server",
    "an entity declaration": "eine Entity-Deklaration",
    "a javascript: link": "einen javascript:-Link",
    "a style that could run code": "eine Stilangabe, die Code ausführen könnte",
    "a style that loads from elsewhere": "eine Stilangabe, die von anderswo lädt",
    "an unsupported element": "ein Element, das campdoc nicht veröffentlicht",
    "too many parts": "zu viele Teile",
    "too many repeated parts": "zu viele wiederholte Teile",
    "no well-formed SVG": "kein wohlgeformtes SVG",
    "no SVG drawing": "keine SVG-Zeichnung",
    "a damaged image": "die Datei ist beschädigt oder unvollständig",
    "too many pixels": "es hat zu viele Pixel",
    "not an image": "kein Bild",
    "not a photo": "kein Foto",
    "HEIC without pillow-heif": "HEIC ohne pillow-heif",
    "the logo": "das Logo",
    "JSON nested deeper than 64 levels": "JSON, das tiefer als 64 Ebenen verschachtelt ist",
    "it is an absolute path": "der Pfad ist absolut",
    "it uses '\\' instead of '/'": "der Pfad nutzt '\\' statt '/'",
    "it leads outside the folder": "der Pfad führt aus dem Ordner heraus",
    "it is not a plain file name": "der Pfad ist kein einfacher Dateiname",
    "it does not exist": "sie existiert nicht",
    "it is a link": "sie ist eine Verknüpfung",
    "it is a folder": "es ist ein Ordner",
    "it is not a regular file": "sie ist keine gewöhnliche Datei",
    "a PNG image": "ein PNG-Bild", "a JPEG image": "ein JPEG-Bild", "a GIF image":
    "ein GIF-Bild", "a WebP image": "ein WebP-Bild", "a HEIC image": "ein HEIC-Bild",
    "an AVIF image": "ein AVIF-Bild", "an SVG drawing": "eine SVG-Zeichnung",
    "a PDF document": "ein PDF-Dokument",
    "an office document or ZIP archive": "ein Office-Dokument oder ZIP-Archiv",
    "an HTML page": "eine HTML-Seite", "a text file": "eine Textdatei",
    "a file of an unknown kind": "eine Datei unbekannter Art",
}
_TRANSLATED_PARAMS = ("expected", "found", "what", "reason", "kind", "units")
# How to write a value of each type, by the English words validators put into 'expected':
# English, German, and an example for when the validator gave none.
_HOW_TO_WRITE: dict[str, tuple[str, str, str]] = {
    "a text": ("Write the text on the same line, right after the colon.",
               "Schreibe den Text in dieselbe Zeile, direkt hinter den Doppelpunkt.", ""),
    "a whole number": ("Write a whole number, in digits only, e.g. {example}.",
                       "Schreibe eine ganze Zahl, nur in Ziffern, z. B. {example}.", "20"),
    "true or false": ("Write true or false.", "Schreibe true oder false.", ""),
    "a date (YYYY-MM-DD)": ("Write the date as YYYY-MM-DD, e.g. 2026-05-14.",
                            "Schreibe das Datum als JJJJ-MM-TT, z. B. 2026-05-14.", ""),
    "a time (HH:MM)": ("Write the time as HH:MM, e.g. 09:30.",
                       "Schreibe die Uhrzeit als HH:MM, z. B. 09:30.", ""),
    "a web address": ("Write the full address, starting with https://.",
                      "Schreibe die vollständige Adresse, beginnend mit https://.", ""),
    "a web address or a page": (
        "Write a web address (https://…) or the path of a Markdown page in the project, "
        "such as rechtliches/impressum.md.",
        "Schreibe eine Webadresse (https://…) oder den Pfad einer Markdown-Seite im "
        "Projekt, etwa rechtliches/impressum.md.", ""),
    "a colour such as #145a8d": ("Write the colour in quotes, such as \"#145a8d\".",
                                 "Schreibe die Farbe in Anführungszeichen, etwa \"#145a8d\".",
                                 ""),
    "one of the allowed values": ("Write one of the values listed for this field in "
                                  "docs/fields.md.",
                                  "Schreibe einen der Werte, die docs/fields.md für dieses "
                                  "Feld nennt.", ""),
    "an id": ("Write an id of lower-case letters, digits and '-', e.g. slot-1.",
              "Schreibe eine Kennung aus Kleinbuchstaben, Ziffern und '-', z. B. slot-1.", ""),
    "a licence id": ("Write a licence id such as CC-BY-4.0.",
                     "Schreibe eine Lizenzkennung wie CC-BY-4.0.", ""),
    "a list": ("Write one entry per line below the field, each starting with '- ', such as "
               "'  {example}'.",
               "Schreibe darunter einen Eintrag pro Zeile, jeden beginnend mit '- ', etwa "
               "'  {example}'.", "- …"),
    "a list of points": ("Write one point per line below the field, each starting with "
                         "'- ', such as '  - {example}'.",
                         "Schreibe darunter einen Punkt pro Zeile, jeden beginnend mit '- ', "
                         "etwa '  - {example}'.", "…"),
    "a group of fields": ("Write its fields on the lines below, indented by two spaces, one "
                          "per line, such as '  {example}'.",
                          "Schreibe seine Felder in die Zeilen darunter, um zwei Leerzeichen "
                          "eingerückt, eins pro Zeile, etwa '  {example}'.", "name: …"),
}


def _fill(template: str, params: Mapping[str, str], language: Language) -> str:
    values = _Lenient(params)
    values.setdefault("units", "characters")
    how = _HOW_TO_WRITE.get(values.get("expected", ""))
    if how:
        values["how"] = (how[1] if language == "de" else how[0]).format(
            example=values.get("example") or how[2])
    if language == "de":
        for name in _TRANSLATED_PARAMS:
            if name in values:
                values[name] = _TERMS_DE.get(values[name], values[name])
    if language == "de":  # a parameter's German wording comes as name_de, like doc_de
        for name in [name for name in values if name.endswith("_de") and values[name]]:
            values[name.removesuffix("_de")] = values[name]
    if values.get("suggestion"):
        values["did_you_mean"] = _DID_YOU_MEAN[language].format(values["suggestion"])
    return string.Formatter().vformat(template, (), values).strip()


def message_of(issue: Finding, language: Language) -> str:
    """The one-line message of an issue in the given language."""
    kind = KINDS[issue.code]
    text = kind.de[0] if language == "de" else kind.en[0]
    return _fill(text, {"field": issue.field, **issue.params}, language)


def hint_of(issue: Finding, language: Language) -> str:
    """What the reader should do about it; may be empty."""
    kind = KINDS[issue.code]
    text = kind.de[1] if language == "de" else kind.en[1]
    return _fill(text, {"field": issue.field, **issue.params}, language)
