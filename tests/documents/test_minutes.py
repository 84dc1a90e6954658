"""The minutes and plan PDFs hold the whole record, with marking and page numbers on every page."""

from __future__ import annotations

import re

from pdf_text import all_text, page_texts

from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.copies import Audience


def test_minutes_name_every_invitee_ground_decision_and_action(conference, profile):
    text = all_text(build_minutes(conference, profile).pdf)
    for person in conference.invitees:
        assert person.name in text
    for exclusion in conference.exclusions:
        for ground in exclusion.grounds:
            assert ground.description in text
        assert exclusion.evidence in text
    for decision in conference.decisions:
        assert decision.reasons in text
        assert decision.outcome.title in text
        for category in decision.categories:
            assert category.title in text
    for action in conference.plan.actions:
        assert action.description in text
    for entry in conference.minutes:
        assert entry.text in text
    assert "PN6: Does not attend but conveys views by a facilitative medium" in text
    assert conference.childs_views[0].own_words in text
    assert "20 November 2026" in text  # British long dates
    assert "Not quorate" not in text


def test_marking_header_and_page_n_of_m_on_every_page(conference, profile):
    profile.marking = "Official-Sensitive"
    rendered = build_minutes(conference, profile)
    pages = page_texts(rendered.pdf)
    assert rendered.pages == len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert f"Page {number} of {len(pages)}" in text
        assert "Ava Thornbury, Leo Thornbury" in text
        assert "Initial child protection conference, 20 November 2026" in text


def test_plan_alone_has_decisions_actions_contingency_and_dates(conference, profile):
    rendered = build_plan(conference, profile)
    text = all_text(rendered.pdf)
    plan = conference.plan
    assert "Outline child protection plan" in text
    for action in plan.actions:
        assert action.description in text
    assert plan.contingency in text
    assert plan.outcomes[0].measure in text
    assert "Tobias Wrenfield" in text  # lead social worker
    assert "Child protection plan (category: Emotional abuse)" in text
    assert "First core group meeting" in text and "Next review conference" in text
    # The plan is not the minutes: nothing said in the room appears in it.
    assert conference.minutes[0].text not in text
    for number, page in enumerate(page_texts(rendered.pdf), start=1):
        assert f"Page {number} of {rendered.pages}" in page


def test_family_copy_carries_copy_for_name_and_date_on_every_page(conference, profile):
    from datetime import date

    mother = next(p for p in conference.invitees if p.relationship == "Mother")
    rendered = build_minutes(conference, profile, Audience.family(mother.id), date(2026, 11, 23))
    for page in page_texts(rendered.pdf):
        assert "Copy for Delphine Thornbury, 23 November 2026" in page


def test_fonts_are_embedded(conference, profile):
    pdf = build_minutes(conference, profile).pdf
    assert b"/FontFile2" in pdf
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSans", pdf) or b"NotoSans" in pdf


def test_pdftotext_reads_the_minutes(conference, profile, tmp_path):
    import subprocess

    path = tmp_path / "minutes.pdf"
    path.write_bytes(build_minutes(conference, profile).pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Caspar Thornbury" in text and "OFFICIAL-SENSITIVE" in text
    assert "Bail conditions prohibit contact." in text
