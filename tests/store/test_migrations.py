"""The migrations build exactly the tables the code maps to."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from cpmeeting.store.engine import alembic_config
from cpmeeting.store.schema import metadata


def test_migrated_schema_matches_the_tables(archive):
    with archive.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, metadata) == []


def test_archive_is_at_the_newest_revision(archive):
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with archive.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head
