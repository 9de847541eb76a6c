"""Which field each section and labelled line of a pad fills (importers/pad_fields.py), as
the import reports it (the `mapped` lines) and as the draft and its notes read."""

from __future__ import annotations

import pytest

from campdoc.authoring.scaffold import HostInput
from campdoc.importers.pad import parse_pad

TITLE = ("Wohnen im Quartier", "title", 1)


def issues_of(text: str) -> list[tuple[str, int, str, dict[str, str]]]:
    return [(issue.code, issue.location.line, issue.field, issue.params)
            for issue in parse_pad(text, "datei", "pad.txt").issues]


# --- labelled lines ---------------------------------------------------------------------------
def test_a_count_line_is_reported_under_the_name_it_was_written_with() -> None:
    parsed = parse_pad("Wohnen im Quartier\n12 Teilnehmende\n", "datei", "pad.txt")
    assert parsed.draft.participants == 12
    assert parsed.mapped == [TITLE, ("Teilnehmende", "participants", 1)]
    assert parsed.draft.body == ""


def test_a_second_title_room_or_count_stays_in_the_notes_and_the_same_one_again_goes() -> None:
    """Nothing is dropped: before, 'Raum: Aula' after 'Raum: Werkstatt' vanished, and the
    import reported it as taken; a second count replaced the first."""
    parsed = parse_pad("Wohnen im Quartier\nRaum: Werkstatt\nOrt:  werkstatt\nRaum: Aula\n"
                       "Titel: wohnen im  Quartier\nTitel: Anderer Titel\n12 Teilnehmende\n"
                       "TN: 12\n15 Teilnehmende\nTN: 16\n", "datei", "pad.txt")
    draft = parsed.draft
    assert (draft.title, draft.room, draft.participants) == ("Wohnen im Quartier",
                                                             "Werkstatt", 12)
    assert draft.body == "Raum: Aula\nTitel: Anderer Titel\n15 Teilnehmende\nTN: 16"
    assert parsed.mapped == [TITLE, ("Raum", "room", 1), ("Ort", "room", 1),
                             ("Titel", "title", 1), ("Teilnehmende", "participants", 1),
                             ("TN", "participants", 1)]
    assert parsed.issues == []


def test_a_second_room_or_count_section_stays_in_the_notes_with_its_heading() -> None:
    parsed = parse_pad("Wohnen im Quartier\nRaum: Werkstatt\nTN: 12\n\nRaum\nAula\nKeller\n\n"
                       "Titel\nWohnen im Quartier\n\nTeilnehmende\n15\n\nAnzahl TN\n12\n",
                       "datei", "pad.txt")
    assert (parsed.draft.room, parsed.draft.participants) == ("Werkstatt", 12)
    assert parsed.draft.body == "## Raum\n\nAula\nKeller\n\n## Teilnehmende\n\n15"
    assert parsed.mapped == [TITLE, ("Raum", "room", 1), ("TN", "participants", 1),
                             ("Raum", "room", 0), ("Titel", "title", 1),
                             ("Anzahl TN", "participants", 1)]
    assert parsed.kept == ["Raum", "Teilnehmende"]


def test_a_count_that_is_not_used_stays_in_the_notes_of_a_list_section() -> None:
    parsed = parse_pad("Wohnen im Quartier\nTN: 12\n\nFragen\n15 Teilnehmende\n- Wie weiter?\n",
                       "datei", "pad.txt")
    assert (parsed.draft.participants, parsed.draft.questions) == (12, ["Wie weiter?"])
    assert parsed.draft.body == "## Fragen\n\n15 Teilnehmende"


def test_a_label_that_names_no_one_stays_in_the_notes_of_a_list_section() -> None:
    text = "Wohnen im Quartier\n\nFragen\nSessiongeber:in: die ganze Gruppe\n- Wie weiter?\n"
    parsed = parse_pad(text, "datei", "pad.txt")
    assert (parsed.draft.hosts, parsed.draft.questions) == ([], ["Wie weiter?"])
    assert parsed.draft.body == "## Fragen\n\nSessiongeber:in: die ganze Gruppe"
    assert issues_of(text) == [("CD507", 4, "hosts", {"found": "die ganze Gruppe",
                                                      "heading": "Sessiongeber:in"})]


def test_a_bold_label_in_a_list_is_a_label_except_in_a_list_section() -> None:
    parsed = parse_pad("Wohnen im Quartier\n\nFragen\n- **Raum:** Werkstatt\n- Wie weiter?\n\n"
                       "Ablauf\n- **Raum:** Aula\n", "datei", "pad.txt")
    assert parsed.draft.questions == ["**Raum:** Werkstatt", "Wie weiter?"]
    assert parsed.draft.room == "Aula"
    assert parsed.mapped == [TITLE, ("Fragen", "questions", 2), ("Raum", "room", 1)]
    assert (parsed.draft.body, parsed.kept) == ("## Ablauf", ["Ablauf"])


