"""A conference comes back from the archive exactly as it was saved, after any edit."""

from __future__ import annotations

from datetime import date

from factories import full_at, full_conference
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from cpmeeting.domain.conference import Child, Conference, ConferenceKind, ConferenceStatus
from cpmeeting.domain.exclusion import ExclusionGround
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.people import Presence
from cpmeeting.domain.plan import PlanAction
from cpmeeting.domain.stages import Stage
from cpmeeting.store.archive import Archive, ConferenceNotFound


def statements(archive: Archive):
    """Collect the SQL statements the archive runs (to see what a save writes)."""
    seen: list[str] = []
    event.listen(archive.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, params, context, executemany: seen.append(sql))
    return seen


def test_full_conference_round_trips(archive):
    conference = full_conference()
    archive.save(conference)
    assert archive.load(conference.id) == conference


def test_an_empty_conference_round_trips(archive):
    conference = Conference(kind=ConferenceKind.PRE_BIRTH, date=date(2026, 2, 2))
    archive.save(conference)
    assert archive.load(conference.id) == conference
    assert archive.list_conferences()[0].children == ""


def test_round_trips_after_reopening(archive):
    conference = full_conference()
    archive.save(conference)
    archive.close()
    with Archive.open() as reopened:
        assert reopened.load(conference.id) == conference


def test_edits_round_trip(archive):
    conference = full_conference()
    archive.save(conference)
    conference.minutes.append(MinuteEntry("A late entry", Stage.PLAN, full_at(11, 50)))
    conference.minutes[0].text = "Entry 0, corrected"
    del conference.minutes[2]
    conference.minutes.insert(0, conference.minutes.pop())
    conference.exclusions[0].grounds.add(ExclusionGround.BAIL_CONDITIONS)
    conference.exclusions[0].end = None
    conference.plan.actions.reverse()
    conference.plan.actions.append(PlanAction("Health visitor weekly", owner_text="Health"))
    del conference.plan.date_overrides[0]
    conference.invitees[2].presence.append(Presence(full_at(11, 40)))
    conference.inquorate = None
    conference.status = ConferenceStatus.AWAITING_SIGN_OFF
    archive.save(conference)
    archive.close()
    with Archive.open() as reopened:
        assert reopened.load(conference.id) == conference


def test_removing_everything_round_trips(archive):
    conference = full_conference()
    archive.save(conference)
    for name in ("minutes", "exclusions", "invitees", "children", "decisions"):
        getattr(conference, name).clear()
    conference.plan.actions.clear()
    archive.save(conference)
    assert archive.load(conference.id) == conference


def test_a_new_minute_entry_is_one_insert_and_one_journal_entry(archive):
    conference = full_conference()
    archive.save(conference)
    seen = statements(archive)
    entry = AddRecord("Add minute entry", "minutes", MinuteEntry("Mother agrees", Stage.PLAN,
                                                                 full_at(11, 55)))
    entry.apply(conference)
    archive.save(conference, [entry])
    writes = [s for s in seen if s.split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert sorted(s.split()[0:3] for s in writes) == [
        ["INSERT", "INTO", "journal"],  # the change itself, in the record's history
        ["INSERT", "INTO", "minute_entries"],
        ["UPDATE", "conferences", "SET"],  # updated_at and the journal's head, for the list
    ]


def test_saving_without_changes_writes_nothing(archive):
    conference = archive.load(_saved(archive).id)
    seen = statements(archive)
    archive.save(conference)
    assert seen == []


def _saved(archive):
    conference = full_conference()
    archive.save(conference)
    return conference


def test_saving_a_conference_stored_in_an_earlier_session(archive):
    conference = _saved(archive)
    archive.close()
    # The window may hold a conference it read before the archive was reopened.
    conference.minutes.pop(0)
    conference.venue = "Video call"
    with Archive.open() as reopened:
        reopened.save(conference)
        assert reopened.load(conference.id) == conference


def test_delete_removes_every_record(archive):
    conference = _saved(archive)
    archive.save_draft(conference.id, "minutes", "half typed")
    archive.set_last_opened(conference.id, "plan")
    archive.delete(conference.id)
    assert archive.list_conferences() == []
    assert archive.load_drafts(conference.id) == {}
    assert archive.last_opened() == (None, None)
    try:
        archive.load(conference.id)
    except ConferenceNotFound as error:
        assert conference.id in str(error)
    else:
        raise AssertionError("a deleted conference loaded")


def test_list_and_search(archive):
    marwick = full_conference("Marwick")
    oduya = full_conference("Oduya")
    oduya.date = date(2026, 5, 1)
    oduya.status = ConferenceStatus.SIGNED
    archive.save(marwick)
    archive.save(oduya)
    assert [s.id for s in archive.list_conferences()] == [oduya.id, marwick.id]
    assert [s.id for s in archive.list_conferences("marw")] == [marwick.id]
    assert [s.id for s in archive.list_conferences("AMY ODU")] == [oduya.id]
    assert [s.id for s in archive.list_conferences("10/03/2026")] == [marwick.id]
    assert [s.id for s in archive.list_conferences("May 2026")] == [oduya.id]
    assert [s.id for s in archive.list_conferences("signed")] == [oduya.id]
    assert archive.list_conferences("100%") == []
    summary = archive.list_conferences("marwick")[0]
    assert summary.children == "Amy Marwick, Unborn baby"
    assert summary.venue == "Room 4, Civic Centre"
    assert summary.date == date(2026, 3, 10)


def test_list_follows_changes(archive):
    conference = _saved(archive)
    conference.children.append(Child("Zoe", "Quill"))
    archive.save(conference)
    assert [s.id for s in archive.list_conferences("zoe")] == [conference.id]


edits = st.lists(
    st.tuples(st.sampled_from(["add", "remove", "change", "move"]), st.integers(0, 50),
              st.text(max_size=20)),
    max_size=12,
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=edits)
def test_any_sequence_of_minute_edits_round_trips(archive, edits):
    conference = full_conference(minutes=3)
    archive.save(conference)
    for action, index, text in edits:
        entries = conference.minutes
        if action == "add":
            entries.insert(index % (len(entries) + 1), MinuteEntry(text, Stage.PLAN, full_at(11)))
        elif entries and action == "remove":
            del entries[index % len(entries)]
        elif entries and action == "change":
            entries[index % len(entries)].text = text
        elif entries and action == "move":
            entries.append(entries.pop(index % len(entries)))
        archive.save(conference)
    assert archive.load(conference.id) == conference
