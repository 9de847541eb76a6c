"""The logos of a camp's organiser, funders and partners, as pages and booklet show them.

Made once per camp: each logo file is read, checked and written anew (`media.logos`), and
stored in the camp's ``assets/logos/`` under the hash of its content.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from campdoc.content.assets import resolve_file
from campdoc.content.model import Camp
from campdoc.content.schema import SiteConfig
from campdoc.media.logos import Logo, publish_logo
from campdoc.render import urls


@dataclass(frozen=True, slots=True)
class PublishedLogo:
    """A logo and where it is in the site."""

    path: str
    logo: Logo

    @property
    def data_url(self) -> str:
        """The logo inside a ``data:`` address, for the self-contained booklet."""
        return f"data:{self.logo.mime};base64,{base64.b64encode(self.logo.data).decode()}"

    def width_at(self, height: int) -> int:
        return self.logo.width_at(height)


# The key of the project's own logo among a camp's logos (camp.yaml paths never look so).
SITE_LOGO = "campdoc.yaml:logo"


def site_logo(project_root: Path, config: SiteConfig, camp_id: str | None
              ) -> PublishedLogo | None:
    """The project's logo from campdoc.yaml, published into a camp's assets (or, without
    ``camp_id``, the archive's), or None when there is none."""
    if not config.logo:
        return None
    path, _ = resolve_file(project_root, config.logo)
    if path is None:
        return None  # reported by check; a build with errors writes nothing
    logo = publish_logo(path.read_bytes())
    return PublishedLogo(urls.asset(f"logos/{logo.name}", camp_id), logo)


def camp_logos(project_root: Path, camp: Camp, config: SiteConfig | None = None
               ) -> dict[str, PublishedLogo]:
    """The camp's own logo and each organisation's, by the path camp.yaml gives (validated
    by `check`), and, for a camp without its own, the project's logo as SITE_LOGO."""
    folder = (project_root / camp.source).parent
    logos: dict[str, PublishedLogo] = {}
    for source in [camp.meta.logo, *(organisation.logo for organisation in camp.organisations)]:
        if not source or source in logos:
            continue
        path, _ = resolve_file(folder, source)
        if path is None:
            continue  # reported by check; a build with errors writes nothing
        logo = publish_logo(path.read_bytes())
        logos[source] = PublishedLogo(urls.asset(f"logos/{logo.name}", camp.id), logo)
    if config is not None and not camp.meta.logo:
        project_logo = site_logo(project_root, config, camp.id)
        if project_logo is not None:
            logos[SITE_LOGO] = project_logo
    return logos
