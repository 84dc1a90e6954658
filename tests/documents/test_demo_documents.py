"""The demo conference's documents: everything recorded is printed, each copy only what it may."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_text import all_text

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.copies import Audience, copies_allowed, entries_for


@pytest.fixture(scope="module")
def demo():
    return demo_conference(date(2026, 11, 23)), demo_profile()


@pytest.fixture(scope="module")
def professionals_text(demo):
    conference, profile = demo
    return all_text(build_minutes(conference, profile).pdf)


def test_demo_minutes_hold_people_grounds_decisions_actions(demo, professionals_text):
    conference, _profile = demo
    text = professionals_text
    for person in conference.invitees:
        assert person.name in text
    for exclusion in conference.exclusions:
        for ground in exclusion.grounds:
            assert ground.description in text
    for decision in conference.decisions:
        assert " ".join(decision.reasons.split()) in text
    for action in conference.plan.actions:
        assert " ".join(action.description.split()) in text
    for entry in conference.minutes:
        assert " ".join(entry.text.split()) in text


def test_demo_plan_holds_every_action_and_outcome(demo):
    conference, profile = demo
    text = all_text(build_plan(conference, profile).pdf)
    for action in conference.plan.actions:
        assert " ".join(action.description.split()) in text
    for outcome in conference.plan.outcomes:
        assert " ".join(outcome.what_must_change.split()) in text


def test_each_family_copy_has_exactly_the_entries_for_that_person(demo, professionals_text):
    conference, profile = demo
    hidden_somewhere = False
    for person in conference.family:
        audience = Audience.family(person.id)
        if not copies_allowed(conference, audience).allowed:
            continue
        text = all_text(build_minutes(conference, profile, audience).pdf)
        shown = {e.id for e in entries_for(conference, audience)}
        for entry in conference.minutes:
            words = " ".join(entry.text.split())
            assert (words in text) is (entry.id in shown), (person.name, entry.text)
            hidden_somewhere |= entry.id not in shown
    assert hidden_somewhere  # the demo has confidential entries, so the test means something
