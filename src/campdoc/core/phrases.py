"""What campdoc says on the terminal and in the preview, in English and German.

One catalogue for the questions of ``campdoc new``, the errors of every command, click's
usage errors and the preview, so a German project hears German everywhere. A phrase's
hint, if it has one, is the phrase ``<key>.hint``. Placeholders are ``str.format`` fields;
both languages of a phrase use the same ones (tests/unit/test_phrases.py checks that).
The words of the reader-facing pages are in `campdoc.core.words`; the findings of ``check``
in `campdoc.core.messages`.
"""

from __future__ import annotations

from campdoc.core.printable import fill

# key: (English, German)
PHRASES: dict[str, tuple[str, str]] = {
    # --- the command line as a whole ---------------------------------------------------------
    "cli.error": ("Error: {message}", "Fehler: {message}"),
    "cli.usage": ("Usage:", "Aufruf:"),
    "cli.help": ("Try '{command} --help' for help.", "Hilfe: '{command} --help'"),
    "cli.aborted": ("Aborted.", "Abgebrochen."),
    "cli.did_you_mean": ("Did you mean {names}?", "Meintest du {names}?"),
    "cli.or": ("or", "oder"),
    # click's usage errors, worded anew (click writes them in English only)
    "usage.no_command": ("there is no command '{name}'.", "den Befehl '{name}' gibt es nicht."),
    "usage.commands": ("Commands: {names}.", "Befehle: {names}."),
    "usage.missing_command": ("a command is missing.", "es fehlt ein Befehl."),
    "usage.no_option": ("there is no option '{name}'.", "die Option '{name}' gibt es nicht."),
    "usage.missing_option": ("the option {name} is missing.", "die Option {name} fehlt."),
    "usage.missing_argument": ("the argument {name} is missing.",
                               "das Argument {name} fehlt."),
    "usage.choose_from": ("Choose from: {choices}.", "Möglich sind: {choices}."),
    "usage.needs_value": ("the option '{name}' needs a value.",
                          "die Option '{name}' braucht einen Wert."),
    "usage.takes_no_value": ("the option '{name}' takes no value.",
                             "die Option '{name}' nimmt keinen Wert."),
    "usage.extra_arguments": ("unexpected extra arguments: {args}.",
                              "unerwartete zusätzliche Angaben: {args}."),
    "usage.invalid": ("invalid value for {name}: {problem}",
                      "ungültiger Wert für {name}: {problem}"),
    "usage.not_a_choice": ("'{value}' is not one of {choices}.",
                           "'{value}' ist nicht möglich; erlaubt sind {choices}."),
    "usage.out_of_range": ("{value} is not between {low} and {high}.",
                           "{value} liegt nicht zwischen {low} und {high}."),
    "usage.not_a_number": ("'{value}' is not a whole number.",
                           "'{value}' ist keine ganze Zahl."),
    "usage.path_missing": ("'{path}' does not exist.", "'{path}' gibt es nicht."),
    "usage.path_is_file": ("'{path}' is a file; a folder is needed.",
                           "'{path}' ist eine Datei; gebraucht wird ein Ordner."),
    "usage.path_is_folder": ("'{path}' is a folder; a file is needed.",
                             "'{path}' ist ein Ordner; gebraucht wird eine Datei."),
    "usage.path_unreadable": ("'{path}' cannot be read.", "'{path}' ist nicht lesbar."),
    "usage.path_unwritable": ("'{path}' cannot be written.",
                              "'{path}' ist schreibgeschützt."),
    # --- the project ------------------------------------------------------------------------
    "project.no_folder": ("the project folder {folder} does not exist",
                          "den Projektordner {folder} gibt es nicht"),
    "project.no_folder.hint": ("Check the folder after -C/--project.",
                               "Prüfe den Ordner hinter -C/--project."),
    "project.none": ("there is no campdoc project in {folder} (no campdoc.yaml and no "
                     "sessions/ folder, here or above)",
                     "in {folder} ist kein campdoc-Projekt (keine campdoc.yaml und kein Ordner "
                     "sessions/, weder hier noch darüber)"),
    "project.none.hint": ("Go to the project folder (cd …), name it with -C FOLDER, or start "
                          "one with 'campdoc init FOLDER'.",
                          "Wechsle in den Projektordner (cd …), nenne ihn mit -C ORDNER oder "
                          "lege eins an: 'campdoc init ORDNER'."),
    "project.no_camp": ("the project has no camp yet", "das Projekt hat noch kein Camp"),
    "project.no_camp.hint": ("Create one with 'campdoc new camp'.",
                             "Lege eins an mit 'campdoc new camp'."),
    "project.unknown_camp": ("there is no camp with the id '{camp}'",
                             "es gibt kein Camp mit der Kennung '{camp}'"),
    "project.unknown_camp.hint": ("Camps: {camps}.", "Camps: {camps}."),
    "project.exists": ("{names} already exist in {folder}", "{names} gibt es schon in {folder}"),
    "project.exists.hint": ("Use --force to overwrite them, or another folder.",
                            "Mit --force werden sie überschrieben; oder nimm einen anderen "
                            "Ordner."),
    "init.done": ("Project created in {folder}. Next: cd {folder} && campdoc serve",
                  "Projekt angelegt in {folder}. Weiter mit: cd {folder} && campdoc serve"),
    # --- campdoc build and serve -----------------------------------------------------------
    "build.load": ("Reading files", "Lese Dateien"),
    "build.render": ("Building camps", "Baue Camps"),
    "build.index": ("Writing the archive", "Schreibe das Archiv"),
    "build.stopped": ("Build stopped: fix the errors above. {out} was not changed.",
                      "Build abgebrochen: Bitte die Fehler oben beheben. {out} wurde nicht "
                      "verändert."),
    "build.done_one": ("Built {pages} pages for {camps} camp in {seconds} s → {out}",
                       "{pages} Seiten für {camps} Camp in {seconds} s erzeugt → {out}"),
    "build.done": ("Built {pages} pages for {camps} camps in {seconds} s → {out}",
                   "{pages} Seiten für {camps} Camps in {seconds} s erzeugt → {out}"),
    "build.camp_and_shard": ("--camp and --shard exclude each other: build one camp, or one "
                             "share of the camps.",
                             "--camp und --shard schließen einander aus: Baue ein Camp oder "
                             "einen Teil der Camps."),
    "build.shard": ("Shard {shard}: {camps}", "Teil {shard}: {camps}"),
    "build.timings": ("Time per stage: CPU seconds of all processes (Pagefind's included); "
                      "wall seconds added up over the camps, which are built side by side.",
                      "Zeit je Schritt: CPU-Sekunden aller Prozesse (Pagefind eingeschlossen); "
                      "Sekunden auf der Uhr über alle Camps addiert, die nebeneinander gebaut "
                      "werden."),
    "build.timings_columns": ("stage", "Schritt"),
    "build.timings_wall": ("wall s", "Uhr s"),
    "build.timings_total": ("whole build", "ganzer Build"),
    "stage.prepare": ("prepare", "vorbereiten"),
    "stage.load": ("load", "laden"),
    "stage.validate": ("validate", "prüfen"),
    "stage.media": ("photos and logos", "Fotos und Logos"),
    "stage.render": ("render pages", "Seiten erzeugen"),
    "stage.exports": ("exports", "Exporte"),
    "stage.write": ("write", "schreiben"),
    "stage.index": ("search index", "Suchindex"),
    "stage.cache": ("cache", "Zwischenspeicher"),
    "stage.archive": ("archive", "Archiv"),
    "build.shard_empty": ("Shard {shard} has no camp to build (the project has fewer camps "
                          "than shards).",
                          "Teil {shard} hat kein Camp zu bauen (das Projekt hat weniger Camps "
                          "als Teile)."),
    "shard.malformed": ("expected a shard like 2/4 (this job of all jobs), found '{found}'",
                        "erwartet wird ein Teil wie 2/4 (dieser Job von allen Jobs), gefunden: "
                        "'{found}'"),
    "shard.malformed.hint": ("In GitLab CI: --shard \"$CI_NODE_INDEX/$CI_NODE_TOTAL\"; in "
                             "GitHub Actions: a matrix over 1..N and --shard "
                             "\"${{{{ matrix.shard }}}}/N\".",
                             "In GitLab CI: --shard \"$CI_NODE_INDEX/$CI_NODE_TOTAL\"; in "
                             "GitHub Actions: eine Matrix über 1..N und --shard "
                             "\"${{{{ matrix.shard }}}}/N\"."),
    "shard.out_of_range": ("expected a shard between 1/{total} and {total}/{total}, found "
                           "'{found}'",
                           "erwartet wird ein Teil zwischen 1/{total} und {total}/{total}, "
                           "gefunden: '{found}'"),
    "shard.no_jobs": ("the number of jobs must be at least 1, found '{found}'",
                      "die Zahl der Jobs muss mindestens 1 sein, gefunden: '{found}'"),
    "shard.no_jobs.hint": ("Write the shard as K/N with N the number of jobs, e.g. 1/4.",
                           "Schreibe den Teil als K/N, N ist die Zahl der Jobs, z. B. 1/4."),
    "shard.too_many": ("at most {most} jobs can share a build, found '{found}'",
                       "höchstens {most} Jobs können sich einen Build teilen, gefunden: "
                       "'{found}'"),
    "shard.too_many.hint": ("Use fewer jobs, as 'campdoc ci --matrix' writes them (1 to "
                            "{most}).",
                            "Nimm weniger Jobs, wie 'campdoc ci --matrix' sie anlegt (1 bis "
                            "{most})."),
    "shard.out_of_range.hint": ("The first number is this job, counted from 1; the second is "
                                "the number of jobs.",
                                "Die erste Zahl ist dieser Job, gezählt ab 1; die zweite die "
                                "Zahl der Jobs."),
    "build.search_index_failed": ("the search index in {folder} could not be built: {detail}",
                                  "der Suchindex in {folder} ließ sich nicht bauen: {detail}"),
    "build.search_index_failed.hint": (
        "Check that the package 'pagefind[bin]' is installed (pip install 'pagefind[bin]').",
        "Prüfe, ob das Paket 'pagefind[bin]' installiert ist (pip install 'pagefind[bin]')."),
    "booklet.no_weasyprint": ("the PDF booklet needs WeasyPrint, which is not installed",
                              "das PDF-Heft braucht WeasyPrint, das nicht installiert ist"),
    "booklet.no_weasyprint.hint": (
        "Install it with:  pip install 'campdoc[pdf]'   (or use --format html and print from "
        "the browser). On Debian/Ubuntu WeasyPrint also needs: apt install libpango-1.0-0 "
        "libpangoft2-1.0-0",
        "Installiere es mit:  pip install 'campdoc[pdf]'   (oder nimm --format html und "
        "drucke aus dem Browser). Unter Debian/Ubuntu braucht WeasyPrint außerdem: apt "
        "install libpango-1.0-0 libpangoft2-1.0-0"),
    "changes.no_git": ("--changed-since needs git, which is not installed",
                       "--changed-since braucht git, das nicht installiert ist"),
    "changes.no_git.hint": ("Install git (https://git-scm.com), or check all files without "
                            "--changed-since.",
                            "Installiere git (https://git-scm.com) oder prüfe alle Dateien "
                            "ohne --changed-since."),
    "changes.no_repository": ("--changed-since compares with git, but {folder} is not in a "
                              "git repository",
                              "--changed-since vergleicht mit git, aber {folder} liegt in "
                              "keinem git-Repository"),
    "changes.no_repository.hint": ("Run it in a clone of the repository (git clone …), or "
                                   "check all files without --changed-since.",
                                   "Starte es in einem Klon des Repositorys (git clone …) oder "
                                   "prüfe alle Dateien ohne --changed-since."),
    "changes.unknown_ref": ("--changed-since: git knows no branch or commit '{ref}'",
                            "--changed-since: git kennt keinen Branch und keinen Commit "
                            "'{ref}'"),
    "changes.unknown_ref.hint": ("Fetch it first (e.g. git fetch origin main), or name a "
                                 "branch that exists here (git branch -a).",
                                 "Hole ihn zuerst (etwa git fetch origin main) oder nenne "
                                 "einen Branch, den es hier gibt (git branch -a)."),
    "changes.git_failed": ("--changed-since: git {command} failed: {detail}",
                           "--changed-since: git {command} ist gescheitert: {detail}"),
    "changes.git_failed.hint": ("Check the repository with 'git status', or check all files "
                                "without --changed-since.",
                                "Prüfe das Repository mit 'git status' oder prüfe alle "
                                "Dateien ohne --changed-since."),
    "build.bad_base_url": ("--base-url: expected an http:// or https:// address, found "
                           "'{found}'.",
                           "--base-url: erwartet wird eine Adresse mit http:// oder https://, "
                           "gefunden: '{found}'."),
    "serve.serving": ("Serving {out} at {url} (Ctrl+C to stop)",
                      "Vorschau von {out} unter {url} (beenden mit Strg+C)"),
    "serve.rebuilt_site": ("✓ site rebuilt in {seconds} s", "✓ Seite neu gebaut in {seconds} s"),
    "serve.rebuilt_camp": ("✓ camp {camp} rebuilt in {seconds} s",
                           "✓ Camp {camp} neu gebaut in {seconds} s"),
    "serve.exposed": ("Warning: the preview is reachable from other devices via {host}. Only "
                      "do this in a network you trust.",
                      "Achtung: Die Vorschau ist über {host} auch von anderen Geräten "
                      "erreichbar. Das nur in einem Netz tun, dem du vertraust."),
    "serve.port_taken": ("port {port} is already taken (is 'campdoc serve' running in another "
                         "window?): choose another one with --port {other}, or --port 0 for "
                         "any free port",
                         "Port {port} ist schon belegt (läuft 'campdoc serve' schon in einem "
                         "anderen Fenster?): Wähle einen anderen mit --port {other} oder "
                         "--port 0 für irgendeinen freien Port"),
    "serve.port_forbidden": ("port {port} may only be opened by an administrator",
                             "Port {port} darf nur ein Administrator öffnen"),
    "serve.port_forbidden.hint": ("Use a port from 1024 on, such as --port 8000, or --port 0.",
                                  "Nimm einen Port ab 1024, etwa --port 8000, oder --port 0."),
    "serve.no_address": ("this machine has no address '{host}' to listen on",
                         "dieser Rechner hat keine Adresse '{host}', unter der er erreichbar "
                         "wäre"),
    "serve.no_address.hint": ("Leave out --host (then only this machine sees the preview), or "
                              "give one of its addresses.",
                              "Lass --host weg (dann sieht nur dieser Rechner die Vorschau) "
                              "oder gib eine seiner Adressen an."),
    "overlay.title": ("The site could not be built", "Die Seite konnte nicht gebaut werden"),
    "overlay.note": ("The last good pages stay until the file is fixed; this message goes "
                     "away by itself after the next good save.",
                     "Die zuletzt gebauten Seiten bleiben, bis die Datei repariert ist; dieser "
                     "Hinweis verschwindet nach dem nächsten fehlerfreien Speichern von "
                     "selbst."),
    # --- campdoc check and ci -------------------------------------------------------------
    "check.outside": ("{path} is not inside the project folder {root}",
                      "{path} liegt nicht im Projektordner {root}"),
    "check.outside.hint": ("Give files or folders of this project, or name another project "
                           "with -C.",
                           "Gib Dateien oder Ordner dieses Projekts an oder nenne mit -C ein "
                           "anderes Projekt."),
    "ci.no_forge": ("campdoc does not know where the repository is",
                    "campdoc weiß nicht, wo das Repository liegt"),
    "ci.no_forge.hint": ("Give --forge github, gitlab or forgejo, or name the repository in "
                         "campdoc.yaml (repository: url: …).",
                         "Gib --forge github, gitlab oder forgejo an oder trage das Repository "
                         "in die campdoc.yaml ein (repository: url: …)."),
    # --- questions (campdoc new) -----------------------------------------------------------
    "ask.required": ("{what} is needed.", "{what} wird gebraucht."),
    "ask.not_offered": ("'{answer}' is not on the list: give a number from 1 to {last} or a "
                        "name from the list.",
                        "'{answer}' steht nicht in der Liste: Gib eine Zahl von 1 bis {last} "
                        "oder einen Namen aus der Liste ein."),
    "ask.choose_default": ("number or name, Enter: {default}",
                           "Nummer oder Name, Enter: {default}"),
    "ask.choose_or_none": ("number or name, Enter: none", "Nummer oder Name, Enter: keiner"),
    "ask.yes_no_again": ("Answer y (yes) or n (no).", "Antworte mit j (ja) oder n (nein)."),
    "ask.yes_default": ("Y/n", "J/n"),
    "ask.no_default": ("y/N", "j/N"),
    "ask.camp": ("Camp", "Camp"),
    "ask.title": ("Session title", "Titel der Session"),
    "ask.host": ("Host (leave empty to finish)", "Sessiongeber:in (leer lassen zum Beenden)"),
    "ask.host_needed": ("A session needs at least one host; a host who does not want to be "
                        "named can stay anonymous.",
                        "Eine Session braucht mindestens eine:n Sessiongeber:in; wer nicht "
                        "genannt werden möchte, bleibt anonym."),
    "ask.organisation": ("  Organisation of {name} (empty: none)",
                         "  Organisation von {name} (leer: keine)"),
    "ask.publish_name": ("  May {name} be named?", "  Darf {name} namentlich genannt werden?"),
    "ask.room": ("Room", "Raum"),
    "ask.slot": ("Slot", "Slot"),
    "ask.keep_taken": ("Create it there anyway?", "Trotzdem dort anlegen?"),
    "ask.known_tags": ("Used so far: {tags}", "Bisher verwendet: {tags}"),
    "ask.tags": ("Tags, separated by commas", "Schlagworte, durch Komma getrennt"),
    "ask.camp_name": ("Name of the camp", "Name des Camps"),
    "ask.camp_date": ("Date (e.g. 2026-05-16)", "Datum (z. B. 16.05.2026)"),
    "ask.camp_location": ("Venue", "Ort"),
    "ask.camp_organizer": ("Organiser", "Veranstalter"),
    "ask.camp_rooms": ("Rooms, separated by commas", "Räume, durch Komma getrennt"),
    "ask.camp_slots": ("Time slots, separated by commas", "Zeitslots, durch Komma getrennt"),
    "what.title": ("A title", "Ein Titel"),
    "what.name": ("A name", "Ein Name"),
    "what.rooms": ("At least one room", "Mindestens ein Raum"),
    "what.slots": ("At least one time slot", "Mindestens ein Zeitslot"),
    # --- campdoc new ------------------------------------------------------------------------
    "new.camp": ("Camp: {name} ({id})", "Camp: {name} ({id})"),
    "new.camp_newest": ("Camp: {name} ({id}), the newest one; choose another with --camp ID",
                        "Camp: {name} ({id}), das neueste; ein anderes mit --camp KENNUNG"),
    "new.camps": ("The project has {count} camps. Which one is the session part of?",
                  "Das Projekt hat {count} Camps. Zu welchem gehört die Session?"),
    "new.unknown_room": ("--room: the camp has no room '{found}' (rooms: {allowed}).",
                         "--room: das Camp hat keinen Raum '{found}' (Räume: {allowed})."),
    "new.unknown_slot": ("--slot: the camp has no slot '{found}' (slots: {allowed}).",
                         "--slot: das Camp hat keinen Slot '{found}' (Slots: {allowed})."),
    "new.session_exists": ("{path} already exists: choose another title, or edit that file.",
                           "{path} gibt es schon: Wähle einen anderen Titel oder bearbeite "
                           "diese Datei."),
    "session.no_name": ("the title '{title}' has no letters or digits for a file name",
                        "der Titel '{title}' hat keine Buchstaben oder Ziffern für einen "
                        "Dateinamen"),
    "session.no_name.hint": ("Give the session a title with words in it.",
                             "Gib der Session einen Titel mit Wörtern."),
    "new.taken": ("Room '{room}' in slot {slot} ({when}) is already taken by {other}.",
                  "Raum '{room}' ist in Slot {slot} ({when}) schon belegt durch {other}."),
    "new.warning": ("Warning: {problem} 'campdoc check' reports it once both are published.",
                    "Achtung: {problem} 'campdoc check' meldet das, sobald beide veröffentlicht "
                    "sind."),
    "new.more_orgs": ("there are more --org than --host values; each --org belongs to the "
                      "--host at the same position.",
                      "es gibt mehr --org als --host; jede --org gehört zum --host an derselben "
                      "Stelle."),
    "new.title_needed": ("a title is needed: --title \"…\"",
                         "ein Titel wird gebraucht: --title \"…\""),
    "new.name_needed": ("a name is needed: --name \"…\"",
                        "ein Name wird gebraucht: --name \"…\""),
    "new.created": ("Created: {path}", "Angelegt: {path}"),
    "new.session_next": ("Next: open the file, add the insights, then run 'campdoc check'.",
                         "Als Nächstes: Datei öffnen, Erkenntnisse eintragen, dann "
                         "'campdoc check'."),
    "new.bad_date": ("'{found}' is not a date; write it as 14.03.2025, 14.3.25 or 2025-03-14.",
                     "'{found}' ist kein Datum; schreibe es als 14.03.2025, 14.3.25 oder "
                     "2025-03-14."),
    "new.no_such_day": ("'{found}': there is no {day}; check the day and the month.",
                        "'{found}': den {day} gibt es nicht; prüfe Tag und Monat."),
    "new.bad_slot": ("'{found}' is not a time slot; write start and end, such as 9:30-10:30 "
                     "or 9.30 bis 10.30 Uhr.",
                     "'{found}' ist kein Zeitslot; schreibe Beginn und Ende, etwa 9:30-10:30 "
                     "oder 9.30 bis 10.30 Uhr."),
    "new.slot_backwards": ("'{found}' ends before it starts.",
                           "'{found}' endet, bevor er beginnt."),
    "new.room_twice": ("The room '{room}' is named twice.",
                       "Der Raum '{room}' ist doppelt genannt."),
    "new.bad_id": ("'{found}' cannot be a folder name; use lower-case letters, digits and "
                   "'-', such as '{example}'.",
                   "'{found}' taugt nicht als Ordnername; nimm Kleinbuchstaben, Ziffern und "
                   "'-', etwa '{example}'."),
    "new.name_gives_no_id": ("'{found}' gives no folder name; use a name with letters, or "
                             "give --id.",
                             "Aus '{found}' ergibt sich kein Ordnername; nimm einen Namen mit "
                             "Buchstaben oder gib --id an."),
    "new.id_reserved": ("The folder name '{id}' is taken by the site itself; give another "
                        "with --id, e.g. --id {example}.",
                        "Den Ordnernamen '{id}' braucht die Website selbst; gib einen anderen "
                        "mit --id an, etwa --id {example}."),
    "new.id_too_long": ("The folder name '{id}' is longer than 64 characters; give a shorter "
                        "one with --id, e.g. --id {example}.",
                        "Der Ordnername '{id}' ist länger als 64 Zeichen; gib einen kürzeren "
                        "mit --id an, etwa --id {example}."),
    "new.camp_exists": ("The camp '{id}' already exists (sessions/{id}/camp.yaml); choose "
                        "another name or --id.",
                        "Das Camp '{id}' gibt es schon (sessions/{id}/camp.yaml); wähle einen "
                        "anderen Namen oder --id."),
    # --- campdoc build: the output folder --------------------------------------------------
    "out.contains_project": ("the output folder {out} contains the project itself",
                             "der Ausgabeordner {out} enthält das Projekt selbst"),
    "out.contains_project.hint": ("Use a folder inside the project, such as 'site'.",
                                  "Nimm einen Ordner im Projekt, etwa 'site'."),
    "out.inside": ("the output folder {out} is inside {folder}/",
                   "der Ausgabeordner {out} liegt in {folder}/"),
    "out.inside.hint": ("Use a separate folder such as 'site'.",
                        "Nimm einen eigenen Ordner, etwa 'site'."),
    "out.not_folder": ("{out} is not a plain folder", "{out} ist kein gewöhnlicher Ordner"),
    "out.not_folder.hint": ("Choose another --out.", "Wähle ein anderes --out."),
    "out.foreign": ("{out} already holds files that campdoc did not write",
                    "in {out} liegen schon Dateien, die nicht von campdoc stammen"),
    "out.foreign.hint": ("Choose another --out, or empty that folder first.",
                         "Wähle ein anderes --out oder leere den Ordner vorher."),
    # --- campdoc add, ci and forget ---------------------------------------------------------
    "add.several_sessions": ("several camps have a session '{name}'",
                             "mehrere Camps haben eine Session '{name}'"),
    "add.several_sessions.hint": ("Give its path, one of: {paths}",
                                  "Gib ihren Pfad an, einen von: {paths}"),
    "add.no_session": ("there is no session '{name}' in {folder}",
                       "in {folder} gibt es keine Session '{name}'"),
    "add.no_session.hint": ("Give the session's file, e.g. sessions/<camp>/<session>.md, as "
                            "'campdoc check' lists them.",
                            "Gib die Datei der Session an, etwa sessions/<camp>/<session>.md, "
                            "wie 'campdoc check' sie nennt."),
    "add.unreadable": ("{path} cannot be read ({reason})",
                       "{path} lässt sich nicht lesen ({reason})"),
    "add.unreadable.hint": ("Check the file's name and path.",
                            "Prüfe Namen und Pfad der Datei."),
    "add.not_a_file": ("{path} is not a regular file", "{path} ist keine gewöhnliche Datei"),
    "add.not_a_file.hint": ("Give a photo or document file.",
                            "Gib eine Foto- oder Dokumentdatei an."),
    "add.no_front_matter": ("{name} has no front matter between '---' lines",
                            "{name} hat keinen Kopfbereich zwischen '---'-Zeilen"),
    "add.no_front_matter.hint": ("Only a session file (from 'campdoc new session') can take "
                                 "photos.",
                                 "Nur eine Session-Datei (aus 'campdoc new session') kann "
                                 "Fotos aufnehmen."),
    "add.broken_front_matter": ("the front matter of {name}{where} cannot be read",
                                "der Kopfbereich von {name}{where} ist nicht lesbar"),
    "add.broken_front_matter.hint": ("Run 'campdoc check' and fix it first; nothing was "
                                     "changed.",
                                     "Führe 'campdoc check' aus und behebe das zuerst; nichts "
                                     "wurde geändert."),
    "add.not_a_list": ("'{field}' in {name} (line {line}) is not a list",
                       "'{field}' in {name} (Zeile {line}) ist keine Liste"),
    "add.not_a_list.hint": ("Write '{field}:' with one '- file: …' entry per line, or remove "
                            "the line; nothing was changed.",
                            "Schreibe '{field}:' mit einem Eintrag '- file: …' pro Zeile oder "
                            "entferne die Zeile; nichts wurde geändert."),
    "ci.no_matrix": ("a build matrix is written for github and gitlab, not for {forge}",
                     "eine Build-Matrix gibt es für github und gitlab, nicht für {forge}"),
    "ci.no_matrix.hint": ("Forgejo/Gitea runners: use 'campdoc build --shard K/N' in your own "
                          "jobs, as docs/scale.md describes.",
                          "Forgejo/Gitea-Runner: 'campdoc build --shard K/N' in eigenen Jobs "
                          "nutzen, wie docs/scale.md es beschreibt."),
    "ci.exists": ("{names} already exist", "{names} gibt es schon"),
    "ci.exists.hint": ("Use --force to overwrite them.",
                       "Mit --force werden sie überschrieben."),
    "forget.empty": ("the name to forget is empty", "der Name, der vergessen werden soll, ist "
                     "leer"),
    "forget.empty.hint": ("Give the full name in quotes.",
                          "Gib den vollen Namen in Anführungszeichen an."),
    "forget.would_break": ("forgetting the name would break {path} ({codes}); nothing was "
                           "changed",
                           "den Namen zu entfernen würde {path} beschädigen ({codes}); nichts "
                           "wurde geändert"),
    "forget.would_break.hint": ("Remove the name from this file by hand, then run 'campdoc "
                                "forget' again.",
                                "Entferne den Namen in dieser Datei von Hand und führe dann "
                                "'campdoc forget' noch einmal aus."),
    # --- files ------------------------------------------------------------------------------
    "file.exists": ("{path} already exists and was left as it is",
                    "{path} gibt es schon; die Datei bleibt, wie sie ist"),
    "file.exists.hint": ("Choose another title, or edit the existing file.",
                         "Wähle einen anderen Titel oder bearbeite die vorhandene Datei."),
    "file.outside": ("{path} is outside the project {root}",
                     "{path} liegt außerhalb des Projekts {root}"),
    "file.outside.hint": ("campdoc only writes files inside the project folder.",
                          "campdoc schreibt nur Dateien im Projektordner."),
    "file.link": ("{path} is a symbolic link; campdoc does not write through links",
                  "{path} ist eine Verknüpfung; campdoc schreibt nicht durch Verknüpfungen"),
    "file.link.hint": ("Replace the link with a real folder or file, or remove it.",
                       "Ersetze die Verknüpfung durch einen echten Ordner oder eine echte "
                       "Datei, oder entferne sie."),
    # what the operating system said about a file
    "os.denied": ("no permission to use {path}", "keine Berechtigung für {path}"),
    "os.denied.hint": ("It may be read-only, locked by a program that has it open, or not "
                       "readable for you: close that program, change its permissions, or "
                       "choose another place.",
                       "Vielleicht ist es schreibgeschützt, von einem Programm gesperrt, das "
                       "es geöffnet hat, oder für dich nicht lesbar: Programm schließen, "
                       "Berechtigungen ändern oder einen anderen Ort wählen."),
    "os.read_only": ("{path} is on a read-only drive", "{path} liegt auf einem schreibgeschützten "
                     "Laufwerk"),
    "os.read_only.hint": ("Choose a place you can write to (--out).",
                          "Wähle einen Ort, an dem du schreiben darfst (--out)."),
    "os.full": ("{path} cannot be written: the drive is full",
                "{path} lässt sich nicht schreiben: das Laufwerk ist voll"),
    "os.full.hint": ("Free some space, then try again.",
                     "Schaffe Platz und versuche es noch einmal."),
    "os.missing": ("{path} does not exist (any more)", "{path} gibt es nicht (mehr)"),
    "os.missing.hint": ("Check the name and the folder.", "Prüfe Namen und Ordner."),
    "os.busy": ("{path} is in use by another program", "{path} wird gerade von einem anderen "
                "Programm benutzt"),
    "os.busy.hint": ("Close that program, then try again.",
                     "Schließe das Programm und versuche es noch einmal."),
    "os.broken": ("{path} cannot be read or written (input/output error)",
                  "{path} lässt sich nicht lesen oder schreiben (Ein-/Ausgabefehler)"),
    "os.broken.hint": ("The drive may be damaged or was removed: copy the file to another "
                       "drive, then try again.",
                       "Vielleicht ist das Laufwerk beschädigt oder wurde entfernt: Kopiere die "
                       "Datei auf ein anderes Laufwerk und versuche es noch einmal."),
    "os.is_folder": ("{path} is a folder, not a file", "{path} ist ein Ordner, keine Datei"),
    "os.is_folder.hint": ("Give a file.", "Gib eine Datei an."),
    "os.not_folder": ("a part of {path} is a file, not a folder",
                      "ein Teil von {path} ist eine Datei, kein Ordner"),
    "os.not_folder.hint": ("Check the path.", "Prüfe den Pfad."),
    "os.name_too_long": ("the name {path} is too long", "der Name {path} ist zu lang"),
    "os.name_too_long.hint": ("Choose a shorter name or folder.",
                              "Wähle einen kürzeren Namen oder Ordner."),
    "os.loop": ("{path} leads in a circle of links", "{path} führt im Kreis von Verknüpfungen"),
    "os.loop.hint": ("Remove the link.", "Entferne die Verknüpfung."),
    "os.exists": ("{path} already exists", "{path} gibt es schon"),
    "os.exists.hint": ("Remove or rename it, or choose another name.",
                       "Entferne oder benenne sie um, oder wähle einen anderen Namen."),
    "os.not_empty": ("the folder {path} is not empty", "der Ordner {path} ist nicht leer"),
    "os.not_empty.hint": ("Empty it or choose another folder.",
                          "Leere ihn oder wähle einen anderen Ordner."),
}


def has_phrase(key: str) -> bool:
    return key in PHRASES


def phrase(language: str, key: str, **params: object) -> str:
    """The phrase ``key`` in ``language`` (German for ``de``, else English), filled in."""
    english, german = PHRASES[key]
    # A value (a file name, an answer, a ref) cannot add a line or an invisible character.
    return fill(german if language == "de" else english, **params)
