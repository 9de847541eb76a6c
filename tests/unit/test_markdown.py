"""The HTML the Markdown layer writes into session pages, exactly: headings after nesting,
anchors, links that are neutralised, tasks, images and photos, footnotes, raw HTML; and the
plain text it gives search indexes, feeds and calendars."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from campdoc.content.markdown import (
    Figure,
    LocalImage,
    inline_text,
    is_local_path,
    parse_body,
    plain_text,
    render_body,
    render_body_start,
    render_inline,
)


def html(text: str, **options: object) -> str:
    return str(render_body(parse_body(text), **options))


def test_body_headings_of_every_level_sit_under_the_notes_heading() -> None:
    """The page's "Notes" heading is h2: # and ## become h3, deeper levels move down one,
    and ###### stays h6 (there is no h7). Source levels 1–4 get anchors."""
    text = "# Eins\n## Zwei\n### Drei\n#### Vier\n##### Fünf\n###### Sechs\n"
    assert html(text) == (
        '<h3 id="h-eins">Eins</h3>\n'
        '<h3 id="h-zwei">Zwei</h3>\n'
        '<h4 id="h-drei">Drei</h4>\n'
        '<h5 id="h-vier">Vier</h5>\n'
        "<h6>Fünf</h6>\n"
        "<h6>Sechs</h6>\n")


def test_heading_anchors_are_unique_and_made_of_the_heading_words() -> None:
    text = "# `Code` und Text\n# !!!\n# A\n# A\n# A\n# A-1\n"
    assert html(text) == (
        '<h3 id="h-code-und-text"><code>Code</code> und Text</h3>\n'
        '<h3 id="h-abschnitt">!!!</h3>\n'
        '<h3 id="h-a">A</h3>\n'
        '<h3 id="h-a-1">A</h3>\n'
        '<h3 id="h-a-2">A</h3>\n'
        '<h3 id="h-a-1-1">A-1</h3>\n')


def test_in_page_anchors_and_web_links_stay_links() -> None:
    text = ("[Anker](#h-eins) [Web](https://example.org/a?b=1) [Alt](http://example.org/) "
            "[Post](mailto:team@example.org)")
    assert html(text) == (
        '<p><a href="#h-eins">Anker</a> <a href="https://example.org/a?b=1">Web</a> '
        '<a href="http://example.org/">Alt</a> <a href="mailto:team@example.org">Post</a></p>\n')


def test_unsafe_links_become_spans_closed_as_spans_between_safe_links() -> None:
    """Each closing tag matches its opening one: a span never ends with </a>, and a safe
    link after an unsafe one (or inside the same paragraph) keeps its </a>."""
    text = ("[eins](javascript:alert(1)) [zwei](https://example.org/) "
            "[*drei*](data:text/html,x) [vier](#h-a) [fünf](relativ.html) [sechs](ftp://e.org)")
    assert html(text) == (
        '<p><span>eins</span> <a href="https://example.org/">zwei</a> '
        '<span><em>drei</em></span> <a href="#h-a">vier</a> <span>fünf</span> '
        "<span>sechs</span></p>\n")


def test_unsafe_links_and_raw_html_are_found_with_their_lines() -> None:
    parsed = parse_body("Zeile\n\n[x](javascript:a)\n\n<script>x</script>\n\n"
                        "Text <b>y</b> [z](data:x)\n\n![i](vbscript:x)\n\n"
                        "- [ ] offen\n\nFuß[^a]\n\n[^a]: [q](javascript:q) <i>f</i>\n")
    assert parsed.unsafe_links == [(2, "javascript:a"), (6, "data:x"), (8, "vbscript:x"),
                                   (14, "javascript:q")]
    # A task's box is campdoc's own HTML, not the author's.
    assert parsed.raw_html == [(4, "<script>x</script>"), (6, "<b>"), (6, "</b>"),
                               (14, "<i>"), (14, "</i>")]
    assert parsed.too_deep_at is None


def test_what_is_found_in_inline_footnotes_has_no_line_of_its_own() -> None:
    """markdown-it gives an inline footnote's text no source line: -1, located by its text."""
    parsed = parse_body("Text^[<b>x</b> [l](javascript:y) ![i](fotos/a.jpg)]\n")
    assert parsed.raw_html == [(-1, "<b>"), (-1, "</b>")]
    assert parsed.unsafe_links == [(-1, "javascript:y")]
    assert parsed.local_images == [LocalImage(-1, "fotos/a.jpg", "i", "")]


