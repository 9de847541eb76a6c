"""Find a project's files and read each one into a front-matter tree and a body.

Only regular files inside ``sessions/`` are read; symbolic links are reported, never followed,
so nothing outside the project can be pulled in.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from campdoc.content.assets import MEDIA_SUFFIXES
from campdoc.content.frontmatter import (
    Node,
    UnclosedFrontMatter,
    normalise_text,
    parse_yaml,
    split_front_matter,
)
from campdoc.core.issues import Issue, Location
from campdoc.core.slugs import is_reserved, slugify

CONFIG_FILE = "campdoc.yaml"
SESSIONS_DIR = "sessions"
CAMP_FILE = "camp.yaml"
MAX_FILE_BYTES = 2 * 1024 * 1024
_IGNORED_NAMES = frozenset({"4913", "readme.md", "thumbs.db"})


@dataclass(slots=True)
class SourceFile:
    """One file as read from disk: its front matter tree (or None) and its Markdown body."""

    path: str
    node: Node | None = None
    body: str = ""
    body_line: int = 1
    issues: list[Issue] = field(default_factory=list)
    slug: str = ""
    # Keys validation read under another field's name, by (line, column): `host:` → hosts.
    renamed: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(slots=True)
class CampSources:
    """The files of one camp folder."""

    id: str
    folder: str
    camp_file: SourceFile | None = None
    sessions: list[SourceFile] = field(default_factory=list)

    def issues(self) -> list[Issue]:
        """The issues found while reading this camp's files."""
        found = list(self.camp_file.issues) if self.camp_file else []
        for session in self.sessions:
            found += session.issues
        return found


@dataclass(slots=True)
class ProjectSources:
    """Every file of a project, read but not yet interpreted."""

    root: Path
    config: SourceFile | None = None
    camps: list[CampSources] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    def file_paths(self) -> list[str]:
        """Project-relative paths of every file that was read."""
        paths = [self.config.path] if self.config else []
        for camp in self.camps:
            paths += [camp.camp_file.path] if camp.camp_file else []
            paths += [session.path for session in camp.sessions]
        return paths

    def all_issues(self) -> list[Issue]:
        found = list(self.issues)
        if self.config:
            found += self.config.issues
        for camp in self.camps:
            found += camp.issues()
        return found


def find_project_root(start: Path) -> Path:
    """The nearest folder upwards that has campdoc.yaml or sessions/; else ``start`` itself."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file() or (folder / SESSIONS_DIR).is_dir():
            return folder
    return start


def load_project(root: Path, read_camps: bool = True) -> ProjectSources:
    """Read every camp and session file of the project at ``root``.

    With ``read_camps=False`` only the config and the list of camp folders are read; a
    build then reads each camp in its own job.
    """
    sources = ProjectSources(root=root)
    if (root / CONFIG_FILE).is_file():
        sources.config = read_yaml_file(root / CONFIG_FILE, CONFIG_FILE)
    sessions_dir = root / SESSIONS_DIR
    if sessions_dir.is_symlink() or not sessions_dir.is_dir():
        code = "CD310" if sessions_dir.is_symlink() else "CD308"
        sources.issues.append(Issue(code, Location(SESSIONS_DIR), params={"found": str(root)}))
        return sources
    for entry in sorted(os.scandir(sessions_dir), key=lambda entry: entry.name):
        rel = f"{SESSIONS_DIR}/{entry.name}"
        if is_ignored_name(entry.name):
            continue
        if entry.is_symlink():
            sources.issues.append(Issue("CD310", Location(rel)))
        elif not entry.is_dir() and not entry.is_file():
            sources.issues.append(Issue("CD313", Location(rel)))
        elif entry.is_dir() and read_camps:
            sources.camps.append(load_camp(Path(entry.path), rel, sources.issues))
        elif entry.is_dir():
            sources.camps.append(CampSources(id=entry.name, folder=rel))
        else:
            sources.issues.append(Issue("CD309", Location(rel)))
    if not sources.camps and not sources.issues:
        sources.issues.append(Issue("CD308", Location(SESSIONS_DIR), params={"found": str(root)}))
    return sources


def load_camp(folder: Path, rel: str, issues: list[Issue]) -> CampSources:
    """Read camp.yaml and the session files of one camp folder."""
    camp = CampSources(id=folder.name, folder=rel)
    for entry in sorted(os.scandir(folder), key=lambda entry: entry.name):
        path = f"{rel}/{entry.name}"
        suffix = Path(entry.name).suffix.lower()
        if is_ignored_name(entry.name):
            continue
        if entry.is_symlink():
            issues.append(Issue("CD310", Location(path)))
        elif not entry.is_dir() and not entry.is_file():
            issues.append(Issue("CD313", Location(path)))  # a FIFO would block the read
        elif entry.is_dir() or suffix in MEDIA_SUFFIXES:
            continue  # sub-folders hold logos and images, which camp.yaml may point at
        elif entry.name == CAMP_FILE:
            camp.camp_file = read_yaml_file(Path(entry.path), path)
        elif suffix == ".md":
            camp.sessions.append(read_session_file(Path(entry.path), path))
        else:
            issues.append(Issue("CD309", Location(path)))
    if camp.camp_file is None:
        issues.append(Issue("CD305", Location(rel), params={"camp": folder.name}))
    return camp


def is_ignored_name(name: str) -> bool:
    # Dotfiles, editor swap, lock and backup files and vim's write probe are never content;
    # anything else is read or reported, so no session is skipped silently.
    return (name.startswith((".", "#")) or name.endswith("~")
            or name.lower() in _IGNORED_NAMES)


def _read_regular(path: Path) -> tuple[int, bytes | None]:
    """The size of a regular file and its bytes (None when too large), read without
    following a link or blocking on a pipe; (-1, None) when it is not a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        return -1, None
    try:
        status = os.fstat(handle)  # before a stream: one cannot be made on a folder
        if not stat.S_ISREG(status.st_mode):
            return -1, None
        if status.st_size > MAX_FILE_BYTES:
            return status.st_size, None
        with os.fdopen(handle, "rb", closefd=False) as stream:
            return status.st_size, stream.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(handle)


