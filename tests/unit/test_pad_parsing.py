"""How the pad import reads people, headings, labels and Etherpad's HTML (below the command;
tests/integration/test_import_pad.py runs it on whole exports)."""

from __future__ import annotations

import codecs
import dataclasses

import pytest

from campdoc.authoring.scaffold import HostInput
from campdoc.content.convert import field_for_word, spec_of
from campdoc.content.schema import SessionMeta
from campdoc.core.issues import Issue, Location
from campdoc.importers.decoding import decode_export
from campdoc.importers.pad import parse_pad
from campdoc.importers.pad_fields import participants_of
from campdoc.importers.pad_html import etherpad_html_lines, is_html
from campdoc.importers.pad_limits import PadRefused, _as_items, _as_text, _quoted, _shortened
from campdoc.importers.pad_sections import PAD_FIELDS, section_field
from campdoc.importers.persons import (
    host_of,
    hosts_of,
    names_of,
    parse_host,
    split_people,
)


@pytest.mark.parametrize(("text", "name", "organisation"), [
    ("Anna Beispiel", "Anna Beispiel", ""),
    ("Uwe Bauer (Wohnbund Nordhessen)", "Uwe Bauer", "Wohnbund Nordhessen"),
    ("Mira Sander, Mietshäuser Syndikat", "Mira Sander", "Mietshäuser Syndikat"),
    ("Mira Sander – Mietshäuser Syndikat", "Mira Sander", "Mietshäuser Syndikat"),
    ("Mira Sander - Mietshäuser Syndikat", "Mira Sander", "Mietshäuser Syndikat"),
    ("Anna-Lena von der Heide", "Anna-Lena von der Heide", ""),
    ("Dr. Leyla Özdemir (ver.di)", "Dr. Leyla Özdemir", "ver.di"),
    ("Sean O'Brien (Verein für Sport und Kultur)", "Sean O'Brien",
     "Verein für Sport und Kultur"),
    ("  Uwe   Bauer  ", "Uwe Bauer", ""),
])
def test_a_person_is_a_name_with_an_optional_organisation(text: str, name: str,
                                                          organisation: str) -> None:
    assert host_of(text) == HostInput(name, organisation)


@pytest.mark.parametrize("text", [
    "**Protokoll:** Jonas Weber · **Teilnehmende:** 9",  # labels
    "Protokoll: Jonas Weber",
    "Uwe erzählt von seinem Projekt",  # a sentence
    "Kurze Runde.",
    "Uwe, der das Projekt leitet",
    "Gruppe 3",  # numbers
    "Anna Beispiel Ben Muster Cem Yilmaz",  # more than five words
    "jonas",  # not written as a name
    "Wer macht mit?",
    "siehe https://pad.example.org/p/runde",
    "",
])
def test_anything_else_is_not_a_person(text: str) -> None:
    assert host_of(text) is None
    assert hosts_of(text) is None


def test_several_people_on_one_line_count_only_when_each_is_a_person() -> None:
    assert hosts_of("Anna (Verein A); Ben Muster") == [HostInput("Anna", "Verein A"),
                                                       HostInput("Ben Muster")]
    assert hosts_of("Anna Beispiel und Ben Muster") == [HostInput("Anna Beispiel"),
                                                        HostInput("Ben Muster")]
    assert hosts_of("Anna Beispiel und die ganze Gruppe") is None
    assert names_of("Jonas Weber, Lea Sommer") == ["Jonas Weber", "Lea Sommer"]
    assert names_of("Jonas und die anderen") is None


@pytest.mark.parametrize(("value", "count"), [
    ("9", 9), ("ca. 15", 15), ("15 Personen", 15), ("12 plus 3 online", None),
    ("etwa zwanzig", None), ("", None)])
def test_participants_are_one_whole_number(value: str, count: int | None) -> None:
    assert participants_of(value) == count


