"""The data folder is private: 0700 for folders, 0600 for files, on Linux and macOS.

On a shared computer a readable archive or signing key could be copied and attacked offline,
and a writable trusted-signers list could be given another signer. So every file cpmeeting
makes in the data folder is created 0600 (never created readable, then narrowed), and the
first use of a data folder in a process puts an existing install right: folders 0700, files
0600. SQLite gives its -wal and -shm files the mode of the database file, so a database made
0600 keeps its companions 0600 too. On Windows the user-profile folder's default ACL (the user,
SYSTEM and Administrators only) serves, and POSIX modes mean nothing there: nothing is done.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600

_POSIX = sys.platform != "win32"
_made_private: set[Path] = set()


def private_folder(folder: Path) -> Path:
    """The folder made (0700) if missing; the first time in this process, put right inside."""
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if _POSIX and folder not in _made_private:
        make_private(folder)
        _made_private.add(folder)
    return folder


def make_private(folder: Path) -> list[Path]:
    """Folders 0700 and files 0600 from folder down; the paths that were changed.

    Symbolic links are not followed (what they point at belongs to someone else), and a file
    that cannot be changed (another owner, a read-only disk) is left for the user to see to.
    Bits are only taken away, never added: a folder made read-only (0500) stays read-only.
    """
    changed: list[Path] = []
    if not _POSIX:
        return changed

    def narrow(path: Path, wanted: int) -> None:
        try:
            info = path.lstat()
            mode = stat.S_IMODE(info.st_mode)
            if stat.S_ISLNK(info.st_mode) or mode & wanted == mode:
                return
            os.chmod(path, mode & wanted)
            changed.append(path)
        except OSError:
            pass

    narrow(folder, FOLDER_MODE)
    for root, folders, files in os.walk(folder):
        for name in folders:
            narrow(Path(root, name), FOLDER_MODE)
        for name in files:
            narrow(Path(root, name), FILE_MODE)
    return changed


def create_private(path: Path) -> None:
    """An empty file made 0600 if missing (so what is written into it later never was
    readable), and an existing one narrowed to 0600."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    if _POSIX:
        os.chmod(path, FILE_MODE)


def write_private(path: Path, data: bytes) -> None:
    """Write data to path, 0600 from the moment the file exists; replaced whole (a temporary
    file beside it, then renamed), so a crash leaves the old content or the new."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if _POSIX:
        os.chmod(temporary, FILE_MODE)  # an older leftover kept its mode through O_CREAT
    os.replace(temporary, path)