def test_what_a_line_of_labels_leaves_is_joined_with_a_middle_dot() -> None:
    parsed = parse_pad("Wohnen im Quartier\nRaum: Werkstatt · Kaffee steht bereit | "
                       "Bitte pünktlich\n", "datei", "pad.txt")
    assert parsed.draft.room == "Werkstatt"
    assert parsed.draft.body == "Kaffee steht bereit · Bitte pünktlich"


# --- the title ----------------------------------------------------------------------------------
def test_a_title_from_hedgedocs_yaml_is_not_replaced_by_the_first_line() -> None:
    parsed = parse_pad("---\ntitle: Aus dem YAML\n---\nErster Absatz der Notizen\n", "datei",
                       "notiz.md")
    assert (parsed.draft.title, parsed.draft.body) == ("Aus dem YAML",
                                                       "Erster Absatz der Notizen")
    assert parsed.mapped == []


def test_a_first_line_of_200_characters_is_the_title_one_of_201_is_not() -> None:
    parsed = parse_pad("x" * 200 + "\nText\n", "datei", "pad.txt")
    assert (parsed.draft.title, parsed.draft.body) == ("x" * 200, "Text")
    assert parsed.mapped == [("x" * 200, "title", 1)]
    parsed = parse_pad("x" * 201 + "\nText\n", "datei", "pad.txt")
    assert (parsed.draft.title, parsed.draft.body) == ("datei", "x" * 201 + "\nText")


@pytest.mark.parametrize("first", ["![Foto vom Flipchart](flipchart.png)",
                                   "<center>Wohnen im Quartier</center>", "::: info"])
def test_a_first_line_that_is_an_image_html_or_a_box_is_no_title(first: str) -> None:
    parsed = parse_pad(f"{first}\nText\n", "datei", "notiz.md")
    assert (parsed.draft.title, parsed.draft.body) == ("datei", f"{first}\nText")
    assert parsed.mapped == []


def test_a_pad_without_a_line_takes_the_title_it_is_given() -> None:
    for text in ("", "\n\n"):
        parsed = parse_pad(text, "datei", "pad.txt")
        assert (parsed.draft.title, parsed.draft.body, parsed.mapped) == ("datei", "", [])


def test_only_a_heading_set_in_bold_on_the_first_line_is_the_title() -> None:
    parsed = parse_pad("**Wohnen im Quartier**\nText\n", "datei", "pad.txt")
    assert (parsed.draft.title, parsed.draft.body, parsed.kept) == (
        "Wohnen im Quartier", "Text", [])
    assert parsed.mapped == [TITLE]
    parsed = parse_pad("## Notizen\nText\n", "datei", "notiz.md")
    assert (parsed.draft.title, parsed.draft.body, parsed.kept) == (
        "datei", "## Notizen\n\nText", ["Notizen"])
    assert parsed.mapped == []


def test_a_heading_of_the_first_level_is_the_title() -> None:
    parsed = parse_pad("# Wohnen im Quartier\nText\n", "datei", "notiz.md")
    assert (parsed.draft.title, parsed.draft.body) == ("Wohnen im Quartier", "Text")
    assert parsed.mapped == [TITLE]


def test_a_heading_below_the_first_level_is_no_title() -> None:
    parsed = parse_pad("- Erster Punkt\n\n## Notizen\nText\n", "datei", "notiz.md")
    assert parsed.draft.title == "datei"
    assert parsed.draft.body == "- Erster Punkt\n\n## Notizen\n\nText"
    assert (parsed.mapped, parsed.kept) == ([], ["Notizen"])


# --- sections -----------------------------------------------------------------------------------
def test_the_first_line_under_a_room_heading_is_the_room_and_the_rest_are_notes() -> None:
    parsed = parse_pad("Wohnen im Quartier\n\nRaum\nAula\nKeller\n\nZeit:\n\nFragen\n- Wie?\n",
                       "datei", "pad.txt")
    assert (parsed.draft.room, parsed.draft.slot) == ("Aula", "")
    assert parsed.draft.body == "## Raum\n\nKeller"
    assert parsed.mapped == [TITLE, ("Raum", "room", 1), ("Zeit", "slot", 0),
                             ("Fragen", "questions", 1)]


def test_notes_keep_the_blank_lines_between_kept_lines_but_not_the_lines_taken() -> None:
    text = ("Wohnen im Quartier\n\nSessiongeber:in\n- die ganze Gruppe\n- Anna Beispiel\n\n"
            "- alle anderen auch\n")
    parsed = parse_pad(text, "datei", "pad.txt")
    assert parsed.draft.hosts == [HostInput("Anna Beispiel")]
    assert parsed.draft.body == "## Sessiongeber:in\n\n- die ganze Gruppe\n\n- alle anderen auch"
    assert [(code, line) for code, line, _, _ in issues_of(text)] == [("CD507", 4),
                                                                      ("CD507", 7)]