def test_every_heading_the_pad_reads_is_a_name_the_schema_gives() -> None:
    """One list of synonyms: the pad finds exactly the fields `check` suggests for a word."""
    for spec_field in dataclasses.fields(SessionMeta):
        for word in (spec_field.name, *spec_of(spec_field).synonyms):
            expected = spec_field.name if spec_field.name in PAD_FIELDS else ""
            assert section_field(word) == expected, word
            assert field_for_word(SessionMeta, word) == spec_field.name, word


PLAIN = """Wohnprojekte gemeinsam gründen

Fragen
- Wie finanzieren?
Erkenntnisse:
- Genossenschaft passt oft
1. Offene Fragen
- Wer zahlt?
Nächste Schritte
===
- [ ] Treffen im Mai
- [x] Liste geteilt
- [X] Satzung gelesen
"""


def test_plain_headings_with_or_without_colon_number_or_underline() -> None:
    parsed = parse_pad(PLAIN, "datei", "pad.txt")
    draft = parsed.draft
    assert draft.title == "Wohnprojekte gemeinsam gründen"
    assert (draft.questions, draft.insights, draft.open_questions) == (
        ["Wie finanzieren?"], ["Genossenschaft passt oft"], ["Wer zahlt?"])
    assert draft.next_steps == ["Treffen im Mai", "Liste geteilt", "Satzung gelesen"]
    assert parsed.mapped == [("Wohnprojekte gemeinsam gründen", "title", 1),
                             ("Fragen", "questions", 1), ("Erkenntnisse", "insights", 1),
                             ("Offene Fragen", "open_questions", 1),
                             ("Nächste Schritte", "next_steps", 3)]
    assert (draft.body, parsed.issues) == ("", [])


def test_a_known_name_inside_a_list_or_a_sentence_is_no_heading() -> None:
    parsed = parse_pad("Titel der Runde\n\nFragen:\n- Fragen\n- Erkenntnisse der Gruppe\n\n"
                       "Notizen:\nWir sammeln Fragen\n", "datei", "pad.txt")
    assert parsed.draft.questions == ["Fragen", "Erkenntnisse der Gruppe"]
    assert parsed.draft.body == "## Notizen\n\nWir sammeln Fragen"


def test_a_count_of_participants_is_no_heading() -> None:
    parsed = parse_pad("Titel der Runde\n12 Teilnehmende\nProtokoll: Lea Sommer\n", "datei",
                       "pad.txt")
    assert (parsed.draft.participants, parsed.draft.documented_by) == (12, ["Lea Sommer"])
    assert parsed.draft.body == ""


def test_the_first_line_is_the_title_only_when_it_is_plain_text() -> None:
    assert parse_pad("- Erster Punkt\n", "aus dem Dateinamen", "pad.txt").draft.title == \
        "aus dem Dateinamen"
    assert parse_pad("Protokoll: Jonas Weber\n", "aus dem Dateinamen",
                     "pad.txt").draft.title == "aus dem Dateinamen"
    assert parse_pad("**Fett gesetzter Titel**\nText\n", "datei",
                     "pad.txt").draft.title == "Fett gesetzter Titel"
    long_line = "Ein sehr langer erster Absatz " * 10
    assert parse_pad(long_line, "datei", "pad.txt").draft.title == "datei"


def test_a_section_headed_protokoll_that_names_no_one_is_the_minutes() -> None:
    parsed = parse_pad("Titel der Runde\n\nProtokoll\nUwe stellt das Projekt vor.\n"
                       "Danach Fragen aus der Runde.\n", "datei", "pad.txt")
    assert parsed.draft.documented_by == []
    assert parsed.draft.body == ("## Protokoll\n\nUwe stellt das Projekt vor.\n"
                                 "Danach Fragen aus der Runde.")
    assert parsed.issues == []


def test_a_host_section_that_names_no_one_is_kept_whole_with_one_warning() -> None:
    parsed = parse_pad("Titel der Runde\n\nInput\nUwe stellt das Projekt vor.\n"
                       "Danach Fragen aus der Runde.\n", "datei", "pad.txt")
    assert parsed.draft.hosts == []
    assert parsed.draft.body == ("## Input\n\nUwe stellt das Projekt vor.\n"
                                 "Danach Fragen aus der Runde.")
    assert [(issue.code, issue.location.line, issue.field, issue.params) for issue in
            parsed.issues] == [("CD507", 4, "hosts", {"found": "Uwe stellt das Projekt vor.",
                                                      "heading": "Input"})]
    assert parsed.kept == ["Input"]


