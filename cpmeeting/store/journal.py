"""The journal table: append an entry in the caller's transaction, read entries back, check
the chain of hashes, and replay the entries into the record they add up to.

Each entry's hash covers its predecessor's hash, its own sequence number and every stored
field, so an edited, removed or reordered row breaks the chain at that row. The conference row
keeps the newest sequence number and hash too: that catches entries cut off the end.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.journal import Author, EntryKind, JournalEntry
from cpmeeting.domain.operations import Operation, ReplaceRecord
from cpmeeting.interchange.codec import FormatError, decode, encode
from cpmeeting.interchange.operation_codec import decode_operation, encode_operation

from . import schema

GENESIS = "0" * 64  # the "previous hash" of a conference's first entry


def canonical(value: Any) -> str:
    """The one JSON text of a value: what is stored, and what the hash covers."""
    # Key order as written (the codec writes fields in a fixed order), so that reading the
    # stored text back and writing it again gives the same text, and the same hash.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def entry_hash(previous: str, conference_id: str, seq: int, at: datetime, author: str,
               role: str, device: str, kind: str, label: str, payload: str) -> str:
    header = canonical([previous, conference_id, seq, at.isoformat(), author, role, device,
                        kind, label])
    return hashlib.sha256(f"{header}\n{payload}".encode()).hexdigest()


def record_payload(conference: Conference) -> Any:
    """The whole record as a journal payload: the interchange form."""
    return encode(conference, Conference)


@dataclass(frozen=True)
class Head:
    """A conference's newest entry: its sequence number and hash (0 and GENESIS: none yet)."""

    seq: int = 0
    hash: str = GENESIS


def stored_head(connection: Connection, conference_id: str, lock: bool = False) -> Head:
    """The head the conference row names; lock=True holds the row until the transaction ends,
    so that two writers on a server append one after the other (PostgreSQL)."""
    c = schema.conferences
    query = select(c.c.journal_seq, c.c.journal_hash).where(c.c.id == conference_id)
    if lock and connection.dialect.name != "sqlite":
        query = query.with_for_update()
    row = connection.execute(query).first()
    if row is None or row.journal_seq is None:
        return Head()
    return Head(row.journal_seq, row.journal_hash)


@dataclass(frozen=True)
class Change:
    """An operation in its journal form, encoded when it was applied (a later operation in
    the same save may remove the record it names)."""

    label: str
    payload: dict[str, Any]

    @classmethod
    def of(cls, operation: Operation, conference: Conference) -> Change:
        try:
            return cls(operation.label, encode_operation(operation, conference))
        except TypeError:
            # An operation with no journal form of its own: kept as the whole record after
            # it, so that replaying the journal still gives exactly this record.
            whole = ReplaceRecord(operation.label, conference)
            return cls(operation.label, encode_operation(whole, conference))


def entry_row(conference_id: str, head: Head, kind: EntryKind, label: str, payload: Any,
              author: Author, at: datetime, rows: list[dict[str, Any]]) -> Head:
    """The row of one entry after head, added to rows (the caller inserts them in its
    transaction, and writes the new head to the conference row); returns the new head."""
    text = canonical(payload)
    seq = head.seq + 1
    digest = entry_hash(head.hash, conference_id, seq, at, author.name, author.role.value,
                        author.device, kind.value, label, text)
    rows.append({"conference_id": conference_id, "seq": seq, "at": at, "author": author.name,
                 "role": author.role.value, "device": author.device, "kind": kind.value,
                 "label": label, "payload": text, "hash": digest})
    return Head(seq, digest)


def append(connection: Connection, conference_id: str, kind: EntryKind, label: str,
           payload: Any, author: Author, at: datetime) -> Head:
    """Add one entry now, in the caller's transaction, moving the conference row's head."""
    head = stored_head(connection, conference_id, lock=True)
    rows: list[dict[str, Any]] = []
    head = entry_row(conference_id, head, kind, label, payload, author, at, rows)
    connection.execute(insert(schema.journal), rows)
    c = schema.conferences
    connection.execute(update(c).where(c.c.id == conference_id)
                       .values(journal_seq=head.seq, journal_hash=head.hash))
    return head


