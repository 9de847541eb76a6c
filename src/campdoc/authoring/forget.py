"""``campdoc forget NAME``: remove a person from a project (GDPR Art. 17).

Every mention is changed where it stands and nowhere else, so comments, order and quoting
of the files stay as they were: a host becomes an anonymous host (the organisation stays),
``documented_by`` loses the name, and every other mention becomes a neutral placeholder.
The edited files are checked before anything is written; git history, published copies and
caches are beyond campdoc's reach, and `history_steps` says what to do about them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from campdoc.authoring.mentions import (
    LineOffsets,
    Mention,
    find_mentions,
    find_partial_mentions,
    name_pattern,
    name_words,
)
from campdoc.content.frontmatter import (
    Mapping,
    Node,
    Scalar,
    Sequence,
    UnclosedFrontMatter,
    parse_yaml,
    split_front_matter,
)
from campdoc.content.validate import session_text_errors
from campdoc.core.errors import CampdocError
from campdoc.core.files import write_atomically

PLACEHOLDERS = {"de": "N. N.", "en": "a participant"}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(slots=True)
class ForgetPlan:
    """What `forget` found, and the files as they would be after ``--apply``."""

    mentions: list[Mention]
    partial: list[Mention]
    new_texts: dict[str, str] = field(default_factory=dict)  # project-relative path → text

    @property
    def spellings(self) -> list[str]:
        """Each distinct way the name is written (line breaks as spaces)."""
        return sorted({" ".join(mention.found.split()) for mention in self.mentions})


def plan_forget(root: Path, name: str, placeholder: str, pages: list[Path]) -> ForgetPlan:
    """Find every mention of ``name`` in the project and in ``pages`` (imprint, privacy
    notice) and work out the edited files (nothing is written)."""
    words = name_words(name)
    if not words:
        raise CampdocError.said("forget.empty")
    mentions = find_mentions(root, name_pattern(words), pages)
    partial = find_partial_mentions(root, words, mentions, pages) if len(words) > 1 else []
    plan = ForgetPlan(mentions, partial)
    by_file: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_file.setdefault(mention.path, []).append(mention)
    for path, found in by_file.items():
        text = (root / path).read_text(encoding="utf-8", errors="surrogateescape")
        plan.new_texts[path] = _apply(text, _edits(text, path, found, placeholder))
    return plan


def _edits(text: str, path: str, found: list[Mention], placeholder: str) -> list[Edit]:
    edits: list[Edit] = []
    hosts_done: set[str] = set()
    tree = _yaml_tree(text, path)
    for mention in found:
        if mention.is_host_name:
            host = mention.field.removesuffix(".name")
            if host not in hosts_done and tree is not None:
                hosts_done.add(host)
                edits += _anonymise_host(text, _node_at(tree, host))
        elif mention.is_documented_by and tree is not None:
            edits += _drop_value(text, tree, mention, placeholder)
        else:
            edits.append(Edit(mention.start, mention.end, placeholder))
    return edits


def _apply(text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda edit: edit.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def _yaml_tree(text: str, path: str) -> Node | None:
    if path.endswith(".yaml"):
        return parse_yaml(text, path, 1)[0]
    try:
        split = split_front_matter(text)
    except UnclosedFrontMatter:
        return None
    if split.yaml_text is None:
        return None
    return parse_yaml(split.yaml_text, path, split.yaml_first_line)[0]


def _node_at(tree: Node, field_path: str) -> Node:
    node = tree
    for name, index in re.findall(r"([a-z_]+)|\[(\d+)\]", field_path):
        if name and isinstance(node, Mapping):
            node = next(value for key, value in node.entries if key.value == name)
        elif index and isinstance(node, Sequence):
            node = node.items[int(index) - 1]
    return node


def _entry(mapping: Mapping, name: str) -> tuple[Scalar, Scalar] | None:
    for key, value in mapping.entries:
        if key.value == name and isinstance(value, Scalar):
            return key, value
    return None


def _anonymise_host(text: str, host: Node) -> list[Edit]:
    """``name:`` out, ``publish_name: false`` in; the organisation and the rest stay."""
    if not isinstance(host, Mapping):
        return []
    lines = LineOffsets(text)
    name, flag = _entry(host, "name"), _entry(host, "publish_name")
    if name is None:
        return []
    name_span = (lines.offset(name[0].line, name[0].column),
                 lines.offset(name[1].end_line, name[1].end_column))
    if flag is None:
        return [Edit(*name_span, "publish_name: false")]
    flag_span = (lines.offset(flag[0].line, flag[0].column),
                 lines.offset(flag[1].end_line, flag[1].end_column))
    if host.flow:
        return [Edit(*name_span, "publish_name: false"), _drop_flow_item(text, *flag_span)]
    if "-" in text[lines.line_start(flag[0].line):flag_span[0]]:
        # publish_name opens the list item ("- publish_name: true"): its line must stay.
        value_start = lines.offset(flag[1].line, flag[1].column)
        return [Edit(value_start, flag_span[1], "false"),
                Edit(lines.line_start(name[0].line), lines.next_line(name[1].end_line), "")]
    return [Edit(*name_span, "publish_name: false"),
            Edit(lines.line_start(flag[0].line), lines.next_line(flag[1].end_line), "")]


def _drop_flow_item(text: str, start: int, end: int) -> Edit:
    """Remove an item of ``[a, b]`` or ``{a: 1, b: 2}`` with one of its commas."""
    before = text[:start].rstrip(" ")
    if before.endswith(","):
        return Edit(len(before) - 1, end, "")
    after = len(text[end:]) - len(text[end:].lstrip(" "))
    if text[end + after:end + after + 1] == ",":
        following = text[end + after + 1:]
        return Edit(start, end + after + 1 + len(following) - len(following.lstrip(" ")), "")
    return Edit(start, end, "")


def _drop_value(text: str, tree: Node, mention: Mention, placeholder: str) -> list[Edit]:
    """A name of ``documented_by`` (a single value or an item of its list) removed."""
    lines = LineOffsets(text)
    value = _node_at(tree, mention.field)
    if not isinstance(value, Scalar):
        return []
    span = (lines.offset(value.line, value.column), lines.offset(value.end_line, value.end_column))
    if " ".join(value.value.split()).lower() != " ".join(mention.found.split()).lower():
        return [Edit(mention.start, mention.end, placeholder)]  # part of a longer text
    if mention.field == "documented_by":
        colon = text.rfind(":", 0, span[0])
        return [Edit(colon + 1, span[1], "")]
    parent = _node_at(tree, "documented_by")
    if isinstance(parent, Sequence) and parent.flow:
        return [_drop_flow_item(text, *span)]
    return [Edit(lines.line_start(value.line), lines.next_line(value.end_line), "")]


def check_edits(root: Path, plan: ForgetPlan) -> None:
    """Refuse the plan when an edited file would have more errors than before."""
    for path, new_text in plan.new_texts.items():
        old_text = (root / path).read_text(encoding="utf-8", errors="surrogateescape")
        before, after = Counter(_errors(old_text, path)), Counter(_errors(new_text, path))
        worse = after - before
        if worse:
            raise CampdocError.said("forget.would_break", path=path,
                                    codes=", ".join(sorted(worse)))


def _errors(text: str, path: str) -> list[str]:
    if not path.startswith("sessions/") and not path.endswith(".yaml"):
        return []  # an imprint or privacy page: any Markdown is fine
    if path.endswith(".yaml"):
        _, issues = parse_yaml(text, path, 1)
        return [issue.code for issue in issues if issue.is_error]
    camp_id = Path(path).parent.name
    return [issue.code for issue in session_text_errors(text, Path(path).name, camp_id)]


def apply_forget(root: Path, plan: ForgetPlan) -> list[str]:
    """Write the edited files (each whole or not at all); returns their paths."""
    check_edits(root, plan)
    for path, text in plan.new_texts.items():
        write_atomically(root / path, text.encode("utf-8", errors="surrogateescape"),
                         root=root)
    return sorted(plan.new_texts)


def replacement_rules(name: str, spellings: list[str], placeholder: str) -> list[str]:
    """The lines of a ``git filter-repo --replace-text`` file: every spelling found, and a
    rule for the name broken across lines or written in another case."""
    pattern = r"\s+".join(re.escape(word) for word in name_words(name))
    rules = [f"{spelling}==>{placeholder}" for spelling in spellings]
    return [*rules, f"regex:(?i){pattern}==>{placeholder}"]
