"""A full invented conference touching every kind of record (store tests import it)."""

from __future__ import annotations

from datetime import date, datetime, time

from cpmeeting.domain.analysis import AnalysisFramework, AnalysisHeading, AnalysisItem, Scaling
from cpmeeting.domain.conference import (
    Amendment,
    Child,
    Conference,
    ConferenceKind,
    ConferenceStatus,
    InquoratePath,
    InquorateRecord,
    IntroductionPoint,
    SignOff,
)
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.decision import Category, Decision, Outcome, ParticipantView, ReviewAction
from cpmeeting.domain.exclusion import (
    Exclusion,
    ExclusionGround,
    ExclusionScope,
    ViewsRepresentation,
)
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.people import (
    AttendanceStatus,
    Invitee,
    Involvement,
    PractitionerGroup,
    Presence,
    Role,
)
from cpmeeting.domain.plan import (
    CoreGroup,
    DateOverride,
    LeadStatutoryBody,
    PlanAction,
    PlanOutcome,
    ProtectionPlan,
)
from cpmeeting.domain.stages import Stage
from cpmeeting.domain.voice import ChildsView, ParticipationCode, ViewsRoute

DAY = date(2026, 3, 10)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 10, hour, minute)


def full_conference(family_name: str = "Marwick", minutes: int = 6) -> Conference:
    """An invented review conference with every kind of record and non-default fields."""
    amy = Child("Amy", family_name, date_of_birth=date(2014, 5, 2), gender="female",
                languages=["en", "pl"])
    unborn = Child("", "", expected_date=date(2026, 7, 1))
    chair = Invitee("Priya Chairwoman", Role.CHAIR, agency="Safeguarding Unit")
    taker = Invitee("Tom Notes", Role.MINUTE_TAKER)
    mother = Invitee(f"Kasia {family_name}", Role.PARENT, relationship="mother",
                     attendance=AttendanceStatus.PART, language="pl", needs_interpreter=True,
                     presence=[Presence(at(10), at(10, 40)), Presence(at(11, 5))],
                     part_items="Introductions; decision")
    social_worker = Invitee("Sam Case", Role.SOCIAL_WORKER, agency="Children's Services",
                            group=PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                            involvement=Involvement.DIRECT_CONTACT,
                            attendance=AttendanceStatus.PRESENT,
                            report_received=date(2026, 3, 5),
                            report_shared_with_family=date(2026, 3, 6))
    police = Invitee("PC Lane", Role.PRACTITIONER, agency="Police", group=PractitionerGroup.POLICE,
                     involvement=Involvement.DIRECT_CONTACT, attendance=AttendanceStatus.PART,
                     presence=[Presence(at(10), at(10, 30))])
    gp = Invitee("Dr Report", Role.PRACTITIONER, agency="Surgery", group=PractitionerGroup.GP,
                 involvement=Involvement.DIRECT_CONTACT,
                 attendance=AttendanceStatus.REPORT_ONLY, child_id=amy.id)
    people = [chair, taker, mother, social_worker, police, gp]
    outcome = PlanOutcome("Amy goes to school every day", measure="95% attendance",
                          by_when=date(2026, 6, 1), child_ids=[amy.id])
    conference = Conference(
        kind=ConferenceKind.REVIEW, date=DAY, start_time=time(10, 0), venue="Room 4, Civic Centre",
        authority="Example Borough Council", status=ConferenceStatus.IN_PROGRESS,
        previous_conference_date=date(2025, 12, 9),
        previous_conference_kind=ConferenceKind.INITIAL,
        brought_forward_reason="A baby is due into the household",
        children=[amy, unborn], invitees=people,
        introduction_covered={IntroductionPoint.PURPOSE, IntroductionPoint.NOT_A_COURT},
        exclusions=[Exclusion(
            mother.id, grounds={ExclusionGround.CONFIDENTIAL_INFORMATION,
                                ExclusionGround.FAMILY_CONFLICT},
            scope=ExclusionScope.PART, requested_by="Police", requested_on=date(2026, 3, 4),
            evidence="Ongoing investigation", legal_advice_taken=True, items="Police information",
            start=at(10, 40), end=at(11, 5), views_represented_by=ViewsRepresentation.ADVOCATE,
            told_in_writing_on=date(2026, 3, 9), complaints_procedure_given=True)],
        childs_views=[ChildsView(amy.id, ParticipationCode.PN6,
                                 {ViewsRoute.DRAWING, ViewsRoute.SOCIAL_WORKER},
                                 own_words="I like my teacher", relayed_by="Sam Case")],
        contributions=[AgencyContribution(police.id, summary="Two call-outs",
                                          view_on_decision="Continue the plan")],
        analysis_framework=AnalysisFramework.SIGNS_OF_SAFETY,
        analysis=[AnalysisItem(AnalysisHeading.WORRIES, "Missed appointments", [amy.id]),
                  AnalysisItem(AnalysisHeading.WORKING_WELL, "Grandmother helps")],
        scaling=[Scaling(social_worker.id, amy.id, 4, comment="Some progress")],
        participant_views=[ParticipantView(gp.id, amy.id, Outcome.CHILD_IN_NEED_PLAN,
                                           comment="Disagrees")],
        decisions=[Decision(amy.id, significant_harm=True,
                            outcome=Outcome.CHILD_PROTECTION_PLAN,
                            categories={Category.NEGLECT, Category.EMOTIONAL},
                            review_action=ReviewAction.CONTINUE, reasons="Risk remains",
                            dissent="GP", decided_at=at(11, 30), quorate_when_decided=True)],
        plan=ProtectionPlan(
            lead_statutory_body=LeadStatutoryBody.CHILDRENS_SOCIAL_CARE,
            lead_social_worker_id=social_worker.id, childs_needs="Routine and safety",
            outcomes=[outcome],
            actions=[PlanAction("Walk Amy to school", owner_id=mother.id, due=date(2026, 4, 1),
                                outcome_id=outcome.id),
                     PlanAction("Parenting course referral", owner_text="Family Hub")],
            contingency="Legal planning meeting",
            core_group=CoreGroup([social_worker.id, mother.id], date(2026, 3, 24), "Fortnightly"),
            date_overrides=[DateOverride("review", date(2026, 9, 1), "Summer holidays")]),
        inquorate=InquorateRecord(InquoratePath.REVIEW_EXISTING_PLAN, "Health absent",
                                  date(2026, 3, 20), at(10, 15)),
        minutes=[MinuteEntry(f"Entry {i}", Stage.CONTRIBUTIONS, at(10, i), speaker_id=police.id,
                             not_for={mother.id} if i % 2 else set(),
                             third_party_confidential=i == 3) for i in range(minutes)],
        sign_offs=[SignOff("Priya Chairwoman", "Chair", at(12), 1)],
        amendments=[Amendment(2, "Priya Chairwoman", at(15), "Spelling of a name")],
        current_stage=Stage.DECISION,
        stage_budgets_minutes={Stage.INTRODUCTION: 10, Stage.DECISION: 15},
    )
    return conference