def test_images_and_links_without_an_address_are_reported_and_shown_as_text() -> None:
    parsed = parse_body("![]() ![Alt]() ![](javascript:z) [Link]()\n")
    assert parsed.unsafe_links == [(0, ""), (0, ""), (0, "javascript:z"), (0, "")]
    assert str(render_body(parsed)) == "<p> Alt javascript:z <span>Link</span></p>\n"


def test_open_and_done_tasks() -> None:
    text = "- [ ] offen\n- [x] erledigt\n- [X] auch erledigt\n- [x]\tmit Tabulator\n"
    assert html(text) == (
        '<ul class="contains-task-list">\n'
        '<li class="task-list-item"><span class="task">☐</span> offen</li>\n'
        '<li class="task-list-item"><span class="task done">☑</span> erledigt</li>\n'
        '<li class="task-list-item"><span class="task done">☑</span> auch erledigt</li>\n'
        '<li class="task-list-item"><span class="task done">☑</span>\tmit Tabulator</li>\n'
        "</ul>\n")


def test_the_offline_search_index_gets_the_words_of_tasks_not_their_boxes() -> None:
    from campdoc.site.index_fallback import body_text

    assert body_text(parse_body("- [x] erledigt\n- [ ] offen <b>roh</b>\n")) == (
        "erledigt offen <b> roh </b>")


def test_a_task_after_closed_inner_lists_marks_its_own_list() -> None:
    text = "- außen\n  - innen\n  1. nummeriert\n- [ ] Aufgabe außen\n"
    assert html(text) == (
        '<ul class="contains-task-list">\n<li>außen\n<ul>\n<li>innen</li>\n</ul>\n'
        "<ol>\n<li>nummeriert</li>\n</ol>\n</li>\n"
        '<li class="task-list-item"><span class="task">☐</span> Aufgabe außen</li>\n</ul>\n')


def test_only_the_list_that_holds_tasks_is_a_task_list() -> None:
    text = ("1. [ ] eins\n\n- a\n  - [x] **b**\n- [y] kein Kästchen\n- [ ]auch nicht\n\n"
            "[ ] kein Listenpunkt\n")
    assert html(text) == (
        '<ol class="contains-task-list">\n'
        '<li class="task-list-item"><span class="task">☐</span> eins</li>\n'
        "</ol>\n"
        "<ul>\n"
        "<li>a\n"
        '<ul class="contains-task-list">\n'
        '<li class="task-list-item"><span class="task done">☑</span> <strong>b</strong></li>\n'
        "</ul>\n"
        "</li>\n"
        "<li>[y] kein Kästchen</li>\n"
        "<li>[ ]auch nicht</li>\n"
        "</ul>\n"
        "<p>[ ] kein Listenpunkt</p>\n")


def test_remote_images_become_links_and_unsafe_ones_their_text() -> None:
    text = ('![Tafel](https://example.org/tafel.png "Titel") ![](https://example.org/x.png) '
            "![böse](javascript:alert(1))")
    assert html(text) == (
        '<p><a href="https://example.org/tafel.png" class="image-link">Tafel</a> '
        '<a href="https://example.org/x.png" class="image-link">https://example.org/x.png</a>'
        " böse</p>\n")


FIGURE = Figure(block=Markup("<figure>groß</figure>"), inline=Markup('<a class="i">klein</a>'),
                bare=Markup('<img src="x">'))


def test_photos_of_the_notes_take_the_form_their_place_needs() -> None:
    text = ('Intro\n\n![Pinnwand](fotos/a.jpg "Die Wand")\n\nText ![Zwei](fotos/a.jpg) '
            "weiter\n\n[![Drei](fotos/a.jpg)](https://example.org/)\n\nText ![Ohne](fotos/b.jpg)\n")
    parsed = parse_body(text)
    assert str(render_body(parsed, figures={"fotos/a.jpg": FIGURE})) == (
        "<p>Intro</p>\n"
        "<figure>groß</figure>\n"
        '<p>Text <a class="i">klein</a> weiter</p>\n'
        '<p><a href="https://example.org/"><img src="x"></a></p>\n'
        "<p>Text Ohne</p>\n")
    assert parsed.local_images == [LocalImage(2, "fotos/a.jpg", "Pinnwand", "Die Wand"),
                                   LocalImage(4, "fotos/a.jpg", "Zwei", ""),
                                   LocalImage(6, "fotos/a.jpg", "Drei", ""),
                                   LocalImage(8, "fotos/b.jpg", "Ohne", "")]


