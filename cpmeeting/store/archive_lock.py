"""One window per archive: an operating-system lock on a file beside the database.

Two windows editing one conference would each keep their own copy in memory and overwrite the
other's saves. So the window holds an exclusive lock on `cpmeeting.db.lock` while it is open
(fcntl.flock on Linux and macOS, msvcrt.locking on Windows). The operating system drops the
lock when the process ends in any way, a crash or a kill included, so a stale lock cannot
keep anyone out (Windows, Microsoft warns, may take a moment to do so after a crash: a start
at once after one can be told the archive is open elsewhere, and a second try opens it).
Commands (export, list...) take no lock: they read, or write in one transaction, which SQLite
serialises.

When the first run moves the data folder, the lock goes with it (move_beside): a new lock file
there, taken before the old is let go. The held file itself is never moved: Windows refuses to
rename or delete a file that a process has open.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import ClassVar

from cpmeeting.file_modes import create_private


class ArchiveLock:
    """Held while the window is open on the archive; release() (or the process ending) frees it."""

    # The locks this process holds, by lock file (so that moving the data folder finds its own).
    _held: ClassVar[dict[Path, ArchiveLock]] = {}

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @staticmethod
    def path_for(database: Path) -> Path:
        return database.with_name(database.name + ".lock")

    @classmethod
    def held_for(cls, database: Path) -> ArchiveLock | None:
        """The lock this process holds on the database, if any."""
        return cls._held.get(cls.path_for(database))

    @classmethod
    def acquire(cls, database: Path) -> ArchiveLock | None:
        """The lock for this database file, or None if another process holds it."""
        path = cls.path_for(database)
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
        lock = cls._held[path] = cls(path, fd)
        return lock

    def move_beside(self, database: Path) -> bool:
        """The data folder is moving to the database's folder: hold the lock there instead, and
        let the old go (its file removed). False, the old kept, if another process holds it."""
        moved = ArchiveLock.acquire(database)
        if moved is None:
            return False
        old = self.path
        self.release()
        with contextlib.suppress(OSError):
            old.unlink()
        self.path, self._fd, moved._fd = moved.path, moved._fd, None
        ArchiveLock._held[self.path] = self
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        if ArchiveLock._held.get(self.path) is self:
            del ArchiveLock._held[self.path]
        if sys.platform == "win32":
            import msvcrt

            with contextlib.suppress(OSError):
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        os.close(self._fd)  # closing the descriptor releases a flock
        self._fd = None
