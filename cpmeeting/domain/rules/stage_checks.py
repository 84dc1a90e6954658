"""What each stage still needs before the record can be signed (domain.md §5 to §10)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..analysis import FRAMEWORK_HEADINGS
from ..conference import Child, Conference, ConferenceKind, IntroductionPoint
from ..decision import Decision, Outcome, ReviewAction
from ..meeting_ops import contributing_agencies
from ..people import AttendanceStatus, Role
from ..profile import AuthorityProfile
from ..stages import Stage
from ..text import N_
from ..voice import ParticipationCode, ViewsRoute
from .exclusion_checks import check_exclusion
from .explain import Finding, finding
from .labels import agency_label, by_agency
from .progress_checks import progress
from .quoracy import check_quoracy, inquorate_path_needed, stand_in
from .review_decision import review_decision

_INTRODUCTION: dict[IntroductionPoint, str] = {
    IntroductionPoint.PURPOSE: N_("The chair has not yet explained the purpose of the conference."),
    IntroductionPoint.AGENDA: N_("The chair has not yet confirmed the agenda."),
    IntroductionPoint.CONFIDENTIALITY: N_("The chair has not yet covered confidentiality."),
    IntroductionPoint.EQUAL_OPPORTUNITIES: N_(
        "The chair has not yet said that racist, homophobic or threatening behaviour will "
        "not be tolerated."),
    IntroductionPoint.NOT_A_COURT: N_("The chair has not yet said that this is not a court."),
    IntroductionPoint.COMPLAINTS: N_("The chair has not yet explained the complaints procedure."),
    IntroductionPoint.INTRODUCTIONS: N_(
        "Introductions are not done: who is here and in what capacity."),
}

Check = Callable[[Conference, AuthorityProfile], list[Finding]]


def introduction(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    return [finding(message, Stage.INTRODUCTION) for point, message in _INTRODUCTION.items()
            if point not in conference.introduction_covered]


def attendance(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    found: list[Finding] = []
    for person in conference.invitees:
        if person.attendance is AttendanceStatus.NOT_RECORDED:
            found.append(finding(N_("Attendance is not recorded for {name}."),
                                 Stage.ATTENDANCE, person.id, name=person.name))
        elif person.attendance is AttendanceStatus.PART and not person.presence:
            found.append(finding(N_("Record when {name} joined and left."),
                                 Stage.ATTENDANCE, person.id, name=person.name))
    return found + _social_work_present(conference) + _quoracy_at_decision(conference, profile)


def _social_work_present(conference: Conference) -> list[Finding]:
    """If the social worker cannot attend, their team manager must [003]."""
    workers = conference.invitees_with_role(Role.SOCIAL_WORKER)
    managers = conference.invitees_with_role(Role.TEAM_MANAGER)
    if not workers or any(p.attendance is AttendanceStatus.NOT_RECORDED for p in workers):
        return []
    if any(p.attendance.attends for p in workers + managers):
        return []
    return [finding(N_("Neither the social worker nor their team manager is present: the "
                       "team manager must attend when the social worker cannot."),
                    Stage.ATTENDANCE, workers[0].id)]


def _decision_moments(conference: Conference) -> list[datetime | None]:
    moments = sorted({d.decided_at for d in conference.decisions if d.decided_at is not None})
    return list(moments) or [None]


def _quoracy_at_decision(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    """Quorate when each decision was taken, or the inquorate path fully recorded."""
    for moment in _decision_moments(conference):
        verdict = check_quoracy(conference, profile, moment)
        if verdict.quorate:
            continue
        if conference.inquorate is None:
            head = (finding(N_("The conference was not quorate when the decision was taken at "
                               "{time}."), Stage.ATTENDANCE, time=moment)
                    if moment is not None else
                    finding(N_("The conference is not quorate."), Stage.ATTENDANCE))
            return [head, *verdict.missing]
        # Only what the chair has still to do; the verdict itself is recorded already.
        return inquorate_path_needed(verdict, conference, profile)[1:]
    return []


def exclusions(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    return [item for exclusion in conference.exclusions
            for item in check_exclusion(exclusion, conference, profile)]


def childs_views(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    return [item for child in conference.children if not child.is_unborn
            for item in _view_findings(conference, child)]


def _view_findings(conference: Conference, child: Child) -> list[Finding]:
    view = conference.childs_view_for(child.id)

    def need(message: str, record_id: str) -> Finding:
        return finding(message, Stage.CHILDS_VIEWS, record_id, child=child.display_name)

    if view is None:
        return [need(N_("Record how the views of {child} reached the conference."), child.id)]
    found: list[Finding] = []
    if view.participation is None:
        found.append(need(N_("Choose the participation code for {child}."), view.id))
    not_obtained = (ViewsRoute.NOT_OBTAINED in view.routes
                    or view.participation is ParticipationCode.PN7)
    if not view.routes and not view.not_obtained_reason.strip():
        found.append(need(N_("Record how the views of {child} reached the conference, or why "
                             "they were not obtained."), view.id))
    elif not_obtained and not view.not_obtained_reason.strip():
        found.append(need(N_("Record why the views of {child} were not obtained."), view.id))
    return found


def contributions(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    """Each agency the contributions page lists owes one contribution (from any of its people)."""
    people = [stand_in(p, conference) for p in contributing_agencies(conference)]
    contributed = {c.invitee_id for c in conference.contributions
                   if c.summary.strip() or c.progress_against_plan.strip()}
    return [
        finding(N_("No contribution is recorded from {agency}."), Stage.CONTRIBUTIONS,
                members[0].id, agency=agency_label(members[0]))
        for members in by_agency(people)
        if not any(member.id in contributed for member in members)
    ]


def analysis(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    headings = FRAMEWORK_HEADINGS[conference.analysis_framework][:3]
    used = {item.heading for item in conference.analysis if item.text.strip()}
    return [finding(N_("Nothing is recorded under \u201c{heading}\u201d."), Stage.ANALYSIS,
                    heading=heading.title)
            for heading in headings if heading not in used]


def decision(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    return [item for child in conference.children
            for item in _decision_findings(conference, child)]


def _decision_findings(conference: Conference, child: Child) -> list[Finding]:
    made = conference.decision_for(child.id)

    def need(message: str, record_id: str) -> Finding:
        return finding(message, Stage.DECISION, record_id, child=child.display_name)

    if made is None or made.outcome is None:
        return [need(N_("No decision is recorded for {child}."), made.id if made else child.id)]
    found: list[Finding] = []
    plan = made.outcome is Outcome.CHILD_PROTECTION_PLAN
    if made.significant_harm is not None and made.significant_harm != plan:
        found.append(need(N_(
            "The decision for {child} does not match the finding on significant harm: a child "
            "protection plan follows if, and only if, the child is likely to suffer "
            "significant harm."), made.id))
    if plan and not made.categories:
        found.append(need(N_("Choose at least one category for the child protection plan for "
                             "{child}."), made.id))
    if not made.reasons.strip():
        found.append(need(N_("Record the chair's reasons for the decision for {child}."),
                          made.id))
    if conference.kind is ConferenceKind.REVIEW:
        found.extend(_review_findings(made, need))
    return found


def _review_findings(made: Decision, need: Callable[[str, str], Finding]) -> list[Finding]:
    """At a review: the plan continues, changes or ends, and ends for a recorded reason."""
    if made.review_action is None:
        return [need(N_("Record whether the plan for {child} continues, changes or ends."),
                     made.id)]
    if made.review_action is not ReviewAction.DISCONTINUE:
        return []
    if made.discontinue_reason is None:
        return [need(N_("Record why the plan for {child} ends."), made.id)]
    if made.outcome is Outcome.CHILD_PROTECTION_PLAN:
        return [need(N_("The plan for {child} is recorded as ending, yet the outcome is a "
                        "child protection plan."), made.id)]
    return []


def plan(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    if not any(d.outcome is Outcome.CHILD_PROTECTION_PLAN for d in conference.decisions):
        return []
    outline = conference.plan

    def need(message: str, record_id: str | None = None, **params: object) -> Finding:
        return finding(message, Stage.PLAN, record_id, **params)

    found: list[Finding] = []
    if outline.lead_social_worker_id is None or conference.invitee(
            outline.lead_social_worker_id) is None:
        found.append(need(N_("Name the lead social worker.")))
    if not outline.outcomes:
        found.append(need(N_("Record at least one outcome: what must change, and by when.")))
    if not outline.actions:
        found.append(need(N_("Record the actions: who does what, and by when.")))
    for number, action in enumerate(outline.actions, start=1):
        if action.owner_id is None and not action.owner_text.strip():
            found.append(need(N_("Action {number} has nobody responsible for it."),
                              action.id, number=number))
        if action.due is None:
            found.append(need(N_("Action {number} has no date to be done by."),
                              action.id, number=number))
    if not outline.contingency.strip():
        found.append(need(N_("Record the contingency plan: what happens if nothing changes.")))
    if not outline.core_group.member_ids:
        found.append(need(N_("Name the members of the core group.")))
    return found


def minutes_withheld(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    """Entries made while someone was excluded must be kept from that person's copy."""
    found: list[Finding] = []
    for entry in conference.minutes:
        for person in conference.excluded_at(entry.at):
            if person.id not in entry.not_for:
                found.append(finding(
                    N_("A minute entry at {time} was made while {name} was excluded, but it "
                       "is not kept from their copy."),
                    entry.stage, entry.id, time=entry.at, name=person.name))
    return found


CHECKS: tuple[Check, ...] = (
    introduction, attendance, exclusions, childs_views, contributions, progress, analysis,
    decision, review_decision, plan, minutes_withheld,
)
