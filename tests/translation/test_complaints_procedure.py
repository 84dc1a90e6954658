"""The authority's complaints procedure closes the minutes and the plan, translated like any
other free text in a family copy."""

from __future__ import annotations

import re

import pytest
from test_family_copy_pdf import text_of
from translating import polish, translate_all

from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.plan import build_plan
from cpmeeting.documents.translated import UntranslatedText
from cpmeeting.domain.copies import Audience, Untranslated
from cpmeeting.domain.copy_text import COMPLAINTS_FIELD, work_items

PROCEDURE = "Tell the Safeguarding Unit at Harrowfield within 20 working days of the meeting."


@pytest.fixture
def authority(profile):
    profile.complaints_procedure = PROCEDURE
    return profile


def _complaints_item(conference, audience, profile):
    return next(i for i in work_items(conference, audience, profile)
                if i.piece.field == COMPLAINTS_FIELD)


@pytest.mark.parametrize("builder", [build_minutes, build_plan])
def test_the_professionals_copy_ends_with_the_procedure(signed, authority, builder):
    text = text_of(builder(signed, authority).pdf)
    heading = text.index("If you are unhappy with the conference")
    assert text.index(PROCEDURE) > heading
    assert text.index("Sign-off") > heading  # a closing section, just before the sign-off


def test_no_procedure_no_section(signed, profile):
    profile.complaints_procedure = "  "
    assert "If you are unhappy" not in text_of(build_plan(signed, profile).pdf)
    assert all(i.piece.field != COMPLAINTS_FIELD
               for i in work_items(signed, Audience.family(signed.family[0].id, "pl"), profile))


def test_a_polish_plan_refuses_while_the_procedure_is_untranslated(signed, authority, polish_copy):
    refusing = Audience.family(polish_copy.invitee_id, "pl", untranslated=Untranslated.REFUSE)
    translate_all(signed, polish_copy, profile=authority)
    item = _complaints_item(signed, polish_copy, authority)
    signed.translations.remove(item.unit)
    with pytest.raises(UntranslatedText) as refused:
        build_plan(signed, authority, refusing)
    assert refused.value.to_do == 1


def test_a_polish_copy_prints_the_translated_procedure(signed, authority, polish_copy):
    translate_all(signed, polish_copy, profile=authority)
    item = _complaints_item(signed, polish_copy, authority)
    assert item.ready and item.piece.in_plan
    for builder in (build_minutes, build_plan):
        text = text_of(builder(signed, authority, polish_copy).pdf)
        assert item.unit.text in text and PROCEDURE[:40] not in text


def test_marked_procedure_shows_the_english_with_a_mark(signed, authority, polish_copy):
    translate_all(signed, polish_copy, profile=authority)
    item = _complaints_item(signed, polish_copy, authority)
    signed.translations.remove(item.unit)
    text = text_of(build_plan(signed, authority, polish_copy).pdf)
    assert re.search(r"\[[^\]]+\] " + re.escape(PROCEDURE[:30]), text)
    assert polish(0)[:10] in text
