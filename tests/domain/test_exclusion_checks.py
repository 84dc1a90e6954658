"""An exclusion must be fully recorded (domain.md §6)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from factories import at, complete_exclusion, named, profile, rules_conference

from cpmeeting.domain.exclusion import ExclusionScope, ViewsRepresentation
from cpmeeting.domain.profile import Nation
from cpmeeting.domain.rules.exclusion_checks import check_exclusion
from cpmeeting.domain.stages import Stage

DEFAULT = profile()


def problems(exclusion, conf, prof=DEFAULT):
    return [f.render() for f in check_exclusion(exclusion, conf, prof)]


@pytest.fixture
def conf():
    return rules_conference()


@pytest.fixture
def father(conf):
    return named(conf, "Dean Thornbury")


def test_a_fully_recorded_exclusion_has_no_problems(conf, father):
    assert problems(complete_exclusion(conf, father), conf) == []


@pytest.mark.parametrize("changes, expected", [
    ({"grounds": set()}, "Record at least one ground for excluding Dean Thornbury."),
    ({"requested_by": " "}, "Record who asked for Dean Thornbury to be excluded."),
    ({"requested_on": None}, "Record when the exclusion of Dean Thornbury was requested."),
    ({"items": "", "start": None},
     "Record the items or the time from which Dean Thornbury is excluded."),
    ({"end": at(10, 30)}, "The exclusion of Dean Thornbury ends before it starts."),
    ({"evidence": ""}, "Record the evidence relied on to exclude Dean Thornbury."),
    ({"views_represented_by": None},
     "Record how the views of Dean Thornbury will be represented."),
    ({"views_represented_by": ViewsRepresentation.OTHER},
     "Describe how the views of Dean Thornbury will be represented."),
    ({"how_told_outcome": ""},
     "Record how Dean Thornbury will learn the outcome of the conference."),
    ({"told_in_writing_on": None},
     "Record when Dean Thornbury was told of the exclusion in writing."),
    ({"complaints_procedure_given": False},
     "Give Dean Thornbury the complaints procedure with the written notice."),
])
def test_each_missing_part_is_named(conf, father, changes, expected):
    exclusion = replace(complete_exclusion(conf, father), **changes)
    found = check_exclusion(exclusion, conf, DEFAULT)
    assert [f.render() for f in found] == [expected]
    assert found[0].stage is Stage.EXCLUSIONS
    assert found[0].record_id == exclusion.id


def test_a_whole_meeting_exclusion_needs_no_items_or_times(conf, father):
    exclusion = replace(complete_exclusion(conf, father), scope=ExclusionScope.WHOLE,
                        items="", start=None, end=None)
    assert problems(exclusion, conf) == []


def test_a_part_exclusion_by_items_alone_is_enough(conf, father):
    exclusion = replace(complete_exclusion(conf, father), start=None, end=None)
    assert problems(exclusion, conf) == []


def test_notice_of_3_working_days_or_a_reason_for_lateness(conf, father):
    # Conference Wednesday 2 Dec 2026: Friday 27 Nov is exactly 3 working days before.
    on_time = replace(complete_exclusion(conf, father), requested_on=date(2026, 11, 27))
    assert problems(on_time, conf) == []
    late = replace(on_time, requested_on=date(2026, 11, 30))
    assert problems(late, conf) == [
        "The request to exclude Dean Thornbury came 2 working days before the conference "
        "(3 expected): record why it was late."]
    assert problems(replace(late, late_request_reason="Threats made on 29 November."),
                    conf) == []


def test_notice_counts_the_nations_bank_holidays(conf, father):
    conf.date = date(2026, 12, 2)
    # Thursday 26 Nov to Wednesday 2 Dec: 27, 30 Nov, 1, 2 Dec in England; in Scotland
    # St Andrew's Day (Monday 30 Nov) does not count.
    exclusion = replace(complete_exclusion(conf, father), requested_on=date(2026, 11, 26))
    assert problems(exclusion, conf) == []
    assert problems(exclusion, conf, profile(Nation.SCOTLAND)) == []
    exclusion = replace(exclusion, requested_on=date(2026, 11, 27))
    assert problems(exclusion, conf) == []
    assert "came 2 working days before" in problems(exclusion, conf, profile(Nation.SCOTLAND))[0]


def test_someone_asked_to_leave_during_the_meeting_needs_no_notice(conf, father):
    exclusion = replace(complete_exclusion(conf, father), requested_on=None,
                        asked_to_leave_during_meeting=True)
    assert problems(exclusion, conf) == []


def test_only_a_family_member_on_the_invitation_list_can_be_excluded(conf):
    teacher = named(conf, "Owen Teague")
    assert problems(complete_exclusion(conf, teacher), conf) == [
        "Owen Teague is not a family member; only family members can be excluded."]
    stranger = replace(complete_exclusion(conf, teacher), invitee_id="nobody")
    assert problems(stranger, conf) == ["The person excluded is not on the list of invitees."]