def test_a_photo_alone_in_the_first_or_last_paragraph_is_a_figure() -> None:
    text = "![Eins](fotos/a.jpg)\n\nMitte\n\n![Zwei](fotos/a.jpg)\n"
    assert html(text, figures={"fotos/a.jpg": FIGURE}) == (
        "<figure>groß</figure>\n<p>Mitte</p>\n<figure>groß</figure>")


def test_a_photo_beside_a_link_or_in_a_heading_is_inline() -> None:
    text = "[Link](https://example.org/) ![A](fotos/a.jpg)\n\n# ![B](fotos/a.jpg)\n"
    assert html(text, figures={"fotos/a.jpg": FIGURE}) == (
        '<p><a href="https://example.org/">Link</a> <a class="i">klein</a></p>\n'
        '<h3 id="h-abschnitt"><a class="i">klein</a></h3>\n')


@pytest.mark.parametrize(("src", "local"), [
    ("fotos/a.jpg", True), ("a.jpg", True), ("", False), ("https://example.org/a.jpg", False),
    ("c:/fotos/a.jpg", False), ("/fotos/a.jpg", False), ("\\fotos\\a.jpg", False),
    ("#a", False), ("mailto:a@example.org", False)])
def test_which_image_sources_are_files_of_the_camp(src: str, local: bool) -> None:
    assert is_local_path(src) is local


def test_footnotes_with_and_without_a_document_id() -> None:
    text = "Satz[^1]\n\n[^1]: Fußnote mit [Link](https://example.org/)\n"
    note = ('<hr class="footnotes-sep" />\n<section class="footnotes">\n'
            '<ol class="footnotes-list">\n<li id="fn{id}1" class="footnote-item"><p>Fußnote mit '
            '<a href="https://example.org/">Link</a> <a href="#fnref{id}1" '
            'class="footnote-backref">↩︎</a></p>\n</li>\n</ol>\n</section>\n')
    assert html(text) == ('<p>Satz<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a>'
                          "</sup></p>\n" + note.format(id=""))
    assert html(text, doc_id="s7") == (
        '<p>Satz<sup class="footnote-ref"><a href="#fn-s7-1" id="fnref-s7-1">[1]</a></sup></p>\n'
        + note.format(id="-s7-"))


def test_raw_html_and_code_are_shown_as_text() -> None:
    text = ("Text <b>fett</b> und `<i>code</i>`\n\n<div onclick=\"x\">Block</div>\n\n"
            '```python onload="x"\nprint("<hallo>")\n```\n')
    assert html(text) == (
        '<p>Text <code class="raw-html">&lt;b&gt;</code>fett<code class="raw-html">&lt;/b&gt;'
        "</code> und <code>&lt;i&gt;code&lt;/i&gt;</code></p>\n"
        '<pre class="raw-html"><code>&lt;div onclick=&quot;x&quot;&gt;Block&lt;/div&gt;\n'
        "</code></pre>\n"
        "<pre><code>print(&quot;&lt;hallo&gt;&quot;)\n</code></pre>\n")


def test_nesting_beyond_the_limit_is_found_at_its_line() -> None:
    assert parse_body("a\n\n" + ">" * 45 + " tief\n").too_deep_at == 2
    assert parse_body("- " * 50 + "x\n").too_deep_at == 0
    # 37 quotes stay one level under the limit; 38 reach it.
    assert parse_body("> " * 37 + "flach genug\n").too_deep_at is None
    assert parse_body("> " * 38 + "zu tief\n").too_deep_at == 0


BOOK = "Erster Absatz.\n\nZweiter Absatz.\n\nDritter[^1].\n\n[^1]: Notiz.\n"
NOTE = ('<hr class="footnotes-sep" />\n<section class="footnotes">\n<ol class="footnotes-list">\n'
        '<li id="fn1" class="footnote-item"><p>Notiz. <a href="#fnref1" '
        'class="footnote-backref">↩︎</a></p>\n</li>\n</ol>\n</section>\n')


@pytest.mark.parametrize(("limit", "paragraphs", "cut"), [
    (0, 1, True), (15, 1, True), (16, 2, True), (32, 2, True), (33, 3, False), (999, 3, False)])
