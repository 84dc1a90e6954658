"""Why the archive cannot be written (a full disk, a read-only data folder), in words.

The window's save guard and the commands meet the same faults: SQLite says "database or disk
is full", "disk I/O error" (it could not even make its -shm file) or "attempt to write a
readonly database"; the file system says ENOSPC, EROFS or EACCES. Here they are told apart,
and what the person should do is said once, for the command line and the window alike.
"""

from __future__ import annotations

import errno
import os
from enum import Enum
from pathlib import Path

from cpmeeting.i18n import _
from cpmeeting.paths import DataFolderUnusable


class WriteFault(Enum):
    FULL = "full"
    READ_ONLY = "read-only"
    BUSY = "busy"


def write_fault(error: BaseException) -> WriteFault | None:
    """The kind of fault behind a failed write (SQLAlchemy's, SQLite's or the system's)."""
    cause = getattr(error, "orig", None) or error
    text = str(cause).lower()
    number = getattr(cause, "errno", None)
    if number == errno.ENOSPC or "disk is full" in text or "disk i/o error" in text:
        return WriteFault.FULL
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text \
            or "read-only" in text or "unable to open database file" in text:
        return WriteFault.READ_ONLY
    if "locked" in text or "busy" in text:
        return WriteFault.BUSY
    return None


def can_write(database: Path) -> bool:
    """Whether the database file (or, before it exists, its folder) can be written, and its
    folder too (SQLite makes its -wal and -shm files there). A read-only mount says no even
    to root; a folder made 0500 says no to its owner."""
    folder = database.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not database.exists() or os.access(database, os.W_OK)


class NoArchiveYet(RuntimeError):
    """The data folder cannot be written and holds no archive: none can be made there."""

    def __init__(self, folder: Path) -> None:
        super().__init__(_(
            "There are no records in {folder} yet, and that folder cannot be written to, so "
            "cpmeeting cannot start its archive there. Ask your IT support to make the folder "
            "writable, then start cpmeeting again.").format(folder=folder))


class ArchiveNeedsUpdate(RuntimeError):
    """The archive is from an older version and cannot be brought up to date read-only."""

    def __init__(self, folder: Path) -> None:
        super().__init__(_(
            "These records were made by an older version of cpmeeting and must be brought up "
            "to date before they can be read, which needs to write to {folder}. Make the "
            "folder writable (and free some space on its disk if it is full), then start "
            "cpmeeting again.").format(folder=folder))


def folder_unusable_message(error: DataFolderUnusable) -> str:
    """The data folder could not be made: which, why, and what to do."""
    return _(
        "cpmeeting cannot make its data folder {folder} ({reason}). Check that the folder "
        "above it can be written to and that no file has that name, or choose another folder "
        "with the CPMEETING_DATA_DIR setting; then start cpmeeting again.").format(
        folder=error.folder, reason=error.reason)


def command_refused(fault: WriteFault, folder: Path) -> str:
    """A command that changes the records could not: what is wrong and what to do."""
    if fault is WriteFault.FULL:
        return _(
            "The disk that holds {folder} is full, so this command could not change the "
            "records. Nothing was changed. Free some space on that disk, then run the "
            "command again.").format(folder=folder)
    if fault is WriteFault.READ_ONLY:
        return _(
            "The data folder {folder} cannot be written to (it is read-only, or its "
            "permissions changed), so this command could not change the records. Nothing "
            "was changed. Ask your IT support to make the folder writable, then run the "
            "command again. Commands that only read (list, export-json, audit) still "
            "work.").format(folder=folder)
    return _(
        "Another program is holding the archive, so this command could not change the "
        "records. Nothing was changed. Close the other program (or wait a moment), then run "
        "the command again.")


def change_refused(fault: WriteFault, folder: Path) -> str:
    """A change made in a dialog of the window (not one the save guard keeps) could not be
    stored: what is wrong and what to do; the dialog stays open to try again."""
    if fault is WriteFault.FULL:
        return _(
            "The disk that holds {folder} is full, so this could not be saved. Nothing was "
            "changed, and what you typed is still here. Free some space on that disk, then "
            "try again.").format(folder=folder)
    if fault is WriteFault.READ_ONLY:
        return _(
            "The data folder {folder} cannot be written to (it is read-only, or its "
            "permissions changed), so this could not be saved. Nothing was changed, and what "
            "you typed is still here. Ask your IT support to make the folder writable, then "
            "try again.").format(folder=folder)
    return _(
        "Another program is holding the archive, so this could not be saved. Nothing was "
        "changed, and what you typed is still here. Close the other program (or wait a "
        "moment), then try again.")


def export_not_noted(fault: WriteFault, folder: Path) -> str:
    """The files of an export are written but its note in the record's history is not."""
    if fault is WriteFault.FULL:
        return _(
            "The files are written, but the export is not noted in the record's history: the "
            "disk that holds {folder} is full. Free some space on that disk, then export "
            "again to note it.").format(folder=folder)
    if fault is WriteFault.READ_ONLY:
        return _(
            "The files are written, but the export is not noted in the record's history: the "
            "data folder {folder} cannot be written to. Ask your IT support to make the "
            "folder writable, then export again to note it.").format(folder=folder)
    return _(
        "The files are written, but the export is not noted in the record's history: "
        "another program is holding the archive. Close the other program (or wait a "
        "moment), then export again to note it.")


def window_read_only_message(folder: Path) -> str:
    """The window's banner when the data folder is read-only at start-up."""
    return _(
        "Read-only: the data folder {folder} cannot be written to, so nothing done in this "
        "window is saved. You can look things up. Ask your IT support to make the folder "
        "writable, then close and reopen cpmeeting.").format(folder=folder)
