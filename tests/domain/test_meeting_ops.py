"""The live meeting's operations: arrivals and departures, substitutes, views, overrides."""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta

from factories import named
from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.demo import blank_demo_conference
from cpmeeting.domain.conference import IntroductionPoint
from cpmeeting.domain.decision import Category, Outcome
from cpmeeting.domain.exclusion import Exclusion, ExclusionScope
from cpmeeting.domain.meeting_ops import (
    add_substitute,
    contributing_agencies,
    cover_introduction_point,
    mark_left,
    mark_present,
    participant_view,
    participants,
    record_view,
    set_date_override,
)
from cpmeeting.domain.people import AttendanceStatus, Role

TODAY = date(2026, 11, 23)


def meeting():
    conference = blank_demo_conference(TODAY)
    start = datetime.combine(conference.date, datetime.min.time()).replace(hour=10)
    return conference, start


@given(st.lists(st.tuples(st.booleans(), st.integers(min_value=1, max_value=30)), max_size=12))
def test_comings_and_goings_keep_presence_well_formed_and_undo_restores_it(moves):
    conference, moment = meeting()
    police = named(conference, "DC Nadia Frost")
    before = copy.deepcopy(police)
    done = []
    for arriving, minutes in moves:
        moment += timedelta(minutes=minutes)
        make = mark_present if arriving else mark_left
        operation = make(conference, police.id, moment)
        if operation is not None:
            operation.apply(conference)
            done.append(operation)
    spells = police.presence
    assert all(s.left is None or s.joined <= s.left for s in spells)
    assert all(s.left is not None for s in spells[:-1])  # only the last spell may be open
    assert all(a.left <= b.joined for a, b in zip(spells, spells[1:], strict=False))
    assert police.is_in_room == bool(spells and spells[-1].left is None)
    for operation in reversed(done):
        operation.revert(conference)
    assert police == before


def test_leaving_marks_present_for_part_and_a_second_arrival_is_no_change():
    conference, at = meeting()
    police = named(conference, "DC Nadia Frost")
    mark_present(conference, police.id, at).apply(conference)
    assert mark_present(conference, police.id, at) is None
    mark_left(conference, police.id, at + timedelta(minutes=65)).apply(conference)
    assert police.attendance is AttendanceStatus.PART
    assert mark_left(conference, police.id, at + timedelta(minutes=70)) is None


def test_a_substitute_stands_in_for_the_invitee_as_one_step():
    conference, at = meeting()
    teacher = named(conference, "Laura Fenwick")
    operation = add_substitute(conference, teacher.id, "Priya Nandakumar", at)
    operation.apply(conference)
    substitute = named(conference, "Priya Nandakumar")
    assert teacher.attendance is AttendanceStatus.SUBSTITUTE_SENT
    assert (substitute.group, substitute.substitute_for) == (teacher.group, teacher.id)
    assert substitute.is_in_room
    operation.revert(conference)
    assert teacher.attendance is AttendanceStatus.NOT_RECORDED
    assert "Priya Nandakumar" not in [p.name for p in conference.invitees]


def test_an_introduction_minute_made_while_someone_is_excluded_is_kept_from_them():
    conference, at = meeting()
    father = named(conference, "Daniel Hartfield")
    conference.exclusions.append(Exclusion(father.id, scope=ExclusionScope.WHOLE))
    cover_introduction_point(conference, IntroductionPoint.AGENDA, True, at,
                             "Chair covered: Agenda confirmed").apply(conference)
    assert conference.minutes[-1].not_for == {father.id}
    assert cover_introduction_point(conference, IntroductionPoint.AGENDA, True, at, "x") is None


def test_views_are_recorded_then_changed_and_categories_toggle():
    conference, _at = meeting()
    worker, zofia = named(conference, "Amara Okonjo"), conference.children[0]
    record_view(conference, worker.id, zofia.id,
                recommendation=Outcome.CHILD_PROTECTION_PLAN).apply(conference)
    for category in (Category.NEGLECT, Category.EMOTIONAL, Category.NEGLECT):
        record_view(conference, worker.id, zofia.id, toggle=category).apply(conference)
    view = participant_view(conference, worker.id, zofia.id)
    assert view.recommendation is Outcome.CHILD_PROTECTION_PLAN
    assert view.categories == {Category.EMOTIONAL}
    assert len(conference.participant_views) == 1


def test_overriding_a_date_replaces_any_earlier_override_and_none_removes_it():
    conference, _at = meeting()
    set_date_override(conference, "review", date(2027, 2, 1), "Holiday").apply(conference)
    set_date_override(conference, "review", date(2027, 2, 8), "Family asked").apply(conference)
    assert [(o.on, o.reason) for o in conference.plan.date_overrides] == [
        (date(2027, 2, 8), "Family asked")]
    set_date_override(conference, "review", None, "").apply(conference)
    assert conference.plan.date_overrides == []


def test_who_takes_part_and_which_agencies_owe_a_contribution():
    conference, at = meeting()
    for invitee in conference.invitees:
        mark_present(conference, invitee.id, at).apply(conference)
    roles = {p.role for p in participants(conference)}
    assert Role.CHAIR not in roles and Role.INTERPRETER not in roles and Role.PARENT in roles
    agencies = {p.name for p in contributing_agencies(conference)}
    assert "Dr Owen Castellan" in agencies  # reported before the day
    assert "Marta Kowalska" not in agencies and "Sam Whitlow" not in agencies


def test_leaving_without_a_recorded_arrival_counts_from_the_start_of_the_meeting():
    conference, at = meeting()
    gp = named(conference, "Dr Owen Castellan")
    gp.attendance = AttendanceStatus.PRESENT  # status chosen, no arrival stamped
    mark_left(conference, gp.id, at + timedelta(minutes=40)).apply(conference)
    [spell] = gp.presence
    assert spell.joined == datetime.combine(conference.date, conference.start_time)
    assert spell.left == at + timedelta(minutes=40)
