"""Contributions and actions kept from a family member stay kept after saving and migrating."""

from __future__ import annotations

from factories import full_conference

from cpmeeting.store.archive import Archive
from cpmeeting.store.engine import alembic_config


def _mark(conference):
    mother = next(p for p in conference.invitees if p.role.is_family)
    conference.contributions[0].not_for = {mother.id}
    conference.contributions[0].third_party_confidential = True
    conference.plan.actions[0].not_for = {mother.id}
    conference.plan.actions[-1].third_party_confidential = True
    return mother


def test_not_for_and_confidential_marks_round_trip(archive):
    conference = full_conference()
    mother = _mark(conference)
    archive.save(conference)
    loaded = archive.load(conference.id)
    assert loaded == conference
    assert loaded.contributions[0].not_for == {mother.id}
    assert loaded.contributions[0].third_party_confidential
    assert loaded.plan.actions[0].not_for == {mother.id}
    assert loaded.plan.actions[-1].third_party_confidential


def test_records_saved_before_the_marks_existed_read_as_for_everyone(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.db'}"
    conference = full_conference()
    _mark(conference)
    with Archive.open(url) as archive:
        archive.save(conference)
        with archive.engine.begin() as connection:  # back to the archive as version 0002 left it
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
    with Archive.open(url) as archive:  # opening migrates it forward again
        loaded = archive.load(conference.id)
    assert loaded.contributions and loaded.plan.actions
    for record in [*loaded.contributions, *loaded.plan.actions]:
        assert record.not_for == set()
        assert record.third_party_confidential is False
    assert [c.summary for c in loaded.contributions] == [c.summary for c in conference.contributions]
