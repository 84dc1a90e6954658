"""An archive made before the journal gets one, starting with the record as it stood."""

from __future__ import annotations

import pytest
from alembic import command
from factories import full_at, full_conference

from cpmeeting.domain.journal import EntryKind
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.stages import Stage
from cpmeeting.store import journal
from cpmeeting.store.archive import Archive
from cpmeeting.store.engine import alembic_config


def _back_to_before_the_journal(archive: Archive) -> None:
    with archive.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")


def _journal_starts_from_the_record_as_it_stood(url: str) -> None:
    conference = full_conference()
    with Archive.open(url) as archive:
        archive.save(conference)
        _back_to_before_the_journal(archive)
    with Archive.open(url) as archive:  # opening migrates it forward and starts the journal
        entries = archive.journal(conference.id)
        assert [(e.kind, e.label) for e in entries] == [
            (EntryKind.RECORD, "Record as it stood when the journal began")]
        assert journal.replay(entries) == conference == archive.load(conference.id)
        entry = AddRecord("Add minute entry", "minutes",
                          MinuteEntry("After the upgrade", Stage.PLAN, full_at(12)))
        entry.apply(conference)
        archive.save(conference, [entry])
        assert archive.check_journal(conference.id) is None
    with Archive.open(url) as archive:  # and only once
        assert len(archive.journal(conference.id)) == 2


def test_an_sqlite_archive_from_before_the_journal_gets_one(tmp_path):
    _journal_starts_from_the_record_as_it_stood(f"sqlite:///{tmp_path / 'old.db'}")


def test_an_encrypted_archive_from_before_the_journal_gets_one(tmp_path):
    _journal_starts_from_the_record_as_it_stood(
        f"sqlite+pysqlcipher://:secret@/{tmp_path / 'old-encrypted.db'}")


@pytest.mark.postgres
def test_a_postgres_archive_from_before_the_journal_gets_one(pg_url, no_keyring):
    _journal_starts_from_the_record_as_it_stood(pg_url)
