"""The one Markdown parser: CommonMark plus tables, strikethrough, footnotes, task lists and
heading anchors, made safe for text from strangers.

Raw HTML is parsed (so `check` can point at it) but rendered as visible text. Links keep only
http, https, mailto and in-page ``#`` targets; anything else renders as plain text. Images
from elsewhere are never embedded, because the site makes no request outside itself: each
becomes a link. Images of the camp's own files become its published photos.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markupsafe import Markup
from mdit_py_plugins.footnote import footnote_plugin

from campdoc.content.links import is_safe_href, is_safe_url
from campdoc.content.markdown_rules import TASK_BOX, heading_anchors, task_lists
from campdoc.core.slugs import slugify

# Nesting beyond this is rendered as text; it keeps hostile inputs (50,000 '>' or '[') linear.
MAX_NESTING = 40
HEADING_ID_PREFIX = "h-"
ANCHORED_LEVELS = range(1, 5)  # headings # to #### get an id; ##### and ###### do not
BODY_HEADING_MIN = 3


@dataclass(slots=True)
class ParsedBody:
    """A body parsed once: the tokens, the parser env (references, footnotes) and findings."""

    tokens: list[Token]
    env: dict[str, Any]
    raw_html: list[tuple[int, str]] = field(default_factory=list)
    unsafe_links: list[tuple[int, str]] = field(default_factory=list)
    too_deep_at: int | None = None  # a line where nesting reached the limit and text was cut
    local_images: list[LocalImage] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LocalImage:
    """``![alt](fotos/x.jpg "caption")``: a file of the camp, published as a photo."""

    line: int  # 0-based line of the body; -1 inside a footnote
    src: str
    alt: str
    caption: str


@dataclass(frozen=True, slots=True)
class Figure:
    """A photo of the notes as HTML, in each form it can take there: its own ``block`` (a
    figure with caption, when a paragraph holds only the image), ``inline`` in a line of
    text (linked to its large size), or ``bare`` (inside a link the author wrote)."""

    block: Markup
    inline: Markup
    bare: Markup

    def as_form(self, form: str) -> Markup:
        return {"block": self.block, "inline": self.inline, "bare": self.bare}[form]


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def is_local_path(src: str) -> bool:
    """A relative path such as ``fotos/x.jpg`` (validation decides whether it may be used)."""
    return bool(src) and not _SCHEME.match(src) and not src.startswith(("/", "\\", "#"))


def _heading_id(text: str) -> str:
    # The prefix keeps author-chosen ids from shadowing DOM globals such as `document` or `name`.
    return HEADING_ID_PREFIX + (slugify(text) or "abschnitt")


def _neutralise_links(state: StateCore) -> None:
    """Turn unsafe links into spans, and note them and unsafe images for `check`; images of
    local files are noted too, to be published as photos (see ``_render_image``)."""
    found: list[tuple[int, str]] = state.env.setdefault("campdoc_unsafe_links", [])
    local: list[LocalImage] = state.env.setdefault("campdoc_local_images", [])
    for number, block in enumerate(state.tokens):
        if not block.children:  # only inline tokens have children
            continue
        line = block.map[0] if block.map else -1  # -1: a footnote, located by its text
        open_links: list[bool] = []
        for token in block.children:
            if token.type == "link_open":
                href = str(token.attrGet("href") or "")
                safe = is_safe_href(href)
                open_links.append(safe)
                if not safe:
                    found.append((line, href))
                    token.tag, token.attrs = "span", {}
            elif token.type == "link_close" and open_links and not open_links.pop():
                token.tag = "span"
            elif token.type == "image":
                src = str(token.attrGet("src") or "")
                if is_local_path(src):
                    token.meta["figure"] = "bare" if open_links else "inline"
                    local.append(LocalImage(line, src, token.content,
                                            str(token.attrGet("title") or "")))
                elif not is_safe_url(src):
                    found.append((line, src))
        _figure_if_alone(state.tokens, number)


def _figure_if_alone(tokens: list[Token], number: int) -> None:
    """A paragraph that is one local image and nothing else becomes that photo's figure
    (a figure cannot sit inside a paragraph)."""
    children = tokens[number].children or []
    if (len(children) == 1 and children[0].meta.get("figure") == "inline"
            and 0 < number < len(tokens) - 1 and tokens[number - 1].type == "paragraph_open"
            and tokens[number + 1].type == "paragraph_close"):
        children[0].meta["figure"] = "block"
        tokens[number - 1].hidden = tokens[number + 1].hidden = True


def _nest_headings(state: StateCore) -> None:
    """Body headings sit under the page's "Notes" heading (h2), so they start at h3."""
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(max(int(token.tag[1]) + 1, BODY_HEADING_MIN), 6)}"


