"""A save is whole or nothing: a failure part-way leaves the stored record as it was."""

from __future__ import annotations

import pytest
from factories import full_at, full_conference
from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError

from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.stages import Stage
from cpmeeting.store.archive import Archive


class DiskFull(SQLAlchemyError):
    pass


def fail_on_minute_insert(archive: Archive):
    def before(conn, cursor, statement, params, context, executemany):
        if statement.startswith("INSERT INTO minute_entries"):
            raise DiskFull("simulated failure")

    event.listen(archive.engine, "before_cursor_execute", before)
    return before


def test_a_failed_save_changes_nothing(archive):
    conference = full_conference()
    archive.save(conference)
    before = archive.load(conference.id)
    # Invitees and the conference row are written before the minutes.
    conference.invitees[2].name = "Renamed Person"
    conference.venue = "Another room"
    conference.minutes.append(MinuteEntry("Never stored", Stage.PLAN, full_at(11, 45)))
    fail_on_minute_insert(archive)
    with pytest.raises(DiskFull):
        archive.save(conference)
    archive.close()
    with Archive.open() as reopened:
        assert reopened.load(conference.id) == before
        assert reopened.list_conferences("another") == []


def test_the_next_save_after_a_failure_writes_everything(archive):
    conference = full_conference()
    archive.save(conference)
    conference.invitees[2].name = "Renamed Person"
    conference.minutes.append(MinuteEntry("Stored the second time", Stage.PLAN, full_at(11, 45)))
    failure = fail_on_minute_insert(archive)
    with pytest.raises(DiskFull):
        archive.save(conference)
    event.remove(archive.engine, "before_cursor_execute", failure)
    archive.save(conference)
    archive.close()
    with Archive.open() as reopened:
        assert reopened.load(conference.id) == conference


def test_two_records_with_one_id_are_refused_not_merged(archive):
    conference = full_conference()
    archive.save(conference)
    conference.minutes.append(conference.minutes[0])
    with pytest.raises(ValueError, match="share the id"):
        archive.save(conference)
    assert len(archive.load(conference.id).minutes) == len(conference.minutes) - 1
