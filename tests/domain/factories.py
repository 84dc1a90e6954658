"""Small invented conferences for the rule tests (all names are made up)."""

from __future__ import annotations

from datetime import date, datetime, time

from cpmeeting.domain.analysis import AnalysisHeading, AnalysisItem
from cpmeeting.domain.conference import Child, Conference, ConferenceKind, IntroductionPoint
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.decision import Category, Decision, Outcome
from cpmeeting.domain.exclusion import (
    Exclusion,
    ExclusionGround,
    ExclusionScope,
    ViewsRepresentation,
)
from cpmeeting.domain.people import (
    AttendanceStatus,
    Invitee,
    Involvement,
    PractitionerGroup,
    Presence,
    Role,
)
from cpmeeting.domain.plan import CoreGroup, PlanAction, PlanOutcome
from cpmeeting.domain.profile import AuthorityProfile, Nation
from cpmeeting.domain.voice import ChildsView, ParticipationCode, ViewsRoute

DAY = date(2026, 12, 2)  # a Wednesday
START = datetime.combine(DAY, time(10, 0))


def at(hour: int, minute: int = 0) -> datetime:
    """A moment on the conference day."""
    return datetime.combine(DAY, time(hour, minute))


def profile(nation: Nation = Nation.ENGLAND, **quoracy: object) -> AuthorityProfile:
    """The default profile, with quoracy settings changed as asked."""
    result = AuthorityProfile(nation=nation)
    for name, value in quoracy.items():
        setattr(result.quoracy, name, value)
    return result


def practitioner(name: str, group: PractitionerGroup, agency: str = "",
                 role: Role = Role.PRACTITIONER, **fields: object) -> Invitee:
    """A practitioner with direct contact who was present for the whole meeting."""
    fields.setdefault("attendance", AttendanceStatus.PRESENT)
    fields.setdefault("involvement", Involvement.DIRECT_CONTACT)
    return Invitee(name=name, role=role, agency=agency, group=group, **fields)


def person(name: str, role: Role, **fields: object) -> Invitee:
    """Someone who is not a practitioner (chair, parent, observer...), present by default."""
    fields.setdefault("attendance", AttendanceStatus.PRESENT)
    return Invitee(name=name, role=role, **fields)


def conference(kind: ConferenceKind = ConferenceKind.INITIAL, **fields: object) -> Conference:
    """An initial conference on 2 Dec 2026 for two children, with the usual people present.

    Social worker (children's social care), teacher (school), police officer, GP, both
    parents, the chair and the minute-taker: quorate with 3 other agencies.
    """
    fields.setdefault("strategy_discussion_date", date(2026, 11, 12))
    result = Conference(kind=kind, date=DAY, start_time=time(10, 0), **fields)
    result.children = [
        Child("Maisie", "Thornbury", date_of_birth=date(2013, 5, 14)),
        Child("Alfie", "Thornbury", date_of_birth=date(2024, 2, 3)),
    ]
    result.invitees = [
        person("Priya Castellano", Role.CHAIR),
        person("Tom Ashdown", Role.MINUTE_TAKER),
        practitioner("Grace Mbeki", PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                     "Example Borough Children's Services", role=Role.SOCIAL_WORKER),
        practitioner("Owen Teague", PractitionerGroup.SCHOOL, "Larkfield Primary School"),
        practitioner("DC Sam Okafor", PractitionerGroup.POLICE, "Wessex Police"),
        practitioner("Dr Hana Lindqvist", PractitionerGroup.GP, "Elm Street Surgery"),
        person("Kerry Thornbury", Role.PARENT, relationship="mother"),
        person("Dean Thornbury", Role.PARENT, relationship="father"),
    ]
    return result


def named(conf: Conference, name: str) -> Invitee:
    """The invitee with this name."""
    return next(p for p in conf.invitees if p.name == name)


def complete_exclusion(conf: Conference, invitee: Invitee) -> Exclusion:
    """An exclusion of a parent for part of the meeting, recorded in full."""
    return Exclusion(
        invitee_id=invitee.id,
        grounds={ExclusionGround.PRACTITIONER_FEAR},
        scope=ExclusionScope.PART,
        requested_by="Wessex Police",
        requested_on=date(2026, 11, 25),
        evidence="Threats made to the teacher on 20 November.",
        items="Police information",
        start=at(10, 40),
        end=at(11, 0),
        views_represented_by=ViewsRepresentation.SOCIAL_WORKER,
        receives_minutes=True,
        how_told_outcome="Letter from the chair the next day.",
        told_in_writing_on=date(2026, 11, 26),
        complaints_procedure_given=True,
    )


def ready_conference() -> Conference:
    """A conference with everything recorded: the readiness check finds nothing missing."""
    conf = conference()
    conf.introduction_covered = set(IntroductionPoint)
    social_worker = named(conf, "Grace Mbeki")
    for child in conf.children:
        conf.childs_views.append(ChildsView(
            child_id=child.id,
            participation=ParticipationCode.PN6 if child.given_name == "Maisie"
            else ParticipationCode.PN0,
            routes={ViewsRoute.WRITTEN} if child.given_name == "Maisie"
            else {ViewsRoute.SOCIAL_WORKER},
            own_words="I want my mum to stop shouting.",
        ))
        conf.decisions.append(Decision(
            child_id=child.id, significant_harm=True, outcome=Outcome.CHILD_PROTECTION_PLAN,
            categories={Category.EMOTIONAL}, reasons="Ongoing domestic abuse in the home.",
            decided_at=at(11, 45),
        ))
    for invitee in conf.invitees:
        if invitee.role in (Role.SOCIAL_WORKER, Role.PRACTITIONER):
            conf.contributions.append(AgencyContribution(invitee.id, summary="Report given."))
    conf.analysis = [
        AnalysisItem(AnalysisHeading.WORRIES, "Shouting and a broken door."),
        AnalysisItem(AnalysisHeading.WORKING_WELL, "Maisie attends school every day."),
        AnalysisItem(AnalysisHeading.NEEDS_TO_HAPPEN, "A safety plan agreed with both parents."),
    ]
    outcome = PlanOutcome("The children live free from domestic abuse.", "No incidents",
                          date(2027, 3, 1))
    conf.plan.lead_social_worker_id = social_worker.id
    conf.plan.outcomes = [outcome]
    conf.plan.actions = [PlanAction("Domestic abuse programme", owner_id=named(
        conf, "Dean Thornbury").id, due=date(2027, 1, 15), outcome_id=outcome.id)]
    conf.plan.contingency = "An urgent strategy discussion if another incident happens."
    conf.plan.core_group = CoreGroup(member_ids=[social_worker.id, named(conf, "Owen Teague").id])
    return conf


def leaves(invitee: Invitee, joined: datetime, left: datetime) -> None:
    """Record that someone came for part of the meeting only."""
    invitee.attendance = AttendanceStatus.PART
    invitee.presence = [Presence(joined=joined, left=left)]
