"""The recorded output of two builds, file by file, for the performance work's promise that
a faster build writes the same bytes.

    python -m tests.output_digests          # record the digests again (after an intended
                                            # change of the output; say why in the commit)

The two projects are the sample project and a generated corpus of 120 sessions in three
camps (bench/corpus.py, fixed seed). campdoc's version number is written into some files;
it is replaced by a placeholder before hashing, so a release alone changes nothing here.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from bench.corpus import write_corpus

from campdoc import __version__
from campdoc.site.build import build
from tests.conftest import copy_sample_project

RECORDED = Path(__file__).parent / "fixtures" / "output-digests.json"
CORPUS_SESSIONS = 120


def sample_project(into: Path) -> Path:
    into.mkdir(parents=True)
    return copy_sample_project(into)


def corpus_project(into: Path) -> Path:
    return write_corpus(into, CORPUS_SESSIONS)


PROJECTS = {"sample": sample_project, f"corpus-{CORPUS_SESSIONS}": corpus_project}


def output_digests(site: Path) -> dict[str, str]:
    """Each file of a built site with the SHA-256 of its bytes, the version number masked."""
    version = __version__.encode("ascii")
    return {path.relative_to(site).as_posix():
            hashlib.sha256(path.read_bytes().replace(version, b"@VERSION@")).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}


def build_and_digest(name: str, work: Path) -> dict[str, str]:
    project = PROJECTS[name](work / name)
    site = work / f"{name}-site"
    build(project, site)
    return output_digests(site)


def recorded() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(RECORDED.read_text(encoding="utf-8"))
    return data


def main(work: Path) -> None:
    digests = {name: build_and_digest(name, work) for name in PROJECTS}
    RECORDED.parent.mkdir(exist_ok=True)
    RECORDED.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{RECORDED}: " + ", ".join(f"{name} {len(files)} files"
                                       for name, files in digests.items()))


if __name__ == "__main__":
    import os
    import tempfile

    os.environ.pop("SOURCE_DATE_EPOCH", None)  # as the test builds: the time from content

    with tempfile.TemporaryDirectory() as folder:
        main(Path(folder))
    sys.exit(0)
