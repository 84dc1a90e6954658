"""The quick index lists what the archive lists, without SQLAlchemy, and steps aside when unsure."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date, timedelta

import pytest
from factories import full_conference
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from cpmeeting.domain.conference import Child, Conference, ConferenceKind, ConferenceStatus
from cpmeeting.domain.rules.deadlines import conference_due_date
from cpmeeting.store.archive import Archive
from cpmeeting.store.index import ArchiveIndex
from cpmeeting.store.layout import SUMMARIES_STATE
from cpmeeting.store.secrets import KEY_NAME, SERVICE


def stored_key(memory_keyring) -> str:
    return memory_keyring.passwords[(SERVICE, KEY_NAME)]


def invented(kind: ConferenceKind, held: date, counts_from: date, status: ConferenceStatus,
             name: str = "Ash") -> Conference:
    conference = Conference(kind=kind, date=held, status=status, venue="Room 2",
                            children=[Child(name, "Testwood", date(2018, 1, 1))])
    if kind in (ConferenceKind.INITIAL, ConferenceKind.PRE_BIRTH):
        conference.strategy_discussion_date = counts_from
    elif kind is ConferenceKind.TRANSFER_IN:
        conference.transfer_notified_date = counts_from
    else:
        conference.previous_conference_date = counts_from
    return conference


def test_the_index_lists_exactly_what_the_archive_lists(archive, memory_keyring):
    today = date.today()
    for conference in (full_conference("Marwick"),
                       invented(ConferenceKind.INITIAL, today + timedelta(days=2),
                                today - timedelta(days=30), ConferenceStatus.SCHEDULED),
                       invented(ConferenceKind.TRANSFER_IN, today, today - timedelta(days=3),
                                ConferenceStatus.IN_PROGRESS, "Bo")):
        archive.save(conference)
    archive.set_last_opened(None, None)
    index = ArchiveIndex.open(key=stored_key(memory_keyring))
    assert index is not None
    try:
        assert index.list_conferences() == archive.list_conferences()
        assert index.last_opened() == (None, None)
    finally:
        index.close()


def test_the_due_date_on_the_list_is_the_rules_due_date(archive):
    today = date.today()
    late = invented(ConferenceKind.INITIAL, today + timedelta(days=1), today - timedelta(days=60),
                    ConferenceStatus.SCHEDULED)
    archive.save(late)
    summary = archive.list_conferences()[0]
    assert summary.due_by == conference_due_date(late, archive.load_profile()).effective
    assert summary.is_late(today)
    assert summary.shows_due_date()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(list(ConferenceKind)), status=st.sampled_from(list(ConferenceStatus)),
       held=st.dates(date(2025, 1, 1), date(2027, 12, 31)),
       before=st.integers(0, 200), today=st.dates(date(2025, 1, 1), date(2027, 12, 31)))
def test_lateness_on_the_list_agrees_with_the_rules(archive, kind, status, held, before, today):
    from cpmeeting.domain.rules.deadlines import is_late

    conference = invented(kind, held, held - timedelta(days=before), status)
    archive.save(conference)
    summary = next(s for s in archive.list_conferences() if s.id == conference.id)
    expected = status is not ConferenceStatus.SIGNED and is_late(
        conference, archive.load_profile(), today)
    assert summary.is_late(today) == expected
    archive.delete(conference.id)


def test_a_new_profile_moves_the_due_dates_on_the_list(archive):
    today = date.today()
    conference = invented(ConferenceKind.INITIAL, today + timedelta(days=40), today,
                          ConferenceStatus.SCHEDULED)
    archive.save(conference)
    before = archive.list_conferences()[0].due_by
    profile = archive.load_profile()
    profile = dataclasses.replace(profile, timescales=dataclasses.replace(
        profile.timescales, initial_working_days=profile.timescales.initial_working_days + 5))
    archive.save_profile(profile)
    after = archive.list_conferences()[0].due_by
    assert after > before


def test_summaries_missing_after_a_migration_are_worked_out_when_the_archive_opens(
        archive, memory_keyring):
    today = date.today()
    archive.save(invented(ConferenceKind.INITIAL, today, today - timedelta(days=10),
                          ConferenceStatus.SCHEDULED))
    with archive.engine.begin() as connection:  # as a file migrated from 0001 looks
        connection.execute(text("UPDATE conferences SET due_by = NULL"))
        connection.execute(text("DELETE FROM app_state WHERE name = :n"), {"n": SUMMARIES_STATE})
    archive.close()
    key = stored_key(memory_keyring)
    assert ArchiveIndex.open(key=key) is None  # unsure: the full way
    reopened = Archive.open()
    try:
        assert reopened.list_conferences()[0].due_by is not None
    finally:
        reopened.close()
    index = ArchiveIndex.open(key=key)
    assert index is not None
    index.close()


def test_the_index_steps_aside_when_it_cannot_be_sure(archive, memory_keyring, tmp_path):
    key = stored_key(memory_keyring)
    assert ArchiveIndex.open(key="0" * 64) is None  # a wrong key: the full way explains
    assert ArchiveIndex.open(f"sqlite:///{tmp_path / 'other.db'}", key=key) is None
    # In the tests keyring is configured (a memory backend): the key is left to keyring.
    assert ArchiveIndex.open() is None
    archive.set_last_opened("some-conference", "decision")
    index = ArchiveIndex.open(key=key)
    assert index.last_opened() == ("some-conference", "decision")
    index.close()


def test_no_archive_yet_means_no_index(data_folder):
    assert ArchiveIndex.open(key="0" * 64) is None


def test_a_passphrase_archive_is_never_read_by_the_index(no_keyring):
    Archive.open(passphrase="a long passphrase").close()
    assert ArchiveIndex.open(key="0" * 64) is None


QUICK_LIST = """
import sys
from cpmeeting.store.index import ArchiveIndex
index = ArchiveIndex.open(key=sys.argv[1])
print(len(index.list_conferences()))
print(" ".join(sorted(m for m in ("sqlalchemy", "alembic", "keyring", "holidays", "PySide6")
                      if m in sys.modules)))
"""


@pytest.mark.parametrize("conferences", [2])
def test_listing_loads_no_sqlalchemy_keyring_or_holidays(archive, memory_keyring, conferences):
    today = date.today()
    for n in range(conferences):
        archive.save(invented(ConferenceKind.REVIEW, today + timedelta(days=n), today,
                              ConferenceStatus.SCHEDULED))
    result = subprocess.run([sys.executable, "-c", QUICK_LIST, stored_key(memory_keyring)],
                            capture_output=True, text=True, check=True, timeout=60)
    count, loaded = (result.stdout.splitlines() + [""])[:2]
    assert count == str(conferences)
    assert loaded == ""
