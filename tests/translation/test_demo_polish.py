"""The demo's Polish family copy is wholly in Polish: every piece of free text has its
invented translation, so a language-only copy that refuses untranslated text is made."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from cpmeeting.demo import (
    DEMO_TRANSLATOR,
    POLISH,
    DemoPeople,
    blank_demo_conference,
    demo_conference,
    demo_profile,
    translate_demo_copy,
)
from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.pack import build_pack
from cpmeeting.documents.plan import build_plan
from cpmeeting.documents.signing import chair_key
from cpmeeting.domain.copies import Audience, Untranslated
from cpmeeting.domain.copy_text import free_text, work_items
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.translation import TranslationStatus

DAY = date(2026, 11, 23)

# Sentences of the demo as it is written in English; none may reach the Polish copy.
ENGLISH = [
    "The chair welcomed everyone and explained the purpose of the conference.",
    "If there is another incident of domestic abuse",
    "is likely to suffer significant harm from exposure to domestic abuse",
    "I like living with Mama and Leo.",
    "Complaints about the conference go to the Safeguarding Unit",
]


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


@pytest.fixture(scope="module")
def signed():
    conference = demo_conference(DAY)
    sign(conference, demo_profile(), "Imogen Castellane", "Independent chair",
         datetime(2026, 11, 23, 13, 0))  # the demo is ready: no waiver to translate
    return conference


@pytest.fixture(scope="module")
def refusing(signed) -> Audience:
    mother = DemoPeople(*signed.invitees).mother
    return Audience.family(mother.id, "pl", untranslated=Untranslated.REFUSE)


def test_every_piece_of_the_mothers_polish_copy_is_translated(signed, refusing):
    items = work_items(signed, refusing, demo_profile())
    assert items and all(item.ready for item in items)
    assert all(not item.is_new and item.unit.status is TranslationStatus.TRANSLATED
               and item.unit.translator == DEMO_TRANSLATOR for item in items)


def test_the_refusing_polish_copy_is_built_and_reads_in_polish(signed, refusing, tmp_path):
    profile = demo_profile()
    result = build_pack(signed, profile, tmp_path, [refusing],
                        chair_key("Imogen Castellane", profile.name))
    assert len(result.files) == 2  # minutes and plan, nothing refused
    minutes = text_of(build_minutes(signed, profile, refusing).pdf)
    plan = text_of(build_plan(signed, profile, refusing).pdf)
    assert "Przewodnicząca powitała wszystkich i wyjaśniła cel konferencji." in minutes
    assert "Zofia i Leo żyją w domu bez przemocy domowej." in plan
    assert "Skargi dotyczące konferencji" in plan
    for text in (minutes, plan):
        for sentence in ENGLISH:
            assert sentence not in text
        assert "Not yet translated" not in text


def test_the_blank_demo_and_other_copies_carry_no_translation():
    assert blank_demo_conference(DAY).translations == []
    conference = demo_conference(DAY)
    father = DemoPeople(*conference.invitees).father
    assert {unit.language for unit in conference.translations} == {"pl"}
    assert translate_demo_copy(conference, father.id, "ur") == 0
    urdu = work_items(conference, Audience.family(father.id, "ur"), demo_profile())
    assert urdu and not any(item.ready for item in urdu)


def test_every_polish_sentence_belongs_to_the_demo():
    """A sentence changed in the demo leaves its stale key here: this finds it."""
    conference = demo_conference(DAY)
    people = DemoPeople(*conference.invitees)
    english = {piece.text
               for audience in (Audience.professionals(), Audience.family(people.mother.id),
                                Audience.family(people.father.id))
               for piece in free_text(conference, audience, demo_profile())}
    assert set(POLISH) - english == set()


def test_a_changed_record_leaves_its_translation_to_do():
    conference = demo_conference(DAY)
    mother = DemoPeople(*conference.invitees).mother
    conference.plan.contingency += " Changed after translation."
    copy = Audience.family(mother.id, "pl")
    stale = [item for item in work_items(conference, copy) if not item.ready]
    assert [item.piece.field for item in stale] == ["plan.contingency"]
