"""What a YAML syntax error means for someone who writes notes, and how to fix it.

PyYAML (libyaml, or its pure-Python parser where libyaml is missing) reports problems in
English parser terms ("mapping values are not allowed in this context"). Each one that can
reach a user is matched here and told in German and English, with the usual fix. The two
most common causes are named precisely, at their column, with the corrected line:
a ': ' inside an unquoted value (CD112), and typographic quotes „…“ / “…” used as YAML
quotes (CD113). When the correction is certain, the text is repaired and read again, so
the rest of the file is still checked in the same run (the file fails all the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import yaml

from campdoc.core.issues import Issue, Location

# Opening and closing typographic quotes people type (or word processors make) for "…".
OPENING_QUOTES = "„“”‚‘’«»‹›"
CLOSING_QUOTES = "“”‘’»«›‹"
# A line 'key: value', optionally a list entry; the key ends at the first ': '.
_KEY_LINE = re.compile(r"^(?P<lead>\s*(?:-\s+)*)(?P<key>[^\s#-][^\n]*?):(?:[ \t]+|$)")
# A comment starts at a "#" after a space or a tab; YAML takes no other white space for one.
_COMMENT = re.compile(r"[ \t]+#.*$")
# Where YAML ends a line: besides LF, also NEL and the Unicode line and paragraph separators.
LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Text:
    """A problem, or its fix, in both languages."""

    en: str
    de: str


@dataclass(frozen=True, slots=True)
class SyntaxFinding:
    """The issue for a YAML syntax error, and the repaired text when the fix is certain."""

    issue: Issue
    repaired: str | None = None


@dataclass(frozen=True, slots=True)
class _Where:
    """The error as this module looks at it: the text's lines (split where YAML splits
    them, so the marks fit) and the marks (0-based)."""

    lines: list[str]
    breaks: list[str]
    line: int
    column: int
    context_line: int | None
    context_column: int | None
    path: str
    first_line: int

    def location(self, line: int | None = None, column: int | None = None) -> Location:
        line = self.line if line is None else line
        column = self.column if column is None else column
        return Location(self.path, self.first_line + line, column + 1)

    def text_at(self, line: int) -> str:
        return self.lines[line] if 0 <= line < len(self.lines) else ""

    def repaired(self, line: int, new_line: str) -> str:
        lines = list(self.lines)
        lines[line] = new_line
        return "".join(text + end for text, end in zip(lines, [*self.breaks, ""], strict=True))


def quoted(value: str) -> str:
    """``value`` as a YAML quoted scalar that reads back as exactly ``value``."""
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _split_comment(value: str) -> tuple[str, str]:
    match = _COMMENT.search(value)
    return (value[:match.start()], value[match.start():]) if match else (value, "")


def _cd103(problem: Text, fix: Text, location: Location,
           repaired: str | None = None) -> SyntaxFinding:
    return SyntaxFinding(Issue("CD103", location, params={
        "problem": problem.en, "problem_de": problem.de, "fix": fix.en, "fix_de": fix.de}),
        repaired)


def _quote_from(where: _Where, line: int, column: int, problem: Text) -> SyntaxFinding:
    """A value that starts with a character YAML reads as syntax: quote it, from ``column``
    to the end of the line. That character (the parser's mark) is never a space or '#', so
    the value is never empty."""
    text = where.text_at(line)
    value, comment = _split_comment(text[column:].rstrip())
    fixed = text[:column] + quoted(value) + comment
    fix = Text(f"Put the value in quotes: {fixed.strip()}",
               f"Setze den Wert in Anführungszeichen: {fixed.strip()}")
    return _cd103(problem, fix, where.location(line, column), where.repaired(line, fixed))


def _colon_in_value(where: _Where) -> SyntaxFinding | None:
    """CD112 or CD113 when the ':' the parser stopped at is inside a 'key: value' line's
    value; None when it is not."""
    text = where.text_at(where.line)
    match = _KEY_LINE.match(text)
    if not match or match.end() > where.column:
        return None
    value, comment = _split_comment(text[match.end():].rstrip())
    head = match["lead"] + match["key"] + ": "
    key = match["key"].strip("\"'")
    if len(value) > 1 and value[0] in OPENING_QUOTES and value[-1] in CLOSING_QUOTES:
        fixed = head + quoted(value[1:-1]) + comment
        return SyntaxFinding(Issue("CD113", where.location(column=match.end()), key, {
            "found": f"{value[0]}…{value[-1]}", "fixed": fixed.strip()}),
            where.repaired(where.line, fixed))
    fixed = head + quoted(value) + comment
    return SyntaxFinding(Issue("CD112", where.location(), key, {
        "column": str(where.column + 1), "fixed": fixed.strip()}),
        where.repaired(where.line, fixed))


def _previous_line(where: _Where) -> int:
    """The nearest line above the error's that holds more than a comment, or -1."""
    line = where.line - 1
    while line >= 0 and where.text_at(line).strip()[:1] in ("", "#"):
        line -= 1
    return line


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _mapping_value(where: _Where) -> SyntaxFinding:
    found = _colon_in_value(where)
    if found:
        return found
    above = _previous_line(where)
    text_above = where.text_at(above)
    if above >= 0 and re.match(r"^\s*(?:-\s+)*[^\s:#\"'][^\s:]*:[^\s:/]", text_above) and (
            ": " not in text_above):
        return _cd103(Text(
            f"line {where.first_line + above} has no space after its ':', so YAML reads it "
            "and this line as one long text",
            f"Zeile {where.first_line + above} hat kein Leerzeichen nach dem ':', daher liest "
            "YAML sie und diese Zeile als einen langen Text"), Text(
            "Write a space after the colon: 'title: My session', not 'title:My session'.",
            "Schreibe ein Leerzeichen nach dem Doppelpunkt: 'title: Meine Session', nicht "
            "'title:Meine Session'."), where.location(above, _indent(text_above)))
    if above >= 0 and _indent(where.text_at(where.line)) > _indent(text_above):
        return _cd103(_INDENTED_FURTHER, _INDENTED_FURTHER_FIX, where.location())
    return _cd103(Text("a ':' at this place is not expected",
                       "ein ':' an dieser Stelle ist nicht erwartet"), _QUOTE_OR_INDENT,
                  where.location())


def _quoted_scalar_unclosed(where: _Where) -> SyntaxFinding:
    """A quote that is never closed: CD113 when it is 'closed' with a typographic quote."""
    line, column = where.context_line, where.context_column
    assert line is not None and column is not None  # the scanner marks where it started
    text = where.text_at(line)
    opener = text[column:column + 1]
    rest = text[column + 1:]
    closers = [index for index, char in enumerate(rest) if char in CLOSING_QUOTES]
    if opener in ("'", '"') and closers and opener not in rest:
        end = column + 1 + closers[-1]
        fixed = text[:column] + quoted(text[column + 1:end]) + text[end + 1:]
        match = _KEY_LINE.match(text)
        key = match["key"].strip("\"'") if match and match.end() <= column else ""
        return SyntaxFinding(Issue("CD113", where.location(line, column), key, {
            "found": f"{opener}…{text[end]}", "fixed": fixed.strip()}),
            where.repaired(line, fixed))
    return _cd103(Text(
        f"the quote {opener} that starts here is never closed",
        f"das Anführungszeichen {opener}, das hier beginnt, wird nie geschlossen"), Text(
        "End the value with the same straight quote it starts with, on the same line. An "
        "apostrophe inside '…' is written twice: 'Anna''s Idee'.",
        "Beende den Wert in derselben Zeile mit demselben geraden Anführungszeichen, mit "
        "dem er beginnt. Ein Apostroph innerhalb von '…' wird doppelt geschrieben: "
        "'Anna''s Idee'."), where.location(line, column))


def _unexpected_after_value(where: _Where) -> SyntaxFinding:
    """'did not find expected key': most often a value that starts with a quote or a
    bracket and goes on after the matching one ("Wir" sind da, 'Anna's Idee', [Entwurf] …)."""
    text = where.text_at(where.line)
    match = _KEY_LINE.match(text)
    if match and match.end() < where.column and text[match.end()] in "\"'[{":
        start = match.end()
        # YAML read the line up to the token it did not expect: a ' #' before that token is
        # inside the quotes or brackets, not a comment.
        rest, comment = _split_comment(text[where.column:].rstrip())
        value = text[start:where.column] + rest
        opener = text[start]
        closer = {"[": "]", "{": "}"}.get(opener, opener)
        if opener != closer and value.endswith(closer):
            return _cd103(Text(
                f"more text follows where the {'list' if opener == '[' else 'group'} ends",
                f"wo die {'Liste' if opener == '[' else 'Gruppe'} endet, folgt weiterer Text"),
                Text(f"Remove the extra '{closer}' or text after the closing one.",
                     f"Entferne das überzählige '{closer}' oder den Text nach dem "
                     "schließenden."), where.location())
        if opener == closer and value.endswith(opener):
            value = value[1:-1]  # 'Anna's Idee': the outer quotes were meant as quotes
        fixed = text[:start] + quoted(value) + comment
        return _cd103(Text(
            f"the value starts with {opener}, so YAML reads it only up to the closing "
            f"{closer}, and the text after that does not fit",
            f"der Wert beginnt mit {opener}, daher liest YAML ihn nur bis zum schließenden "
            f"{closer}, und der Text danach passt nicht"), Text(
            f"Put the whole value in quotes: {fixed.strip()}",
            f"Setze den ganzen Wert in Anführungszeichen: {fixed.strip()}"),
            where.location(), where.repaired(where.line, fixed))
    return _cd103(_NOT_LINED_UP, _NOT_LINED_UP_FIX, where.location())


def _flow(closer: str, where: _Where) -> SyntaxFinding:
    opener = "[" if closer == "]" else "{"
    kind = Text("list", "Liste") if closer == "]" else Text("group", "Gruppe")
    started = where.first_line + (where.context_line or 0)
    return _cd103(Text(
        f"the {kind.en} that starts with '{opener}' in line {started} does not go on with "
        f"',' or '{closer}' here",
        f"die {kind.de}, die in Zeile {started} mit '{opener}' beginnt, geht hier nicht "
        f"mit ',' oder '{closer}' weiter"), Text(
        f"Close it with '{closer}' on the same line and separate the entries with ', '; put "
        "an entry that contains ':' or ',' in quotes. Or write one '- ' line per entry.",
        f"Schließe sie in derselben Zeile mit '{closer}' und trenne die Einträge mit ', '; "
        "setze einen Eintrag mit ':' oder ',' in Anführungszeichen. Oder schreibe eine "
        "Zeile '- ' pro Eintrag."), where.location())


def _value_start(problem: Text, where: _Where) -> SyntaxFinding:
    """A value whose first character YAML reads as syntax (*, &, !, |, >, @, `)."""
    line = where.line if where.context_line is None else where.context_line
    column = where.column if where.context_column is None else where.context_column
    char = where.text_at(line)[column:column + 1]
    text = Text(problem.en.format(char=char), problem.de.format(char=char))
    return _quote_from(where, line, column, text)


def _cannot_start(where: _Where) -> SyntaxFinding:
    char = where.text_at(where.line)[where.column:where.column + 1]
    if char == "\t":
        return _cd103(_TAB, _TAB_FIX, where.location())
    return _value_start(_CANNOT_START, where)


def _block_scalar(where: _Where) -> SyntaxFinding:
    """'|' or '>' then text: a value meant as text (quote it), unless lines indented below
    show that a block of text was meant (then only the line with the '|' is wrong)."""
    # The scanner marks where the block starts; the problems are all in the '|' line.
    line, column = where.line, where.context_column
    assert column is not None
    text = where.text_at(line)
    char = text[column:column + 1]
    below = where.text_at(line + 1)
    if below.strip() and _indent(below) > _indent(text):
        return _cd103(Text(
            f"after '{char}', which starts a block of text, only a line break may follow",
            f"nach '{char}', das einen Textblock beginnt, darf nur ein Zeilenende folgen"), Text(
            f"End the line after '{char}' and write the text in the lines below it, indented.",
            f"Beende die Zeile nach '{char}' und schreibe den Text eingerückt in die Zeilen "
            "darunter."), where.location(column=column))
    return _quote_from(where, line, column, Text(
        f"a value starting with '{char}' is read as a block of text, which has to begin on "
        "the next line",
        f"ein Wert, der mit '{char}' beginnt, wird als Textblock gelesen, der erst in der "
        "nächsten Zeile beginnen darf"))


def _fixed_or_at_end(problem: Text, fix: Text, where: _Where) -> SyntaxFinding:
    """A problem found at the very end of the text means something was left open."""
    if where.line >= len(where.lines) - 1 and not where.text_at(where.line).strip():
        return _cd103(_ENDS_IN_VALUE, _CLOSE_ALL, where.location())
    return _cd103(problem, fix, where.location())


def _fixed(problem: Text, fix: Text, where: _Where, *, at_context: bool = False
           ) -> SyntaxFinding:
    if at_context and where.context_line is not None and where.context_column is not None:
        return _cd103(problem, fix, where.location(where.context_line, where.context_column))
    return _cd103(problem, fix, where.location())


_CANNOT_START = Text("a value cannot start with '{char}' unless it is in quotes",
                     "ein Wert kann nur in Anführungszeichen mit '{char}' beginnen")
_ENDS_IN_VALUE = Text("the text ends in the middle of a value",
                      "der Text endet mitten in einem Wert")
_CLOSE_ALL = Text("Close every quote and bracket that was opened, in the same line.",
                  "Schließe jedes geöffnete Anführungszeichen und jede Klammer in derselben "
                  "Zeile.")
_QUOTE_IT = Text("Put the value in quotes.", "Setze den Wert in Anführungszeichen.")
_QUOTE_OR_INDENT = Text(
    "If the ':' belongs to the text, put the whole value in quotes (\"…\"). If this line is "
    "a field of its own, indent it exactly like the fields above it.",
    "Gehört der ':' zum Text, setze den ganzen Wert in Anführungszeichen (\"…\"). Ist diese "
    "Zeile ein eigenes Feld, rücke sie genau so ein wie die Felder darüber.")
_INDENTED_FURTHER = Text(
    "this line is indented further than the one above, so YAML reads it as part of that "
    "line's value, and its ':' as out of place",
    "diese Zeile ist weiter eingerückt als die darüber, daher liest YAML sie als Teil von "
    "deren Wert, und ihren ':' als fehl am Platz")
_INDENTED_FURTHER_FIX = Text(
    "If this line is a field of its own, indent it like the field above. If it continues "
    "the text above, put that whole text in quotes.",
    "Ist diese Zeile ein eigenes Feld, rücke sie ein wie das Feld darüber. Setzt sie den "
    "Text darüber fort, setze diesen ganzen Text in Anführungszeichen.")
_NOT_LINED_UP = Text("this line does not line up with the fields around it",
                     "diese Zeile passt nicht zur Einrückung der Felder um sie herum")
_NOT_LINED_UP_FIX = Text(
    "Start each field at the same column as the fields next to it, with two more spaces "
    "for the fields of a list entry ('  - name: …', then '    organization: …' below it). "
    "A line that belongs to the text above needs that text in quotes.",
    "Beginne jedes Feld in derselben Spalte wie die Felder daneben, die Felder eines "
    "Listeneintrags zwei Leerzeichen weiter ('  - name: …', darunter "
    "'    organization: …'). Gehört die Zeile zum Text darüber, muss dieser Text in "
    "Anführungszeichen stehen.")
_TAB = Text("a tab character stands where YAML expects spaces",
            "ein Tabulator steht, wo YAML Leerzeichen erwartet")
_TAB_FIX = Text("Replace the tab with spaces.", "Ersetze den Tabulator durch Leerzeichen.")

# Each problem the parsers report, matched by wording (libyaml's | PyYAML's); first match wins.
_PROBLEMS: list[tuple[re.Pattern[str], Callable[[_Where], SyntaxFinding]]] = [
    (re.compile(r"mapping values are not allowed"), _mapping_value),
    (re.compile(r"quoted scalar.*unexpected (end of stream|document)"),
     _quoted_scalar_unclosed),
    (re.compile(r"did not find expected key|expected <block end>"), _unexpected_after_value),
    (re.compile(r"did not find expected '-' indicator"),
     partial(_fixed, _NOT_LINED_UP, _NOT_LINED_UP_FIX)),
    (re.compile(r"expected ',' or '\]'"), partial(_flow, "]")),
    (re.compile(r"expected ',' or '}'"), partial(_flow, "}")),
    (re.compile(r"could not find expected ':'"), partial(_fixed, Text(
        "this line is neither a field ('name: value') nor part of the value above",
        "diese Zeile ist weder ein Feld ('name: wert') noch Teil des Werts darüber"), Text(
        "Write ': ' after the field name. If the line continues the text above, indent it "
        "further than the field, or put that text in quotes.",
        "Schreibe ': ' hinter den Feldnamen. Setzt die Zeile den Text darüber fort, rücke "
        "sie weiter ein als das Feld oder setze den Text in Anführungszeichen."),
        at_context=True)),
    (re.compile(r"(block )?sequence entries are not allowed"), partial(_fixed, Text(
        "a list entry ('- ') cannot start on the same line as its field",
        "ein Listeneintrag ('- ') kann nicht in derselben Zeile wie sein Feld beginnen"), Text(
        "Start the list on the next line, one entry per line as '  - …'. If the value is a "
        "text that starts with '-', put it in quotes.",
        "Beginne die Liste in der nächsten Zeile, einen Eintrag pro Zeile als '  - …'. Ist "
        "der Wert ein Text, der mit '-' beginnt, setze ihn in Anführungszeichen."))),
    (re.compile(r"tab character"), partial(_fixed, _TAB, _TAB_FIX)),
    (re.compile(r"cannot start any token"), _cannot_start),
    (re.compile(r"(alias|anchor).*(alphabetic or numeric|expected)"),
     partial(_value_start, Text(
        "a value starting with '{char}' is read as a YAML reference (anchor or alias)",
        "ein Wert, der mit '{char}' beginnt, wird als YAML-Verweis (Anker) gelesen"))),
    (re.compile(r"block scalar|indentation indicator|chomping"), _block_scalar),
    (re.compile(r"tag|URI|expected '!'|expected '>'|the expected '>'"),
     partial(_value_start, Text(
        "a value starting with '{char}' is read as a YAML type tag",
        "ein Wert, der mit '{char}' beginnt, wird als YAML-Typangabe gelesen"))),
    (re.compile(r"mapping keys are not allowed"), partial(_value_start, Text(
        "a value starting with '{char} ' is read as a YAML key",
        "ein Wert, der mit '{char} ' beginnt, wird als YAML-Schlüssel gelesen"))),
    (re.compile(r"escape|hex[a]?decimal|Unicode character"), partial(_fixed, Text(
        "inside \"…\" a backslash (\\) starts a special character, and this one is not valid",
        "innerhalb von \"…\" beginnt ein Backslash (\\) ein Sonderzeichen, und dieses ist "
        "ungültig"), Text(
        "Put the value in single quotes instead ('C:\\Daten'), or write each backslash twice.",
        "Setze den Wert stattdessen in einfache Anführungszeichen ('C:\\Daten') oder schreibe "
        "jeden Backslash doppelt."))),
    (re.compile(r"node content"), partial(_fixed_or_at_end, Text(
        "a value is missing here (two commas in a row, or a bracket or comma too many)",
        "hier fehlt ein Wert (zwei Kommas hintereinander oder eine Klammer oder ein Komma "
        "zu viel)"), Text(
        "Remove the extra character, or put the value in quotes if it is meant as text.",
        "Entferne das überzählige Zeichen oder setze den Wert in Anführungszeichen, wenn er "
        "Text sein soll."))),
    (re.compile(r"found unexpected ':'"), partial(_fixed, Text(
        "a ':' inside […] or {…} is read as separating a name from its value",
        "ein ':' innerhalb von […] oder {…} wird als Trenner zwischen Name und Wert gelesen"),
        Text("Put the entry in quotes: [\"10:30\", \"Teil 2: Praxis\"].",
             "Setze den Eintrag in Anführungszeichen: [\"10:30\", \"Teil 2: Praxis\"]."))),
    (re.compile(r"directive|document start|<stream-start>"), partial(_fixed, Text(
        "a line starting with '%' is read as a YAML instruction",
        "eine Zeile, die mit '%' beginnt, wird als YAML-Anweisung gelesen"), Text(
        "Put the value in quotes, or start the line differently.",
        "Setze den Wert in Anführungszeichen oder beginne die Zeile anders."))),
    (re.compile(r"document (indicator|separator)"), partial(_fixed, Text(
        "a line with only '---' or '...' ends the YAML here, in the middle of a value",
        "eine Zeile mit nur '---' oder '...' beendet das YAML hier, mitten in einem Wert"),
        Text("Close the value before that line, or change the line.",
             "Schließe den Wert vor dieser Zeile ab oder ändere die Zeile."))),
    (re.compile(r"unexpected end of stream"),
     partial(_fixed, _ENDS_IN_VALUE, _CLOSE_ALL, at_context=True)),
    (re.compile(r"comment or (a )?line break|whitespace"), partial(_fixed, Text(
        "more text follows a value where only a line break is expected",
        "nach einem Wert folgt weiterer Text, wo nur ein Zeilenende erwartet wird"),
        _QUOTE_IT)),
]


def syntax_finding(error: yaml.MarkedYAMLError, text: str, path: str,
                   first_line: int) -> SyntaxFinding:
    """The issue for a parser error in ``text`` (whose first line is ``first_line`` of the
    file), with the repaired text when the fix is certain."""
    lines = LINE_BREAK.split(text)
    mark = error.problem_mark or error.context_mark
    context = error.context_mark
    if mark is not None and context is not None and mark.line >= len(lines) - 1:
        mark = context  # "did not find the closing ]" is found at the end; its start helps more
    where = _Where(lines, LINE_BREAK.findall(text), mark.line if mark else 0,
                   mark.column if mark else 0, context.line if context else None,
                   context.column if context else None, path, first_line)
    problem = error.problem or ""
    wording = f"{error.context or ''} {problem}"
    for pattern, describe in _PROBLEMS:
        if pattern.search(wording):
            return describe(where)
    return _cd103(Text(problem or "unexpected content",
                       f"„{problem or 'unerwarteter Inhalt'}“ (Meldung des YAML-Lesers)"),
                  _QUOTE_OR_INDENT, where.location())


def reader_issue(error: yaml.reader.ReaderError, text: str, path: str, first_line: int, *,
                 offset_in_bytes: bool) -> Issue:
    """A character the YAML reader refuses (a control character), at its place.

    libyaml reads the text as UTF-8 and names the place in bytes; PyYAML's own reader
    counts characters. ``offset_in_bytes`` says which one read ``text`` (libyaml had it as
    UTF-8, so it encodes)."""
    position = error.position
    if offset_in_bytes:  # "Überlänge" is 9 characters but 11 bytes
        position = len(text.encode()[:position].decode("utf-8", "ignore"))
    line = text.count("\n", 0, position)
    column = position - (text.rfind("\n", 0, position) + 1)
    shown = f"U+{error.character:04X}"  # both readers give the character's number
    return Issue("CD103", Location(path, first_line + line, column + 1), params={
        "problem": f"the invisible control character {shown} is not allowed",
        "problem_de": f"das unsichtbare Steuerzeichen {shown} ist nicht erlaubt",
        "fix": "Delete it; it usually comes along when text is copied from another program.",
        "fix_de": "Lösche es; es kommt meist mit, wenn Text aus einem anderen Programm "
                  "kopiert wird."})
