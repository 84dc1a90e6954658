"""At a review: the core group meetings that were due since the last conference, and what the
progress stage still needs before the record can be signed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..conference import Conference, ConferenceKind
from ..profile import AuthorityProfile
from ..stages import Stage
from ..text import N_
from .calendar import WorkingCalendar, add_months
from .explain import Finding, finding

# After these the first core group is due within the profile's working days (domain.md §3);


@dataclass(frozen=True)
class CoreGroupTally:
    """Core group meetings since the last conference: how many were due, how many held."""

    due: tuple[date, ...]
    held: tuple[date, ...]

    @property
    def short_by(self) -> int:
        return max(0, len(self.due) - len(self.held))


def core_group_meetings_due(conference: Conference, profile: AuthorityProfile) -> list[date]:
    """The dates by which core group meetings were due between the last conference and this
    one: the first within the working days after a plan starts, then at least monthly."""
    since = conference.previous_conference_date
    if since is None:
        return []
    before = conference.previous_conference_kind
    if before is not None and before.starts_a_plan:
        first = WorkingCalendar(profile.nation).add_working_days(
            since, profile.timescales.core_group_working_days)
    else:
        first = add_months(since, 1)
    due: list[date] = []
    months = 0
    while (step := add_months(first, months)) < conference.date:
        due.append(step)
        months += 1
    return due


def core_group_tally(conference: Conference, profile: AuthorityProfile) -> CoreGroupTally:
    since = conference.previous_conference_date
    held = sorted(m.held_on for m in conference.core_group_meetings
                  if (since is None or m.held_on > since) and m.held_on <= conference.date)
    return CoreGroupTally(tuple(core_group_meetings_due(conference, profile)), tuple(held))


def progress(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    """Every action and outcome of the last plan needs a status, and an action its evidence."""
    if conference.kind is not ConferenceKind.REVIEW:
        return []
    found: list[Finding] = []
    for number, item in enumerate(conference.action_progress, start=1):
        if item.status is None:
            found.append(finding(N_("Say how far action {number} of the last plan got: done, "
                                    "partly done, not done or no longer needed."),
                                 Stage.PROGRESS, item.id, number=number))
        elif not item.evidence.strip():
            found.append(finding(N_("Record the evidence for action {number} of the last plan."),
                                 Stage.PROGRESS, item.id, number=number))
    for number, item in enumerate(conference.outcome_progress, start=1):
        if item.status is None:
            found.append(finding(N_("Give outcome {number} of the last plan a status: red, "
                                    "amber or green."), Stage.PROGRESS, item.id, number=number))
    return found
