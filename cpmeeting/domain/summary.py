"""One line of the list of conferences, and when a conference counts as late.

The start screen shows these without loading any conference: the due date is worked out by
the rules when the conference is saved and kept with the summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .kinds import HELD_STATUSES, ConferenceKind, ConferenceStatus


def late_against(due: date, held_on: date, status: ConferenceStatus, today: date) -> bool:
    """Held or scheduled after its due date, or still not held when the due date has passed."""
    if held_on > due:
        return True
    return status not in HELD_STATUSES and today > due


@dataclass(frozen=True)
class ConferenceSummary:
    """One line of the archive's list of conferences."""

    id: str
    kind: ConferenceKind
    date: date
    status: ConferenceStatus
    children: str
    venue: str
    updated_at: datetime
    # When the conference must be held by (None: the date it counts from is not known).
    due_by: date | None = None
    # The plan's and the minutes' due dates while not yet sent (rules/circulation_due.py).
    plan_owed_by: date | None = None
    minutes_owed_by: date | None = None
    # The case it belongs to (its own id when it starts one) and the conference it follows.
    case_id: str = ""
    previous_id: str | None = None

    def owed(self) -> list[tuple[str, date]]:
        """("plan" or "minutes", due date) for each document still to send."""
        return [(what, day) for what, day in (("plan", self.plan_owed_by),
                                               ("minutes", self.minutes_owed_by)) if day]

    @property
    def case(self) -> str:
        return self.case_id or self.id

    def shows_due_date(self) -> bool:
        """A signed record is finished with: its due date no longer matters on the list."""
        return self.due_by is not None and self.status is not ConferenceStatus.SIGNED

    def is_late(self, today: date) -> bool:
        return self.shows_due_date() and late_against(self.due_by, self.date, self.status, today)


def upcoming_first(summaries: list[ConferenceSummary], today: date) -> list[ConferenceSummary]:
    """Today's and future conferences soonest first, then past ones most recent first."""
    upcoming = sorted((s for s in summaries if s.date >= today), key=lambda s: s.date)
    past = sorted((s for s in summaries if s.date < today), key=lambda s: s.date, reverse=True)
    return upcoming + past


def case_reference(case_id: str) -> str:
    """A short form of the case id that a person can read out and type into the search."""
    return case_id[:6].upper()


def case_places(summaries: list[ConferenceSummary]) -> dict[str, tuple[int, int]]:
    """Each conference's place in its case, earliest first: id -> (place, conferences)."""
    cases: dict[str, list[ConferenceSummary]] = {}
    for summary in summaries:
        cases.setdefault(summary.case, []).append(summary)
    places: dict[str, tuple[int, int]] = {}
    for members in cases.values():
        if len(members) > 1:  # most conferences are alone in their case: nothing to sort
            members.sort(key=lambda s: (s.date, s.updated_at))
        for place, summary in enumerate(members, start=1):
            places[summary.id] = (place, len(members))
    return places


def grouped_by_case(summaries: list[ConferenceSummary], today: date) -> list[ConferenceSummary]:
    """upcoming_first, with the other conferences of each case right after its first one
    (newest first), so a case reads as one block: the review to come, then its history."""
    blocks: dict[str, list[ConferenceSummary]] = {}  # in the order of each case's first
    for summary in upcoming_first(summaries, today):
        blocks.setdefault(summary.case, []).append(summary)
    result: list[ConferenceSummary] = []
    for head, *rest in blocks.values():
        result.append(head)
        if rest:  # most conferences are alone in their case: nothing to sort
            result.extend(sorted(rest, key=lambda s: (s.date, s.updated_at), reverse=True))
    return result
