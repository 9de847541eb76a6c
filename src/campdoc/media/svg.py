"""SVG files from strangers, parsed as XML and written anew from an allow-list.

A logo is served from the site's own origin, where a script in it would run with the site's
rights when a reader opens the file. Pattern matching on bytes misses namespace prefixes,
UTF-16, entities and CSS; so the file is parsed (expat, no DTD, no entities), every element
and attribute is checked against what a drawing needs, and only the checked tree is
written out again. Anything that can run code, load from elsewhere or hide a reference is a
problem to report; editor metadata (Inkscape, Sodipodi, RDF) is left out silently. The
structure is bounded, so a small file cannot unfold into millions of shapes through
``<use>``.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass, field

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XHTML_NS = "http://www.w3.org/1999/xhtml"
MAX_BYTES = 2 * 1024 * 1024
MAX_ELEMENTS = 20_000
MAX_DEPTH = 48
# Shapes after every <use> is unfolded: a 3 KB file of nested <use>s can mean billions.
MAX_UNFOLDED = 50_000
MAX_USE_CHAIN = 8

ALLOWED_ELEMENTS = frozenset({
    "svg", "g", "defs", "symbol", "use", "title", "desc", "switch",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textPath",
    "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
    "style", "image",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feFlood",
    "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "feFuncR",
    "feFuncG", "feFuncB", "feFuncA", "feDropShadow", "feTile", "feTurbulence",
    "feSpecularLighting", "feDiffuseLighting", "feDistantLight", "fePointLight",
    "feSpotLight", "feConvolveMatrix", "feDisplacementMap",
})
# Parts of a drawing that carry no drawing: dropped without a word.
DROPPED_ELEMENTS = frozenset({"metadata"})
DANGEROUS_ELEMENTS = {
    "script": "a script", "handler": "a script", "listener": "a script",
    "foreignObject": "an embedded document", "iframe": "an embedded document",
    "embed": "an embedded document", "object": "an embedded document",
    "feImage": "an embedded document", "base": "an embedded document",
    "animate": "an animation", "set": "an animation", "animateMotion": "an animation",
    "animateTransform": "an animation", "animateColor": "an animation",
    "discard": "an animation", "a": "a link", "link": "a link", "meta": "a link",
}
ALLOWED_ATTRIBUTES = frozenset({
    "id", "class", "style", "transform", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
    "rx", "ry", "fx", "fy", "fr", "width", "height", "points", "viewBox", "preserveAspectRatio",
    "version", "baseProfile", "offset", "gradientUnits", "gradientTransform", "spreadMethod",
    "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits",
    "maskContentUnits", "markerUnits", "markerWidth", "markerHeight", "refX", "refY", "orient",
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
    "stroke-opacity", "opacity", "color", "clip-path", "clip-rule", "mask", "filter", "display",
    "visibility", "overflow", "stop-color", "stop-opacity", "font-family", "font-size",
    "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
    "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
    "text-decoration", "textLength", "lengthAdjust", "dx", "dy", "rotate", "startOffset",
    "writing-mode", "direction", "unicode-bidi", "shape-rendering", "text-rendering",
    "image-rendering", "color-interpolation", "color-interpolation-filters", "enable-background",
    "isolation", "mix-blend-mode", "vector-effect", "paint-order", "filterUnits",
    "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type", "values", "operator",
    "k1", "k2", "k3", "k4", "radius", "flood-color", "flood-opacity",
    "lighting-color", "surfaceScale", "specularConstant", "specularExponent", "diffuseConstant",
    "azimuth", "elevation", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle",
    "tableValues", "slope", "intercept", "amplitude", "exponent", "baseFrequency", "numOctaves",
    "seed", "stitchTiles", "scale", "xChannelSelector", "yChannelSelector", "order",
    "kernelMatrix", "divisor", "bias", "targetX", "targetY", "edgeMode", "preserveAlpha",
    "requiredFeatures", "systemLanguage", "role", "aria-label", "aria-hidden", "aria-labelledby",
    "aria-describedby", "focusable",
})
_FRAGMENT = re.compile(r"#[A-Za-z_][\w.\-:]*")
_DATA_RASTER = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*")
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


@dataclass(frozen=True, slots=True)
class SvgCheck:
    """The outcome: the clean SVG to publish, or what is wrong and on which line."""

    data: bytes = b""
    problem: str = ""  # one of the English phrases the message catalogue translates
    element: str = ""  # the element or attribute concerned, for messages
    line: int = 1
    width: float = 0.0  # the drawing's own size (viewBox, else width and height), if known
    height: float = 0.0

    @property
    def is_safe(self) -> bool:
        return not self.problem


@dataclass(slots=True)
class _Element:
    name: str
    attributes: list[tuple[str, str]]
    line: int
    children: list[_Element | str] = field(default_factory=list)


class _Refusal(Exception):
    def __init__(self, problem: str, element: str, line: int) -> None:
        super().__init__(problem)
        self.problem, self.element, self.line = problem, element, line


def _local(name: str) -> tuple[str, str]:
    """expat's ``namespace local`` as (namespace, local)."""
    namespace, _, local = name.rpartition(" ")
    return namespace, local


