"""A project's or camp's own accent colours, as a small stylesheet after campdoc.css.

The colours come from ``accent_color`` and ``accent_color_dark`` in campdoc.yaml, a camp's
camp.yaml overriding them; `campdoc check` has made sure each reaches 4.5:1 on its
background. The page's script policy allows no inline styles, hence a file.
"""

from __future__ import annotations

from campdoc.content.schema import CampMeta, SiteConfig

BRAND_CSS = "brand.css"


def brand_css(config: SiteConfig, camp: CampMeta | None = None) -> str:
    """The stylesheet for the colours in force, or "" when campdoc's own apply."""
    light = (camp.accent_color if camp else "") or config.accent_color
    dark = (camp.accent_color_dark if camp else "") or config.accent_color_dark
    rules = []
    if light:
        rules.append(f":root {{ --accent: {light}; --accent-strong: {light}; }}")
    if dark:
        rules.append("@media (prefers-color-scheme: dark) {\n"
                     f"  :root {{ --accent: {dark}; --accent-strong: {dark}; }}\n}}")
    if not rules:
        return ""
    rules.append("@media print { :root { --accent: #000; --accent-strong: #000; } }")
    return "\n".join(rules) + "\n"
