"""The text of an exported file, whatever encoding the program that wrote it chose.

Spreadsheets and pads on Windows still save Windows-1252 ("Fördermittel" as ``F\\xf6rdermittel``),
Notepad and Excel write byte order marks, and some tools save UTF-16. A byte order mark
decides; otherwise UTF-8 is tried and Windows-1252 is the fallback, so no letter turns into
the replacement character unseen: the importers report which encoding they read with.
"""

from __future__ import annotations

import codecs

UTF8 = "utf-8"
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_SHOWN = {"utf-8": UTF8, "utf-16-le": "utf-16", "utf-16-be": "utf-16"}


def decode_export(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with, as people know it:
    "utf-8", "utf-16" or "windows-1252"."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # The mark says what the file is; a broken character then is one character.
            return data[len(bom):].decode(encoding, errors="replace"), _SHOWN[encoding]
    try:
        return data.decode(UTF8), UTF8
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"
