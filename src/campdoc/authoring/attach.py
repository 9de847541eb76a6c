"""``campdoc add photo`` and ``campdoc add material``: files into a session, in one step.

Each file is checked as `check` would check it (kind, size, damage, consent), copied next to
the session under a readable name (``fotos/flipchart-mit-den-leitfragen.jpg``), and named in
the session's front matter, which is otherwise left exactly as it was. Everything is worked
out first: when one file is refused, nothing is copied and the session is unchanged.
"""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from campdoc.authoring.front_matter_lists import Entry, append_to_list
from campdoc.content.assets import material_problem, photo_problem, size_problem
from campdoc.content.load import SESSIONS_DIR
from campdoc.content.model import Project, Session
from campdoc.content.validate import session_text_errors
from campdoc.content.validate_media import photo_references
from campdoc.core.errors import CampdocError
from campdoc.core.files import check_target, new_file, write_atomically
from campdoc.core.issues import Issue, Location
from campdoc.core.slugs import slugify
from campdoc.media.kinds import JPEG, sniff

# Where added files go inside the camp folder, in the project's language.
PHOTO_FOLDERS = {"de": "fotos", "en": "photos"}
MATERIAL_FOLDERS = {"de": "material", "en": "materials"}
# File names from alt texts and titles stay short enough to read in a file list.
NAME_LENGTH = 48


@dataclass(frozen=True, slots=True)
class PhotoDetails:
    """What the documenter says about one photo."""

    alt: str
    caption: str = ""
    credit: str = ""
    license: str = ""
    shows_people: bool = False
    consent: bool = False

    def entry(self, file: str) -> Entry:
        entry: Entry = {"file": file, "alt": self.alt}
        for name, value in (("caption", self.caption), ("credit", self.credit),
                            ("license", self.license)):
            if value:
                entry[name] = value
        if self.shows_people:
            entry["shows_people"] = True
            entry["consent"] = self.consent
        return entry


@dataclass(frozen=True, slots=True)
class Copy:
    """A file to copy into the camp folder (None as source: it is there already)."""

    source: Path
    target: Path | None
    written: str  # as the front matter names it, relative to the camp folder


@dataclass(slots=True)
class AttachPlan:
    """The copies and the session's new text; ``issues`` when the files cannot be taken."""

    session_file: Path
    new_text: str = ""
    copies: list[Copy] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def find_session(project: Project, given: str) -> Session:
    """The session a path (``sessions/camp/x.md``) or file name (``x`` or ``x.md``) names."""
    path = Path(given).expanduser()
    wanted = (path if path.is_absolute() else Path.cwd() / path).resolve()
    sessions = [s for camp in project.camps for s in camp.sessions]
    for session in sessions:
        if (project.root / session.source).resolve() == wanted:
            return session
    name = Path(given).name.removesuffix(".md")
    matches = [s for s in sessions if Path(s.source).stem == name]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise CampdocError.said("add.several_sessions", name=name,
                                paths=" | ".join(m.source for m in matches))
    raise CampdocError.said("add.no_session", name=given, folder=project.root / SESSIONS_DIR)


def readable_name(text: str, fallback: str) -> str:
    slug = slugify(text)[:NAME_LENGTH].rstrip("-")
    if "-" in slug and len(slugify(text)) > NAME_LENGTH:
        slug = slug.rsplit("-", 1)[0]  # not in the middle of a word
    return slug or fallback


def free_path(folder: Path, stem: str, suffix: str, data: bytes, taken: set[Path]) -> Path:
    """``stem.suffix`` in ``folder``, numbered when a different file has that name."""
    number = 1
    while True:
        candidate = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        if candidate not in taken and (not candidate.exists()
                                       or candidate.read_bytes() == data):
            return candidate
        number += 1


def _read_given(path: Path, limit: int) -> tuple[bytes | None, tuple[str, dict[str, str]]]:
    try:
        status = path.stat()
    except OSError as error:
        raise CampdocError.said("add.unreadable", path=path, reason=error.strerror) from None
    if not stat.S_ISREG(status.st_mode):
        raise CampdocError.said("add.not_a_file", path=path)
    code, params = size_problem(status.st_size, limit)
    if code:
        return None, (code, params)
    return path.read_bytes(), ("", {})


Validator = Callable[[bytes, str], tuple[str, dict[str, str]]]


