"""A deterministic corpus of realistic German/English barcamp sessions for benchmarks.

``python -m bench.corpus OUT N`` writes a campdoc project with N sessions spread over camps of
about 50 sessions each; the same N always gives the same bytes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

WORDS_DE = (
    "Ehrenamt", "Verein", "Kooperation", "Förderung", "Jugend", "Beteiligung", "Netzwerk",
    "Kommune", "Stiftung", "Digitalisierung", "Datenschutz", "Nachbarschaft", "Zusammenhalt",
    "Vielfalt", "Teilhabe", "Bildung", "Engagement", "Verantwortung", "Partnerschaft",
    "Übergabe", "Wirkung", "Nachhaltigkeit", "Ländlicher", "Raum", "Gemeinwohl",
    "Bürgerstiftung", "Freiwilligenagentur", "Selbsthilfe", "Inklusion", "Begegnung",
    "Förderverein", "Mitglieder", "Vorstand", "Satzung", "Spenden", "Öffentlichkeitsarbeit",
    "Straßenfest", "Gemeinschaftsgarten", "Müllsammelaktion", "Repaircafé", "Tafel",
    "Jugendzentrum", "Seniorenbüro"
)
WORDS_EN = (
    "volunteering", "association", "partnership", "funding", "youth", "participation",
    "network", "community", "foundation", "digital", "privacy", "neighbourhood", "diversity",
    "education", "impact", "sustainability", "inclusion", "members", "board", "donations",
    "outreach", "garden", "festival"
)
NAMES = ("Anna Berger", "Jonas Krüger", "Leyla Özdemir", "Mira Schönfeld", "Paul Gerlach",
         "Samira Haddad", "Thomas Weiß", "Ursula Franke", "Dmytro Kovalenko", "Ana Moreira")
ORGS = ("Freiwilligenagentur Nord", "Bürgerstiftung Süd", "Netzwerk Engagement Ost",
        "Jugendring West", "Seniorenbüro Mitte", "Digitalwerkstatt e. V.", "Nachbarschaftshaus")
TAGS = ("Ehrenamt", "Jugend", "Förderung", "Digitalisierung", "Kooperation", "Demokratie",
        "Inklusion", "Nachhaltigkeit", "ländlicher Raum", "Fundraising", "Datenschutz")
ROOMS = ("Saal", "Werkstatt", "Galerie", "Studio", "Küche", "Garten")
SESSIONS_PER_CAMP = 50


def _sentence(rng: random.Random, words: tuple[str, ...] | list[str], length: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(length))
    return text[0].upper() + text[1:] + "."


def _session(rng: random.Random, index: int, slot: str, room: str) -> str:
    english = index % 7 == 0
    words = WORDS_EN if english else WORDS_DE
    hosts = rng.sample(NAMES, rng.randint(1, 3))
    lines = ["---", f"title: \"{_sentence(rng, words, rng.randint(3, 7))[:-1]} {index}\"",
             f"subtitle: \"{_sentence(rng, words, 8)}\"", "hosts:"]
    for number, name in enumerate(hosts):
        lines += [f"  - name: {name}", f"    organization: {rng.choice(ORGS)}"]
        if number == 2:
            lines.append("    publish_name: false")
    lines += ["questions:"] + [f"  - \"{_sentence(rng, words, 10)[:-1]}?\"" for _ in range(3)]
    lines += ["insights:", f"  - \"{_sentence(rng, words, 12)}\"", "  - \"Ergebnisse:\":"]
    lines += [f"      - \"{_sentence(rng, words, 9)}\"" for _ in range(3)]
    lines += ["      - \"Details:\":", f"          - \"{_sentence(rng, words, 8)}\""]
    lines += ["open_questions:", f"  - \"{_sentence(rng, words, 9)[:-1]}?\"",
              "next_steps:", f"  - \"{_sentence(rng, words, 9)}\"",
              f"tags: [{', '.join(rng.sample(TAGS, 3))}]", f"room: {room}", f"slot: {slot}",
              f"participants: {rng.randint(5, 60)}", f"documented_by: {rng.choice(NAMES)}",
              f"language: {'en' if english else 'de'}",
              "links:", "  - title: Pad", f"    url: https://pad.example.org/p/session-{index}",
              "---", ""]
    body = []
    for paragraph in range(rng.randint(4, 8)):
        if paragraph == 2:
            body += ["## " + _sentence(rng, words, 3)[:-1], ""]
        body.append(" ".join(_sentence(rng, words, rng.randint(10, 18)) for _ in range(5)))
        body.append("")
    body += [f"- {_sentence(rng, words, 6)}" for _ in range(3)]
    body += ["  - " + _sentence(rng, words, 5), "", "| Was | Wer |", "|---|---|",
             f"| {rng.choice(TAGS)} | {rng.choice(NAMES)} |", "",
             f"Mehr im [Pad](https://pad.example.org/p/{index}).", ""]
    return "\n".join(lines + body)


def write_corpus(out: Path, count: int, seed: int = 2026) -> Path:
    """Write a project with ``count`` sessions into ``out`` and return it."""
    rng = random.Random(seed)
    sessions = out / "sessions"
    camps = max(1, -(-count // SESSIONS_PER_CAMP))
    for camp in range(camps):
        folder = sessions / f"camp-{camp:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        slots = [(f"s{n}", 9 + n) for n in range(9)]
        rooms = ROOMS
        camp_yaml = [f"name: Barcamp {camp + 1}", f"date: 2025-{1 + camp % 12:02d}-15",
                     "location: Bürgerhaus, Leipzig", "license: CC-BY-4.0",
                     "organizer: {name: Netzwerk Engagement}", "rooms:"]
        camp_yaml += [f"  - name: {room}" for room in rooms] + ["slots:"]
        camp_yaml += [f"  - {{id: {slot}, start: '{hour:02d}:00', end: '{hour:02d}:50'}}"
                      for slot, hour in slots]
        (folder / "camp.yaml").write_text("\n".join(camp_yaml) + "\n", encoding="utf-8")
        first = camp * SESSIONS_PER_CAMP
        for index in range(first, min(count, first + SESSIONS_PER_CAMP)):
            number = index - first
            slot, room = slots[number // len(rooms)][0], rooms[number % len(rooms)]
            (folder / f"session-{index:05d}.md").write_text(
                _session(rng, index, slot, room), encoding="utf-8")
    (out / "campdoc.yaml").write_text("title: Benchmark\nlanguage: de\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    write_corpus(Path(sys.argv[1]), int(sys.argv[2]))
