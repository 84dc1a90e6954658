"""Opening the archive's database: for writing, or for reading only where it cannot be written.

An encrypted file whose folder is read-only (a read-only mount, a folder made 0500) opens
read-only, writing nothing beside it. On a disk so full that SQLite cannot open the file for
writing (it needs room for its -shm file) it opens for reading too, with the means to open it
for writing once space is freed, so the window shows the records and saves them later.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from .engine import encrypted_file, make_engine, migrate, raw_key
from .write_faults import NoArchiveYet, WriteFault, can_write, write_fault


@dataclass
class OpenedDatabase:
    engine: Engine
    read_only: bool = False
    # Opened read-only on a full disk: makes the engine for writing, to try once space is freed.
    reopen: Callable[[], Engine] | None = None


def open_database(url: str | None, passphrase: str | None, key: str | None) -> OpenedDatabase:
    """The engine on the archive, migrated: for writing where it can be, else read-only."""
    path = encrypted_file(url)
    read_only = path is not None and not can_write(path)
    if read_only and not path.exists():
        raise NoArchiveYet(path.parent)
    engine = make_engine(url, passphrase, key, read_only)
    try:
        return OpenedDatabase(_migrated(engine, path.parent if read_only else None), read_only)
    except OperationalError as error:
        if read_only or path is None or not path.stat().st_size or \
                write_fault(error) is not WriteFault.FULL:
            raise
    key = raw_key(engine)
    engine = _migrated(make_engine(url, passphrase, key, read_only=True), path.parent)
    return OpenedDatabase(engine, True, lambda: make_engine(url, passphrase, key))


def writable_engine(reopen: Callable[[], Engine]) -> Engine:
    """The engine for writing, once it can connect (WAL mode, the -shm file); raises as SQLite
    does while the disk is still too full."""
    return _migrated(reopen(), None)


def _migrated(engine: Engine, read_only_in: Path | None) -> Engine:
    """The engine migrated, or disposed and the error raised."""
    try:
        migrate(engine, read_only_in)
    except Exception:
        engine.dispose()
        raise
    return engine
