"""A review's minutes and plan print the progress since the last conference and the scaling
of the case over time (a chart drawn by ReportLab, with the numbers beside it)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pdf_text import all_text, page_texts

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.analysis import Scaling
from cpmeeting.domain.copies import Audience
from cpmeeting.domain.progress import ActionStatus, CoreGroupMeeting, OutcomeStatus
from cpmeeting.domain.review import start_review
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.stages import Stage


@pytest.fixture
def review():
    initial = demo_conference(datetime(2026, 11, 23).date())
    sign(initial, demo_profile(), "Ruth Okonjo", "Chair",
         datetime.combine(initial.date, datetime.min.time()), waiver_reason="Test")
    review = start_review(initial, initial.date + timedelta(days=85))
    review.action_progress[0].status = ActionStatus.PARTLY_DONE
    review.action_progress[0].evidence = "Attended four of six sessions (programme letter)."
    review.action_progress[0].reported_by = "The social worker"
    review.outcome_progress[0].status = OutcomeStatus.AMBER
    review.outcome_progress[0].comment = "Fewer incidents reported by the school."
    review.core_group_meetings = [CoreGroupMeeting(initial.date + timedelta(days=12))]
    child = review.children[0]
    review.child_said_since = {child.id: "Home is quieter now."}
    family = review.family[0]
    review.scaling = [Scaling(family.id, c.id, 7) for c in review.children]
    return review


def test_the_minutes_print_the_progress_and_the_chart_with_its_numbers(review):
    text = all_text(build_minutes(review, demo_profile()).pdf)
    assert "Progress since the last conference" in text
    assert review.action_progress[0].description in text
    assert "Partly done" in text and "Attended four of six sessions" in text
    assert "Amber: some progress, not yet enough" in text  # words, never colour alone
    assert "1 held of" in text
    assert "Home is quieter now." in text
    assert "Scaling over time (0 to 10)" in text and "Overall" in text
    assert "7.0" in text


def test_the_plan_prints_them_too_and_only_a_review_does(review):
    text = all_text(build_plan(review, demo_profile()).pdf)
    assert "Progress since the last conference" in text and "Overall" in text
    initial_text = all_text(build_minutes(demo_conference(review.date), demo_profile()).pdf)
    assert "Progress since the last conference" not in initial_text


def test_a_family_copy_leaves_out_an_action_kept_from_them(review):
    family = review.family[0]
    review.plan.actions[0].not_for = {family.id}
    copy = build_minutes(review, demo_profile(), Audience.family(family.id))
    text = " ".join(page_texts(copy.pdf))
    assert review.action_progress[0].description not in text
    assert "Amber: some progress" in text
    assert Stage.PROGRESS in {Stage.PROGRESS}


def test_the_minutes_print_the_review_decision_the_transfer_and_who_is_told(review):
    from datetime import date

    from cpmeeting.domain.decision import Category, DiscontinueReason, Outcome, ReviewAction

    first, second = review.decisions
    first.outcome, first.review_action = Outcome.CHILD_PROTECTION_PLAN, ReviewAction.CHANGE
    first.categories = {Category.NEGLECT}
    first.category_change_reasons = "Neglect of health needs is now the main worry."
    second.outcome, second.review_action = Outcome.CHILD_IN_NEED_PLAN, ReviewAction.DISCONTINUE
    second.discontinue_reason = DiscontinueReason.NO_LONGER_AT_RISK
    review.transfer_out_authority = "Northshire County Council"
    review.transfer_out_date = date(2027, 2, 24)
    text = all_text(build_minutes(review, demo_profile()).pdf)
    assert "Why the categories changed" in text and "Neglect of health needs" in text
    assert "No longer at risk of significant harm" in text and "Child in need plan" in text
    assert "The case transfers to Northshire County Council" in text
    assert "transfer-in conference is due by 17 March 2027" in text
    assert "Who must be told" in text
    assert f"the plan ends for {review.children[1].display_name}" in text
