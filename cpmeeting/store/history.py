"""The archive's side of the record's history: reading and checking the journal, events,
and, on a shared server, taking in what other windows wrote and putting ours after it.

A part of Archive (store/archive.py), kept apart so each file has one concern; it uses the
archive's engine, its row snapshots and its journal heads.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.journal import Conflict, EntryKind, JournalEntry
from cpmeeting.interchange.codec import FormatError, decode
from cpmeeting.interchange.operation_codec import decode_operation

from . import journal, schema
from .journal import Change
from .layout import JOURNAL_BASELINE
from .rebase import rebase, replace_in_place
from .rows import Rows


class History:
    """The journal methods of Archive."""

    def journal(self, conference_id: str, after: int = 0) -> list[JournalEntry]:
        """The conference's journal entries after sequence number `after`, oldest first."""
        with self.engine.connect() as connection:
            return journal.read(connection, conference_id, after)

    def known_head(self, conference_id: str) -> journal.Head:
        """The newest entry this archive has read or written for the conference."""
        return self._heads.get(conference_id, journal.Head())

    def set_known_head(self, conference_id: str, head: journal.Head) -> None:
        """Changes kept from an earlier session were made after head: the next save puts
        them after everything written since."""
        self._heads[conference_id] = head

    def journal_head(self, conference_id: str) -> journal.Head:
        """The newest entry the conference row names."""
        with self.engine.connect() as connection:
            return journal.stored_head(connection, conference_id)

    def record_event(self, conference_id: str, label: str, details: dict[str, Any]) -> None:
        """Keep something done with the record that does not change it (an export)."""
        with self.engine.begin() as connection:
            head = journal.append(connection, conference_id, EntryKind.EVENT, label, details,
                                  self.author, datetime.now().replace(microsecond=0))
        self._heads[conference_id] = head

    def _chain(self, conference_id: str) -> tuple[list[JournalEntry], journal.Head]:
        """Every entry of the conference's journal, and the head its row names."""
        with self.engine.connect() as connection:
            return (journal.read(connection, conference_id),
                    journal.stored_head(connection, conference_id))

    def journal_break(self, conference_id: str) -> str | None:
        """What breaks the chain of the conference's journal, in words; None when intact.
        (Cheaper than check_journal: the entries are hashed, not replayed.)"""
        broken = journal.find_break(*self._chain(conference_id))
        return None if broken is None else broken.describe()

    def check_journal(self, conference_id: str) -> str | None:
        """None when the journal is intact and replays to exactly the record the tables hold;
        otherwise what is wrong, in words, naming the first entry that is."""
        entries, head = self._chain(conference_id)
        broken = journal.find_break(entries, head)
        if broken is not None:
            return broken.describe()
        try:
            replayed = journal.replay(entries)
        except FormatError as error:
            return f"the journal cannot be replayed: {error}"
        stored = self.load(conference_id)
        if replayed is None or journal.record_payload(replayed) != journal.record_payload(stored):
            return "the record's tables differ from what its journal adds up to"
        return None

    def _start_journals_if_pending(self) -> None:
        """After migration 0004: each conference's first entry is the record as it stood."""
        with self.engine.connect() as connection:
            if self._state(connection, JOURNAL_BASELINE) != "pending":
                return
            ids = list(connection.scalars(select(schema.conferences.c.id).where(
                schema.conferences.c.journal_seq.is_(None))))
        at = datetime.now().replace(microsecond=0)
        for conference_id in ids:
            conference = self.load(conference_id)
            with self.engine.begin() as connection:
                self._heads[conference_id] = journal.append(
                    connection, conference_id, EntryKind.RECORD,
                    "Record as it stood when the journal began",
                    journal.record_payload(conference), self.author, at)
        with self.engine.begin() as connection:
            self._set_state(connection, JOURNAL_BASELINE, "done")

    def _rebase(self, connection: Connection, conference: Conference, known: journal.Head,
                changes: list[Change], conflicts: list[Conflict]
                ) -> tuple[Rows, Rows, list[Change]]:
        """Another window wrote after `known`: take the record as the server has it and put
        our changes after theirs. Returns the rows as stored, as they will be, and the
        changes as now applied."""
        state = self._load(connection, conference.id)
        stored = self._rows(state)
        remote = journal.read(connection, conference.id, after=known.seq)
        kept, found = rebase(state, remote, changes)
        conflicts.extend(found)
        replace_in_place(conference, state)
        return stored, self._rows(conference), kept

    def catch_up(self, conference: Conference) -> bool:
        """Take in the entries other windows wrote since this one last read or wrote (call
        with nothing of ours waiting to be saved); True if there were any."""
        known = self._heads.get(conference.id, journal.Head())
        with self.engine.connect() as connection:
            entries = journal.read(connection, conference.id, after=known.seq)
        if not entries:
            return False
        for entry in entries:
            if entry.kind is EntryKind.RECORD:
                replace_in_place(conference, decode(entry.payload, Conference,
                                                    f"entry {entry.seq}"))
            elif entry.kind is EntryKind.OPERATION:
                decode_operation(entry.payload).apply_to(conference)
        self._written[conference.id] = self._rows(conference)
        self._heads[conference.id] = journal.Head(entries[-1].seq, entries[-1].hash)
        return True
