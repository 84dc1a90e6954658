"""The same archive on PostgreSQL (CPMEETING_TEST_PG_URL; .ci/start-postgres starts one)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from factories import full_at, full_conference

from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.exclusion import ExclusionGround
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.profile import AuthorityProfile, Nation
from cpmeeting.domain.stages import Stage
from cpmeeting.store.archive import Archive
from cpmeeting.store.schema import metadata

pytestmark = pytest.mark.postgres

def test_round_trip_with_edits_on_postgres(pg_url, no_keyring):
    # PostgreSQL needs no key: the keyring is not asked.
    conference = full_conference()
    with Archive.open(pg_url) as archive:
        archive.save(conference)
        assert archive.load(conference.id) == conference
        conference.minutes.append(MinuteEntry("Added later", Stage.PLAN, full_at(11, 50)))
        del conference.minutes[1]
        conference.minutes.reverse()
        conference.exclusions[0].grounds.add(ExclusionGround.BAIL_CONDITIONS)
        conference.plan.actions.pop()
        archive.save(conference)
    with Archive.open(pg_url) as archive:
        assert archive.load(conference.id) == conference
        assert [s.id for s in archive.list_conferences("amy marw")] == [conference.id]
        archive.delete(conference.id)
        assert archive.list_conferences() == []


def test_profile_directory_and_drafts_on_postgres(pg_url):
    with Archive.open(pg_url) as archive:
        profile = AuthorityProfile(name="Cyngor", nation=Nation.WALES)
        archive.save_profile(profile)
        entry = DirectoryEntry(name="Ms Head", agency="Hill Primary")
        archive.save_directory_entry(entry)
        conference = full_conference()
        archive.save(conference)
        archive.save_draft(conference.id, "minutes", "Half")
        archive.set_last_opened(conference.id, "plan")
    with Archive.open(pg_url) as archive:
        assert archive.load_profile() == profile
        assert archive.directory() == [entry]
        assert archive.load_drafts(conference.id) == {"minutes": "Half"}
        assert archive.last_opened() == (conference.id, "plan")


def test_migrated_postgres_schema_matches_the_tables(pg_url):
    with Archive.open(pg_url) as archive, archive.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
