"""The public view of a camp: what readers may see, made once, right after validation.

Drafts are left out. A host who did not agree to be named keeps only their organisation:
the name becomes the anonymous label of the camp's language, and their web address and
review handles are dropped; named hosts lose only their review handles, which are for pull
requests, never for readers. Pages, search indexes, feeds, the sitemap, the exports and the
booklet receive only a `PublicCamp`, so a template or an export cannot print what it never
gets.
"""

from __future__ import annotations

import dataclasses
from typing import NewType

from campdoc.content.model import Camp, Session
from campdoc.content.schema import Host
from campdoc.core.words import UI

PublicCamp = NewType("PublicCamp", Camp)
"""A camp as `public_camp` made it; the only kind of camp the publishing stages accept."""


def anonymous_label(language: str) -> str:
    """What readers see instead of a hidden host's name."""
    return UI[language]["anonymous"]


def public_host(host: Host, anonymous: str) -> Host:
    """The host as readers see them."""
    if host.publish_name:
        return dataclasses.replace(host, github="", gitlab="")
    return Host(name=anonymous, organization=host.organization, publish_name=False)


def holds_hidden_name(session: Session) -> bool:
    """Whether the session's file names a host who asked not to be named."""
    return any(not host.publish_name and host.name for host in session.meta.hosts)


def public_session(session: Session, anonymous: str) -> Session:
    hosts = tuple(public_host(host, anonymous) for host in session.meta.hosts)
    return dataclasses.replace(session, meta=dataclasses.replace(session.meta, hosts=hosts),
                               source_holds_hidden_name=holds_hidden_name(session))


def public_camp(camp: Camp) -> PublicCamp:
    """The camp without drafts and without anything that identifies a hidden host."""
    anonymous = anonymous_label(camp.language)
    sessions = [public_session(session, anonymous) for session in camp.sessions
                if not session.is_draft]
    return PublicCamp(dataclasses.replace(camp, sessions=sessions))


def hosts_line(session: Session) -> str:
    """``Anna Beispiel (Verein), Anonyme:r Sessiongeber:in`` for a public session."""
    return ", ".join(host.name + (f" ({host.organization})" if host.organization else "")
                     for host in session.meta.hosts)
