"""Operations and look-ups the live meeting needs beyond plain field edits.

Each function returns an Operation (or None when nothing would change); the window runs it.
Labels are English msgids; the window passes translated labels where it shows them.
"""

from __future__ import annotations

import copy
from datetime import date, datetime

from .conference import Conference, IntroductionPoint
from .decision import Category, Outcome, ParticipantView
from .minutes import MinuteEntry
from .operations import AddRecord, Operation, SetFields, Several
from .people import AttendanceStatus, Invitee, Presence, Role
from .plan import DateOverride
from .stages import Stage
from .text import N_

NOT_PARTICIPANTS = frozenset({Role.CHAIR, Role.MINUTE_TAKER, Role.OBSERVER, Role.INTERPRETER})


def _person(conference: Conference, invitee_id: str) -> Invitee:
    person = conference.invitee(invitee_id)
    if person is None:
        raise ValueError(f"No invitee with id {invitee_id}.")
    return person


def mark_present(
    conference: Conference, invitee_id: str, at: datetime, label: str = N_("Mark arrival")
) -> Operation | None:
    """Arrived (or back in the room) now: opens a presence spell; None if already in the room."""
    person = _person(conference, invitee_id)
    if person.is_in_room and person.presence:
        return None
    status = person.attendance if person.attendance.attends else AttendanceStatus.PRESENT
    spells = copy.deepcopy(person.presence) + [Presence(joined=at)]
    return SetFields(label, {"attendance": status, "presence": spells}, record_id=invitee_id)


def _start(conference: Conference, at: datetime) -> datetime:
    if conference.start_time is None:
        return at
    return min(at, datetime.combine(conference.date, conference.start_time))


def mark_left(
    conference: Conference, invitee_id: str, at: datetime, label: str = N_("Mark left")
) -> Operation | None:
    """Left the room now: closes the open spell and marks them present for part only."""
    person = _person(conference, invitee_id)
    if not person.is_in_room:
        return None
    # Marked present without a time: assume they were there from the start of the meeting.
    spells = copy.deepcopy(person.presence) or [Presence(joined=_start(conference, at))]
    spells[-1].left = at
    changes: dict = {"presence": spells}
    if person.attendance is AttendanceStatus.PRESENT:
        changes["attendance"] = AttendanceStatus.PART
    return SetFields(label, changes, record_id=invitee_id)


def add_substitute(
    conference: Conference, original_id: str, name: str, at: datetime,
    label: str = N_("Add substitute"),
) -> Operation:
    """A substitute from the same agency arrives in place of an invitee."""
    original = _person(conference, original_id)
    substitute = Invitee(
        name=name, role=original.role, agency=original.agency, group=original.group,
        involvement=original.involvement, attendance=AttendanceStatus.PRESENT,
        presence=[Presence(joined=at)], substitute_for=original.id,
    )
    return Several(label, [
        SetFields(label, {"attendance": AttendanceStatus.SUBSTITUTE_SENT}, record_id=original.id),
        AddRecord(label, "invitees", substitute),
    ])


def cover_introduction_point(
    conference: Conference, point: IntroductionPoint, covered: bool, at: datetime,
    minute_text: str, label: str = N_("Introduction point"),
) -> Operation | None:
    """Tick (or untick) a point; ticking also minutes that the chair covered it."""
    points = set(conference.introduction_covered)
    if (point in points) == covered:
        return None
    points = points | {point} if covered else points - {point}
    steps: list[Operation] = [SetFields(label, {"introduction_covered": points}, path="")]
    if covered:
        # Kept from anyone excluded at that moment, as every entry made during an exclusion is.
        withheld = {p.id for p in conference.excluded_at(at)}
        steps.append(AddRecord(label, "minutes",
                               MinuteEntry(minute_text, Stage.INTRODUCTION, at, not_for=withheld)))
    return Several(label, steps)


def participants(conference: Conference) -> list[Invitee]:
    """Those whose views the conference records: attending, or sending a report."""
    return [
        p for p in conference.invitees
        if p.role not in NOT_PARTICIPANTS
        and (p.attendance.attends or p.attendance is AttendanceStatus.REPORT_ONLY)
    ]


def contributing_agencies(conference: Conference) -> list[Invitee]:
    """Practitioners present or reporting: one contribution each."""
    return [
        p for p in conference.invitees
        if p.role.is_professional
        and (p.attendance.attends or p.attendance is AttendanceStatus.REPORT_ONLY
             or p.report_received is not None)
    ]


def plan_owners(conference: Conference) -> list[Invitee]:
    """Who may own an action: those attending and every family member."""
    return [
        p for p in conference.invitees
        if p.role not in NOT_PARTICIPANTS and (p.attendance.attends or p.role.is_family)
    ]


def participant_view(conference: Conference, invitee_id: str, child_id: str) -> ParticipantView | None:
    return next(
        (v for v in conference.participant_views
         if v.invitee_id == invitee_id and v.child_id == child_id), None)


def record_view(
    conference: Conference, invitee_id: str, child_id: str,
    recommendation: Outcome | None = None, toggle: Category | None = None,
    label: str = N_("Record view"),
) -> Operation:
    """Set a participant's recommendation for a child, or toggle one category."""
    view = participant_view(conference, invitee_id, child_id)
    current = view or ParticipantView(invitee_id=invitee_id, child_id=child_id)
    changes: dict = {}
    if recommendation is not None:
        changes["recommendation"] = recommendation
    if toggle is not None:
        changes["categories"] = set(current.categories) ^ {toggle}
    if view is None:
        for name, value in changes.items():
            setattr(current, name, value)
        return AddRecord(label, "participant_views", current)
    return SetFields(label, changes, record_id=view.id)


def set_date_override(
    conference: Conference, key: str, on: date | None, reason: str,
    label: str = N_("Override date"),
) -> Operation:
    """Override a computed date with a reason (on=None removes the override)."""
    kept = [o for o in conference.plan.date_overrides if o.what != key]
    if on is not None:
        kept.append(DateOverride(what=key, on=on, reason=reason))
    return SetFields(label, {"date_overrides": kept}, path="plan")
