"""The archive: every conference, the authority profile, the directory, drafts and app state.

Saving compares the rows a conference maps to with the rows last written for it and writes
only the difference, in one transaction: a new minute entry costs one INSERT (and the
conference's updated_at). Nothing is written in clear: the default database is SQLCipher.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, insert, select, update

from cpmeeting.domain.conference import Conference, ConferenceKind, ConferenceStatus
from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.journal import Conflict, EntryKind
from cpmeeting.domain.operations import Operation
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.rules.deadlines import conference_due_date
from cpmeeting.domain.summary import ConferenceSummary
from cpmeeting.domain.unlock_throttle import UnlockThrottle

from . import journal, schema, sharing
from .history import History
from .identity import current_author
from .journal import Change
from .layout import (
    LAST_CONFERENCE,
    LAST_STAGE,
    SUMMARIES_STATE,
    SUMMARIES_VERSION,
)
from .opening import open_database, writable_engine
from .rows import (
    CONFERENCE_COLUMNS,
    KIND_COLUMNS,
    PLAN_COLUMNS,
    Rows,
    build_conference,
    conference_rows,
    record_changed,
)
from .secrets import remember_archive_passphrase, uses_passphrase

PROFILE_ID = 1
LOCK_PIN_STATE = "lock_pin"
UNLOCK_THROTTLE_STATE = "unlock_throttle"  # wrong unlock tries in a row, and the wait's end
__all__ = ["Archive", "ConferenceNotFound", "ConferenceSummary"]


@dataclass
class SaveOutcome:
    """What a save found: on a server, whether other windows' changes came in first, and
    what both changed at once (for the person to choose)."""

    conflicts: list[Conflict] = field(default_factory=list)
    took_in_others: bool = False


class ConferenceNotFound(KeyError):
    """No conference with this id in the archive."""

    def __str__(self) -> str:
        return f"No conference with id {self.args[0]} in the archive."


def _stage_times_state(conference_id: str) -> str:
    """The app_state row holding a conference's time per stage."""
    return f"stage_times:{conference_id}"


