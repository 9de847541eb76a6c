"""What a build was asked for, beyond the project itself."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass


def source_date() -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` as a time, when it is set (reproducible-builds convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC) if epoch.isdigit() else None


@dataclass(frozen=True, slots=True)
class BuildSettings:
    """What a build was asked for, beyond the project itself."""

    base_url: str = ""
    # SOURCE_DATE_EPOCH, when set, for the feeds' "updated"; otherwise output depends on
    # content alone, so clean checkouts anywhere build byte-identical sites.
    source_date: dt.datetime | None = None
    # Also write the booklet (HTML and PDF) into each camp's folder and link it.
    booklet: bool = False
