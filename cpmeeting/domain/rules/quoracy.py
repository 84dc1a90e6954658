"""Quoracy at a moment, with the reasons for every person counted or not (domain.md §4)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..conference import Conference, ConferenceKind, InquoratePath
from ..people import AttendanceStatus, Invitee, Involvement, PractitionerGroup, Role
from ..profile import AuthorityProfile, QuoracySettings
from ..stages import Stage
from ..text import N_
from .deadlines import reconvene_due
from .explain import Finding, finding
from .labels import GROUP_TITLES, agency_label, by_agency, group_of

_ROLE_REASONS: dict[Role, str] = {
    Role.CHAIR: N_("{name} chairs the conference; the chair is not counted."),
    Role.MINUTE_TAKER: N_("{name} takes the minutes; the minute-taker is not counted."),
    Role.OBSERVER: N_("{name} is an observer; observers are not counted."),
    Role.SUPPORTER: N_("{name} is a supporter; supporters are not counted."),
    Role.ADVOCATE: N_("{name} is an advocate; advocates are not counted."),
    Role.SOLICITOR: N_("{name} is a solicitor; solicitors are not counted."),
    Role.INTERPRETER: N_("{name} is an interpreter; interpreters are not counted."),
    Role.PARENT: N_("{name} is family; family members are not counted for quoracy."),
    Role.CARER: N_("{name} is family; family members are not counted for quoracy."),
    Role.FAMILY_NETWORK: N_("{name} is family; family members are not counted for quoracy."),
    Role.CHILD: N_("{name} is family; family members are not counted for quoracy."),
}
_SPECIALIST = N_("{name} attends as a specialist, not for direct contact with the child; "
                 "specialists are not counted.")
_ATTENDANCE_REASONS: dict[AttendanceStatus, str] = {
    AttendanceStatus.NOT_RECORDED: N_("{name}: attendance is not recorded yet."),
    AttendanceStatus.APOLOGIES: N_("{name} sent apologies."),
    AttendanceStatus.SUBSTITUTE_SENT: N_("{name} sent a substitute."),
    AttendanceStatus.REPORT_ONLY: N_("{name} sent a written report; a report is not attendance."),
    AttendanceStatus.DID_NOT_ATTEND: N_("{name} did not attend."),
}
_VIDEO_NOT_COUNTED = N_("{name} joined by video, which this authority does not count.")
_VIDEO_NOT_AGREED = N_("{name} joined by video without the chair's prior agreement.")
_LEFT = N_("{name} left at {time}.")
_NOT_YET_JOINED = N_("{name} had not joined by {time} (joined at {joined}).")
_SAME_AGENCY = N_("{name} is from {agency}, which is counted once.")
_NO_GROUP = N_("{name} has no agency or practitioner group recorded.")

_COUNTED = N_("{agency}: {names}")
_NO_LEAD = N_("Children's social care (or the NSPCC as lead statutory body) is not represented.")
_REQUIRED_MISSING = N_("{group} is required by this authority and is not represented.")
_ONE_MORE = N_("One more agency with direct contact with the child is needed.")
_MORE = N_("{count} more agencies with direct contact with the child are needed.")

_QUORATE = N_("Quorate: {lead} and {count} other agencies with direct contact.")
_QUORATE_ONE = N_("Quorate: {lead} and 1 other agency with direct contact.")
_NOT_QUORATE = N_("Not quorate: {lead} and only {count} other agencies with direct contact "
                  "({needed} needed).")
_NOT_QUORATE_ONE = N_("Not quorate: {lead} and only 1 other agency with direct contact "
                      "({needed} needed).")
_NOT_QUORATE_NO_LEAD = N_("Not quorate: children's social care is not represented; "
                          "{count} other agencies with direct contact ({needed} needed).")
_NOT_QUORATE_REQUIRED = N_("Not quorate: {group} is required by this authority.")

# How the lead agency reads in the middle of a sentence.
_LEAD_IN_SENTENCE: dict[PractitionerGroup, str] = {
    PractitionerGroup.CHILDRENS_SOCIAL_CARE: N_("children's social care"),
    PractitionerGroup.NSPCC: N_("the NSPCC"),
}


@dataclass(frozen=True)
class QuoracyVerdict:
    """Whether the conference is quorate at a moment, and every reason why."""

    quorate: bool
    moment: datetime | None
    counted: list[Finding]
    not_counted: list[Finding]
    missing: list[Finding]
    headline: Finding | None = field(default=None, compare=False)

    @property
    def summary(self) -> str:
        """One line in English; the window renders headline with its translation instead."""
        return self.headline.render() if self.headline is not None else ""


def stand_in(person: Invitee, conference: Conference) -> Invitee:
    """A substitute takes the agency, group and involvement of the person they replace."""
    original = conference.invitee(person.substitute_for)
    if original is None:
        return person
    return dataclasses.replace(
        person,
        agency=person.agency or original.agency,
        group=person.group if person.group is not None else original.group,
        involvement=person.involvement or original.involvement,
    )


def _reason_not_counted(person: Invitee, settings: QuoracySettings,
                        at: datetime | None) -> Finding | None:
    """Why this person does not count, or None if they do."""
    def why(message: str, **params: object) -> Finding:
        return finding(message, Stage.ATTENDANCE, person.id, name=person.name, **params)

    if person.role in _ROLE_REASONS:
        return why(_ROLE_REASONS[person.role])
    if person.role is Role.SPECIALIST or person.involvement is Involvement.EXPERTISE:
        return why(_SPECIALIST)
    status = person.attendance
    if status is AttendanceStatus.REPORT_ONLY and settings.count_written_reports:
        return None
    if status in _ATTENDANCE_REASONS:
        return why(_ATTENDANCE_REASONS[status])
    if status is AttendanceStatus.VIDEO:
        if not settings.count_video:
            return why(_VIDEO_NOT_COUNTED)
        if not person.video_agreed_by_chair:
            return why(_VIDEO_NOT_AGREED)
    if at is not None and not person.in_room_at(at):
        return _absence_at(person, at, why)
    return None


def _absence_at(person: Invitee, at: datetime, why: Callable[..., Finding]) -> Finding:
    started = [spell for spell in person.presence if spell.joined <= at]
    if not started:
        return why(_NOT_YET_JOINED, time=at, joined=min(s.joined for s in person.presence))
    latest = max(started, key=lambda spell: spell.joined)
    return why(_LEFT, time=latest.left or at)


def check_quoracy(conference: Conference, profile: AuthorityProfile,
                  at: datetime | None = None) -> QuoracyVerdict:
    """Quoracy at a moment (None: everyone who took part at any point)."""
    settings = profile.quoracy
    not_counted: list[Finding] = []
    counting: list[Invitee] = []
    for person in conference.invitees:
        effective = stand_in(person, conference)
        reason = _reason_not_counted(effective, settings, at)
        if reason is None and group_of(effective) is None and not effective.agency.strip():
            reason = finding(_NO_GROUP, Stage.ATTENDANCE, person.id, name=person.name)
        if reason is not None:
            not_counted.append(reason)
        else:
            counting.append(effective)

    lead_groups = _lead_groups(settings)
    lead_found: PractitionerGroup | None = None
    lead_counted: list[Finding] = []
    other_counted: list[Finding] = []
    groups_present: set[PractitionerGroup] = set()
    for people in by_agency(counting):
        first = people[0]
        group = group_of(first)
        if group is not None:
            groups_present.add(group)
        item = finding(_COUNTED, Stage.ATTENDANCE, first.id, ok=True,
                       agency=agency_label(first), names=", ".join(p.name for p in people))
        if group in lead_groups:
            lead_found = lead_found or group
            lead_counted.append(item)
        else:
            other_counted.append(item)
        for extra in people[1:]:
            not_counted.append(finding(_SAME_AGENCY, Stage.ATTENDANCE, extra.id,
                                       name=extra.name, agency=agency_label(first)))
    # The lead agency first, as a chair reads it out; the rest in the order of the list.
    counted = lead_counted + other_counted
    order = {p.id: index for index, p in enumerate(conference.invitees)}
    not_counted.sort(key=lambda item: order.get(item.record_id or "", len(order)))
    others = len(other_counted)

    missing: list[Finding] = []
    if lead_found is None:
        missing.append(finding(_NO_LEAD, Stage.ATTENDANCE))
    required_missing = [g for g in settings.required_groups[1:] if g not in groups_present]
    for group in required_missing:
        missing.append(finding(_REQUIRED_MISSING, Stage.ATTENDANCE, group=GROUP_TITLES[group]))
    short = settings.min_other_agencies - others
    if short == 1:
        missing.append(finding(_ONE_MORE, Stage.ATTENDANCE))
    elif short > 1:
        missing.append(finding(_MORE, Stage.ATTENDANCE, count=short))

    quorate = not missing
    headline = _headline(quorate, lead_found, others, settings, required_missing)
    return QuoracyVerdict(quorate, at, counted, not_counted, missing, headline)


def _lead_groups(settings: QuoracySettings) -> set[PractitionerGroup]:
    lead = set(settings.lead_alternatives)
    if settings.required_groups:
        lead.add(settings.required_groups[0])
    return lead


def _headline(quorate: bool, lead: PractitionerGroup | None, others: int,
              settings: QuoracySettings, required_missing: list[PractitionerGroup]) -> Finding:
    lead_title = _LEAD_IN_SENTENCE.get(lead, GROUP_TITLES[lead]) if lead is not None else ""
    if quorate:
        template = _QUORATE_ONE if others == 1 else _QUORATE
        return finding(template, Stage.ATTENDANCE, ok=True, lead=lead_title, count=others)
    if lead is None:
        return finding(_NOT_QUORATE_NO_LEAD, Stage.ATTENDANCE, count=others,
                       needed=settings.min_other_agencies)
    if others >= settings.min_other_agencies and required_missing:
        return finding(_NOT_QUORATE_REQUIRED, Stage.ATTENDANCE,
                       group=GROUP_TITLES[required_missing[0]])
    template = _NOT_QUORATE_ONE if others == 1 else _NOT_QUORATE
    return finding(template, Stage.ATTENDANCE, lead=lead_title, count=others,
                   needed=settings.min_other_agencies)


_SHOULD_NOT_PROCEED = N_("The conference is not quorate and should not ordinarily proceed.")
_CHOOSE_PATH = N_("Have an interim protection plan produced, or review the existing plan "
                  "with those present.")
_NO_PLAN_TO_REVIEW = N_("There is no existing plan to review at this conference: have an "
                        "interim protection plan produced.")
_RECORD_REASONS = N_("Record the reasons the conference is not quorate.")
_SET_DATE = N_("Set a new date now: within {count} working days, by {date}.")
_SET_DATE_PLAIN = N_("Set a new date now.")
_DATE_TOO_LATE = N_("The new date {date} is later than {due}, {count} working days after "
                    "this conference.")


def inquorate_path_needed(verdict: QuoracyVerdict, conference: Conference | None = None,
                          profile: AuthorityProfile | None = None) -> list[Finding]:
    """What the chair must still do when the conference is not quorate (empty when quorate).

    Given the conference and profile, it takes account of the inquorate record already made
    and names the latest reconvene date.
    """
    if verdict.quorate:
        return []
    record = conference.inquorate if conference is not None else None
    todo = [finding(_SHOULD_NOT_PROCEED, Stage.ATTENDANCE)]
    if record is None:
        todo.append(finding(_CHOOSE_PATH, Stage.ATTENDANCE))
    elif (record.path is InquoratePath.REVIEW_EXISTING_PLAN and conference is not None
          and conference.kind in (ConferenceKind.INITIAL, ConferenceKind.PRE_BIRTH)):
        todo.append(finding(_NO_PLAN_TO_REVIEW, Stage.ATTENDANCE))
    if record is None or not record.reasons.strip():
        todo.append(finding(_RECORD_REASONS, Stage.ATTENDANCE))
    due = reconvene_due(conference, profile) if conference and profile else None
    if record is None or record.new_date is None:
        if due is None:
            todo.append(finding(_SET_DATE_PLAIN, Stage.ATTENDANCE))
        else:
            todo.append(finding(_SET_DATE, Stage.ATTENDANCE, date=due.effective,
                                count=profile.timescales.inquorate_reconvene_working_days))
    elif due is not None and record.new_date > due.effective:
        todo.append(finding(_DATE_TOO_LATE, Stage.ATTENDANCE, date=record.new_date,
                            due=due.effective,
                            count=profile.timescales.inquorate_reconvene_working_days))
    return todo


def quoracy_moment(conference: Conference, now: datetime) -> datetime | None:
    """The moment the live quoracy panel should judge.

    During the meeting's day that is now. Looking at a record on another day (the minutes
    afterwards, or a demo dated ahead), "now" would find nobody in the room, so judge at the
    latest decision if one was taken, else over the whole meeting.
    """
    if now.date() == conference.date:
        return now
    decided = [d.decided_at for d in conference.decisions if d.decided_at is not None]
    return max(decided) if decided else None
