"""Readiness for sign-off: what is missing, each item pointing at its stage (domain.md §5-§10)."""

from __future__ import annotations

from datetime import date

import pytest
from factories import (
    at,
    complete_exclusion,
    leaves,
    named,
    practitioner,
    profile,
    ready_conference,
)

from cpmeeting.domain.analysis import AnalysisFramework, AnalysisHeading, AnalysisItem
from cpmeeting.domain.conference import (
    Child,
    ConferenceKind,
    InquoratePath,
    InquorateRecord,
    IntroductionPoint,
)
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.decision import DiscontinueReason, Outcome, ReviewAction
from cpmeeting.domain.exclusion import ExclusionScope
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.people import AttendanceStatus, PractitionerGroup, Role
from cpmeeting.domain.rules.readiness import check_readiness
from cpmeeting.domain.rules.stage_status import stage_complete, stage_findings
from cpmeeting.domain.stages import Stage
from cpmeeting.domain.voice import ParticipationCode, ViewsRoute

DEFAULT = profile()


def missing(conf):
    return [(f.stage, f.render()) for f in check_readiness(conf, DEFAULT).missing]


@pytest.fixture
def conf():
    return ready_conference()


def test_a_complete_record_is_ready_and_every_stage_is_ticked(conf):
    assert check_readiness(conf, DEFAULT).ready
    assert all(stage_complete(conf, DEFAULT, stage) for stage in Stage)


def test_introduction_points_not_covered(conf):
    conf.introduction_covered.discard(IntroductionPoint.NOT_A_COURT)
    assert missing(conf) == [
        (Stage.INTRODUCTION, "The chair has not yet said that this is not a court.")]
    assert not stage_complete(conf, DEFAULT, Stage.INTRODUCTION)
    assert not stage_complete(conf, DEFAULT, Stage.CLOSE)
    assert stage_complete(conf, DEFAULT, Stage.ATTENDANCE)


def test_attendance_must_be_recorded_for_everyone(conf):
    named(conf, "Kerry Thornbury").attendance = AttendanceStatus.NOT_RECORDED
    found = check_readiness(conf, DEFAULT).missing
    assert [f.render() for f in found] == ["Attendance is not recorded for Kerry Thornbury."]
    assert found[0].record_id == named(conf, "Kerry Thornbury").id


def test_part_attendance_needs_times(conf):
    named(conf, "Kerry Thornbury").attendance = AttendanceStatus.PART
    assert missing(conf) == [(Stage.ATTENDANCE, "Record when Kerry Thornbury joined and left.")]


def test_inquorate_at_the_decision_without_an_inquorate_record(conf):
    named(conf, "Dr Hana Lindqvist").attendance = AttendanceStatus.APOLOGIES
    leaves(named(conf, "DC Sam Okafor"), at(10), at(11, 5))
    conf.contributions = [c for c in conf.contributions
                          if c.invitee_id != named(conf, "Dr Hana Lindqvist").id]
    assert missing(conf) == [
        (Stage.ATTENDANCE, "The conference was not quorate when the decision was taken at 11:45."),
        (Stage.ATTENDANCE, "One more agency with direct contact with the child is needed."),
    ]
    conf.inquorate = InquorateRecord(InquoratePath.INTERIM_PLAN, reasons="")
    assert missing(conf) == [
        (Stage.ATTENDANCE, "Record the reasons the conference is not quorate."),
        (Stage.ATTENDANCE, "Set a new date now: within 10 working days, by 16 Dec 2026."),
    ]
    conf.inquorate = InquorateRecord(InquoratePath.INTERIM_PLAN, "GP on leave, police left",
                                     new_date=date(2026, 12, 9))
    assert missing(conf) == []


def test_every_exclusion_passes_its_checks(conf):
    exclusion = complete_exclusion(conf, named(conf, "Dean Thornbury"))
    exclusion.evidence = ""
    conf.exclusions.append(exclusion)
    conf.minutes.append(MinuteEntry("Police information.", Stage.CONTRIBUTIONS, at(10, 45),
                                    not_for={exclusion.invitee_id}))
    assert missing(conf) == [
        (Stage.EXCLUSIONS, "Record the evidence relied on to exclude Dean Thornbury.")]


