"""The record's history: who changed what, when, on which computer.

Pure data. The store keeps the entries (append-only, hash-chained: store/journal.py), the
interchange package gives operations their stable JSON form, and the audit reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from .text import N_


class AuthorRole(StrEnum):
    """What the person using this copy of cpmeeting does at a conference."""

    CHAIR = "chair"
    MINUTE_TAKER = "minute_taker"
    BUSINESS_SUPPORT = "business_support"

    @property
    def title(self) -> str:
        return AUTHOR_ROLE_TITLES[self]


AUTHOR_ROLE_TITLES: dict[AuthorRole, str] = {
    AuthorRole.CHAIR: N_("Chair"),
    AuthorRole.MINUTE_TAKER: N_("Minute-taker"),
    AuthorRole.BUSINESS_SUPPORT: N_("Business support"),
}


@dataclass(frozen=True)
class Author:
    """The person using this copy of cpmeeting, and the computer they use."""

    name: str
    role: AuthorRole
    device: str

    @property
    def may_sign(self) -> bool:
        return self.role is AuthorRole.CHAIR


class EntryKind(StrEnum):
    OPERATION = "operation"  # one change, replayed by applying it
    RECORD = "record"  # the whole record: created, imported, or as it stood when the journal began
    EVENT = "event"  # something done with the record that does not change it: an export


@dataclass(frozen=True)
class JournalEntry:
    """One entry of a conference's journal, as stored."""

    conference_id: str
    seq: int
    at: datetime
    author: str
    role: str
    device: str
    kind: EntryKind
    label: str
    payload: Any  # the decoded JSON
    hash: str


@dataclass(frozen=True)
class Conflict:
    """Two people changed the same field at once: the second is shown both values and chooses.

    Theirs is already in the record; mine was not applied. Choosing mine is a new change."""

    label: str  # what the second person was doing ("Venue")
    field: str
    theirs: Any
    mine: Any
    their_author: str
    record_id: str | None = None
    path: str = ""
