"""How campdoc writes files outside a built site: only inside the project, never through a
symbolic link, a new file never replaces an existing one, and a replaced file is never seen
half-written.

A project can come from a pull request, and a pull request can contain symbolic links: a
camp folder that is really a link to the home folder would let `import`, `new` or `forget`
write anywhere. Every writer therefore names the project it writes into, and each folder on
the way from the project to the file is checked.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from campdoc.core.errors import CampdocError

# Characters of a file's name that its temporary twin keeps (at most 4 bytes each).
_TEMPORARY_PREFIX = 40


def _lexical(path: Path) -> Path:
    """The absolute path as written, '..' folded; links are not followed, they are checked."""
    return Path(os.path.normpath(path.absolute()))


def is_inside(root: Path, target: Path) -> bool:
    return _lexical(target).is_relative_to(_lexical(root))


def check_target(root: Path, target: Path) -> None:
    """Refuse ``target`` when it lies outside ``root`` or its way there passes a link."""
    base, path = _lexical(root), _lexical(target)
    if not path.is_relative_to(base):
        raise CampdocError.said("file.outside", path=target, root=root)
    current = base
    for part in path.relative_to(base).parts:
        current = current / part
        if current.is_symlink():
            raise CampdocError.said("file.link", path=current)


def _make_folders(root: Path, folder: Path) -> None:
    check_target(root, folder)
    folder.mkdir(parents=True, exist_ok=True)
    check_target(root, folder)  # nothing was slipped in while the folders were made


def new_file(root: Path, path: Path, content: str | bytes) -> None:
    """Create ``path`` inside ``root`` (text as UTF-8 with LF); raises FileExistsError when
    it exists."""
    _make_folders(root, path.parent)
    check_target(root, path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(path, flags, 0o666)
    with os.fdopen(handle, "wb") as stream:
        stream.write(content.encode("utf-8") if isinstance(content, str) else content)


def create_exclusively(root: Path, path: Path, text: str) -> None:
    """Write a new file inside ``root``; an existing file is never touched."""
    try:
        new_file(root, path, text)
    except FileExistsError:
        raise CampdocError.said("file.exists", path=path) from None


def _default_mode() -> int:
    """The mode a new file gets from the user's umask (0644 with the usual 022)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(target: Path, data: bytes, root: Path | None = None) -> None:
    """Readers never see half a file, and a failure leaves the old one as it was.

    With ``root`` the file must be inside that project (and not behind a link there). A
    path the user typed (``--out``) may be anywhere, but not through a link in the project.
    """
    if root is not None:
        check_target(root, target)
        _make_folders(root, target.parent)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        # The start of the name only: the whole of a long one (a file name may have 255
        # bytes) and mkstemp's own letters would be a name too long to create.
        handle, temporary = tempfile.mkstemp(dir=target.parent,
                                             prefix=f".{target.name[:_TEMPORARY_PREFIX]}.")
    except OSError as error:
        raise _about(error, target) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp makes the file private (0600); a written document is an ordinary file.
        Path(temporary).chmod(_default_mode())
        Path(temporary).replace(target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _about(error, target) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _about(error: OSError, target: Path) -> OSError:
    """The same failure, naming the file the user asked for rather than its temporary twin."""
    return type(error)(error.errno, error.strerror, str(target))
