"""The demonstration conference: complete, consistent, and ready for sign-off on any day."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from cpmeeting.demo import blank_demo_conference, demo_conference, demo_profile
from cpmeeting.domain.decision import Category, Outcome, dissenting_views
from cpmeeting.domain.exclusion import ExclusionGround, ExclusionScope
from cpmeeting.domain.people import AttendanceStatus, Involvement, Role
from cpmeeting.domain.rules.calendar import WorkingCalendar
from cpmeeting.domain.rules.exclusion_checks import check_exclusion
from cpmeeting.domain.rules.quoracy import check_quoracy
from cpmeeting.domain.rules.readiness import check_readiness
from cpmeeting.domain.stages import stages_for
from cpmeeting.domain.voice import ParticipationCode

TODAY = date(2026, 11, 23)
CALENDAR = WorkingCalendar(demo_profile().nation)


def by_name(conference, fragment):
    return next(p for p in conference.invitees if fragment in p.name)


@settings(max_examples=40, deadline=None)
@given(st.dates(date(2024, 1, 1), date(2035, 12, 31)))
def test_the_demo_is_ready_for_sign_off_whatever_the_date(today):
    conference = demo_conference(today)
    readiness = check_readiness(conference, demo_profile())
    assert readiness.ready, [item.render() for item in readiness.missing]
    assert 1 <= CALENDAR.working_days_between(today, conference.date) <= 5
    assert CALENDAR.working_days_between(conference.strategy_discussion_date,
                                         conference.date) == 12


def test_two_children_of_eight_and_three_who_speak_polish_and_english():
    conference = demo_conference(TODAY)
    ages = [child.age_on(conference.date) for child in conference.children]
    assert ages == [8, 3]
    assert all(child.languages == ["pl", "en"] for child in conference.children)


def test_the_mother_needs_a_polish_interpreter_who_is_invited():
    conference = demo_conference(TODAY)
    mother = by_name(conference, "Kowalska")
    assert mother.language == "pl" and mother.needs_interpreter
    assert conference.invitees_with_role(Role.INTERPRETER)


def test_the_father_is_excluded_for_part_on_grounds_5_and_6_fully_recorded():
    conference = demo_conference(TODAY)
    father = by_name(conference, "Hartfield")
    (exclusion,) = conference.exclusions
    assert exclusion.invitee_id == father.id and exclusion.scope is ExclusionScope.PART
    assert exclusion.grounds == {ExclusionGround.CONFIDENTIAL_INFORMATION,
                                 ExclusionGround.FAMILY_CONFLICT}
    assert CALENDAR.working_days_between(exclusion.requested_on, conference.date) == 5
    assert exclusion.told_in_writing_on and exclusion.complaints_procedure_given
    assert check_exclusion(exclusion, conference, demo_profile()) == []
    assert conference.excluded_at(exclusion.start) == [father]


def test_the_police_officer_leaves_early_and_her_information_is_kept_from_the_father():
    conference = demo_conference(TODAY)
    police, father = by_name(conference, "Frost"), by_name(conference, "Hartfield")
    assert police.attendance is AttendanceStatus.PART
    assert police.presence[-1].left.time().isoformat() == "11:05:00"
    confidential = [e for e in conference.minutes if e.speaker_id == police.id
                    and e.third_party_confidential]
    assert confidential and all(father.id in e.not_for for e in confidential)
    after = datetime.combine(conference.date, police.presence[-1].left.time().replace(minute=30))
    verdict = check_quoracy(conference, demo_profile(), after)
    assert verdict.quorate and any("left at 11:05" in f.render() for f in verdict.not_counted)


def test_the_gp_reported_did_not_attend_and_disagrees():
    conference = demo_conference(TODAY)
    gp = by_name(conference, "Castellan")
    assert gp.attendance is AttendanceStatus.REPORT_ONLY and gp.report_received
    dissent = dissenting_views(conference.decisions[0], conference.participant_views)
    assert gp.id in {view.invitee_id for view in dissent}


def test_the_specialist_attends_for_expertise():
    specialist = by_name(demo_conference(TODAY), "Haddad")
    assert specialist.role is Role.SPECIALIST and specialist.involvement is Involvement.EXPERTISE


def test_childs_views_decisions_and_plan_are_complete():
    conference = demo_conference(TODAY)
    zofia, leo = conference.children
    assert conference.childs_view_for(zofia.id).participation is ParticipationCode.PN6
    assert conference.childs_view_for(zofia.id).own_words
    assert conference.childs_view_for(leo.id).participation is ParticipationCode.PN0
    assert all(d.outcome is Outcome.CHILD_PROTECTION_PLAN
               and d.categories == {Category.NEGLECT, Category.EMOTIONAL} and d.dissent
               for d in conference.decisions)
    plan = conference.plan
    assert len(plan.outcomes) == 4 and len(plan.actions) == 8
    assert all(a.owner_id and a.due for a in plan.actions)
    family = {p.id for p in conference.family}
    assert family & {a.owner_id for a in plan.actions}
    assert plan.contingency and family <= set(plan.core_group.member_ids)
    assert conference.scaling and conference.analysis


def test_about_thirty_minute_entries_cover_every_stage():
    conference = demo_conference(TODAY)
    assert 25 <= len(conference.minutes) <= 40
    assert {entry.stage for entry in conference.minutes} == set(stages_for(conference.kind))
    assert all(e.at.date() == conference.date for e in conference.minutes)


def test_the_blank_demo_has_the_same_people_and_nothing_recorded():
    full, blank = demo_conference(TODAY), blank_demo_conference(TODAY)
    assert [p.name for p in blank.invitees] == [p.name for p in full.invitees]
    assert [c.display_name for c in blank.children] == [c.display_name for c in full.children]
    assert all(p.attendance is AttendanceStatus.NOT_RECORDED for p in blank.invitees)
    assert not (blank.minutes or blank.decisions or blank.exclusions or blank.childs_views)
    assert not check_readiness(blank, demo_profile()).ready


def test_the_demo_is_built_from_the_domain_alone():
    # It runs in the set-up assistant, the demo command and the screenshots: no Qt, no database.
    probe = ("import json, sys, cpmeeting.demo, cpmeeting.demo.seed; "
             "print(json.dumps(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    forbidden = ("PySide6", "sqlalchemy", "reportlab", "cpmeeting.gui", "cpmeeting.store",
                 "cpmeeting.documents")
    loaded = [name for name in json.loads(result.stdout)
              if any(name == bad or name.startswith(bad + ".") for bad in forbidden)]
    assert loaded == []