def read_text(path: Path, rel: str, issues: list[Issue]) -> str | None:
    """The file's text, UTF-8 decoded with BOM and CRLF handled; None after reporting why not."""
    size, data = _read_regular(path)
    if size < 0:
        issues.append(Issue("CD313", Location(rel)))
        return None
    if data is None or len(data) > MAX_FILE_BYTES:
        size = max(size, len(data or b""))
        issues.append(Issue("CD109", Location(rel), params={
            "what": "the file", "size": f"{size / 1048576:.1f} MiB",
            "limit": f"{MAX_FILE_BYTES / 1048576:.0f} MiB"}))
        return None
    try:
        return normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        issues.append(Issue("CD100", Location(rel, data.count(b"\n", 0, error.start) + 1,
                                              error.start - line_start + 1),
                            params={"byte": f"0x{data[error.start]:02x}"}))
        return None


def read_yaml_file(path: Path, rel: str) -> SourceFile:
    """Read a whole-file YAML document such as camp.yaml or campdoc.yaml."""
    source = SourceFile(rel)
    text = read_text(path, rel, source.issues)
    if text is not None:
        source.node, issues = parse_yaml(text, rel, 1, repair=True)
        source.issues += issues
    return source


def read_session_file(path: Path, rel: str) -> SourceFile:
    """Read a session: front matter between ``---`` fences, then the Markdown body."""
    issues: list[Issue] = []
    text = read_text(path, rel, issues)
    source = session_source(text, rel, path.name)
    source.issues[:0] = issues
    return source


def session_source(text: str | None, rel: str, name: str) -> SourceFile:
    """A session from its text (None: unreadable, already reported); ``name`` is its file name."""
    source = SourceFile(rel)
    source.slug = slugify(Path(name).stem)
    if not source.slug or is_reserved(source.slug):
        reason = "it is reserved on Windows" if source.slug else "it has no letters or digits"
        source.issues.append(Issue("CD311", Location(rel), params={
            "found": name, "reason": reason, "example": "meine-session.md"}))
    if text is None:
        return source
    try:
        split = split_front_matter(text)
    except UnclosedFrontMatter:
        source.issues.append(Issue("CD102", Location(rel, 1, 1)))
        return source
    if split.yaml_text is None:
        first = text.strip().partition("\n")[0].strip()  # the first line with text
        found = f"'{first[:40]}'" if first else "an empty file"
        source.issues.append(Issue("CD101", Location(rel, 1, 1), params={"found": found}))
        return source
    source.node, issues = parse_yaml(split.yaml_text, rel, split.yaml_first_line,
                                     repair=True)
    source.issues += issues
    source.body, source.body_line = split.body, split.body_first_line
    return source