def test_a_list_of_participants_is_no_count_and_stays_in_the_notes() -> None:
    parsed = parse_pad("Titel der Runde\n\nTeilnehmende\n- Anna\n- Ben\n", "datei", "pad.txt")
    assert parsed.draft.participants is None
    assert parsed.draft.body == "## Teilnehmende\n\n- Anna\n- Ben"
    assert [(issue.code, issue.location.line, issue.field, issue.params) for issue in
            parsed.issues] == [("CD508", 4, "participants",
                                {"found": "Anna", "heading": "Teilnehmende"})]


def test_a_participants_heading_with_one_number_is_the_count() -> None:
    parsed = parse_pad("Titel der Runde\n\nTeilnehmende\n- etwa 14 Personen\n", "datei",
                       "pad.txt")
    assert (parsed.draft.participants, parsed.draft.body, parsed.issues) == (14, "", [])
    assert parsed.mapped[-1] == ("Teilnehmende", "participants", 1)


def test_two_numbers_under_participants_are_no_count_and_stay_in_the_notes() -> None:
    parsed = parse_pad("Titel der Runde\n\nTN\n12\n13\n", "datei", "pad.txt")
    assert (parsed.draft.participants, parsed.draft.body) == (None, "## TN\n\n12\n13")
    assert [(issue.code, issue.location.line, issue.params) for issue in parsed.issues] == [
        ("CD508", 4, {"found": "12", "heading": "TN"})]
    assert [target for _, target, _ in parsed.mapped] == ["title"]


ETHERPAD = ("<!DOCTYPE HTML><html><head><title>runde-7</title><style>b { color: red }"
            "</style><script>alert(1)</script></head><body>"
            "<h1>Wohnen&nbsp;im Quartier</h1><br><strong>Fragen</strong><br>"
            "<ul class=\"bullet\"><li>Wer &amp; wie?</li><li>Eins<ul class=\"bullet\">"
            "<li>Unterpunkt</ul><li>Zwei</ul><br>"
            "<ul class=\"indent\"><li>Eingerückt, wie in Etherpad.</ul>"
            "<strong>Protokoll: </strong>Jonas Weber<br>"
            "<a href=\"https://example.org/x\">Link</a> und <img src=\"/uploads/a.png\" "
            "alt=\"Flipchart\"><img src=\"data:image/png;base64,AAAA\"><br></body></html>")


def test_etherpad_html_becomes_the_lines_of_its_text() -> None:
    page = etherpad_html_lines(ETHERPAD)
    assert page.title == "runde-7"
    assert [line.text for line in page.lines] == [
        "# Wohnen im Quartier", "**Fragen**", "* Wer & wie?", "* Eins", "    * Unterpunkt",
        "* Zwei", "", "Eingerückt, wie in Etherpad.", "**Protokoll:** Jonas Weber",
        "[Link](https://example.org/x) und ![Flipchart](/uploads/a.png)"]
    draft = parse_pad(ETHERPAD, "datei", "export.html").draft
    assert (draft.title, draft.questions) == ("Wohnen im Quartier",
                                              ["Wer & wie?", "Eins", "Unterpunkt", "Zwei"])
    assert draft.documented_by == ["Jonas Weber"]
    assert draft.body == ("Eingerückt, wie in Etherpad.\n"
                          "[Link](https://example.org/x) und ![Flipchart](/uploads/a.png)")


def test_html_is_known_by_its_name_or_its_first_characters() -> None:
    assert is_html("pad.html", "") and is_html("pad.HTM", "")
    assert is_html("download", "  <!doctype html><html>") and is_html("x.txt", "<html lang=de>")
    assert not is_html("pad.txt", "Wohnen <html> im Text")