def _render_html_inline(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
                        env: Any) -> str:
    # HTML written by the author, in a footnote too: as text
    return f'<code class="raw-html">{escapeHtml(tokens[index].content)}</code>'


def _render_task_box(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
                     env: Any) -> str:
    done = tokens[index].meta["done"]
    return f'<span class="task{" done" if done else ""}">{"☑" if done else "☐"}</span>'


def _render_html_block_as_text(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
                               env: Any) -> str:
    return f'<pre class="raw-html"><code>{escapeHtml(tokens[index].content)}</code></pre>\n'


def _render_image(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
                  env: Any) -> str:
    """An image of the notes: a photo of the camp as the renderer of the page made it
    (``env``; only its alt text where the page knows no photo for it: a check, a search
    index), a link to a remote image, or only the text of an image with an unsafe address."""
    token = tokens[index]
    src = str(token.attrGet("src") or "")
    if "figure" in token.meta:
        figure = env.get("campdoc_figures", {}).get(src)
        if figure is None:
            return escapeHtml(token.content)
        return str(figure.as_form(token.meta["figure"]))
    text = escapeHtml(token.content or src)
    if not is_safe_url(src):
        return text
    return f'<a href="{escapeHtml(src)}" class="image-link">{text}</a>'


def _fence_without_info_class(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
                              env: Any) -> str:
    # The info string is author text; it never becomes a class or attribute.
    return f"<pre><code>{escapeHtml(tokens[index].content)}</code></pre>\n"


def _build_parser() -> MarkdownIt:
    """The parser, built once per process."""
    # CommonMark's preset parses raw HTML (so that `check` can point at it) and has no
    # linkify and no typographer: author text stays as written.
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    # Every URL reaches _neutralise_links, which decides; the default check would silently
    # leave bad links as text and `check` could not point at them.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    # markdown-it finds a rule by its name: each is named after its function.
    md.core.ruler.after("inline", task_lists.__name__, task_lists)
    for rule in (heading_anchors(_heading_id, ANCHORED_LEVELS), _neutralise_links,
                 _nest_headings):
        md.core.ruler.push(rule.__name__, rule)
    md.add_render_rule("html_inline", _render_html_inline)
    md.add_render_rule(TASK_BOX, _render_task_box)
    md.add_render_rule("html_block", _render_html_block_as_text)
    md.add_render_rule("fence", _fence_without_info_class)
    md.add_render_rule("image", _render_image)
    return md


# The caches wrap plain functions instead of decorating them: mutation testing measures only
# undecorated functions (docs/testing.md).
markdown_parser = lru_cache(maxsize=1)(_build_parser)


def _parse_body(text: str) -> ParsedBody:
    """Parse a session body once; `render_body` and the body checks both use the result.

    Cached by text: a preview rebuild re-reads a camp, and only the saved file changed.
    Nothing downstream modifies the tokens.
    """
    env: dict[str, Any] = {}
    tokens = markdown_parser().parse(text, env)
    # _neutralise_links always runs, and leaves its findings in the env.
    parsed = ParsedBody(tokens, env, unsafe_links=env.pop("campdoc_unsafe_links"),
                        local_images=env.pop("campdoc_local_images"))
    parsed.raw_html = list(_raw_html(tokens))
    parsed.too_deep_at = _nesting_limit_line(tokens)
    return parsed