def read(connection: Connection, conference_id: str, after: int = 0) -> list[JournalEntry]:
    """The entries after sequence number `after`, oldest first."""
    j = schema.journal
    rows = connection.execute(
        select(j).where(j.c.conference_id == conference_id, j.c.seq > after).order_by(j.c.seq))
    return [_entry(row) for row in rows.mappings()]


def _entry(row: Any) -> JournalEntry:
    try:
        payload = json.loads(row["payload"])
    except ValueError:
        payload = None  # reported by verify(): the stored text was changed
    try:
        kind = EntryKind(row["kind"])
    except ValueError:
        kind = EntryKind.EVENT
    return JournalEntry(row["conference_id"], row["seq"], row["at"], row["author"], row["role"],
                        row["device"], kind, row["label"], payload, row["hash"])


def _stored_hash_input(entry: JournalEntry, previous: str, seq: int) -> str:
    return entry_hash(previous, entry.conference_id, seq, entry.at, entry.author, entry.role,
                      entry.device, entry.kind.value, entry.label, canonical(entry.payload))


@dataclass(frozen=True)
class Break:
    """Where the chain is broken: the first entry that is altered, missing or out of place."""

    seq: int
    problem: str  # "altered", "missing", "reordered", "cut off"

    def describe(self) -> str:
        return {
            "altered": f"entry {self.seq} was altered after it was written",
            "missing": f"entry {self.seq} is missing",
            "reordered": f"entry {self.seq} is out of order",
            "cut off": f"the entries from {self.seq} on are missing",
        }[self.problem]


def find_break(entries: list[JournalEntry], head: Head) -> Break | None:
    """The first break in the chain, or None when every entry is as it was written."""
    previous = GENESIS
    for expected, entry in enumerate(entries, start=1):
        if entry.seq != expected:
            return Break(expected, "missing")
        if entry.payload is None or _stored_hash_input(entry, previous, expected) != entry.hash:
            return Break(expected, _altered_or_moved(entries, entry))
        previous = entry.hash
    if head.seq > len(entries):
        return Break(len(entries) + 1, "cut off")
    if head.seq < len(entries) or (entries and head.hash != entries[-1].hash):
        return Break(head.seq + 1 if head.seq < len(entries) else len(entries), "altered")
    return None


NEARBY = 6  # how far from its place a moved entry is looked for


def _altered_or_moved(entries: list[JournalEntry], entry: JournalEntry) -> str:
    """An entry whose hash fits a nearby place in the chain was moved from there; else it was
    altered. (Its hash covers its place and its predecessor's hash, both looked for near.)"""
    if entry.payload is None:
        return "altered"
    place = entry.seq
    nearby = entries[max(0, place - 1 - NEARBY):place + NEARBY]
    predecessors = [GENESIS, *(other.hash for other in nearby if other is not entry)]
    for seq in range(max(1, place - NEARBY), place + NEARBY + 1):
        if seq == place:
            continue
        if any(_stored_hash_input(entry, previous, seq) == entry.hash
               for previous in predecessors):
            return "reordered"
    return "altered"


def replay(entries: Iterable[JournalEntry]) -> Conference | None:
    """The record the entries add up to (None if they hold none). Raises FormatError for an
    entry this copy cannot read (one from a newer cpmeeting among them)."""
    conference: Conference | None = None
    for entry in entries:
        if entry.kind is EntryKind.RECORD:
            conference = decode(entry.payload, Conference, f"entry {entry.seq}")
        elif entry.kind is EntryKind.OPERATION:
            if conference is None:
                raise FormatError(f"entry {entry.seq}", "a change before the record was created")
            decode_operation(entry.payload).apply_to(conference)
    return conference
