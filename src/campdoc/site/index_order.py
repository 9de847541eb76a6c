"""Make Pagefind's output byte-identical between builds of the same input.

Pagefind writes the values of each filter, and the filters of its metadata file, in the
order of a randomly seeded hash map, so two builds differ in those files and in the names
derived from their content (Pagefind issue #638: "filter/metadata indexes … will still
change"). This stage sorts them, re-encodes them (CBOR, as Pagefind does, via cbor2), and
renames them after their new content, so that every reference stays consistent.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"
ENTRY = "pagefind-entry.json"


def _read(path: Path) -> Any:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path.name} is not a Pagefind data file")
    return cbor2.loads(data[len(SIGNATURE):])


def _write(folder: Path, name_prefix: str, suffix: str, value: Any, digits: int) -> str:
    """Write ``value`` under a name made from its content; returns the hash part."""
    payload = SIGNATURE + cbor2.dumps(value)
    digest = f"{name_prefix}{hashlib.sha256(payload).hexdigest()[:digits]}"
    target = folder / f"{digest}{suffix}" if suffix.startswith(".") else folder / suffix.format(
        digest)
    target.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    return digest


def make_reproducible(bundle: Path) -> None:
    """Rewrite the filter and metadata files of one Pagefind bundle in a stable order."""
    entry_path = bundle / ENTRY
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, details in sorted(entry["languages"].items()):
        meta_path = bundle / f"pagefind.{details['hash']}.pf_meta"
        meta = _read(meta_path)
        renamed: list[list[str]] = []
        for name, old_hash in meta[3]:
            filter_path = bundle / "filter" / f"{old_hash}.pf_filter"
            filter_name, values = _read(filter_path)
            values = sorted(values, key=lambda item: (str(item[0]), list(item[1])))
            filter_path.unlink()
            new_hash = _write(bundle / "filter", f"{language}_", ".pf_filter",
                              [filter_name, values], 7)
            renamed.append([name, new_hash])
        meta[3] = sorted(renamed)
        meta_path.unlink()
        details["hash"] = _write(bundle, f"{language}_", "pagefind.{}.pf_meta", meta, 10)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
