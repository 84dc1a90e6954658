"""One window per archive: an operating-system lock on a file beside the database.

Two windows editing one conference would each keep their own copy in memory and overwrite the
other's saves. So the window holds an exclusive lock on `cpmeeting.db.lock` while it is open
(fcntl.flock on Linux and macOS, msvcrt.locking on Windows). The operating system drops the
lock when the process ends in any way, a crash or a kill included, so a stale lock cannot
keep anyone out. Commands (export, list...) take no lock: they read, or write in one
transaction, which SQLite serialises.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from cpmeeting.file_modes import create_private


class ArchiveLock:
    """Held while the window is open on the archive; release() (or the process ending) frees it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, database: Path) -> ArchiveLock | None:
        """The lock for this database file, or None if another process holds it."""
        path = database.with_name(database.name + ".lock")
        create_private(path)
        fd = os.open(path, os.O_RDWR)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is None:
            return
        if sys.platform == "win32":
            import msvcrt

            with contextlib.suppress(OSError):
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        os.close(self._fd)  # closing the descriptor releases a flock
        self._fd = None
