"""Nothing readable on disk: no name, no minute text, and no opening without the key."""

from __future__ import annotations

import sqlite3

import pytest
import sqlcipher3
from factories import full_at, full_conference

from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.stages import Stage
from cpmeeting.store.archive import Archive
from cpmeeting.store.engine import default_database

NAME = "Zephyrine Quillfeather-Ostrowska"
MINUTE = "Disclosed bruising to the school nurse on Tuesday"


def save_distinctive_record(passphrase: str | None = None) -> str:
    with Archive.open(passphrase=passphrase) as archive:
        conference = full_conference()
        conference.invitees[2].name = NAME
        conference.minutes.append(MinuteEntry(MINUTE, Stage.CONTRIBUTIONS, full_at(10, 50)))
        archive.save(conference)
        archive.save_draft(conference.id, "minutes", f"{NAME} said")
        conference.minutes.append(MinuteEntry(f"{NAME} left", Stage.CONTRIBUTIONS, full_at(11)))
        archive.save(conference)
        return conference.id


def assert_nothing_in_clear(folder) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files, "the archive wrote no files"
    for path in files:
        content = path.read_bytes()
        for secret in (NAME, MINUTE, "Quillfeather"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in content, f"{secret!r} in {path.name}"


def test_no_file_in_the_data_folder_holds_the_record(data_folder):
    save_distinctive_record()
    assert_nothing_in_clear(data_folder)


def test_nothing_in_clear_while_the_archive_is_open(data_folder, archive):
    # The WAL file exists only while open; it must be encrypted too.
    conference = full_conference()
    conference.invitees[0].name = NAME
    archive.save(conference)
    assert any(p.name.endswith("-wal") for p in data_folder.iterdir())
    assert_nothing_in_clear(data_folder)


def test_nothing_in_clear_with_a_passphrase(data_folder, no_keyring):
    save_distinctive_record(passphrase="correct horse battery staple")
    assert_nothing_in_clear(data_folder)


def test_plain_sqlite_cannot_read_the_file():
    save_distinctive_record()
    connection = sqlite3.connect(default_database())
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        connection.execute("SELECT * FROM sqlite_master").fetchall()
    connection.close()


def test_sqlcipher_with_a_wrong_key_cannot_read_the_file():
    save_distinctive_record()
    connection = sqlcipher3.connect(str(default_database()))
    connection.execute("PRAGMA key = \"x'" + "ab" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError, match="file is not a database"):
        connection.execute("SELECT * FROM sqlite_master").fetchall()
    connection.close()


def test_the_database_runs_in_wal_mode(archive):
    with archive.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
