"""Whether an exclusion is fully recorded (domain.md §6); each problem says what to record."""

from __future__ import annotations

from ..conference import Conference
from ..exclusion import Exclusion, ExclusionScope, ViewsRepresentation
from ..profile import AuthorityProfile
from ..stages import Stage
from ..text import N_
from .calendar import WorkingCalendar
from .explain import Finding, finding

_UNKNOWN_PERSON = N_("The person excluded is not on the list of invitees.")
_NOT_FAMILY = N_("{name} is not a family member; only family members can be excluded.")
_NO_GROUND = N_("Record at least one ground for excluding {name}.")
_NO_REQUESTER = N_("Record who asked for {name} to be excluded.")
_NO_REQUEST_DATE = N_("Record when the exclusion of {name} was requested.")
_LATE_REQUEST = N_("The request to exclude {name} came {count} working days before the "
                   "conference ({needed} expected): record why it was late.")
_NO_PERIOD = N_("Record the items or the time from which {name} is excluded.")
_ENDS_BEFORE_START = N_("The exclusion of {name} ends before it starts.")
_NO_EVIDENCE = N_("Record the evidence relied on to exclude {name}.")
_NO_VIEWS_ROUTE = N_("Record how the views of {name} will be represented.")
_NO_VIEWS_NOTE = N_("Describe how the views of {name} will be represented.")
_NO_OUTCOME_ROUTE = N_("Record how {name} will learn the outcome of the conference.")
_NOT_TOLD = N_("Record when {name} was told of the exclusion in writing.")
_NO_COMPLAINTS = N_("Give {name} the complaints procedure with the written notice.")


def check_exclusion(exclusion: Exclusion, conference: Conference,
                    profile: AuthorityProfile) -> list[Finding]:
    """What is missing or wrong in this exclusion's record; empty when it is complete."""
    person = conference.invitee(exclusion.invitee_id)
    name = person.name if person is not None else "?"

    def problem(message: str, **params: object) -> Finding:
        return finding(message, Stage.EXCLUSIONS, exclusion.id, name=name, **params)

    problems: list[Finding] = []
    if person is None:
        problems.append(problem(_UNKNOWN_PERSON))
    elif not person.role.is_family:
        problems.append(problem(_NOT_FAMILY))
    if not exclusion.grounds:
        problems.append(problem(_NO_GROUND))
    if not exclusion.requested_by.strip():
        problems.append(problem(_NO_REQUESTER))
    problems.extend(_notice_problems(exclusion, conference, profile, problem))
    problems.extend(_period_problems(exclusion, problem))
    if not exclusion.evidence.strip():
        problems.append(problem(_NO_EVIDENCE))
    if exclusion.views_represented_by is None:
        problems.append(problem(_NO_VIEWS_ROUTE))
    elif (exclusion.views_represented_by is ViewsRepresentation.OTHER
          and not exclusion.views_representation_note.strip()):
        problems.append(problem(_NO_VIEWS_NOTE))
    # Whether they receive the minutes is a yes/no the chair always has; how they hear the
    # outcome is the part that gets forgotten.
    if not exclusion.how_told_outcome.strip():
        problems.append(problem(_NO_OUTCOME_ROUTE))
    if exclusion.told_in_writing_on is None:
        problems.append(problem(_NOT_TOLD))
    if not exclusion.complaints_procedure_given:
        problems.append(problem(_NO_COMPLAINTS))
    return problems


def _notice_problems(exclusion: Exclusion, conference: Conference, profile: AuthorityProfile,
                     problem) -> list[Finding]:
    # Someone asked to leave during the meeting cannot have been given notice beforehand.
    if exclusion.asked_to_leave_during_meeting:
        return []
    if exclusion.requested_on is None:
        return [problem(_NO_REQUEST_DATE)]
    needed = profile.timescales.exclusion_notice_working_days
    notice = WorkingCalendar(profile.nation).working_days_between(
        exclusion.requested_on, conference.date)
    if notice < needed and not exclusion.late_request_reason.strip():
        return [problem(_LATE_REQUEST, count=max(notice, 0), needed=needed)]
    return []


def _period_problems(exclusion: Exclusion, problem) -> list[Finding]:
    if exclusion.scope is ExclusionScope.WHOLE:
        return []
    if not exclusion.items.strip() and exclusion.start is None:
        return [problem(_NO_PERIOD)]
    if exclusion.start is not None and exclusion.end is not None and exclusion.end <= exclusion.start:
        return [problem(_ENDS_BEFORE_START)]
    return []