parse_body = lru_cache(maxsize=256)(_parse_body)


def _nesting_limit_line(tokens: list[Token]) -> int | None:
    """Where block nesting hit the parser's limit, beyond which markdown-it drops text."""
    last_line = 0
    for token in tokens:
        if token.map:
            last_line = token.map[0]
        if token.level >= MAX_NESTING - 1:
            return last_line
    return None


def _raw_html(tokens: list[Token]) -> Iterator[tuple[int, str]]:
    for token in tokens:
        if token.type == "html_block" and token.map:
            yield token.map[0], token.content.strip()
        elif token.children:  # an inline token: the only kind with children
            line = token.map[0] if token.map else -1
            for child in token.children:
                if child.type == "html_inline":
                    yield line, child.content


def _trusted(html: str) -> Markup:
    # The one place rendered Markdown is marked safe: the renderer escapes all author text,
    # author HTML renders as text, and only vetted link targets remain.
    return Markup(html)  # noqa: S704


def render_body(parsed: ParsedBody, doc_id: str = "",
                figures: Mapping[str, Figure] | None = None) -> Markup:
    """The HTML of a parsed body. ``doc_id`` makes footnote ids unique where several bodies
    share a document (the booklet); ``figures`` are the photos of its local images."""
    return _render_tokens(parsed.tokens, parsed, doc_id, figures)


def _render_tokens(tokens: list[Token], parsed: ParsedBody, doc_id: str,
                   figures: Mapping[str, Figure] | None = None) -> Markup:
    md = markdown_parser()
    env = dict(parsed.env)
    if doc_id:
        env["docId"] = doc_id
    if figures:
        env["campdoc_figures"] = figures
    return _trusted(md.renderer.render(tokens, md.options, env))


def render_body_start(parsed: ParsedBody, text: str, limit: int, doc_id: str = "",
                      figures: Mapping[str, Figure] | None = None) -> tuple[Markup, bool]:
    """The HTML of the body's first top-level blocks, as far as ``limit`` characters of its
    source reach (always at least one block), and whether anything was left out.

    The booklet prints whole sessions; a session of book length would make it a book.
    """
    line_offsets = [0]
    for line in text.split("\n"):
        line_offsets.append(line_offsets[-1] + len(line) + 1)
    tokens = parsed.tokens
    cut = next((index for index, token in enumerate(tokens)
                if index > 0 and token.level == 0 and token.nesting >= 0 and token.map
                and line_offsets[token.map[0]] > limit), None)
    if cut is None:
        return _render_tokens(tokens, parsed, doc_id, figures), False
    # The footnotes come last, with no source lines of their own: never cut, always kept.
    footnotes = next((index for index, token in enumerate(tokens)
                      if token.type == "footnote_block_open"), len(tokens))
    return _render_tokens(tokens[:cut] + tokens[footnotes:], parsed, doc_id, figures), True


def _parse_inline_once(text: str) -> list[Token]:
    """One line of inline Markdown, parsed once for the page and the search index alike
    (the parser's core rules, link neutraliser included, run for inline text too)."""
    return markdown_parser().parseInline(text)


_parse_inline = lru_cache(maxsize=1024)(_parse_inline_once)


def render_inline(text: str) -> Markup:
    """One line of inline Markdown (an insight, a question) as safe HTML."""
    md = markdown_parser()
    # The tokens carry all the renderer needs; the parser's env holds only findings.
    return _trusted(md.renderer.render(_parse_inline(text), md.options, {}))


def inline_text(text: str) -> str:
    """The plain words of one line of inline Markdown, for search indexes and feeds."""
    return "".join(child.content for token in _parse_inline(text) for child in token.children or ()
                   if child.type in ("text", "code_inline", "html_inline", "image"))


def plain_text(markdown: str) -> str:
    """The words of a piece of Markdown without its markup, on one line: for text-only
    places (meta descriptions, feed subtitles, calendar and schedule descriptions). It is
    rendered first, so ``**``, links and lists go the way a reader's eye would take them."""
    return render_body(parse_body(markdown)).striptags()
