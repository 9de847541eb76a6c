"""The public view of a camp: no drafts, hidden hosts only as their organisation, and no
review handles for anyone."""

from __future__ import annotations

from campdoc.content.model import Camp, Session
from campdoc.content.public import (
    anonymous_label,
    holds_hidden_name,
    hosts_line,
    public_camp,
    public_host,
)
from campdoc.content.schema import CampMeta, Host
from tests.builders import make_session

NAMED = Host(name="Anna Beispiel", organization="Verein", url="https://anna.example",
             github="anna", gitlab="anna-gl")
HIDDEN = Host(name="Ben Geheim", organization="Träger", url="https://ben.example",
              github="ben", gitlab="ben-gl", publish_name=False)


def _session(slug: str, hosts: tuple[Host, ...], status: str = "published") -> Session:
    return make_session(slug, hosts=hosts, status=status)


def test_the_anonymous_label_is_in_the_camps_language() -> None:
    assert anonymous_label("de") == "Anonyme:r Sessiongeber:in"
    assert anonymous_label("en") == "Anonymous host"


def test_a_named_host_loses_only_the_review_handles() -> None:
    assert public_host(NAMED, "X") == Host(name="Anna Beispiel", organization="Verein",
                                           url="https://anna.example")


def test_a_hidden_host_keeps_only_the_organisation() -> None:
    assert public_host(HIDDEN, "Anonym") == Host(name="Anonym", organization="Träger",
                                                 publish_name=False)


def test_a_file_holds_a_hidden_name_only_when_a_hidden_host_has_one() -> None:
    assert holds_hidden_name(_session("a", (NAMED, HIDDEN)))
    assert not holds_hidden_name(_session("b", (NAMED,)))
    # Already anonymous in the file: nothing to keep from an edit link.
    assert not holds_hidden_name(_session("c", (Host(name="", publish_name=False),)))


def test_the_public_camp_has_no_drafts_and_no_hidden_names() -> None:
    camp = Camp("camp", "sessions/camp/camp.yaml", CampMeta(name="Camp"), "en", [
        _session("offen", (NAMED,)), _session("entwurf", (NAMED,), status="draft"),
        _session("geheim", (NAMED, HIDDEN))])
    public = public_camp(camp)
    assert [session.slug for session in public.sessions] == ["offen", "geheim"]
    offen, geheim = public.sessions
    assert geheim.meta.hosts == (public_host(NAMED, ""), Host(
        name="Anonymous host", organization="Träger", publish_name=False))
    assert (offen.source_holds_hidden_name, geheim.source_holds_hidden_name) == (False, True)
    assert hosts_line(geheim) == "Anna Beispiel (Verein), Anonymous host (Träger)"
    assert [session.slug for session in camp.sessions] == ["offen", "entwurf", "geheim"]


def test_a_host_without_organisation_is_only_a_name() -> None:
    assert hosts_line(_session("a", (Host(name="Anna"), Host(name="Ben", organization="V")))
                      ) == "Anna, Ben (V)"