def usual_suffix(data: bytes, given: Path) -> str:
    """The ending a file should have: the format's usual one (``IMG_1.JPEG`` → ``.jpg``)."""
    kind = sniff(data)
    if kind is JPEG:
        return ".jpg"
    suffix = given.suffix.lower()
    return suffix if suffix in kind.suffixes else (kind.suffixes[0] if kind.suffixes
                                                    else suffix)


def _plan_copies(root: Path, session: Session, files: list[Path], names: list[str],
                 folder_name: str, field_name: str, limit: int, validate: Validator,
                 plan: AttachPlan) -> list[str]:
    """Check each file and choose its place; the names as the front matter will give them."""
    camp_folder = (root / session.source).parent
    known = {hashlib.sha256(p.read_bytes()).hexdigest(): r.written
             for r in photo_references(session) if field_name == "photos"
             for p in [camp_folder / r.written] if p.is_file()}
    taken: set[Path] = set()
    written: list[str] = []
    for number, (given, name) in enumerate(zip(files, names, strict=True), start=1):
        where = Location(str(given))
        data, (code, params) = _read_given(given, limit)
        if data is not None:
            code, params = validate(data, f"x{usual_suffix(data, given)}")
        if code:
            plan.issues.append(Issue(code, where, field_name, {"found": str(given), **params}))
            continue
        assert data is not None
        digest = hashlib.sha256(data).hexdigest()
        if digest in known:
            plan.issues.append(Issue("CD240", where, field_name,
                                     {"found": str(given), "first": known[digest]}))
            continue
        resolved = given.resolve()
        if resolved.is_relative_to(camp_folder.resolve()):
            target = None  # already in the camp folder: named where it is
            relative = resolved.relative_to(camp_folder.resolve()).as_posix()
        else:
            stem = readable_name(name, f"{Path(session.source).stem}-{number}")
            path = free_path(camp_folder / folder_name, stem, usual_suffix(data, given), data,
                              taken)
            taken.add(path)
            target = None if path.exists() else path
            relative = path.relative_to(camp_folder).as_posix()
        known[digest] = relative
        plan.copies.append(Copy(given, target, relative))
        written.append(relative)
    return written


def _finish(root: Path, session: Session, field_name: str, entries: list[Entry],
            plan: AttachPlan) -> AttachPlan:
    if plan.issues:
        return plan
    path = root / session.source
    text = path.read_text(encoding="utf-8")
    plan.new_text = append_to_list(text, field_name, entries, session.source)
    before = {(i.code, i.field) for i in session_text_errors(text, session.source,
                                                              session.camp_id)}
    added = [i for i in session_text_errors(plan.new_text, session.source, session.camp_id)
             if (i.code, i.field) not in before]
    plan.issues += added
    return plan


def plan_photos(root: Path, session: Session, files: list[Path], details: list[PhotoDetails],
                language: str, limit: int) -> AttachPlan:
    """What adding ``files`` (with ``details``, one each) as photos of ``session`` does."""
    plan = AttachPlan(root / session.source)
    written = _plan_copies(root, session, files, [d.alt for d in details],
                           PHOTO_FOLDERS.get(language, "fotos"), "photos", limit,
                           photo_problem, plan)
    if plan.issues:
        return plan
    entries = [detail.entry(name) for name, detail in zip(written, details, strict=True)]
    return _finish(root, session, "photos", entries, plan)


def plan_materials(root: Path, session: Session, files: list[Path], titles: list[str],
                   language: str, limit: int) -> AttachPlan:
    """What adding ``files`` (with ``titles``, one each) as materials of ``session`` does."""
    plan = AttachPlan(root / session.source)
    written = _plan_copies(root, session, files, titles,
                           MATERIAL_FOLDERS.get(language, "material"), "materials", limit,
                           lambda data, name: material_problem(data[:65536], name), plan)
    if plan.issues:
        return plan
    entries: list[Entry] = [{"file": name, "title": title}
                            for name, title in zip(written, titles, strict=True)]
    return _finish(root, session, "materials", entries, plan)


def apply_plan(root: Path, plan: AttachPlan) -> None:
    """Copy the files, then write the session; on a failure the copies are taken back."""
    made: list[Path] = []
    try:
        for copy in plan.copies:
            if copy.target is not None:
                check_target(root, copy.target)
                new_file(root, copy.target, copy.source.read_bytes())
                made.append(copy.target)
        write_atomically(plan.session_file, plan.new_text.encode("utf-8"), root=root)
    except BaseException:
        for path in made:
            path.unlink(missing_ok=True)
        raise
