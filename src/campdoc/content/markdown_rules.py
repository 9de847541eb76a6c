"""campdoc's own passes over the token stream: heading anchors and task lists.

They replace the mdit-py-plugins versions, whose work grows with the square of the input:
the anchors plugin probes ``slug-1``, ``slug-2`` … from the start for every repeated
heading, and the task-list plugin searches backwards for the list of every item. A 160 KB
session took minutes. Both passes here visit each token once. A task's box is a token of
its own type (not the plugin's ``<input>`` as raw HTML), so that it can never be taken for
HTML the author wrote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it.rules_core import StateCore
from markdown_it.token import Token

_TASK = re.compile(r"\[[ xX]][ \t\n\v\f\r]+")


def heading_anchors(slug_of: Callable[[str], str], levels: range) -> Callable[[StateCore], None]:
    """A core rule that gives headings of ``levels`` unique ids: ``a``, ``a-1``, ``a-2`` …"""

    def add_heading_anchors(state: StateCore) -> None:
        taken: set[str] = set()
        next_number: dict[str, int] = {}  # per slug: the first number that may still be free
        tokens = state.tokens
        for index, token in enumerate(tokens):
            if token.type != "heading_open" or int(token.tag[1]) not in levels:
                continue
            children = tokens[index + 1].children or []
            title = "".join(child.content for child in children
                            if child.type in ("text", "code_inline"))
            slug = unique = slug_of(title)
            number = next_number.get(slug, 1)
            while unique in taken:
                unique = f"{slug}-{number}"
                number += 1
            next_number[slug] = number
            taken.add(unique)
            token.attrSet("id", unique)

    return add_heading_anchors


TASK_BOX = "task_box"  # a token type of campdoc's own, drawn by the Markdown renderer


def _task_box(content: str) -> Token:
    """The box of an item that starts like ``[x]`` and a space or a tab (see ``_TASK``)."""
    return Token(TASK_BOX, "", 0, meta={"done": content[1] != " "})


def task_lists(state: StateCore) -> None:
    """``- [ ]`` and ``- [x]`` items become tasks; their lists are marked as task lists.

    The lists that are open at each token are kept on a stack, so an item finds its list
    without searching back through the document.
    """
    open_lists: list[Token] = []
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            open_lists.append(token)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            open_lists.pop()
        elif (token.type == "inline" and index >= 2 and token.children
              and tokens[index - 1].type == "paragraph_open"
              and tokens[index - 2].type == "list_item_open"
              and _TASK.match(token.content)):
            token.children.insert(0, _task_box(token.content))
            token.children[1].content = token.children[1].content[3:]
            tokens[index - 2].attrSet("class", "task-list-item")
            if open_lists:
                open_lists[-1].attrSet("class", "contains-task-list")
