"""Starting a review from the previous conference of the case (domain/review.py)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from factories import named, profile, ready_conference
from hypothesis import given, settings
from hypothesis import strategies as st

from cpmeeting.domain.conference import ConferenceKind, ConferenceStatus
from cpmeeting.domain.decision import Category, Outcome, ReviewAction
from cpmeeting.domain.people import AttendanceStatus, Role
from cpmeeting.domain.review import (
    ReviewRefused,
    case_chain,
    case_of,
    chain_loop,
    start_review,
)
from cpmeeting.domain.rules.calendar import add_months
from cpmeeting.domain.rules.deadlines import conference_due_date
from cpmeeting.domain.signoff import sign


def signed(conf=None):
    conf = conf or ready_conference()
    sign(conf, profile(), "Priya Castellano", "Chair", datetime(2026, 12, 2, 13, 0),
         waiver_reason="test")
    return conf


def test_a_review_carries_the_case_forward():
    initial = signed()
    review = start_review(initial, date(2027, 2, 24), time(10, 0))
    assert review.kind is ConferenceKind.REVIEW
    assert review.status is ConferenceStatus.SCHEDULED
    assert review.previous_conference_id == initial.id
    assert review.case_id == case_of(initial) == initial.id
    assert [c.display_name for c in review.children] == ["Maisie Thornbury", "Alfie Thornbury"]
    names = {p.name for p in review.invitees}
    assert {"Kerry Thornbury", "Dean Thornbury", "Grace Mbeki", "Priya Castellano"} <= names
    assert "Tom Ashdown" not in names  # the minute-taker is invited afresh
    assert all(p.attendance is AttendanceStatus.NOT_RECORDED and not p.presence
               for p in review.invitees)
    assert [o.what_must_change for o in review.plan.outcomes] == \
        ["The children live free from domestic abuse."]
    assert [a.description for a in review.plan.actions] == ["Domestic abuse programme"]
    assert review.plan.actions[0].owner_id == named(review, "Dean Thornbury").id
    assert review.plan.lead_social_worker_id == named(review, "Grace Mbeki").id
    assert set(review.plan.core_group.member_ids) == set(initial.plan.core_group.member_ids)
    assert all(d.categories == {Category.EMOTIONAL} and d.outcome is None
               for d in review.decisions)
    assert review.analysis_framework is initial.analysis_framework
    assert not review.minutes and not review.sign_offs and not review.scaling
    # the previous record is untouched
    assert initial.invitees[0].attendance is AttendanceStatus.PRESENT


def test_the_due_date_follows_the_rules_three_months_then_six():
    initial = signed()
    first = start_review(initial, date(2027, 2, 24))
    due = conference_due_date(first, profile())
    assert due.due == date(2027, 3, 2)
    assert "initial conference" in due.basis
    first.sign_offs = initial.sign_offs
    first.status = ConferenceStatus.SIGNED
    for decision in first.decisions:
        decision.outcome = Outcome.CHILD_PROTECTION_PLAN
        decision.review_action = ReviewAction.CONTINUE
    second = start_review(first, date(2027, 8, 10))
    assert conference_due_date(second, profile()).due == date(2027, 8, 24)
    assert second.case_id == initial.id


def test_a_child_whose_plan_ended_is_not_carried():
    initial = signed()
    maisie, alfie = initial.children
    initial.decision_for(alfie.id).outcome = Outcome.CHILD_IN_NEED_PLAN
    child_only = initial.plan.outcomes[0]
    child_only.child_ids = [alfie.id]
    review = start_review(initial, date(2027, 2, 24))
    assert [c.id for c in review.children] == [maisie.id]
    assert review.plan.outcomes == [] and review.plan.actions == []
    assert [d.child_id for d in review.decisions] == [maisie.id]


def test_an_unsigned_conference_is_refused_with_the_reason():
    with pytest.raises(ReviewRefused, match="not signed yet"):
        start_review(ready_conference(), date(2027, 2, 24))


def test_a_conference_with_no_plan_is_refused_with_the_reason():
    conf = ready_conference()
    for decision in conf.decisions:
        decision.outcome = Outcome.NO_FURTHER_ACTION
    with pytest.raises(ReviewRefused, match="no child with a child protection plan"):
        start_review(signed(conf), date(2027, 2, 24))


def test_a_review_before_the_conference_it_follows_is_refused():
    with pytest.raises(ReviewRefused, match="must be held after"):
        start_review(signed(), date(2026, 12, 1))


def test_an_owner_not_invited_again_is_kept_in_words():
    initial = signed()
    minute_taker = named(initial, "Tom Ashdown")
    initial.plan.actions[0].owner_id = minute_taker.id
    review = start_review(initial, date(2027, 2, 24))
    action = review.plan.actions[0]
    assert action.owner_id is None and action.owner_text == "Tom Ashdown"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list(Outcome)), min_size=2, max_size=2),
       st.sets(st.sampled_from([r for r in Role]), max_size=6),
       st.integers(min_value=1, max_value=400))
def test_every_reference_in_a_review_points_inside_it(outcomes, dropped_roles, days_later):
    conf = ready_conference()
    for decision, outcome in zip(conf.decisions, outcomes, strict=True):
        decision.outcome = outcome
    conf.invitees = [p for p in conf.invitees if p.role not in dropped_roles]
    conf.plan.core_group.member_ids = [m for m in conf.plan.core_group.member_ids
                                       if conf.invitee(m)]
    conf = signed(conf)
    on = date.fromordinal(conf.date.toordinal() + days_later)
    if Outcome.CHILD_PROTECTION_PLAN not in outcomes:
        with pytest.raises(ReviewRefused):
            start_review(conf, on)
        return
    review = start_review(conf, on)
    people = {p.id for p in review.invitees}
    children = {c.id for c in review.children}
    assert children == {c.id for c, o in zip(conf.children, outcomes, strict=True)
                        if o is Outcome.CHILD_PROTECTION_PLAN}
    assert all(a.owner_id is None or a.owner_id in people for a in review.plan.actions)
    assert set(review.plan.core_group.member_ids) <= people
    assert review.plan.lead_social_worker_id in people | {None}
    assert all(set(o.child_ids) <= children for o in review.plan.outcomes)
    assert {d.child_id for d in review.decisions} == children
    assert conference_due_date(review, profile()).due == add_months(conf.date, 3)


@given(st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=8))
def test_chain_loop_finds_a_loop_exactly_when_there_is_one(links):
    ids = [f"c{i}" for i in range(len(links))]
    previous_of = {c: (ids[n] if n < len(ids) else None) for c, n in zip(ids, links, strict=True)}
    loop = chain_loop(previous_of)
    # Following from any start either ends (no previous) or comes round again.
    has_loop = False
    for start in ids:
        seen, current = set(), start
        while current is not None and current not in seen:
            seen.add(current)
            current = previous_of[current]
        has_loop |= current is not None
    assert (loop is not None) == has_loop
    if loop:
        assert all(previous_of[a] == b for a, b in zip(loop, loop[1:] + loop[:1], strict=True))


def test_case_chain_is_earliest_first():
    initial = signed()
    review = start_review(initial, date(2027, 2, 24))
    assert case_chain([review, initial], review) == [initial, review]


def test_a_review_lists_the_last_plan_for_its_progress_and_keeps_the_scaling():
    from cpmeeting.domain.analysis import Scaling

    initial = ready_conference()
    mother = named(initial, "Kerry Thornbury")
    initial.scaling = [Scaling(mother.id, c.id, 3) for c in initial.children]
    review = start_review(signed(initial), date(2027, 2, 24))
    assert [(p.description, p.owner, p.status) for p in review.action_progress] == \
        [("Domestic abuse programme", "Dean Thornbury", None)]
    assert [p.what_must_change for p in review.outcome_progress] == \
        ["The children live free from domestic abuse."]
    assert [(p.held_on, p.participant, p.score) for p in review.scaling_history] == \
        [(initial.date, "Kerry Thornbury", 3)] * 2


def test_the_progress_stage_needs_a_status_for_each_action_and_outcome():
    from cpmeeting.domain.progress import ActionStatus, OutcomeStatus
    from cpmeeting.domain.rules.stage_status import stage_findings
    from cpmeeting.domain.stages import Stage

    review = start_review(signed(), date(2027, 2, 24))
    texts = [f.render() for f in stage_findings(review, profile(), Stage.PROGRESS)]
    assert texts == [
        "Say how far action 1 of the last plan got: done, partly done, not done or no longer "
        "needed.",
        "Give outcome 1 of the last plan a status: red, amber or green."]
    review.action_progress[0].status = ActionStatus.PARTLY_DONE
    assert "Record the evidence for action 1" in stage_findings(
        review, profile(), Stage.PROGRESS)[0].render()
    review.action_progress[0].evidence = "Six of ten sessions attended (programme letter)."
    review.outcome_progress[0].status = OutcomeStatus.AMBER
    assert stage_findings(review, profile(), Stage.PROGRESS) == []


def test_core_group_meetings_due_since_the_initial_conference_then_monthly():
    from cpmeeting.domain.progress import CoreGroupMeeting
    from cpmeeting.domain.rules.progress_checks import core_group_tally

    review = start_review(signed(), date(2027, 2, 24))
    review.core_group_meetings = [CoreGroupMeeting(date(2026, 12, 14)),
                                  CoreGroupMeeting(date(2027, 1, 20)),
                                  CoreGroupMeeting(date(2026, 11, 1))]  # before: not counted
    tally = core_group_tally(review, profile())
    # 10 working days after 2 Dec 2026 is 16 Dec; then 16 Jan and 16 Feb.
    assert tally.due == (date(2026, 12, 16), date(2027, 1, 16), date(2027, 2, 16))
    assert tally.held == (date(2026, 12, 14), date(2027, 1, 20)) and tally.short_by == 1
