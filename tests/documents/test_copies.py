"""Family copies leave out what is not for them; the professionals' copy holds everything."""

from __future__ import annotations

from datetime import timedelta

from factories import family_at, family_conference
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_text import all_text

from cpmeeting.documents.minutes import build_minutes
from cpmeeting.domain.copies import Audience, copies_allowed, entries_for
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.stages import Stage

# Each entry: (confidential?, set of family-member indexes it is not for).
marks = st.lists(st.tuples(st.booleans(), st.sets(st.integers(0, 2), max_size=3)),
                 min_size=1, max_size=12)


def _record(entry_marks):
    conference = family_conference()
    family = [p for p in conference.invitees if p.role.is_family][:3]
    conference.exclusions.clear()  # every family member may receive a copy here
    conference.minutes = [
        MinuteEntry(f"Entry number {i} zq{i}x", Stage.CONTRIBUTIONS, family_at(10, 0) + timedelta(minutes=i),
                    third_party_confidential=confidential,
                    not_for={family[k].id for k in hidden})
        for i, (confidential, hidden) in enumerate(entry_marks)]
    return conference, family


@given(marks)
def test_entries_for_rules(entry_marks):
    conference, family = _record(entry_marks)
    assert entries_for(conference, Audience.professionals()) == conference.minutes
    for person in family:
        shown = entries_for(conference, Audience.family(person.id))
        for entry in conference.minutes:
            expected = not entry.third_party_confidential and person.id not in entry.not_for
            assert (entry in shown) is expected


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marks)
def test_confidential_entries_only_in_the_professionals_pdf(entry_marks):
    conference, family = _record(entry_marks)
    profile = AuthorityProfile()
    professional = all_text(build_minutes(conference, profile).pdf)
    for entry in conference.minutes:
        assert f"zq{entry.text.split('zq')[1]}" in professional
    for person in family:
        text = all_text(build_minutes(conference, profile, Audience.family(person.id)).pdf)
        for entry in conference.minutes:
            token = f"zq{entry.text.split('zq')[1]}"
            visible = not entry.third_party_confidential and person.id not in entry.not_for
            assert (token in text) is visible


def test_family_copy_withholds_exclusion_evidence_and_legal_advice(conference, profile):
    exclusion = conference.exclusions[0]
    mother = next(p for p in conference.invitees if p.relationship == "Mother")
    family_text = all_text(build_minutes(conference, profile, Audience.family(mother.id)).pdf)
    assert exclusion.evidence not in family_text
    assert exclusion.legal_advice_note not in family_text
    assert "Recorded in the professionals' copy." in family_text
    for ground in exclusion.grounds:  # the exclusion itself is still recorded in full
        assert ground.description in family_text


def test_excluded_parent_gets_minutes_only_if_the_chair_decided(conference):
    exclusion = conference.exclusions[0]
    father = Audience.family(exclusion.invitee_id)
    refused = copies_allowed(conference, father)
    assert not refused.allowed
    assert "Caspar Thornbury" in refused.render()
    exclusion.receives_minutes = True
    assert copies_allowed(conference, father).allowed


def test_a_professional_cannot_be_given_a_family_copy(conference):
    teacher = next(p for p in conference.invitees if p.agency == "Elmfield Primary School")
    assert not copies_allowed(conference, Audience.family(teacher.id)).allowed
