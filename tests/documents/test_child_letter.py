"""The letter to a child who can read: read back from the PDF; refused for a child too young."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pdf_text import all_text

from cpmeeting.documents.child_letter import build_child_letter
from cpmeeting.domain.child_letter import NoLetter
from cpmeeting.domain.decision import Decision, Outcome
from cpmeeting.domain.people import Role
from cpmeeting.domain.plan import PlanAction


@pytest.fixture
def decided(conference):
    for child in conference.children:
        conference.decisions.append(Decision(child.id, outcome=Outcome.CHILD_PROTECTION_PLAN,
                                             reasons="Reasons only professionals read"))
    worker = next(p for p in conference.invitees if p.role is Role.SOCIAL_WORKER)
    teacher = next(p for p in conference.invitees if "School" in p.agency)
    conference.plan.lead_social_worker_id = worker.id
    conference.plan.actions = [
        PlanAction("Check in every morning", owner_id=teacher.id),
        PlanAction("Secret check", owner_id=next(
            p for p in conference.invitees if p.role is Role.PRACTITIONER and p is not teacher).id,
            third_party_confidential=True),
    ]
    return conference, worker, teacher


def test_the_letter_says_what_was_decided_and_who_will_help_in_words_for_the_age(decided, profile):
    conference, worker, teacher = decided
    ava = conference.children[0]  # 10 on the day
    text = all_text(build_child_letter(conference, profile, ava.id).pdf)
    assert "Dear Ava," in text
    assert "The grown-ups made a plan to help keep you safe." in text
    assert f"{worker.name}, your social worker" in text and teacher.name in text
    assert "Secret" not in text and "Reasons only" not in text
    older = replace(ava, date_of_birth=ava.date_of_birth.replace(year=2012))
    conference.children[0] = older
    text = all_text(build_child_letter(conference, profile, older.id).pdf)
    assert "The meeting decided you will have a child protection plan." in text


def test_the_profiles_own_wording_is_used(decided, profile):
    conference, _worker, _teacher = decided
    profile.child_letter_wording = "Hello {name}.\n{decision}\nLove, {chair}"
    text = all_text(build_child_letter(conference, profile, conference.children[0].id).pdf)
    assert "Hello Ava." in text and "Love, " in text and "Dear" not in text
    profile.child_letter_wording = "Hello {nmae}."
    with pytest.raises(ValueError, match="nmae"):
        build_child_letter(conference, profile, conference.children[0].id)


def test_no_letter_for_a_child_too_young_to_read_or_before_a_decision(decided, profile):
    conference, _worker, _teacher = decided
    leo = conference.children[1]  # 5 on the day
    with pytest.raises(NoLetter, match="Leo Thornbury is 5"):
        build_child_letter(conference, profile, leo.id)
    conference.decisions.clear()
    with pytest.raises(NoLetter, match="No decision"):
        build_child_letter(conference, profile, conference.children[0].id)