def _css_problem(css: str) -> str:
    """What makes a style unsafe: loading from elsewhere, or escapes that could hide it."""
    text = _CSS_COMMENT.sub("", css).lower()
    if "\\" in text or "expression(" in text or "javascript:" in text \
            or "-moz-binding" in text or "behavior" in text:
        return "a style that could run code"
    if "@import" in text or "@font-face" in text:
        return "a style that loads from elsewhere"
    for match in _CSS_URL.finditer(text):
        if not _FRAGMENT.fullmatch(match[2].strip()):
            return "a style that loads from elsewhere"
    if "url(" in text.replace(" ", "") and not _CSS_URL.search(text):
        return "a style that loads from elsewhere"
    return ""


class _Reader:
    """Builds the checked tree from expat's events."""

    def __init__(self) -> None:
        self.stack: list[_Element] = []
        self.root: _Element | None = None
        self.elements = 0
        self.skipping = 0  # inside a dropped element: its content is dropped too
        self.parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
        self.parser.buffer_text = True
        self.parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self.parser.ExternalEntityRefHandler = self._external
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text

    def _line(self) -> int:
        return int(self.parser.CurrentLineNumber)

    def _doctype(self, *args: object) -> None:
        raise _Refusal("an entity declaration", "DOCTYPE", self._line())

    def _entity(self, *args: object) -> None:
        raise _Refusal("an entity declaration", "ENTITY", self._line())

    def _external(self, *args: object) -> int:
        raise _Refusal("a reference to another file or server", "ENTITY", self._line())

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, local = _local(name)
        line = self._line()
        if local in DANGEROUS_ELEMENTS or namespace == XHTML_NS:
            raise _Refusal(DANGEROUS_ELEMENTS.get(local, "an embedded document"), local, line)
        if self.skipping or (self.stack and namespace not in (SVG_NS, "")) \
                or local in DROPPED_ELEMENTS:
            self.skipping += 1
            return
        if self.root is None and local != "svg":
            raise _Refusal("no SVG drawing", local, line)
        if local not in ALLOWED_ELEMENTS:
            raise _Refusal("an unsupported element", local, line)
        self.elements += 1
        if self.elements > MAX_ELEMENTS or len(self.stack) >= MAX_DEPTH:
            raise _Refusal("too many parts", local, line)
        element = _Element(local, self._attributes(local, attributes, line), line)
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)

    def _attributes(self, element: str, attributes: dict[str, str],
                    line: int) -> list[tuple[str, str]]:
        kept: list[tuple[str, str]] = []
        for name, value in attributes.items():
            namespace, local = _local(name)
            if local.lower().startswith("on"):
                raise _Refusal("an event handler", local, line)
            if "javascript:" in re.sub(r"\s", "", value).lower():
                raise _Refusal("a javascript: link", local, line)
            if local == "href" and namespace in ("", XLINK_NS):
                kept.append((f"{'xlink:' if namespace else ''}href",
                             self._href(element, value, line)))
            elif namespace == XML_NS and local in ("space", "lang"):
                kept.append((f"xml:{local}", value))
            elif namespace == "" and local in ALLOWED_ATTRIBUTES:
                problem = _css_problem(value) if local == "style" or "url(" in value else ""
                if problem:
                    raise _Refusal(problem, local, line)
                kept.append((local, value))
            # Anything else (editor attributes, data-*, unknown ones) is left out.
        return kept

    def _href(self, element: str, value: str, line: int) -> str:
        target = value.strip()
        if _FRAGMENT.fullmatch(target):
            return target
        if element == "image" and _DATA_RASTER.fullmatch(target):
            return target
        raise _Refusal("a reference to another file or server", element, line)

    def _end(self, name: str) -> None:
        if self.skipping:
            self.skipping -= 1
            return
        element = self.stack.pop()
        if element.name == "style":
            css = "".join(child for child in element.children if isinstance(child, str))
            problem = _css_problem(css)
            if problem:
                raise _Refusal(problem, "style", element.line)

    def _text(self, text: str) -> None:
        if not self.skipping and self.stack:
            self.stack[-1].children.append(text)