class Archive(History):
    """The store of conferences; open it with Archive.open()."""

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only  # opened for reading only: its folder cannot be written
        self._reopen = None  # after opening on a full disk: how to open it for writing
        # The rows last written (or read) per conference: what save() compares against.
        self._written: dict[str, Rows] = {}
        self._heads: dict[str, journal.Head] = {}  # the journal's newest entry per conference
        self.author = current_author()  # who the journal names beside each change
        # This window, to the others on a server: its own notifications are not news to it.
        self.session = uuid.uuid4().hex[:16]
        self._profile: AuthorityProfile | None = None  # for the due dates kept on the list

    @classmethod
    def open(cls, url: str | None = None, passphrase: str | None = None,
             key: str | None = None) -> Archive:
        """Open (creating and migrating if needed) the archive at url, or the default file
        (with its key if already known: the quick start-up has read it).

        An encrypted file whose folder cannot be written opens read-only. On a disk so full
        that SQLite cannot open the file for writing (it needs room for its -shm file), it
        opens for reading, and for writing once space is freed (ensure_writable)."""
        opened = open_database(url, passphrase, key)
        if passphrase and url is None and uses_passphrase():
            remember_archive_passphrase(passphrase)  # it opened the archive: the right one
        archive = cls(opened.engine, opened.read_only)
        archive._reopen = opened.reopen
        if not opened.read_only:  # (both write)
            archive._refresh_summaries_if_stale()
            archive._start_journals_if_pending()
        return archive

    @property
    def waiting_for_space(self) -> bool:
        """Opened on a full disk: read-only until ensure_writable succeeds."""
        return self._reopen is not None

    def ensure_writable(self) -> None:
        """After opening on a full disk, open the file for writing now; raises (as SQLite
        does) while the disk is still too full. Otherwise nothing to do."""
        if self._reopen is None:
            return
        engine = writable_engine(self._reopen)
        self.engine.dispose()
        self.engine, self._reopen, self.read_only = engine, None, False

    def close(self) -> None:
        """Release the database; the open conferences' snapshots (and the passphrase it was
        opened with) are forgotten."""
        remember_archive_passphrase(None)
        self._written.clear()
        self._heads.clear()
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # Conferences

    def list_conferences(self, search: str = "") -> list[ConferenceSummary]:
        """Summaries, newest date first; search matches child names, date text and status."""
        c = schema.conferences
        query = select(c.c.id, c.c.kind, c.c.date, c.c.status, c.c.children_names, c.c.venue,
                       c.c.updated_at, c.c.due_by, c.c.plan_owed_by, c.c.minutes_owed_by,
                       c.c.case_id, c.c.previous_conference_id)
        for word in search.lower().split():
            query = query.where(c.c.search_text.contains(word, autoescape=True))
        query = query.order_by(c.c.date.desc(), c.c.updated_at.desc())
        with self.engine.connect() as connection:
            return [
                ConferenceSummary(row.id, ConferenceKind(row.kind), row.date,
                                  ConferenceStatus(row.status), row.children_names, row.venue,
                                  row.updated_at, row.due_by, row.plan_owed_by,
                                  row.minutes_owed_by, row.case_id or "",
                                  row.previous_conference_id)
                for row in connection.execute(query)
            ]

    def load(self, conference_id: str) -> Conference:
        """The whole conference; raises ConferenceNotFound."""
        with self.engine.connect() as connection:
            return self._load(connection, conference_id)

    def _load(self, connection: Connection, conference_id: str) -> Conference:
        conference_row = connection.execute(
            select(schema.conferences).where(schema.conferences.c.id == conference_id)
        ).mappings().first()
        if conference_row is None:
            raise ConferenceNotFound(conference_id)
        plan_row = connection.execute(
            select(schema.plan).where(schema.plan.c.conference_id == conference_id)
        ).mappings().first()
        record_rows = {
            name: connection.execute(
                select(table).where(table.c.conference_id == conference_id)
                .order_by(table.c.position)
            ).mappings().all()
            for name, table in schema.RECORD_TABLES.items()
        }
        conference = build_conference(conference_row, plan_row, record_rows)
        self._written[conference_id] = conference_rows(
            conference, conference_row["due_by"],
            (conference_row["plan_owed_by"], conference_row["minutes_owed_by"]))
        if conference_row["journal_seq"] is not None:
            self._heads[conference_id] = journal.Head(conference_row["journal_seq"],
                                                      conference_row["journal_hash"])
        return conference

    def save(self, conference: Conference, operations: Sequence[Operation | Change] = (),
             label: str = "") -> SaveOutcome:
        """Write every change since the last save or load of this conference, all or nothing,
        with one journal entry per operation (already applied to conference). Without
        operations, a change is kept as the whole record, under label ("Imported", say)."""
        return self.save_many([conference], {conference.id: operations}, label)

    def save_many(self, conferences: list[Conference],
                  operations: dict[str, Sequence[Operation | Change]] | None = None,
                  label: str = "") -> SaveOutcome:
        """Save several conferences in one transaction, new rows batched (imports, tests).

        On a server, another window may have written since this one last read: its entries
        are taken in first and ours put after them (store/rebase.py); what both changed is
        returned as conflicts, for the person to choose."""
        operations = operations or {}
        pending = []
        for conference in conferences:
            new = self._rows(conference)
            changes = [c if isinstance(c, Change) else Change.of(c, conference)
                       for c in operations.get(conference.id, ())]
            if self._written.get(conference.id) != new or changes:
                pending.append((conference, new, changes))
        if not pending:
            return SaveOutcome()
        inserts: dict[str, list[dict[str, Any]]] = {}
        heads: dict[str, journal.Head] = {}
        outcome = SaveOutcome()
        conflicts = outcome.conflicts
        written: list[tuple[str, Rows]] = []
        with self.engine.begin() as connection:
            for conference, new, changes in pending:
                old = self._written.get(conference.id)
                if old is None:
                    old = self._stored_ids(connection, conference.id)
                head = self._head(connection, conference.id, old)
                known = self._heads.get(conference.id)
                if known is not None and head.seq != known.seq:
                    old, new, changes = self._rebase(connection, conference, known, changes,
                                                     conflicts)
                    outcome.took_in_others = True
                before = head
                head = self._journal_rows(conference, old, new, changes, head, label,
                                          inserts.setdefault("journal", []))
                heads[conference.id] = head
                written.append((conference.id, new))
                self._write_changes(connection, conference.id, old, new, inserts, head)
                if head != before and connection.dialect.name == "postgresql":
                    sharing.notify(connection, sharing.Message(
                        "entry", conference.id, self.session, head.seq))
            # New rows last, parents first, one executemany per table.
            for table in schema.metadata.sorted_tables:
                if inserts.get(table.name):
                    connection.execute(insert(table), inserts[table.name])
        # Only after the commit: a failed save leaves the snapshots as the database is.
        self._written.update(written)
        self._heads.update(heads)
        return outcome

    def _head(self, connection: Connection, conference_id: str, old: Rows) -> journal.Head:
        """The journal's newest entry. One process owns an SQLite file, so the head it wrote
        last is still the head; on a server another window may have written since: read it,
        holding the conference's row so that appends queue up one after the other."""
        if conference_id not in old["conferences"]:
            return journal.Head()
        if connection.dialect.name == "sqlite" and conference_id in self._heads:
            return self._heads[conference_id]
        return journal.stored_head(connection, conference_id, lock=True)

    def _journal_rows(self, conference: Conference, old: Rows, new: Rows,
                      changes: list[Change], head: journal.Head, label: str,
                      rows: list[dict[str, Any]]) -> journal.Head:
        """The journal entries of this save, added to rows; returns the new head."""
        at = datetime.now().replace(microsecond=0)
        author = self.author
        if changes:
            entries = [(EntryKind.OPERATION, c.label, c.payload) for c in changes]
        elif head.seq == 0 or record_changed(old, new):
            # Made or changed outside an operation (created, imported): the record itself.
            what = label or ("Conference created" if head.seq == 0 else "Record replaced")
            entries = [(EntryKind.RECORD, what, journal.record_payload(conference))]
        else:
            return head  # only the list's summary (a due date) moved: not a change to the record
        for kind, what, payload in entries:
            head = journal.entry_row(conference.id, head, kind, what, payload, author, at, rows)
        return head

    def _rows(self, conference: Conference) -> Rows:
        """The rows the conference is stored as, its summary columns worked out now."""
        return conference_rows(conference, self._due_by(conference), self._owed(conference))

    def _due_by(self, conference: Conference) -> date | None:
        if self._profile is None:
            self._profile = self.load_profile()
        due = conference_due_date(conference, self._profile)
        return due.effective if due is not None else None

    def _owed(self, conference: Conference) -> tuple[date | None, date | None]:
        """The plan's and the minutes' due dates while not yet sent (rules/circulation_due)."""
        from cpmeeting.domain.rules.circulation_due import owed_dates

        if self._profile is None:
            self._profile = self.load_profile()
        return owed_dates(conference, self._profile)

    def _refresh_summaries_if_stale(self) -> None:
        """Work out the due dates on the list again after a migration or a change of rules."""
        with self.engine.connect() as connection:
            if self._state(connection, SUMMARIES_STATE) == SUMMARIES_VERSION:
                return
        self.refresh_summaries()

    def refresh_summaries(self) -> None:
        """Work out every conference's due dates again (the profile has changed). Signed ones
        too: their copies may still be owed."""
        self._profile = None
        for summary in self.list_conferences():
            self.save(self.load(summary.id))
        with self.engine.begin() as connection:
            self._set_state(connection, SUMMARIES_STATE, SUMMARIES_VERSION)

    def delete(self, conference_id: str) -> None:
        """Remove a conference and everything recorded in it."""
        with self.engine.begin() as connection:
            connection.execute(
                delete(schema.conferences).where(schema.conferences.c.id == conference_id)
            )
            if self._state(connection, LAST_CONFERENCE) == conference_id:
                self._set_state(connection, LAST_CONFERENCE, None)
                self._set_state(connection, LAST_STAGE, None)
            connection.execute(delete(schema.app_state).where(
                schema.app_state.c.name == _stage_times_state(conference_id)))
        self._written.pop(conference_id, None)
        self._heads.pop(conference_id, None)

    def _stored_ids(self, connection: Connection, conference_id: str) -> Rows:
        """For a conference saved before this session: which rows exist (values unknown)."""
        rows: Rows = {}
        c, p = schema.conferences, schema.plan
        rows["conferences"] = {i: None for i in connection.scalars(
            select(c.c.id).where(c.c.id == conference_id))}
        rows["plan"] = {i: None for i in connection.scalars(
            select(p.c.conference_id).where(p.c.conference_id == conference_id))}
        for name, table in schema.RECORD_TABLES.items():
            rows[name] = {i: None for i in connection.scalars(
                select(table.c.id).where(table.c.conference_id == conference_id))}
        return rows

    def _write_changes(self, connection: Connection, conference_id: str, old: Rows,
                       new: Rows, inserts: dict[str, list[dict[str, Any]]],
                       head: journal.Head) -> None:
        """Run the updates and deletes; collect the inserts (run by the caller, in order)."""
        now = datetime.now()
        conference_values = dict(zip(CONFERENCE_COLUMNS, new["conferences"][conference_id],
                                     strict=True), journal_seq=head.seq, journal_hash=head.hash)
        c = schema.conferences
        if conference_id in old["conferences"]:
            connection.execute(update(c).where(c.c.id == conference_id)
                               .values(**conference_values, updated_at=now))
        else:
            inserts.setdefault("conferences", []).append(
                {"id": conference_id, "created_at": now, "updated_at": now, **conference_values})
        plan_values = new["plan"][conference_id]
        if old["plan"].get(conference_id) != plan_values:
            p = schema.plan
            values = dict(zip(PLAN_COLUMNS, plan_values, strict=True))
            if conference_id in old["plan"]:
                connection.execute(update(p).where(p.c.conference_id == conference_id)
                                   .values(**values))
            else:
                inserts.setdefault("plan", []).append({"conference_id": conference_id, **values})
        for name, table in schema.RECORD_TABLES.items():
            self._write_table(connection, table, KIND_COLUMNS[name], conference_id,
                              old.get(name, {}), new[name], inserts.setdefault(name, []))

    @staticmethod
    def _write_table(connection: Connection, table: Table, columns: tuple[str, ...],
                     conference_id: str, old: dict[str, Any], new: dict[str, tuple],
                     inserts: list[dict[str, Any]]) -> None:
        gone = [row_id for row_id in old if row_id not in new]
        if gone:
            connection.execute(delete(table).where(table.c.conference_id == conference_id,
                                                   table.c.id.in_(gone)))
        inserts.extend(
            {"conference_id": conference_id, "id": row_id, **dict(zip(columns, values, strict=True))}
            for row_id, values in new.items() if row_id not in old
        )
        for row_id, values in new.items():
            if row_id in old and old[row_id] != values:
                connection.execute(
                    update(table)
                    .where(table.c.conference_id == conference_id, table.c.id == row_id)
                    .values(**dict(zip(columns, values, strict=True)))
                )

    # The authority profile

    def load_profile(self) -> AuthorityProfile:
        """The stored profile, or the defaults of domain.md if none is stored yet."""
        with self.engine.connect() as connection:
            row = connection.execute(
                select(schema.profile).where(schema.profile.c.id == PROFILE_ID)
            ).mappings().first()
        return AuthorityProfile() if row is None else schema.PROFILE_CODEC.build(row)

    def awaits_set_up(self) -> bool:
        """No profile stored and no conference yet: a first run, for the set-up assistant.
        (Archives from before the assistant have conferences: they open as they always did.)"""
        with self.engine.connect() as connection:
            has_profile = connection.scalar(select(schema.profile.c.id).limit(1)) is not None
            return not has_profile and connection.scalar(
                select(schema.conferences.c.id).limit(1)) is None

    def save_profile(self, profile: AuthorityProfile) -> None:
        """Store the profile (there is one per archive)."""
        codec = schema.PROFILE_CODEC
        values = dict(zip((c.name for c in codec.columns), codec.values(profile), strict=True))
        with self.engine.begin() as connection:
            self._upsert(connection, schema.profile, {"id": PROFILE_ID}, values)
        # Its timescales and nation decide the due dates shown on the list.
        self.refresh_summaries()

    # The directory of agencies and practitioners

    def directory(self) -> list[DirectoryEntry]:
        """Every directory entry, by name."""
        table = schema.directory
        with self.engine.connect() as connection:
            rows = connection.execute(select(table).order_by(table.c.name)).mappings().all()
        entries = []
        for row in rows:
            entry = schema.DIRECTORY_CODEC.build(row)
            entry.id = row["id"]
            entries.append(entry)
        return entries

    def save_directory_entry(self, entry: DirectoryEntry) -> None:
        """Add the entry, or change it if its id is known."""
        codec = schema.DIRECTORY_CODEC
        values = dict(zip((c.name for c in codec.columns), codec.values(entry), strict=True))
        with self.engine.begin() as connection:
            self._upsert(connection, schema.directory, {"id": entry.id}, values)

    def remove_directory_entry(self, entry_id: str) -> None:
        """Remove one entry from the directory."""
        with self.engine.begin() as connection:
            connection.execute(delete(schema.directory).where(schema.directory.c.id == entry_id))

    # Drafts of text being typed, for recovery after a crash

    def save_draft(self, conference_id: str, key: str, text: str) -> None:
        """Keep the text typed so far under key; empty text removes the draft."""
        table = schema.drafts
        where = {"conference_id": conference_id, "key": key}
        with self.engine.begin() as connection:
            if text:
                self._upsert(connection, table, where,
                             {"text": text, "updated_at": datetime.now()})
            else:
                connection.execute(delete(table).where(table.c.conference_id == conference_id,
                                                       table.c.key == key))

    def load_drafts(self, conference_id: str) -> dict[str, str]:
        """The drafts kept for this conference, by key."""
        table = schema.drafts
        with self.engine.connect() as connection:
            rows = connection.execute(select(table.c.key, table.c.text)
                                      .where(table.c.conference_id == conference_id))
            return {row.key: row.text for row in rows}

    # Where the user was, so reopening returns there

    def set_last_opened(self, conference_id: str | None, stage: str | None) -> None:
        """Remember the open conference and stage (None when nothing is open)."""
        with self.engine.begin() as connection:
            self._set_state(connection, LAST_CONFERENCE, conference_id)
            self._set_state(connection, LAST_STAGE, stage)

    def last_opened(self) -> tuple[str | None, str | None]:
        """The conference and stage open when the app last stopped."""
        with self.engine.connect() as connection:
            return self._state(connection, LAST_CONFERENCE), self._state(connection, LAST_STAGE)

    def stage_times(self, conference_id: str) -> dict[str, int]:
        """Seconds spent so far in each stage of this conference (kept across a reopen)."""
        with self.engine.connect() as connection:
            value = self._state(connection, _stage_times_state(conference_id))
        try:
            times = json.loads(value) if value else {}
        except ValueError:
            return {}
        if not isinstance(times, dict):
            return {}
        return {str(stage): int(seconds) for stage, seconds in times.items()
                if isinstance(seconds, int | float)}

    def save_stage_times(self, conference_id: str, times: dict[str, int]) -> None:
        """Keep the seconds spent in each stage: one state row per conference, one upsert."""
        with self.engine.begin() as connection:
            self._set_state(connection, _stage_times_state(conference_id),
                            json.dumps(times, sort_keys=True))

    def lock_pin_hash(self) -> str | None:
        """The scrypt hash of the PIN that unlocks the window (gui/screen_lock.py), if chosen."""
        with self.engine.connect() as connection:
            return self._state(connection, LOCK_PIN_STATE)

    def set_lock_pin_hash(self, value: str) -> None:
        with self.engine.begin() as connection:
            self._set_state(connection, LOCK_PIN_STATE, value)

    def unlock_throttle(self) -> UnlockThrottle:
        """Wrong unlock tries in a row and when their wait ends: kept across restarts."""
        with self.engine.connect() as connection:
            stored = self._state(connection, UNLOCK_THROTTLE_STATE)
        try:
            found = json.loads(stored or "{}")
            until = found.get("wait_until")
            return UnlockThrottle(int(found.get("failures", 0)),
                                  datetime.fromisoformat(until) if until else None)
        except (ValueError, TypeError, AttributeError):
            return UnlockThrottle()

    def set_unlock_throttle(self, throttle: UnlockThrottle) -> None:
        until = throttle.wait_until.isoformat() if throttle.wait_until else None
        with self.engine.begin() as connection:
            self._set_state(connection, UNLOCK_THROTTLE_STATE, json.dumps(
                {"failures": throttle.failures, "wait_until": until}))

    @staticmethod
    def _state(connection: Connection, name: str) -> str | None:
        table = schema.app_state
        return connection.scalar(select(table.c.value).where(table.c.name == name))

    def _set_state(self, connection: Connection, name: str, value: str | None) -> None:
        self._upsert(connection, schema.app_state, {"name": name}, {"value": value})

    @staticmethod
    def _upsert(connection: Connection, table: Table, key: dict[str, Any],
                values: dict[str, Any]) -> None:
        """Update the row with this key, or insert it: dialect-neutral, one statement usually."""
        where = [table.c[name] == value for name, value in key.items()]
        if connection.execute(update(table).where(*where).values(**values)).rowcount == 0:
            connection.execute(insert(table).values(**key, **values))