def test_minutes_made_during_an_exclusion_must_be_kept_from_that_person(conf):
    father = named(conf, "Dean Thornbury")
    conf.exclusions.append(complete_exclusion(conf, father))  # 10:40 to 11:00
    conf.minutes = [
        MinuteEntry("Before.", Stage.CONTRIBUTIONS, at(10, 30)),
        MinuteEntry("Police share intelligence.", Stage.CONTRIBUTIONS, at(10, 50)),
        MinuteEntry("After.", Stage.ANALYSIS, at(11, 0)),
    ]
    found = check_readiness(conf, DEFAULT).missing
    assert [f.render() for f in found] == [
        "A minute entry at 10:50 was made while Dean Thornbury was excluded, but it is not "
        "kept from their copy."]
    assert found[0].record_id == conf.minutes[1].id
    assert found[0].stage is Stage.CONTRIBUTIONS
    conf.exclusions[0].scope = ExclusionScope.WHOLE
    assert len(check_readiness(conf, DEFAULT).missing) == 3


def test_every_born_child_needs_a_view_record(conf):
    maisie, alfie = conf.children
    conf.childs_views = [v for v in conf.childs_views if v.child_id != alfie.id]
    conf.childs_views[0].participation = None
    conf.children.append(Child("", "Thornbury", expected_date=date(2027, 2, 1)))
    conf.decisions.append(conf.decisions[0].__class__(
        child_id=conf.children[-1].id, significant_harm=True,
        outcome=Outcome.CHILD_PROTECTION_PLAN, categories=conf.decisions[0].categories,
        reasons="Risk to a newborn.", decided_at=at(11, 45)))
    assert missing(conf) == [
        (Stage.CHILDS_VIEWS, "Choose the participation code for Maisie Thornbury."),
        (Stage.CHILDS_VIEWS, "Record how the views of Alfie Thornbury reached the conference."),
    ]


def test_views_not_obtained_need_a_reason(conf):
    view = conf.childs_views[0]
    view.participation = ParticipationCode.PN7
    view.routes = {ViewsRoute.NOT_OBTAINED}
    assert missing(conf) == [
        (Stage.CHILDS_VIEWS, "Record why the views of Maisie Thornbury were not obtained.")]
    view.not_obtained_reason = "Maisie declined to meet anyone this week."
    assert missing(conf) == []
    view.routes = set()
    assert missing(conf) == []  # a reason alone explains it


def test_each_agency_present_or_reporting_contributes(conf):
    conf.contributions = [c for c in conf.contributions
                          if c.invitee_id != named(conf, "Owen Teague").id]
    conf.invitees.append(practitioner("Mo Patel", PractitionerGroup.HOUSING, "Homes Trust",
                                      attendance=AttendanceStatus.APOLOGIES,
                                      report_received=date(2026, 11, 30)))
    conf.invitees.append(practitioner("Ann Lowe", PractitionerGroup.PROBATION,
                                      attendance=AttendanceStatus.APOLOGIES))
    conf.invitees.append(practitioner("PC Jo Marsh", PractitionerGroup.POLICE, "Wessex Police"))
    assert missing(conf) == [
        (Stage.CONTRIBUTIONS, "No contribution is recorded from Larkfield Primary School."),
        (Stage.CONTRIBUTIONS, "No contribution is recorded from Homes Trust."),
    ]


def test_analysis_needs_the_frameworks_first_three_headings(conf):
    conf.analysis = [item for item in conf.analysis
                     if item.heading is not AnalysisHeading.WORKING_WELL]
    assert missing(conf) == [(Stage.ANALYSIS, "Nothing is recorded under \u201cWhat is working well?\u201d.")]
    conf.analysis_framework = AnalysisFramework.STRENGTHENING_FAMILIES
    conf.analysis = [AnalysisItem(AnalysisHeading.DANGER_HARM, "Injuries"),
                     AnalysisItem(AnalysisHeading.RISK, "Repeat incidents"),
                     AnalysisItem(AnalysisHeading.COMPLICATING_FACTORS, "  ")]
    assert missing(conf) == [(Stage.ANALYSIS, "Nothing is recorded under \u201cComplicating factors\u201d.")]