def test_an_etherpad_without_a_first_line_takes_the_pad_name_as_title() -> None:
    html = "<!DOCTYPE HTML><html><head><title>runde-7</title></head><body>" \
           "<ul class=\"bullet\"><li>Nur ein Punkt</ul></body></html>"
    assert parse_pad(html, "datei", "export.html").draft.title == "runde-7"


ONE_PAD = ["Titel der Runde", "", "Fragen", "Wie geht das?",
           "Protokoll: Jonas Weber · Pause um 12",
           "", "Raum", "Saal", "danach in die Galerie umgezogen", "", "Sessiongeber:in",
           "Uwe Bauer (Wohnbund)", "Input zum Thema Wohnen"]


def test_a_pad_reads_the_same_as_text_and_as_etherpad_html_on_one_source_line() -> None:
    # Etherpad writes the whole body on one line of HTML, so all its lines share one number.
    html = ("<!DOCTYPE HTML><html><head><title>pad</title></head><body>"
            + "<br>".join(ONE_PAD) + "<br></body></html>")
    as_text = parse_pad("\n".join(ONE_PAD) + "\n", "datei", "pad.txt").draft
    as_html = parse_pad(html, "datei", "export.html").draft
    assert dataclasses.asdict(as_html) == dataclasses.asdict(as_text)
    assert as_text.questions == ["Wie geht das?"]
    assert (as_text.room, as_text.documented_by) == ("Saal", ["Jonas Weber"])
    assert as_text.hosts == [HostInput("Uwe Bauer", "Wohnbund")]
    assert as_text.body == ("## Fragen\n\nPause um 12\n\n## Raum\n\n"
                            "danach in die Galerie umgezogen\n\n"
                            "## Sessiongeber:in\n\nInput zum Thema Wohnen")


@pytest.mark.parametrize(("html", "line"), [
    ('Siehe <a href="https://example.org/a"><strong>die Seite</strong></a> hier',
     "Siehe [**die Seite**](https://example.org/a) hier"),
    ('<strong>Fett </strong><a href="https://example.org/a">und <em>schräg </em>da</a>',
     "**Fett** [und *schräg* da](https://example.org/a)"),
])
def test_marks_inside_a_link_stay_inside_its_text(html: str, line: str) -> None:
    page = etherpad_html_lines(f"<!DOCTYPE HTML><html><body>{html}<br></body></html>")
    assert [found.text for found in page.lines] == [line]


@pytest.mark.parametrize(("text", "parts"), [
    ("Anna (Verein, Ort); Ben und Cem", ["Anna (Verein, Ort)", "Ben", "Cem"]),
    ("Anna (Sport und Kultur)", ["Anna (Sport und Kultur)"]),  # "und" inside stays
    ("Anna & Ben / Cem + Dana, Emil and Fritz", ["Anna", "Ben", "Cem", "Dana", "Emil", "Fritz"]),
    ("Anna/Ben", ["Anna", "Ben"]),
    ("Rundgang mit Anna", ["Rundgang mit Anna"]),  # "und" only as a word: not in "Rundgang"
    (" ; ,", []),
    ("A," * 20_000, ["A"] * 20_000),  # one pass: a long cell is no problem
])
def test_several_people_on_one_line_are_split_outside_parentheses(text: str,
                                                                  parts: list[str]) -> None:
    assert split_people(text) == parts


def test_a_person_may_have_five_name_words_and_an_organisation_of_twelve() -> None:
    assert host_of("Anna Berta Clara Dora Emma") == HostInput("Anna Berta Clara Dora Emma")
    assert host_of("Anna Berta Clara Dora Emma Frida") is None
    # Particles do not count: "von der" are no names of their own.
    assert host_of("Anna von der Heide Berta Clara Dora") == HostInput(
        "Anna von der Heide Berta Clara Dora")
    twelve = " ".join(["Wort"] * 12)
    assert host_of(f"Anna ({twelve})") == HostInput("Anna", twelve)
    assert host_of(f"Anna ({twelve} Wort)") is None


