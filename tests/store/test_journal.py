"""The journal: every change kept, chained, and enough on its own to rebuild the record."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from factories import full_at, full_conference
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update
from test_properties import TEXT

from cpmeeting.domain.conference import IntroductionPoint
from cpmeeting.domain.journal import EntryKind
from cpmeeting.domain.meeting_ops import cover_introduction_point, mark_left, mark_present
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord, MoveRecord, RemoveRecord, SetFields
from cpmeeting.domain.stages import Stage
from cpmeeting.interchange.codec import FormatError
from cpmeeting.interchange.operation_codec import NewerOperation, decode_operation
from cpmeeting.store import journal, schema
from cpmeeting.store.archive import Archive

STEPS = st.lists(st.tuples(st.sampled_from(
    ["add", "edit", "remove", "move", "venue", "plan", "arrive", "leave", "point", "undo"]),
    st.integers(0, 1000), TEXT, st.booleans()), min_size=1, max_size=25)


def _operation(conference, kind: str, n: int, text: str, flag: bool):
    """One operation of the kind asked for, fitted to the record as it is (None: no fit)."""
    minutes = conference.minutes
    people = conference.invitees
    moment = datetime(2026, 3, 10, 10, n % 60, n % 60, n * 997 % 1_000_000)
    if kind == "add":
        withheld = {people[n % len(people)].id} if flag else set()
        return AddRecord("Add minute entry", "minutes", MinuteEntry(
            text, list(Stage)[n % len(Stage)], moment, not_for=withheld,
            third_party_confidential=flag and n % 2 == 0), index=None if n % 3 else 0)
    if kind == "edit" and minutes:
        return SetFields("Edit minute entry", {"text": text, "third_party_confidential": flag},
                         record_id=minutes[n % len(minutes)].id)
    if kind == "remove" and minutes:
        return RemoveRecord("Remove minute entry", "minutes", minutes[n % len(minutes)].id)
    if kind == "move" and len(minutes) > 1:
        return MoveRecord("Move minute entry", "minutes", minutes[n % len(minutes)].id,
                          (n // 7) % len(minutes))
    if kind == "venue":
        return SetFields("Venue", {"venue": text, "start_time": moment.time()}, path="")
    if kind == "plan":
        return SetFields("Contingency", {"contingency": text}, path="plan")
    if kind == "arrive":
        return mark_present(conference, people[n % len(people)].id, moment)
    if kind == "leave":
        return mark_left(conference, people[n % len(people)].id, moment)
    if kind == "point":
        point = list(IntroductionPoint)[n % len(IntroductionPoint)]
        return cover_introduction_point(conference, point, flag, moment, text)
    return None


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=STEPS, batch=st.integers(1, 4))
def test_replaying_the_journal_alone_rebuilds_the_record_the_tables_hold(archive, steps, batch):
    conference = full_conference()
    archive.save(conference)
    done, pending = [], []
    for kind, n, text, flag in steps:
        if kind == "undo":
            if not done:
                continue
            operation = done.pop().inverse()  # as the window undoes: a change of its own
        else:
            operation = _operation(conference, kind, n, text, flag)
            if operation is None:
                continue
        operation.apply(conference)
        pending.append(journal.Change.of(operation, conference))
        if kind != "undo":
            done.append(operation)
        if len(pending) >= batch:  # several changes in one save, as the deferred save does
            archive.save(conference, pending)
            pending = []
    archive.save(conference, pending)

    entries = archive.journal(conference.id)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert journal.replay(entries) == archive.load(conference.id) == conference
    assert archive.check_journal(conference.id) is None
    archive.delete(conference.id)


def _saved_with_changes(archive: Archive):
    conference = full_conference()
    archive.save(conference)
    for number in range(4):
        entry = AddRecord("Add minute entry", "minutes",
                          MinuteEntry(f"Entry {number}", Stage.PLAN, full_at(11, number)))
        entry.apply(conference)
        archive.save(conference, [entry])
    return conference


def test_each_entry_says_who_made_it_on_which_computer_and_when(archive, monkeypatch):
    monkeypatch.setenv("CPMEETING_USER", "Tom Notes")
    monkeypatch.setenv("CPMEETING_ROLE", "minute_taker")
    monkeypatch.setenv("CPMEETING_DEVICE", "laptop-2")
    with Archive.open() as minute_taker:
        conference = _saved_with_changes(minute_taker)
        entries = minute_taker.journal(conference.id)
    assert [e.kind for e in entries] == [EntryKind.RECORD] + [EntryKind.OPERATION] * 4
    assert {(e.author, e.role, e.device) for e in entries} == {
        ("Tom Notes", "minute_taker", "laptop-2")}
    assert entries[1].label == "Add minute entry"
    assert entries[1].payload["record"]["text"] == "Entry 0"
    assert all(isinstance(e.at, datetime) for e in entries)


def _tamper(archive: Archive, statement) -> None:
    with archive.engine.begin() as connection:
        connection.execute(statement)


def test_an_altered_entry_is_named(archive):
    conference = _saved_with_changes(archive)
    j = schema.journal
    with archive.engine.connect() as connection:
        text = connection.scalar(select(j.c.payload).where(j.c.conference_id == conference.id,
                                                           j.c.seq == 3))
    _tamper(archive, update(j).where(j.c.conference_id == conference.id, j.c.seq == 3)
            .values(payload=text.replace("Entry 1", "Entry one")))
    assert archive.check_journal(conference.id) == "entry 3 was altered after it was written"


def test_a_missing_entry_is_named(archive):
    conference = _saved_with_changes(archive)
    j = schema.journal
    _tamper(archive, delete(j).where(j.c.conference_id == conference.id, j.c.seq == 2))
    assert archive.check_journal(conference.id) == "entry 2 is missing"


def test_entries_cut_off_the_end_are_named(archive):
    conference = _saved_with_changes(archive)
    j = schema.journal
    _tamper(archive, delete(j).where(j.c.conference_id == conference.id, j.c.seq >= 4))
    assert archive.check_journal(conference.id) == "the entries from 4 on are missing"


def test_swapped_entries_are_named_as_out_of_order(archive):
    conference = _saved_with_changes(archive)
    j = schema.journal
    where = (j.c.conference_id == conference.id)
    _tamper(archive, update(j).where(where, j.c.seq == 2).values(seq=-2))
    _tamper(archive, update(j).where(where, j.c.seq == 3).values(seq=2))
    _tamper(archive, update(j).where(where, j.c.seq == -2).values(seq=3))
    assert archive.check_journal(conference.id) == "entry 2 is out of order"


def test_tables_changed_behind_the_journals_back_are_found(archive):
    conference = _saved_with_changes(archive)
    m = schema.RECORD_TABLES["minute_entries"]
    _tamper(archive, update(m).where(m.c.conference_id == conference.id)
            .values(text="rewritten"))
    assert archive.check_journal(conference.id) == (
        "the record's tables differ from what its journal adds up to")


def test_an_entry_from_a_newer_cpmeeting_is_refused_saying_so():
    with pytest.raises(NewerOperation, match="newer version of cpmeeting"):
        decode_operation({"v": 99, "op": "teleport", "label": "From the future"})


def test_a_newer_entry_in_the_journal_makes_the_check_say_so(archive):
    conference = _saved_with_changes(archive)
    with archive.engine.begin() as connection:
        journal.append(connection, conference.id, EntryKind.OPERATION, "From the future",
                       {"v": 2, "op": "teleport"}, archive.author, full_at(12))
    problem = archive.check_journal(conference.id)
    assert "newer version of cpmeeting" in problem


def test_undo_is_a_new_entry_never_a_deletion(archive):
    conference = full_conference()
    archive.save(conference)
    venue = SetFields("Venue", {"venue": "Room 4"}, path="")
    venue.apply(conference)
    archive.save(conference, [venue])
    undo = venue.inverse()
    undo.apply(conference)
    archive.save(conference, [undo])
    entries = archive.journal(conference.id)
    assert [e.payload.get("changes", {}).get("venue") for e in entries[1:]] == [
        "Room 4", full_conference().venue]
    assert archive.load(conference.id).venue == full_conference().venue


def test_a_due_date_worked_out_again_is_no_entry(archive):
    conference = _saved_with_changes(archive)
    before = len(archive.journal(conference.id))
    archive.refresh_summaries()
    assert len(archive.journal(conference.id)) == before


def test_an_unreadable_payload_is_reported_as_altered(archive):
    conference = _saved_with_changes(archive)
    j = schema.journal
    _tamper(archive, update(j).where(j.c.conference_id == conference.id, j.c.seq == 5)
            .values(payload="{not json"))
    assert archive.check_journal(conference.id) == "entry 5 was altered after it was written"


def test_replay_refuses_a_change_before_the_record_exists():
    entry = journal.JournalEntry("c", 1, full_at(10), "a", "chair", "d", EntryKind.OPERATION, "x",
                                 {"v": 1, "op": "set", "changes": {}, "path": ""}, "h")
    with pytest.raises(FormatError):
        journal.replay([entry])


def test_the_stored_payload_is_the_canonical_json_the_hash_covers(archive):
    conference = _saved_with_changes(archive)
    j = schema.journal
    with archive.engine.connect() as connection:
        text = connection.scalar(select(j.c.payload).where(j.c.conference_id == conference.id,
                                                           j.c.seq == 2))
    assert text == journal.canonical(json.loads(text))


class _Untold:
    """An operation of a kind the journal has no form for (saving never reverts it)."""

    label = "Something new"

    def apply(self, conference):
        conference.venue = "Changed by an operation of its own"
        conference.minutes.pop()


def test_an_operation_without_a_journal_form_is_kept_as_the_whole_record(archive):
    conference = _saved_with_changes(archive)
    untold = _Untold()
    untold.apply(conference)
    archive.save(conference, [untold])
    last = archive.journal(conference.id)[-1]
    assert (last.label, last.payload["op"]) == ("Something new", "replace")
    assert journal.replay(archive.journal(conference.id)) == archive.load(conference.id)
    assert archive.check_journal(conference.id) is None