def test_a_decision_for_every_child_with_reasons_and_categories(conf):
    maisie, alfie = conf.decisions
    conf.decisions = [maisie]
    maisie.categories = set()
    maisie.reasons = ""
    assert missing(conf) == [
        (Stage.DECISION, "Choose at least one category for the child protection plan for "
                         "Maisie Thornbury."),
        (Stage.DECISION, "Record the chair's reasons for the decision for Maisie Thornbury."),
        (Stage.DECISION, "No decision is recorded for Alfie Thornbury."),
    ]


def test_the_outcome_must_follow_the_finding_on_significant_harm(conf):
    conf.decisions[1].significant_harm = False
    assert [stage for stage, _ in missing(conf)] == [Stage.DECISION]
    conf.decisions[1].outcome = Outcome.CHILD_IN_NEED_PLAN
    conf.decisions[1].categories = set()
    assert missing(conf) == []


def test_at_a_review_each_plan_continues_changes_or_ends_for_a_reason(conf):
    conf.kind = ConferenceKind.REVIEW
    assert len(missing(conf)) == 2
    for decision in conf.decisions:
        decision.review_action = ReviewAction.CONTINUE
    assert missing(conf) == []
    ending = conf.decisions[1]
    ending.review_action = ReviewAction.DISCONTINUE
    assert missing(conf) == [(Stage.DECISION, "Record why the plan for Alfie Thornbury ends.")]
    ending.discontinue_reason = DiscontinueReason.NO_LONGER_AT_RISK
    assert [stage for stage, _ in missing(conf)] == [Stage.DECISION]  # outcome still a plan
    ending.significant_harm, ending.outcome = False, Outcome.CHILD_IN_NEED_PLAN
    assert missing(conf) == []


def test_a_protection_plan_needs_its_parts(conf):
    plan = conf.plan
    plan.lead_social_worker_id = None
    plan.outcomes = []
    plan.actions[0].owner_id = None
    plan.actions[0].due = None
    plan.contingency = ""
    plan.core_group.member_ids = []
    found = check_readiness(conf, DEFAULT).missing
    assert [f.render() for f in found] == [
        "Name the lead social worker.",
        "Record at least one outcome: what must change, and by when.",
        "Action 1 has nobody responsible for it.",
        "Action 1 has no date to be done by.",
        "Record the contingency plan: what happens if nothing changes.",
        "Name the members of the core group.",
    ]
    assert {f.stage for f in found} == {Stage.PLAN}
    assert found[2].record_id == plan.actions[0].id
    assert stage_findings(conf, DEFAULT, Stage.PLAN) == found
    assert stage_findings(conf, DEFAULT, Stage.DECISION) == []


def test_no_plan_is_needed_when_no_child_has_a_protection_plan(conf):
    for decision in conf.decisions:
        decision.significant_harm, decision.outcome = False, Outcome.EARLY_HELP_PLAN
        decision.categories = set()
    conf.plan.actions, conf.plan.contingency = [], ""
    assert missing(conf) == []


def test_missing_items_come_in_the_order_of_the_meeting(conf):
    conf.plan.contingency = ""
    conf.analysis = []
    conf.introduction_covered = set()
    stages = [stage for stage, _ in missing(conf)]
    assert stages == sorted(stages, key=list(Stage).index)
    assert stages[0] is Stage.INTRODUCTION and stages[-1] is Stage.PLAN


def test_the_close_stage_is_ticked_only_when_everything_is_ready(conf):
    assert stage_complete(conf, DEFAULT, Stage.CLOSE)
    conf.plan.contingency = ""
    assert stage_findings(conf, DEFAULT, Stage.CLOSE) == []
    assert not stage_complete(conf, DEFAULT, Stage.CLOSE)


def test_the_team_manager_must_attend_when_the_social_worker_cannot(conf):
    worker = named(conf, "Grace Mbeki")
    worker.attendance = AttendanceStatus.APOLOGIES
    found = [text for stage, text in missing(conf) if stage is Stage.ATTENDANCE]
    assert found[0] == ("Neither the social worker nor their team manager is present: the team "
                        "manager must attend when the social worker cannot.")
    conf.invitees.append(practitioner("Nadia Fairweather", PractitionerGroup.CHILDRENS_SOCIAL_CARE,
                                      "Example Borough Children's Services",
                                      role=Role.TEAM_MANAGER))
    conf.contributions.append(AgencyContribution(conf.invitees[-1].id, summary="Report."))
    assert missing(conf) == []