@pytest.mark.parametrize(("text", "host"), [
    ("von Anna", None),  # a particle does not start a name
    ("Anna beispiel", None),  # every name word is capitalised
    ("A.", None), ("A. B.", None),  # initials alone name no one
    ("A. Bauer", HostInput("A. Bauer")), ("Dr. A.", HostInput("Dr. A.")),
    ("Anna, der Verein", None),  # a sentence goes on
    ("Anna, ver.di Kassel", HostInput("Anna", "ver.di Kassel")),
])
def test_names_are_capitalised_words_of_which_one_is_more_than_an_initial(
        text: str, host: HostInput | None) -> None:
    assert host_of(text) == host


def test_a_line_of_people_is_at_most_300_characters() -> None:
    assert host_of("A" * 300) == HostInput("A" * 300)
    assert host_of("A" * 301) is None
    fifty = "; ".join(["Anna"] * 50)  # 298 characters
    assert hosts_of(fifty) == [HostInput("Anna")] * 50
    assert names_of(fifty) == ["Anna"] * 50
    assert hosts_of(fifty + "; Ben") is None
    assert names_of(fifty + "; Ben") is None
    exactly = fifty + "Bo"  # 300 characters: the last name is "AnnaBo"
    assert len(exactly) == 300
    assert hosts_of(exactly) == [HostInput("Anna")] * 49 + [HostInput("AnnaBo")]
    assert names_of(exactly) == ["Anna"] * 49 + ["AnnaBo"]


def test_a_lower_case_word_after_a_particle_is_no_name() -> None:
    assert host_of("Anna von Beispiel") == HostInput("Anna von Beispiel")
    assert host_of("Anna von beispiel") is None


def test_one_name_is_one_host_and_an_empty_line_names_no_one() -> None:
    assert hosts_of("Anna;") is None  # one part is no list of people
    assert names_of("Anna") == ["Anna"]
    assert names_of("") is None


def test_a_closing_parenthesis_too_many_does_not_stop_the_split() -> None:
    assert split_people(")Anna; Ben") == [")Anna", "Ben"]
    assert split_people("Anna (a (b) c; d); Ben") == ["Anna (a (b) c; d)", "Ben"]


@pytest.mark.parametrize(("text", "host"), [
    ("  Anna  Beispiel (Verein X) ", HostInput("Anna Beispiel", "Verein X")),
    ("Anna, Verein", HostInput("Anna", "Verein")),
    ("Anna – Verein", HostInput("Anna", "Verein")),
    ("(x) ", HostInput("(x)")),  # no name: kept as written
])
def test_a_host_cell_is_split_but_not_judged(text: str, host: HostInput) -> None:
    assert parse_host(text) == host


@pytest.mark.parametrize(("data", "text", "encoding"), [
    (codecs.BOM_UTF8 + "Fö".encode(), "Fö", "utf-8"),
    (codecs.BOM_UTF16_LE + "Fö".encode("utf-16-le"), "Fö", "utf-16"),
    (codecs.BOM_UTF16_BE + "Fö".encode("utf-16-be"), "Fö", "utf-16"),
    ("Fö".encode(), "Fö", "utf-8"),
    ("Fö".encode("cp1252"), "Fö", "windows-1252"),
    (codecs.BOM_UTF8 + b"F\xff", "F\ufffd", "utf-8"),  # the mark decides
    (b"\x81F\xf6", "\ufffdFö", "windows-1252"),  # 0x81 is no character in Windows-1252
    (b"", "", "utf-8"),
])
def test_an_export_is_read_in_the_encoding_it_was_written_in(data: bytes, text: str,
                                                             encoding: str) -> None:
    assert decode_export(data) == (text, encoding)


@pytest.mark.parametrize(("title", "limit", "shortened"), [
    ("Ein langer Titel", 10, "Ein…"),  # "langer" does not fit whole
    ("Ein langer Titel", 11, "Ein langer…"),  # it fits up to the space
    ("Ein  x", 4, "Ein…"),
    ("Einlangertitel", 5, "Einl…"),  # one word is cut inside
    ("Ein langer Titel", 15, "Ein langer…"),  # cut at the last space, not the first
    ("Ein  langer", 5, "Ein…"),  # no space before "…"
    ("  Ein langer Titel", 12, "  Ein…"),  # spaces before the first word are no gap
])
def test_a_title_too_long_is_cut_before_the_last_word_that_does_not_fit(
        title: str, limit: int, shortened: str) -> None:
    assert _shortened(title, limit) == shortened
    assert len(shortened) <= limit


