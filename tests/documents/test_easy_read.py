"""The easy-read plan: read back from the PDF, for the family member it is for."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_text import all_text, page_texts

from cpmeeting.documents.easy_read import build_easy_read
from cpmeeting.documents.translated import UntranslatedText
from cpmeeting.domain.copies import Audience, Untranslated
from cpmeeting.domain.decision import Decision, Outcome
from cpmeeting.domain.people import Role
from cpmeeting.domain.plan import PlanAction


def parents(conference):
    return [p for p in conference.invitees if p.role is Role.PARENT]


@pytest.fixture
def planned(conference):
    mother, father = parents(conference)[:2]
    for child in conference.children:
        conference.decisions.append(Decision(child.id, outcome=Outcome.CHILD_PROTECTION_PLAN,
                                             reasons="Reasons only professionals read"))
    conference.plan.actions = [
        PlanAction("Go to the parenting course", owner_id=mother.id, due=date(2027, 1, 15)),
        PlanAction("Keep the safety plan", owner_id=mother.id, not_for={father.id}),
        PlanAction("Police check", owner_text="Police", third_party_confidential=True),
    ]
    return conference


def test_the_easy_read_plan_says_who_does_what_by_when_in_short_lines(planned, profile):
    mother, father = parents(planned)[:2]
    text = all_text(build_easy_read(planned, profile, Audience.family(mother.id)).pdf)
    assert "Your plan: easy read" in text
    child = planned.children[0].given_name
    assert f"{child} will have a child protection plan." in text
    assert f"People will work with your family to keep {child} safe." in text
    assert "You: " + mother.name in text and "Go to the parenting course" in text
    assert "By 15 January 2027." in text
    assert "Keep the safety plan" in text  # for her, not for him
    assert "Police check" not in text and "Reasons only" not in text
    his = all_text(build_easy_read(planned, profile, Audience.family(father.id)).pdf)
    assert "Keep the safety plan" not in his and "Go to the parenting course" in his


def test_each_action_has_its_pictures(planned, profile):
    from cpmeeting.documents import easy_read
    from cpmeeting.documents.pictures import Picture

    mother = parents(planned)[0]
    drawn: list[str] = []
    original = Picture.draw

    def spy(self):
        drawn.append(self.kind)
        original(self)

    Picture.draw = spy
    try:
        easy_read.build_easy_read(planned, profile, Audience.family(mother.id))
    finally:
        Picture.draw = original
    assert drawn.count("who") == drawn.count("what") == 2  # her two actions
    assert drawn.count("when") >= 2


def test_the_easy_read_plan_is_in_the_familys_language(planned, profile):
    mother = parents(planned)[0]
    pages = page_texts(build_easy_read(planned, profile, Audience.family(mother.id, "pl")).pdf)
    assert "stycznia 2027" in "\n".join(pages)  # the date in Polish
    with pytest.raises(UntranslatedText):
        build_easy_read(planned, profile, Audience.family(
            mother.id, "ur", untranslated=Untranslated.REFUSE))
    urdu = build_easy_read(planned, profile, Audience.family(mother.id, "ur"))
    assert urdu.pages >= 1


def test_an_easy_read_plan_is_for_a_family_member(planned, profile):
    with pytest.raises(ValueError, match="family member"):
        build_easy_read(planned, profile, Audience.professionals())
