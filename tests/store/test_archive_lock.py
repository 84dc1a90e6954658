"""One window per archive (store/archive_lock.py): on this system, and on Windows' rules.

The msvcrt branch cannot run here, so WindowsRules plays the two rules it meets there, as
Microsoft documents them, and nothing more:
- msvcrt.locking (the C runtime's _locking) locks nbytes from the descriptor's current
  position; a region locked through one descriptor cannot be locked through another, in this
  process or any other; LK_NBLCK fails at once (EACCES); LK_UNLCK fails unless that region was
  locked through that descriptor; closing the descriptor drops its locks.
- A file this process has open (os.open is the C runtime's _wopen, which does not share delete
  access) cannot be renamed or removed, nor can a folder holding it: PermissionError.
What the model cannot show: that Windows behaves so, or that a killed process's lock is freed
(tests/gui/test_faults.py shows that here, with a real second process).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from cpmeeting.store import archive_lock
from cpmeeting.store.archive_lock import ArchiveLock


class WindowsRules:
    """msvcrt.locking's byte-range locks, and the refusal to move or remove an open file."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4  # sys/locking.h

    def __init__(self, monkeypatch) -> None:
        self.regions: list[tuple[tuple[int, int], int, int, int]] = []  # file, fd, start, bytes
        self.refused_unlocks = 0
        real_close = os.close

        def close(fd: int) -> None:
            self.regions = [region for region in self.regions if region[1] != fd]
            real_close(fd)

        monkeypatch.setattr(archive_lock, "sys", SimpleNamespace(platform="win32"))
        monkeypatch.setitem(__import__("sys").modules, "msvcrt", self)
        monkeypatch.setattr(os, "close", close)
        for name in ("rename", "replace", "remove", "unlink"):
            monkeypatch.setattr(os, name, self._refusing_open_files(getattr(os, name)))

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        region = ((info.st_dev, info.st_ino), fd, os.lseek(fd, 0, os.SEEK_CUR), nbytes)
        if mode == self.LK_UNLCK:
            if region not in self.regions:
                self.refused_unlocks += 1
                raise OSError(errno.EACCES, "Permission denied")
            self.regions.remove(region)
            return
        file, _fd, start, length = region
        if any(other == file and begins < start + length and start < begins + size
               for other, _, begins, size in self.regions):
            blocking = mode in (self.LK_LOCK, self.LK_RLCK)  # after ten tries, a second apart
            raise OSError(errno.EDEADLOCK if blocking else errno.EACCES, "Resource deadlock")
        self.regions.append(region)

    @staticmethod
    def _refusing_open_files(operation):
        def refusing(path, *rest, **options):
            target = os.path.realpath(path)
            for fd in os.listdir("/proc/self/fd"):
                with_fd = os.path.realpath(f"/proc/self/fd/{fd}")
                if with_fd == target or with_fd.startswith(target + os.sep):
                    raise PermissionError(errno.EACCES, "The process cannot access the file "
                                          "because it is being used by another process", path)
            return operation(path, *rest, **options)
        return refusing


@pytest.fixture(params=["this system", "Windows rules"])
def rules(request, monkeypatch):
    if request.param == "this system":
        return None
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("the model finds this process's open files in /proc/self/fd (Linux only)")
    return WindowsRules(monkeypatch)


def test_a_second_window_is_refused_until_the_first_lets_go(data_folder, rules):
    from cpmeeting.store.layout import default_database

    database = default_database()
    first = ArchiveLock.acquire(database)
    assert first is not None
    assert ArchiveLock.acquire(database) is None
    first.release()
    again = ArchiveLock.acquire(database)
    assert again is not None
    again.release()
    if rules is not None:
        assert (rules.regions, rules.refused_unlocks) == ([], 0)  # unlocked what it locked


def test_moving_the_data_folder_at_first_run_takes_the_lock_along(tmp_path, monkeypatch,
                                                                  rules):
    from cpmeeting.gui.first_run import move_data_folder
    from cpmeeting.paths import data_dir
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.layout import default_database

    monkeypatch.delenv("CPMEETING_DATA_DIR")  # the user's own folders, here in tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    usual = data_dir()
    held = ArchiveLock.acquire(default_database())  # the window's, as cpmeeting starts
    chosen = tmp_path / "Records" / "cpmeeting"
    moved = move_data_folder(Archive.open(), chosen)
    try:
        assert data_dir() == chosen and (chosen / "cpmeeting.db").is_file()
        assert list(usual.iterdir()) == []
        assert ArchiveLock.acquire(default_database()) is None  # still this window's, there
    finally:
        moved.close()
    held.release()
    free = ArchiveLock.acquire(chosen / "cpmeeting.db")
    assert free is not None
    free.release()