def test_a_moved_part_is_quoted_in_one_line_of_at_most_60_characters() -> None:
    assert _quoted("a  b\n c") == "a b c"
    assert _quoted("x" * 60) == "x" * 60
    assert _quoted("x" * 61) == "x" * 59 + "…"
    assert _quoted("x" * 58 + " yy") == "x" * 58 + "…"


def test_a_refusal_reads_in_english_for_any_language_but_german() -> None:
    unknown = Issue("CD202", Location("pad.txt"), "titel", {"suggestion": "title",
                                                             "allowed": "title"})
    refused = PadRefused("pad.txt", [unknown])
    message = ("'pad.txt' would give a session file that fails 'campdoc check'; it was not "
               "created: titel: unknown field")
    hint = "Correct these places in the export and import it again."
    assert (refused.message, refused.hint) == (message, hint)
    assert refused.text("en") == refused.text("fr") == (message, hint)
    assert refused.text("de") == (
        "Aus 'pad.txt' würde eine Sessiondatei, die 'campdoc check' nicht besteht; sie wurde "
        "nicht angelegt: titel: unbekanntes Feld",
        "Korrigiere diese Stellen im Export und importiere ihn erneut.")


def test_moved_entries_keep_their_shape_in_the_notes() -> None:
    assert _as_text(HostInput("Anna", "Verein")) == "Anna (Verein)"
    assert _as_text(HostInput("Anna")) == "Anna"
    assert _as_text(("Punkt", ["a", "b"])) == "Punkt a b"
    assert _as_items(("Punkt", ["a", "b"])) == ["- Punkt", "    - a", "    - b"]
    assert _as_items(HostInput("Anna", "Verein")) == ["- Anna (Verein)"]
    assert _as_items("Frage") == ["- Frage"]


def test_etherpad_lists_count_from_their_start_and_nest_at_most_eight_deep() -> None:
    page = etherpad_html_lines(
        "<html><head><title> a  b </title><style>x{}</style></head><body>"
        "<script>var x;</script>"
        '<ol class="number" start="3"><li>Drei<li>Vier</ol><ol start="x"><li>Eins</ol>'
        '<ol start="1234567"><li>Gross</ol><br>'
        + '<ul class="bullet">' * 10 + "<li>Tief" + "</ul>" * 10 + "<br>"
        '<h2>Kopf</h2><br>Text&nbsp;mit<br><a href="/relativ">rel</a> '
        '<a href="https://x.org">https://x.org</a><br><em></em>leer<br></body></html>')
    assert page.title == "a b"
    assert [line.text for line in page.lines] == [
        "3. Drei", "4. Vier", "1. Eins", "1. Gross", "", " " * 28 + "* Tief", "", "## Kopf",
        "Text mit", "rel https://x.org", "leer"]


def test_etherpad_lines_keep_the_source_line_they_start_on() -> None:
    page = etherpad_html_lines("<html><body>\n<p>Eins</p>\n<p><strong>Zwei</strong></p>\n"
                               "<br>\n\n<b>Vier </b>x<br></body></html>")
    assert [(line.number, line.text, line.index) for line in page.lines] == [
        (2, "Eins", 0), (3, "**Zwei**", 1), (3, "", 2), (6, "**Vier** x", 3)]


