"""What a build was asked for, beyond the project itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BuildSettings:
    """What a build was asked for, beyond the project itself."""

    base_url: str = ""
    # SOURCE_DATE_EPOCH, when set, for the feeds' "updated"; otherwise output depends on
    # content alone, so clean checkouts anywhere build byte-identical sites.
    source_date: dt.datetime | None = None
    # Also write the booklet (HTML and PDF) into each camp's folder and link it.
    booklet: bool = False
