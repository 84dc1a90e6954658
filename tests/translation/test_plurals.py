"""Deadline explanations take each language's own plural form (Polish: 2-4 and 5+ differ)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_family_copy_pdf import text_of
from translating import translate_all

from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.rules.deadlines import _WORKING_DAY_BASIS, due_dates
from cpmeeting.i18n import document_translations

DRAFTED = ("pl", "cy", "lt", "ro", "ar", "ur")


def _basis(profile, conference, key: str, language: str) -> str:
    catalog = document_translations(language)
    due = next(d for d in due_dates(conference, profile) if d.key == key)
    return due.render_basis(catalog.gettext, day=lambda d: d.isoformat(),
                            plural=catalog.ngettext)


@pytest.mark.parametrize(("days", "expected"), [
    (1, "1 dzień roboczy po"), (3, "3 dni robocze po"), (15, "15 dni roboczych po"),
    (22, "22 dni robocze po"), (12, "12 dni roboczych po"),
])
def test_polish_working_days_take_the_form_for_the_number(conference, profile, days, expected):
    profile.timescales = replace(profile.timescales, minutes_working_days=days)
    assert _basis(profile, conference, "minutes", "pl").startswith(expected)


def test_english_keeps_one_and_many(conference, profile):
    catalog = document_translations("en")
    due = next(d for d in due_dates(conference, profile) if d.key == "minutes")
    assert due.render_basis(catalog.gettext, plural=catalog.ngettext).startswith(
        "15 working days after the conference")


@given(count=st.integers(min_value=0, max_value=250), language=st.sampled_from(DRAFTED))
def test_every_drafted_catalog_has_a_form_for_every_count(count, language):
    catalog = document_translations(language)
    for one, many in _WORKING_DAY_BASIS.values():
        chosen = catalog.ngettext(one, many, count)
        assert chosen not in (one, many), "not left in English"
        text = chosen.format(count=count, date="D", calendar="C")
        assert str(count) in text or count in (1, 2)  # Arabic writes one and two as words


def test_a_polish_plan_prints_the_right_forms(signed, profile, polish_copy):
    translate_all(signed, polish_copy, profile=profile)
    profile.timescales = replace(profile.timescales, core_group_working_days=3)
    text = text_of(build_plan(signed, profile, polish_copy, date(2026, 11, 23)).pdf)
    assert "3 dni robocze po konferencji" in text
    assert "1 dzień roboczy po konferencji" in text
