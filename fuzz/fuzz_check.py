"""Coverage-guided fuzzing of the session reader and validator with atheris (optional).

    pip install atheris
    python fuzz/fuzz_check.py -max_total_time=600 fuzz/corpus

Any exception other than campdoc's own issue reporting is a bug: the harness lets it crash
so that atheris saves the input. Seed inputs: the sample sessions under sessions/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from campdoc.content.load import read_session_file
    from campdoc.content.markdown import parse_body, render_body
    from campdoc.content.schema import SessionMeta
    from campdoc.content.validate import convert_document
    from campdoc.core.messages import KINDS, message_of

WORKDIR = Path(tempfile.mkdtemp())


def test_one_input(data: bytes) -> None:
    path = WORKDIR / "s.md"
    path.write_bytes(data)
    source = read_session_file(path, "s.md")
    convert_document(source, SessionMeta)
    for issue in source.issues:
        assert issue.code in KINDS
        message_of(issue, "de")
    html = render_body(parse_body(source.body))
    assert "<script" not in html.lower()


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