def test_the_start_of_a_long_body_is_its_first_blocks_within_the_limit(
        limit: int, paragraphs: int, cut: bool) -> None:
    """Block starts: 0, 16 and 33 characters into the source; the footnotes stay."""
    blocks = ["<p>Erster Absatz.</p>\n", "<p>Zweiter Absatz.</p>\n",
              '<p>Dritter<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>.</p>\n']
    start, was_cut = render_body_start(parse_body(BOOK), BOOK, limit)
    assert (str(start), was_cut) == ("".join(blocks[:paragraphs]) + NOTE, cut)


@pytest.mark.parametrize(("text", "start"), [
    ("\n\nEins.\n\nZwei.\n", "<p>Eins.</p>\n"),  # the first block, wherever it starts
    ("***\n\nZwei.\n", "<hr />\n"),
    ("Eins.\n\n***\n", "<p>Eins.</p>\n"),  # a rule is a block too
])
def test_the_start_of_a_body_is_at_least_its_first_block(text: str, start: str) -> None:
    assert render_body_start(parse_body(text), text, 1) == (Markup(start), True)


@pytest.mark.parametrize("limit", [1, 999])
def test_the_start_of_a_body_has_the_documents_ids_and_photos(limit: int) -> None:
    text = "Eins[^1] ![P](fotos/a.jpg)\n\nZwei.\n\n[^1]: N.\n"
    start, cut = render_body_start(parse_body(text), text, limit, doc_id="s1",
                                   figures={"fotos/a.jpg": FIGURE})
    assert (str(start), cut) == (
        '<p>Eins<sup class="footnote-ref"><a href="#fn-s1-1" id="fnref-s1-1">[1]</a></sup> '
        '<a class="i">klein</a></p>\n' + ("<p>Zwei.</p>\n" if limit == 999 else "")
        + '<hr class="footnotes-sep" />\n<section class="footnotes">\n'
        '<ol class="footnotes-list">\n<li id="fn-s1-1" class="footnote-item"><p>N. '
        '<a href="#fnref-s1-1" class="footnote-backref">↩︎</a></p>\n</li>\n</ol>\n'
        "</section>\n", limit == 1)


def test_without_its_photo_an_image_of_the_camp_is_its_alt_text() -> None:
    """Where no photo is made (check, search indexes, feeds)."""
    assert html("![Pinnwand](fotos/a.jpg)") == "Pinnwand"
    assert plain_text("Text ![Foto](fotos/a.jpg) und ![Web](https://e.org/x.png)") == (
        "Text Foto und Web")


def test_the_start_of_a_body_without_footnotes() -> None:
    text = "Eins.\n\nZwei.\n"
    assert render_body_start(parse_body(text), text, 3) == (Markup("<p>Eins.</p>\n"), True)
    assert render_body_start(parse_body(text), text, 7) == (
        Markup("<p>Eins.</p>\n<p>Zwei.</p>\n"), False)


def test_one_line_of_inline_markdown() -> None:
    line = "**a** [b](javascript:x) `c` <i>d</i> ![e](https://example.org/e.png) [f](#h-f)"
    assert str(render_inline(line)) == (
        '<strong>a</strong> <span>b</span> <code>c</code> <code class="raw-html">&lt;i&gt;'
        '</code>d<code class="raw-html">&lt;/i&gt;</code> <a href="https://example.org/e.png" '
        'class="image-link">e</a> <a href="#h-f">f</a>')


def test_a_line_broken_in_the_yaml_and_a_photo_in_it() -> None:
    assert str(render_inline("eins\nzwei ![i](fotos/a.jpg)")) == "eins\nzwei i"


def test_an_inline_footnote_in_a_line_brings_its_note_along() -> None:
    assert str(render_inline("Kern^[Quelle]")) == (
        'Kern<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>'
        '<hr class="footnotes-sep" />\n<section class="footnotes">\n<ol class="footnotes-list">\n'
        '<li id="fn1" class="footnote-item"><p>Quelle <a href="#fnref1" '
        'class="footnote-backref">↩︎</a></p>\n</li>\n</ol>\n</section>\n')


def test_the_words_of_a_line_for_search_and_feeds_keep_code_and_written_html() -> None:
    line = ("**Fett** [Link](javascript:x) `pip install` <i>d</i> ![Bild](https://e.org/e.png)"
            " ![Foto](fotos/a.jpg)")
    assert inline_text(line) == "Fett Link pip install <i>d</i> Bild Foto"


def test_plain_text_of_a_body_is_one_line_of_its_words() -> None:
    text = "# Titel\n\n**Fett** `code` [Link](https://example.org/)\n\n- eins\n- [x] zwei\n"
    assert plain_text(text) == "Titel Fett code Link eins ☑ zwei"
