"""The decision at a review: categories that change need reasons, a plan that ends steps down,
a transfer out names the authority and the date, and who must be told."""

from __future__ import annotations

from datetime import date, datetime

from factories import profile, ready_conference

from cpmeeting.domain.decision import Category, DiscontinueReason, Outcome, ReviewAction
from cpmeeting.domain.review import start_review
from cpmeeting.domain.rules.review_decision import (
    plan_ends,
    review_decision,
    transfer_in_due,
    who_must_be_told,
)
from cpmeeting.domain.rules.stage_status import stage_findings
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.stages import Stage


def review():
    initial = ready_conference()
    sign(initial, profile(), "Priya Castellano", "Chair", datetime(2026, 12, 2, 13),
         waiver_reason="test")
    return start_review(initial, date(2027, 2, 24))


def texts(conf):
    return [f.render() for f in stage_findings(conf, profile(), Stage.DECISION)]


def test_changed_categories_need_reasons():
    conf = review()
    maisie = conf.decisions[0]
    maisie.outcome = Outcome.CHILD_PROTECTION_PLAN
    maisie.review_action = ReviewAction.CHANGE
    maisie.categories = {Category.NEGLECT}
    assert maisie.previous_categories == {Category.EMOTIONAL}
    assert any("differ from the last conference's" in t for t in texts(conf))
    maisie.category_change_reasons = "The worry now is neglect of Maisie's health."
    assert not any("differ from the last conference's" in t for t in texts(conf))


def test_a_plan_that_ends_steps_down_and_everyone_is_told():
    conf = review()
    maisie, alfie = conf.decisions
    maisie.outcome, maisie.review_action = Outcome.CHILD_PROTECTION_PLAN, ReviewAction.CONTINUE
    alfie.review_action = ReviewAction.DISCONTINUE
    alfie.discontinue_reason = DiscontinueReason.NO_LONGER_AT_RISK
    alfie.outcome = Outcome.CHILD_PROTECTION_PLAN
    assert any("ending, yet the outcome is a child protection plan" in t for t in texts(conf))
    alfie.outcome = Outcome.CHILD_IN_NEED_PLAN  # the step-down
    assert not any("Alfie" in t and "ending" in t for t in texts(conf))
    assert [plan_ends(conf, c.id) for c in conf.children] == [False, True]
    told = who_must_be_told(conf)
    names = [t.who for t in told]
    assert "Kerry Thornbury" in names and "Grace Mbeki (Example Borough Children's Services)" in names
    assert told[0].render_why() == "the plan ends for Alfie Thornbury"


def test_a_transfer_out_names_the_authority_and_the_date():
    conf = review()
    conf.transfer_out_authority = "Northshire County Council"
    assert any("needs both the receiving authority and the date" in f.render()
               for f in review_decision(conf, profile()))
    conf.transfer_out_date = date(2027, 2, 24)
    assert review_decision(conf, profile()) == []
    # 15 working days from Wednesday 24 February 2027
    assert transfer_in_due(conf, profile()) == date(2027, 3, 17)
    told = who_must_be_told(conf)
    assert told[-1].who == "Northshire County Council"
    assert "the case transfers to Northshire County Council" in told[0].render_why()


def test_nothing_to_tell_when_every_plan_goes_on():
    conf = review()
    for d in conf.decisions:
        d.outcome, d.review_action = Outcome.CHILD_PROTECTION_PLAN, ReviewAction.CONTINUE
    assert who_must_be_told(conf) == []
