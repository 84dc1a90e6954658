"""What the room view may show: the rule, with no Qt and no database."""

from __future__ import annotations

from datetime import date

from factories import at, complete_exclusion, leaves, named, profile, ready_conference
from hypothesis import given, settings

from cpmeeting.domain.decision import Outcome
from cpmeeting.domain.plan import PlanAction
from cpmeeting.domain.room import PLAIN_STAGE_WORDS, room_shows
from cpmeeting.domain.stages import Stage

from .room_records import conferences, forbidden


def test_the_stage_is_shown_in_the_profiles_plain_words():
    conf = ready_conference()
    conf.current_stage = Stage.ANALYSIS
    shows = room_shows(conf, profile(), at(10, 5))
    assert shows.stage_words == "What we are worried about, and what is working well"
    own = profile()
    own.room_stage_words = {Stage.ANALYSIS: "Worries and strengths"}
    assert room_shows(conf, own, at(10, 5)).stage_words == "Worries and strengths"
    assert [line.words for line in room_shows(conf, own, at(10, 5)).agenda][:2] == [
        PLAIN_STAGE_WORDS[Stage.INTRODUCTION], PLAIN_STAGE_WORDS[Stage.ATTENDANCE]]


def test_the_agenda_counts_time_used_against_each_budget():
    conf = ready_conference()
    conf.current_stage = Stage.CONTRIBUTIONS
    conf.stage_budgets_minutes = {Stage.INTRODUCTION: 10, Stage.CONTRIBUTIONS: 20}
    shows = room_shows(conf, profile(), at(10, 50),
                       {"introduction": 14 * 60 + 30, "contributions": 5 * 60})
    lines = {line.stage: line for line in shows.agenda}
    assert (lines[Stage.INTRODUCTION].used_minutes, lines[Stage.INTRODUCTION].budget_minutes) == (14, 10)
    assert lines[Stage.INTRODUCTION].over_budget
    assert lines[Stage.CONTRIBUTIONS].current and not lines[Stage.CONTRIBUTIONS].over_budget
    assert lines[Stage.DECISION].budget_minutes is None and lines[Stage.DECISION].used_minutes == 0


def test_only_people_in_the_room_are_shown_by_name_and_role():
    conf = ready_conference()
    police = named(conf, "DC Sam Okafor")
    leaves(police, at(10, 0), at(10, 30))
    before, after = room_shows(conf, profile(), at(10, 15)), room_shows(conf, profile(), at(10, 45))
    assert "DC Sam Okafor" in [p.name for p in before.people]
    assert "DC Sam Okafor" not in [p.name for p in after.people]
    assert "DC Sam Okafor" not in after.free_texts()
    mother = next(p for p in after.people if p.name == "Kerry Thornbury")
    assert mother.relationship == "mother"


def test_a_decision_shows_once_the_chair_has_announced_it():
    conf = ready_conference()
    maisie = conf.children[0]
    decision = conf.decision_for(maisie.id)
    assert room_shows(conf, profile(), at(11, 50)).decisions == ()
    decision.announced_at = at(11, 50)
    assert room_shows(conf, profile(), at(11, 49)).decisions == ()
    shown = room_shows(conf, profile(), at(11, 51)).decisions
    assert [(d.child_name, d.outcome) for d in shown] == [("Maisie", Outcome.CHILD_PROTECTION_PLAN)]
    assert "Ongoing domestic abuse" not in " ".join(room_shows(conf, profile(), at(11, 51)).free_texts())


def test_plan_actions_show_as_agreed_but_never_one_kept_from_a_family_member():
    conf = ready_conference()
    mother = named(conf, "Kerry Thornbury")
    conf.plan.actions += [
        PlanAction("Safety plan with mother", owner_id=mother.id, not_for={named(conf, "Dean Thornbury").id}),
        PlanAction("Police check", owner_text="Police", third_party_confidential=True),
        PlanAction("Half typed", owner_id=None),
        PlanAction("Visit weekly", owner_id=named(conf, "Grace Mbeki").id, due=date(2027, 1, 8)),
    ]
    actions = room_shows(conf, profile(), at(12, 0)).actions
    assert [(a.who, a.what, a.by_when) for a in actions] == [
        ("Dean Thornbury", "Domestic abuse programme", date(2027, 1, 15)),
        ("Grace Mbeki", "Visit weekly", date(2027, 1, 8)),
    ]


def test_an_absent_owner_is_named_by_what_they_are_not_by_name():
    conf = ready_conference()
    gp = named(conf, "Dr Hana Lindqvist")
    leaves(gp, at(10, 0), at(10, 20))
    conf.plan.actions = [PlanAction("Health check", owner_id=gp.id)]
    (action,) = room_shows(conf, profile(), at(11, 0)).actions
    assert action.who == "Elm Street Surgery"


def test_while_a_family_member_is_excluded_only_the_stage_is_shown():
    conf = ready_conference()
    conf.exclusions = [complete_exclusion(conf, named(conf, "Dean Thornbury"))]
    conf.current_stage = Stage.CONTRIBUTIONS
    during = room_shows(conf, profile(), at(10, 45))
    assert during.family_excluded
    assert during.free_texts() == [PLAIN_STAGE_WORDS[Stage.CONTRIBUTIONS]]
    assert not room_shows(conf, profile(), at(11, 5)).family_excluded


@settings(max_examples=300, deadline=None)
@given(conferences())
def test_nothing_forbidden_ever_reaches_the_room(drawn):
    conf, moment = drawn
    shows = room_shows(conf, profile(), moment, {"introduction": 300})
    assert forbidden(conf, moment, "\n".join(shows.free_texts())) == []
    if conf.excluded_at(moment):
        assert shows.free_texts() == [shows.stage_words]
