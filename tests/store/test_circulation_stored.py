"""Circulation is kept with the conference, and what is owed reaches the list (and the quick
index) without loading any conference."""

from __future__ import annotations

from datetime import date

from factories import full_conference

from cpmeeting.domain.circulation import CirculatedDocument, Circulation, CopyKind, Delivery
from cpmeeting.domain.conference import ConferenceStatus
from cpmeeting.domain.rules.circulation_due import owed_dates
from cpmeeting.store.archive import Archive
from cpmeeting.store.index import ArchiveIndex
from cpmeeting.store.secrets import KEY_NAME, SERVICE


def test_sendings_round_trip_and_settle_what_is_owed(archive):
    conference = full_conference()
    conference.status = ConferenceStatus.SIGNED
    conference.children[0].case_management_id = "LA-1"
    archive.save(conference)
    (summary,) = archive.list_conferences()
    plan_due, minutes_due = owed_dates(conference, archive.load_profile())
    assert (summary.plan_owed_by, summary.minutes_owed_by) == (plan_due, minutes_due)
    assert minutes_due is not None

    conference.circulations = [
        Circulation("A Parent", CirculatedDocument.PLAN, Delivery.POST, date(2026, 3, 11),
                    CopyKind.FAMILY, "pl", "1 Example Road, Exampletown", None, 1),
        Circulation("School", CirculatedDocument.MINUTES, Delivery.EMAIL, date(2026, 3, 20),
                    address="dsl@example.org"),
    ]
    archive.save(conference)
    loaded = archive.load(conference.id)
    assert loaded == conference
    assert loaded.children[0].case_management_id == "LA-1"
    (summary,) = archive.list_conferences()
    assert summary.owed() == []


def test_the_quick_index_lists_what_is_owed(archive, memory_keyring):
    conference = full_conference()
    conference.status = ConferenceStatus.SIGNED
    archive.save(conference)
    expected = archive.list_conferences()
    archive.close()
    index = ArchiveIndex.open(key=memory_keyring.passwords[(SERVICE, KEY_NAME)])
    assert index is not None
    try:
        assert index.list_conferences() == expected
        assert index.list_conferences()[0].owed()
    finally:
        index.close()
    with Archive.open() as reopened:
        assert reopened.list_conferences() == expected
