"""The Jinja environment: built-in templates as package data, a project's ``templates/``
folder in front of them, and the filters and globals every template may use.

A project template can replace a built-in one by name, or extend it through the
``campdoc/`` prefix (``{% extends "campdoc/session.html" %}``). Autoescaping is on for every
template and undefined names are errors: content comes from strangers.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from campdoc import __version__
from campdoc.content.indexes import rows_by_day
from campdoc.content.markdown import parse_body, plain_text, render_body, render_inline
from campdoc.content.model import Camp, Session
from campdoc.content.public import hosts_line
from campdoc.content.timing import session_moment
from campdoc.core.words import (
    count_sessions,
    format_date,
    format_date_range,
    format_day,
    format_size,
    short_name,
)
from campdoc.render import urls

TEMPLATES_DIR = "templates"
ASSETS_DIR = "assets"


def package_asset(name: str) -> bytes:
    """One of campdoc's own files (styles, scripts, icons), from the package."""
    return (resources.files("campdoc.render") / ASSETS_DIR / name).read_bytes()


def make_environment(project_root: Path) -> jinja2.Environment:
    """The environment for a project; a templates/ folder created later is picked up."""
    return _environment(project_root, (project_root / TEMPLATES_DIR).is_dir())


@lru_cache(maxsize=8)
def _environment(project_root: Path, has_templates: bool) -> jinja2.Environment:
    """Project templates first, then the built-in ones (also reachable as ``campdoc/…``).

    One environment per project and process: compiling the templates again for every camp
    cost more than rendering them. Jinja's auto_reload still picks up edited templates.
    """
    builtin = jinja2.PackageLoader("campdoc.render", TEMPLATES_DIR)
    loaders: list[jinja2.BaseLoader] = []
    if has_templates:
        loaders.append(jinja2.FileSystemLoader(project_root / TEMPLATES_DIR))
    loaders += [jinja2.PrefixLoader({"campdoc": builtin}), builtin]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,  # every template, HTML and XML alike: content comes from strangers
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        inline=lambda text: render_inline(str(text)),
        markdown=lambda text: render_body(parse_body(str(text))),
        plain=lambda text: plain_text(str(text)),
        tojson_attr=lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True),
        date=_date)
    env.globals.update(
        # Addresses: each gives a path from the site's root; url() makes it relative.
        url=_url, camp_page=urls.camp_page, session_page=urls.session_page,
        session_calendar=urls.session_calendar, group_page=urls.group_page,
        group_index=urls.group_index, asset=urls.asset, license_url=urls.license_url,
        # Words and values
        format_date_range=format_date_range, count_sessions=count_sessions,
        format_day=format_day, rows_by_day=rows_by_day,
        short_camp_name=lambda camp: camp.meta.short_name or short_name(camp.meta.name),
        file_size=format_size,
        campdoc_version=__version__, host_names=hosts_line,
        session_timestamp=session_timestamp, session_summary=session_summary)
    return env


@jinja2.pass_context
def _url(context: Any, target: str) -> str:
    return urls.relative_url(str(context["page"]), target)


@jinja2.pass_context
def _date(context: Any, day: dt.date | None) -> str:
    return format_date(day, str(context["lang"])) if day else ""


def session_timestamp(camp: Camp, session: Session) -> str:
    """The session's start as RFC 3339, for feeds."""
    return session_moment(camp, session).isoformat(timespec="seconds")


def session_summary(session: Session) -> str:
    """A plain-text teaser: the subtitle, else the first key insights."""
    if session.meta.subtitle:
        return session.meta.subtitle
    points = [point for point in session.meta.insights if isinstance(point, str)]
    return " · ".join(points[:3])
