"""An Etherpad HTML export read as the lines of its text, in the shape the pad import reads.

Etherpad writes one pad line per ``<br>``, lists as nested ``<ul class="bullet">`` /
``<ol class="number">`` (``<ul class="indent">`` for indented lines without a bullet),
bold as ``<strong>`` and, with the headings plugin, ``<h1>``/``<h2>`` followed by ``<br>``.
Bold becomes ``**…**`` and headings ``#``, so a line in bold is a heading as in Markdown.
Only text is kept: no markup of the page reaches the session file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from campdoc.importers.pad_sections import Line

_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*", "s": "~~", "del": "~~",
          "code": "`"}
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "##### ",
             "h6": "###### "}
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "blockquote", "pre", "tr", "table",
                     *_HEADINGS})
_HIDDEN = frozenset({"head", "style", "script", "template", "noscript"})
_DEEPEST = 8  # list levels shown; deeper ones are written at this level
_LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def is_html(name: str, text: str) -> bool:
    """An HTML export, by its name (``.html``) or its first characters."""
    return name.lower().endswith((".html", ".htm")) or bool(_LOOKS_LIKE_HTML.match(text))


@dataclass(slots=True)
class HtmlPad:
    """The page's title (Etherpad writes the pad's name there) and its lines."""

    title: str = ""
    lines: list[Line] = field(default_factory=list)


class _EtherpadHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlPad()
        self.pieces: list[str] = []
        self.prefix = ""
        self.line_number = 1
        self.lists: list[list[str | int]] = []  # [class, next number] of each open list
        self.hidden = 0
        self.in_title = False
        self.link: tuple[str, int] | None = None  # href and where its text starts
        self.after_heading = False  # Etherpad's <br> after a heading ends no other line

    def flush(self, *, hard: bool, heading: bool = False) -> None:
        text = " ".join("".join(self.pieces).split())
        if text or (hard and not self.after_heading):
            self.page.lines.append(Line(self.line_number, self.prefix + text if text else "",
                                        len(self.page.lines)))
        self.after_heading = heading and bool(text)
        self.pieces, self.prefix = [], ""

    def start(self) -> None:
        if not self.pieces and not self.prefix:
            self.line_number = self.getpos()[0]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "title":
            self.in_title = True
        if self.hidden:
            return
        if tag == "br":
            self.flush(hard=True)
        elif tag in ("ul", "ol"):
            self.flush(hard=False)
            start = values.get("start", "1")
            self.lists.append([values.get("class", tag),
                               int(start) if start.isdigit() and len(start) < 6 else 1])
        elif tag in _BLOCKS:
            self.flush(hard=False)
            self.start()
            self.prefix = self.list_prefix() if tag == "li" else _HEADINGS.get(tag, "")
        elif tag in _MARKS:
            self.start()
            self.pieces.append(_MARKS[tag])
        elif tag == "a":
            self.start()
            self.link = (values.get("href", ""), len(self.pieces))
        elif tag == "img" and values.get("src", "") and not values["src"].startswith("data:"):
            self.start()
            self.pieces.append(f"![{values.get('alt', '')}]({values['src']})")

    def list_prefix(self) -> str:
        if not self.lists:
            return ""
        indent = "    " * (min(len(self.lists), _DEEPEST) - 1)
        kind, number = self.lists[-1]
        if kind == "indent":
            return ""
        if kind == "number" or kind == "ol":
            self.lists[-1][1] = int(number) + 1
            return f"{indent}{number}. "
        return f"{indent}* "

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "title":
            self.in_title = False
        if self.hidden:
            return
        if tag in ("ul", "ol"):
            self.flush(hard=False)
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCKS:
            self.flush(hard=False, heading=tag in _HEADINGS)
        elif tag in _MARKS:
            self.close_mark(_MARKS[tag])
        elif tag == "a" and self.link is not None:
            href, begin = self.link
            text = "".join(self.pieces[begin:])
            if href and text.strip() != href and href.startswith(("http://", "https://")):
                self.pieces[begin:] = [f"[{text}]({href})"]
            self.link = None

    def close_mark(self, mark: str) -> None:
        """``**Protokoll: **Jonas`` is no Markdown: spaces go outside the marks."""
        if self.pieces and self.pieces[-1] == mark:  # an empty span
            self.pieces.pop()
            return
        # The pieces stay where they are (a link remembers where its text starts); only
        # the trailing spaces move behind the mark.
        trailing = ""
        for index in range(len(self.pieces) - 1, -1, -1):
            piece = self.pieces[index]
            stripped = piece.rstrip()
            trailing = piece[len(stripped):] + trailing
            self.pieces[index] = stripped
            if stripped:
                break
        self.pieces += [mark, trailing]

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.page.title += data
            return
        if self.hidden:
            return
        data = data.replace("\xa0", " ").replace("\n", " ")
        if not data.strip() and not self.pieces:
            return
        self.start()
        if self.pieces and self.pieces[-1] in _MARKS.values() and data[:1] == " ":
            self.pieces.insert(-1, " ")  # "** Fragen" likewise
            data = data.lstrip()
        self.pieces.append(data)


def etherpad_html_lines(text: str) -> HtmlPad:
    """The title and the lines of an Etherpad HTML export."""
    parser = _EtherpadHtml()
    parser.feed(text)
    parser.close()
    parser.flush(hard=False)
    parser.page.title = " ".join(parser.page.title.split())
    return parser.page
