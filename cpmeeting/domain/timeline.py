"""The case over time, as the chair sees it at the top of a review: the strategy discussion,
each conference of the case, the core group meetings held and those due, and what is due next
(domain.md §2, §3). Built from the chain of conferences alone, so the window, the minutes and
the tests all read the same events.

Every event says where it stands in words (done, held late, due, overdue), with a shape beside
the words, never a colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from .conference import Conference
from .kinds import KIND_TITLES, ConferenceKind
from .profile import AuthorityProfile
from .rules.deadlines import (
    TITLES,
    DueDate,
    _months,
    conference_due_date,
    due_dates,
    plan_expected,
)
from .rules.explain import _identity, format_day
from .rules.progress_checks import core_group_meetings_due
from .rules.review_decision import transfer_in_due
from .text import N_


class EventKind(StrEnum):
    """What happened, or is due, in the life of the case."""

    STRATEGY_DISCUSSION = "strategy_discussion"
    CONFERENCE = "conference"
    CORE_GROUP = "core_group"
    CORE_GROUP_DUE = "core_group_due"
    NEXT_CORE_GROUP = "next_core_group"
    NEXT_REVIEW = "next_review"
    TRANSFER_IN_DUE = "transfer_in_due"
    PLAN_ENDS = "plan_ends"


class EventState(StrEnum):
    """Where an event stands, always said in words."""

    DONE = "done"
    LATE = "late"  # held, but after the date it was due
    THIS = "this"  # the conference this timeline is shown at
    THIS_LATE = "this_late"
    DUE = "due"
    OVERDUE = "overdue"

    @property
    def title(self) -> str:
        return STATE_TITLES[self]

    @property
    def symbol(self) -> str:
        """A shape for each state, so it reads in black and white and without colour."""
        return STATE_SYMBOLS[self]


STATE_TITLES: dict[EventState, str] = {
    EventState.DONE: N_("Done"),
    EventState.LATE: N_("Held late"),
    EventState.THIS: N_("This conference"),
    EventState.THIS_LATE: N_("This conference, held later than due"),
    EventState.DUE: N_("Upcoming"),
    EventState.OVERDUE: N_("Overdue"),
}

STATE_SYMBOLS: dict[EventState, str] = {
    EventState.DONE: "✓",
    EventState.LATE: "◐",
    EventState.THIS: "●",
    EventState.THIS_LATE: "●",
    EventState.DUE: "○",
    EventState.OVERDUE: "✗",
}

EVENT_TITLES: dict[EventKind, str] = {
    EventKind.STRATEGY_DISCUSSION: N_("Strategy discussion"),
    EventKind.CORE_GROUP: N_("Core group meeting"),
    EventKind.CORE_GROUP_DUE: N_("Core group meeting due; none held by then"),
    EventKind.NEXT_CORE_GROUP: N_("Next core group meeting"),
    EventKind.NEXT_REVIEW: TITLES["review"],
    EventKind.TRANSFER_IN_DUE: N_("Transfer-in conference at {authority}"),
    EventKind.PLAN_ENDS: N_("The plan ends for every child: no further review"),
}

DUE_BY = N_("Due by {date}")

# On one day: what happened first reads first (the discussion, then the meeting it led to).
_RANK = {kind: rank for rank, kind in enumerate(EventKind)}


@dataclass(frozen=True)
class TimelineEvent:
    """One line of the case timeline: when, what, where it stands, and why that date."""

    on: date
    kind: EventKind
    state: EventState
    conference_kind: ConferenceKind | None = None  # for a conference
    conference_id: str | None = None
    due: DueDate | None = None  # the rule behind the date, when a rule sets it
    authority: str = ""  # the receiving authority of a transfer

    def render_title(self, translate: Callable[[str], str] = _identity) -> str:
        """What the event is: 'Review child protection conference', 'Core group meeting'."""
        if self.conference_kind is not None:
            return translate(KIND_TITLES[self.conference_kind])
        kind = self.kind
        if kind is EventKind.CORE_GROUP_DUE and self.state is EventState.DUE:
            kind = EventKind.NEXT_CORE_GROUP  # still ahead: not yet missed
        return translate(EVENT_TITLES[kind]).format(authority=self.authority)

    def render_state(self, translate: Callable[[str], str] = _identity) -> str:
        """'✓ Done', '✗ Overdue': the shape and the words."""
        return f"{self.state.symbol} {translate(self.state.title)}"

    def render_detail(self, translate: Callable[[str], str] = _identity,
                      day: Callable[[date], str] = format_day,
                      plural: Callable[[str, str, int], str] | None = None) -> str:
        """Why the date falls when it does: 'Due by 23 Feb 2027: 3 months after ...'."""
        if self.due is None:
            return ""
        due_by = translate(DUE_BY).format(date=day(self.due.effective))
        return f"{due_by}: {self.due.render_basis(translate, day, plural)}"

    @property
    def is_due_next(self) -> bool:
        """Still ahead: a date due after the last conference, or one before it not yet come."""
        return self.kind in (EventKind.NEXT_CORE_GROUP, EventKind.NEXT_REVIEW,
                             EventKind.TRANSFER_IN_DUE) or (
            self.kind is EventKind.CORE_GROUP_DUE and self.state is EventState.DUE)


def case_timeline(chain: Sequence[Conference], profile: AuthorityProfile,
                  today: date) -> list[TimelineEvent]:
    """The events of the case, earliest first, as they stand on `today`.

    `chain` is the case, earliest conference first (review.case_chain); its last conference
    is the one the timeline is shown at. Conferences before it are held; what is due next
    counts from the last one.
    """
    if not chain:
        return []
    last = chain[-1]
    events: list[TimelineEvent] = []
    first = chain[0]
    if first.previous_conference_date is not None:
        # The conference before the first one given (the chain not loaded): known by the
        # date and kind the review carries.
        events.append(TimelineEvent(first.previous_conference_date, EventKind.CONFERENCE,
                                    EventState.DONE, conference_kind=first.previous_conference_kind
                                    or ConferenceKind.REVIEW,
                                    conference_id=first.previous_conference_id))
    for conference in chain:
        if conference.strategy_discussion_date is not None:
            events.append(TimelineEvent(conference.strategy_discussion_date,
                                        EventKind.STRATEGY_DISCUSSION, EventState.DONE))
        events.append(_conference_event(conference, profile, is_last=conference is last))
        events += _core_groups(conference, profile, today)
    events += _due_next(last, profile, today)
    return sorted(events, key=lambda e: (e.on, _RANK[e.kind]))


def _conference_event(conference: Conference, profile: AuthorityProfile,
                      is_last: bool) -> TimelineEvent:
    due = conference_due_date(conference, profile)
    late = due is not None and conference.date > due.effective
    if is_last:
        state = EventState.THIS_LATE if late else EventState.THIS
    else:
        state = EventState.LATE if late else EventState.DONE
    return TimelineEvent(conference.date, EventKind.CONFERENCE, state,
                         conference_kind=conference.kind, conference_id=conference.id, due=due)


def met_core_groups(due: Sequence[date], held: Sequence[date]) -> list[bool]:
    """For each due date, whether a core group meeting was held by then: each meeting counts
    for one due date, the earliest it can (a meeting held early serves the next date due)."""
    waiting = sorted(held)
    used = 0
    met = []
    for day in sorted(due):
        if used < len(waiting) and waiting[used] <= day:
            used += 1
            met.append(True)
        else:
            met.append(False)
    return met


def _core_groups(conference: Conference, profile: AuthorityProfile,
                 today: date) -> list[TimelineEvent]:
    """The meetings held since the conference before this one, and each date due with none."""
    since = conference.previous_conference_date
    held = sorted(m.held_on for m in conference.core_group_meetings
                  if (since is None or m.held_on > since) and m.held_on <= conference.date)
    events = [TimelineEvent(day, EventKind.CORE_GROUP, EventState.DONE) for day in held]
    due = sorted(core_group_meetings_due(conference, profile))
    for day, met in zip(due, met_core_groups(due, held), strict=True):
        if not met:
            state = EventState.DUE if day >= today else EventState.OVERDUE
            events.append(TimelineEvent(day, EventKind.CORE_GROUP_DUE, state))
    return events


def _due_next(last: Conference, profile: AuthorityProfile, today: date) -> list[TimelineEvent]:
    """What is due after the last conference: the next core group and the next review, or
    the end of the plan; a transfer-in conference at the receiving authority."""
    events: list[TimelineEvent] = []
    if last.transfer_out_authority.strip() and (there := transfer_in_due(last, profile)):
        events.append(TimelineEvent(there, EventKind.TRANSFER_IN_DUE, _ahead(there, today),
                                    authority=last.transfer_out_authority.strip()))
    if not plan_expected(last):
        events.append(TimelineEvent(last.date, EventKind.PLAN_ENDS, EventState.DONE))
        return events
    rules = {d.key: d for d in due_dates(last, profile)}
    review = rules["review"]
    events.append(TimelineEvent(review.effective, EventKind.NEXT_REVIEW,
                                _ahead(review.effective, today), due=review))
    core = rules.get("core_group")
    if core is None:
        # After a review the core group goes on meeting at least monthly (progress_checks).
        core = replace(_months(last, "core_group", last.kind, last.date, 1),
                       arranged=last.plan.core_group.first_meeting)
    when = core.applies
    events.append(TimelineEvent(when, EventKind.NEXT_CORE_GROUP, _ahead(when, today), due=core))
    return events


def _ahead(day: date, today: date) -> EventState:
    return EventState.DUE if day >= today else EventState.OVERDUE


def due_next(events: Sequence[TimelineEvent]) -> list[TimelineEvent]:
    """The events still ahead: what the chair sets dates for at the end of the meeting."""
    return [e for e in events if e.is_due_next]