def _unfolded_size(root: _Element) -> int:
    """How many elements the drawing has once every <use> is replaced by what it shows."""
    by_id: dict[str, _Element] = {}
    pending = [root]
    while pending:
        element = pending.pop()
        for name, value in element.attributes:
            if name == "id":
                by_id.setdefault(value, element)
        pending += [child for child in element.children if isinstance(child, _Element)]
    sizes: dict[int, int] = {}

    def size(element: _Element, chain: int) -> int:
        if id(element) in sizes:
            return sizes[id(element)]
        if chain > MAX_USE_CHAIN:
            raise _Refusal("too many repeated parts", "use", element.line)
        sizes[id(element)] = MAX_UNFOLDED + 1  # a <use> that reaches itself is too many
        total = 1 + sum(size(child, chain) for child in element.children
                        if isinstance(child, _Element))
        if element.name == "use":
            target = dict(element.attributes).get("href") or \
                dict(element.attributes).get("xlink:href", "")
            referenced = by_id.get(target.lstrip("#"))
            if referenced is not None:
                total += size(referenced, chain + 1)
        total = min(total, MAX_UNFOLDED + 1)
        sizes[id(element)] = total
        return total

    return size(root, 0)


def _escape(text: str, quote: bool) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


def _write(element: _Element, out: list[str], root: bool) -> None:
    attributes = element.attributes
    if root:
        extra = [("xmlns", SVG_NS)]
        if any(name.startswith("xlink:") for name, _ in _all_attributes(element)):
            extra.append(("xmlns:xlink", XLINK_NS))
        attributes = extra + attributes
    out.append("<" + element.name + "".join(
        f' {name}="{_escape(value, quote=True)}"' for name, value in attributes))
    if not element.children:
        out.append("/>")
        return
    out.append(">")
    for child in element.children:
        if isinstance(child, str):
            out.append(_escape(child, quote=False))
        else:
            _write(child, out, root=False)
    out.append(f"</{element.name}>")


def _all_attributes(element: _Element) -> list[tuple[str, str]]:
    found = list(element.attributes)
    for child in element.children:
        if isinstance(child, _Element):
            found += _all_attributes(child)
    return found


def check_svg(data: bytes) -> SvgCheck:
    """Parse ``data`` and return the clean SVG, or the first problem found."""
    if len(data) > MAX_BYTES:
        return SvgCheck(problem="too many parts", element="svg")
    reader = _Reader()
    try:
        reader.parser.Parse(data, True)
    except _Refusal as refusal:
        return SvgCheck(problem=refusal.problem, element=refusal.element, line=refusal.line)
    except xml.parsers.expat.ExpatError as error:
        return SvgCheck(problem="no well-formed SVG", element=xml.parsers.expat.ErrorString(
            error.code), line=error.lineno)
    if reader.root is None:
        return SvgCheck(problem="no SVG drawing", element="svg")
    try:
        if _unfolded_size(reader.root) > MAX_UNFOLDED:
            return SvgCheck(problem="too many repeated parts", element="use")
    except _Refusal as refusal:
        return SvgCheck(problem=refusal.problem, element=refusal.element, line=refusal.line)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _write(reader.root, out, root=True)
    out.append("\n")
    width, height = _size(dict(reader.root.attributes))
    return SvgCheck(data="".join(out).encode("utf-8"), width=width, height=height)


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?", re.IGNORECASE)


def _size(attributes: dict[str, str]) -> tuple[float, float]:
    """The drawing's proportions: from its viewBox, else from width and height."""
    box = [float(number) for number in _NUMBER.findall(attributes.get("viewBox", ""))]
    if len(box) == 4 and box[2] > 0 and box[3] > 0:
        return box[2], box[3]
    width, height = (_NUMBER.match(attributes.get(name, "").strip())
                     for name in ("width", "height"))
    if width and height and float(width[0]) > 0 and float(height[0]) > 0:
        return float(width[0]), float(height[0])
    return 0.0, 0.0
