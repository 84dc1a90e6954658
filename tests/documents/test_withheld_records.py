"""Contributions and plan actions marked not for someone, or third-party confidential, stay out
of that family copy (minutes and plan) and the copy says how many it left out; the
professionals' copy keeps them (domain.md §10)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from factories import family_conference
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_text import all_text

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.copies import Audience, actions_for, contributions_for
from cpmeeting.domain.copy_text import free_text
from cpmeeting.domain.plan import PlanAction

GP_SUMMARY = "Ms Kowalska has been treated for low mood"
SAFETY_ACTIONS = ("Agree a written safety plan with Ms Kowalska",
                  "Refer Ms Kowalska to the Example Women's Aid outreach service")


def pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo():
    conference = demo_conference(date(2026, 11, 23))
    people = {p.relationship.split(" of ")[0]: p for p in conference.family}
    return conference, demo_profile(), people["Father"], people["Mother"]


def test_fathers_copies_leave_out_what_endangers_the_mother(demo, tmp_path):
    conference, profile, father, _mother = demo
    audience = Audience.family(father.id)
    minutes = pdftotext(build_minutes(conference, profile, audience).pdf, tmp_path)
    plan = pdftotext(build_plan(conference, profile, audience).pdf, tmp_path)
    assert GP_SUMMARY not in minutes
    for action in SAFETY_ACTIONS:
        assert action not in minutes and action not in plan
    # The reader is told something was left out, and how much.
    assert "It also leaves out 1 agency contribution that is not for them." in minutes
    assert "It also leaves out 2 actions of the plan that are not for them." in minutes
    assert "1 contribution is recorded in the professionals' copy only." in minutes
    assert "2 actions are recorded in the professionals' copy only." in plan
    # What is for him is still there.
    assert "Complete the domestic abuse perpetrator programme assessment." in plan
    assert "Written report: Ms" not in minutes and "Zofia's attendance fell to 84%" in minutes


def test_mothers_and_professionals_copies_keep_them(demo, tmp_path):
    conference, profile, _father, mother = demo
    for audience in (Audience.family(mother.id), Audience.professionals()):
        minutes = pdftotext(build_minutes(conference, profile, audience).pdf, tmp_path)
        plan = pdftotext(build_plan(conference, profile, audience).pdf, tmp_path)
        assert GP_SUMMARY in minutes
        for action in SAFETY_ACTIONS:
            assert action in minutes and action in plan
        assert "It also leaves out" not in minutes
        assert "professionals' copy only" not in minutes + plan


def test_translation_work_leaves_out_what_the_copy_leaves_out(demo):
    conference, _profile, father, mother = demo
    withheld = {c.id for c in conference.contributions if father.id in c.not_for}
    withheld |= {a.id for a in conference.plan.actions if father.id in a.not_for}
    assert len(withheld) == 3
    for_father = {p.record_id for p in free_text(conference, Audience.family(father.id, "pl"))}
    for_mother = {p.record_id for p in free_text(conference, Audience.family(mother.id, "pl"))}
    assert not withheld & for_father
    assert withheld <= for_mother


def test_when_every_action_is_withheld_the_plan_does_not_say_there_are_none(tmp_path):
    conference = family_conference()
    mother = next(p for p in conference.family if p.relationship == "Mother")
    for action in conference.plan.actions:
        action.third_party_confidential = True
    text = all_text(build_plan(conference, _profile(), Audience.family(mother.id)).pdf)
    assert "No actions recorded." not in text
    assert "3 actions are recorded in the professionals' copy only." in text


def _profile():
    from cpmeeting.domain.profile import AuthorityProfile

    return AuthorityProfile()


# Each record: (confidential?, set of family-member indexes it is not for).
marks = st.lists(st.tuples(st.booleans(), st.sets(st.integers(0, 2), max_size=3)),
                 min_size=1, max_size=6)


def _visible(record, person) -> bool:
    return not record.third_party_confidential and person.id not in record.not_for


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marks, marks)
def test_marked_contributions_and_actions_only_where_allowed(contribution_marks, action_marks):
    conference = family_conference()
    family = conference.family[:3]
    conference.exclusions.clear()  # every family member may receive a copy here
    speakers = [p for p in conference.invitees if not p.role.is_family]
    conference.contributions = [
        AgencyContribution(speakers[i % len(speakers)].id, summary=f"Report zc{i}x",
                           third_party_confidential=confidential,
                           not_for={family[k].id for k in hidden})
        for i, (confidential, hidden) in enumerate(contribution_marks)]
    conference.plan.actions = [
        PlanAction(f"Action za{i}x", third_party_confidential=confidential,
                   not_for={family[k].id for k in hidden})
        for i, (confidential, hidden) in enumerate(action_marks)]
    profile = _profile()
    everything = all_text(build_minutes(conference, profile).pdf)
    tokens = [(f"zc{i}x", c) for i, c in enumerate(conference.contributions)]
    tokens += [(f"za{i}x", a) for i, a in enumerate(conference.plan.actions)]
    assert all(token in everything for token, _record in tokens)
    for person in family:
        audience = Audience.family(person.id)
        shown = [*contributions_for(conference, audience), *actions_for(conference, audience)]
        text = all_text(build_minutes(conference, profile, audience).pdf)
        for token, record in tokens:
            assert (token in text) is _visible(record, person) is (record in shown)
