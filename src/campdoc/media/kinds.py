"""What kind of file a file is, told from its first bytes, never from its name.

A file from a pull request named ``logo.png`` may be an HTML page or a session file; only
its content says what it is. Each kind lists the name endings that may carry it, so a file
whose content and name disagree can be refused before anything is copied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of file campdoc recognises: its name, MIME type and the endings it may have."""

    name: str
    mime: str
    suffixes: tuple[str, ...]
    label: str  # with its article, for messages: "an HTML page"
    is_raster: bool = False


PNG = Kind("PNG", "image/png", (".png",), "a PNG image", is_raster=True)
JPEG = Kind("JPEG", "image/jpeg", (".jpg", ".jpeg"), "a JPEG image", is_raster=True)
GIF = Kind("GIF", "image/gif", (".gif",), "a GIF image", is_raster=True)
WEBP = Kind("WebP", "image/webp", (".webp",), "a WebP image", is_raster=True)
HEIC = Kind("HEIC", "image/heic", (".heic", ".heif"), "a HEIC image", is_raster=True)
AVIF = Kind("AVIF", "image/avif", (".avif",), "an AVIF image", is_raster=True)
SVG = Kind("SVG", "image/svg+xml", (".svg",), "an SVG drawing")
PDF = Kind("PDF", "application/pdf", (".pdf",), "a PDF document")
ZIP_OFFICE = Kind("ZIP", "application/zip",
                  (".odp", ".ods", ".odt", ".odg", ".pptx", ".docx", ".xlsx", ".zip"),
                  "an office document or ZIP archive")
HTML = Kind("HTML", "text/html", (".html", ".htm"), "an HTML page")
TEXT = Kind("text", "text/plain", (".txt", ".md", ".yaml", ".yml", ".csv"), "a text file")
UNKNOWN = Kind("unknown", "application/octet-stream", (), "a file of an unknown kind")

RASTER_IMAGES = (PNG, JPEG, GIF, WEBP)
LOGO_KINDS = (*RASTER_IMAGES, SVG)

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<script|<iframe|<meta)",
                         re.IGNORECASE)
# The root element may carry a namespace prefix (<s:svg xmlns:s="…">).
_SVG_ROOT = re.compile(rb"<([\w.-]+:)?svg[\s>/]")
_XML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w.-]+:)?svg[\s>/]",
    re.DOTALL)


def _utf16_to_8(head: bytes) -> bytes:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(codec, errors="ignore").encode("utf-8")
    return head


def sniff(data: bytes) -> Kind:
    """The kind of ``data`` from its content alone."""
    head = data[:512]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"heim", b"heis"):
            return HEIC
        if brand in (b"avif", b"avis"):
            return AVIF
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return ZIP_OFFICE
    text = _utf16_to_8(head.removeprefix(b"\xef\xbb\xbf"))
    if _XML_START.match(text):
        return SVG
    if _HTML_START.match(text):
        return HTML
    if _SVG_ROOT.search(text) and not _HTML_START.match(text):
        return SVG  # an SVG after a long comment or doctype; the SVG parser decides
    if b"\0" not in head:
        return TEXT
    return UNKNOWN


def suffix_fits(kind: Kind, name: str) -> bool:
    """Whether a file name's ending is one that this kind of content may carry."""
    lowered = name.lower()
    return any(lowered.endswith(suffix) for suffix in kind.suffixes)