def test_labelled_lines_add_to_their_field_and_a_host_that_is_no_person_stays() -> None:
    parsed = parse_pad("Wohnen im Quartier\nSessiongeber:in: die ganze Gruppe\n"
                       "Sessiongeber:in: Anna Beispiel\nInput: Ben Muster und Cem Yilmaz\n"
                       "Protokoll: Jonas Weber\nProtokoll: Lea Sommer, Mo Kaya\n"
                       "Tags: wohnen; quartier\nTags: genossenschaft\n", "datei", "pad.txt")
    draft = parsed.draft
    assert draft.hosts == [HostInput("Anna Beispiel"), HostInput("Ben Muster"),
                           HostInput("Cem Yilmaz")]
    assert draft.documented_by == ["Jonas Weber", "Lea Sommer", "Mo Kaya"]
    assert draft.tags == ["wohnen", "quartier", "genossenschaft"]
    assert parsed.mapped == [("Wohnen im Quartier", "title", 1),
                             ("Sessiongeber:in", "hosts", 1), ("Input", "hosts", 2),
                             ("Protokoll", "documented_by", 1),
                             ("Protokoll", "documented_by", 2),
                             ("Tags", "tags", 2), ("Tags", "tags", 1)]
    assert draft.body == "Sessiongeber:in: die ganze Gruppe"
    assert [(issue.code, issue.location, issue.field, issue.params)
            for issue in parsed.issues] == [
        ("CD507", Location("pad.txt", 2, 1), "hosts",
         {"found": "die ganze Gruppe", "heading": "Sessiongeber:in"})]


def test_a_line_quoted_in_a_warning_is_cut_after_60_characters() -> None:
    parsed = parse_pad("Wohnen im Quartier\n\nSessiongeber:in\n- Anna Beispiel\n"
                       f"- {'x' * 60}\n- {'x' * 61}\n- {'x' * 58} {'y' * 10}\n",
                       "datei", "pad.txt")
    assert [(issue.location.line, issue.params["found"]) for issue in parsed.issues] == [
        (5, "x" * 60), (6, "x" * 59 + "…"), (7, "x" * 58 + "…")]
    assert parsed.draft.body == (f"## Sessiongeber:in\n\n- {'x' * 60}\n- {'x' * 61}\n"
                                 f"- {'x' * 58} {'y' * 10}")


def test_sections_of_a_list_field_add_up_and_a_count_in_a_list_is_an_entry() -> None:
    parsed = parse_pad("Wohnen im Quartier\n\nErkenntnisse\n- 12 Teilnehmende\n- Zweitens\n\n"
                       "Ergebnisse\n- Drittens\n", "datei", "pad.txt")
    assert parsed.draft.insights == ["12 Teilnehmende", "Zweitens", "Drittens"]
    assert (parsed.draft.participants, parsed.draft.body) == (None, "")
    assert parsed.mapped == [("Wohnen im Quartier", "title", 1),
                             ("Erkenntnisse", "insights", 2), ("Ergebnisse", "insights", 1)]


def test_a_tags_section_splits_its_lines_at_commas_and_semicolons() -> None:
    parsed = parse_pad("Wohnen im Quartier\nTags: wohnen\n\nTags\n"
                       "- quartier, genossenschaft; miete\n- ,\n", "datei", "pad.txt")
    assert parsed.draft.tags == ["wohnen", "quartier", "genossenschaft", "miete"]
    assert parsed.mapped == [("Wohnen im Quartier", "title", 1), ("Tags", "tags", 1),
                             ("Tags", "tags", 3)]
    assert parsed.draft.body == ""


def test_a_section_of_who_documented_and_one_of_hosts_add_to_the_labelled_ones() -> None:
    parsed = parse_pad("Wohnen im Quartier\nSessiongeber:in: Anna Beispiel\n\nProtokoll\n"
                       "Jonas Weber\nLea Sommer, Mo Kaya\n\nSessiongeber:in\n- Ben Muster\n",
                       "datei", "pad.txt")
    assert parsed.draft.documented_by == ["Jonas Weber", "Lea Sommer", "Mo Kaya"]
    assert parsed.draft.hosts == [HostInput("Anna Beispiel"), HostInput("Ben Muster")]
    assert parsed.mapped == [("Wohnen im Quartier", "title", 1),
                             ("Sessiongeber:in", "hosts", 1),
                             ("Protokoll", "documented_by", 3), ("Sessiongeber:in", "hosts", 1)]
    assert (parsed.draft.body, parsed.issues) == ("", [])
