"""Helpers for the translation tests: an invented Polish translation of every unit."""

from __future__ import annotations

from datetime import date

from cpmeeting.demo import demo_profile
from cpmeeting.domain.copies import Audience
from cpmeeting.domain.copy_text import edit_operation, work_items
from cpmeeting.domain.translation import TranslationStatus

DAY = date(2026, 11, 23)


def polish(number: int) -> str:
    """An invented Polish translation, distinct per unit and absent from the English."""
    return f"Przekład nr{number:03d} zażółć gęślą jaźń"


def translate_all(conference, audience: Audience, skip: int = 0, profile=None) -> None:
    """Translate every unit of the copy (the demo authority's text included) but the first
    `skip` ones."""
    units = work_items(conference, audience, profile or demo_profile())
    for number, item in enumerate(units):
        if number >= skip:
            edit_operation(item, {"text": polish(number), "status": TranslationStatus.TRANSLATED,
                                  "translator": "Ewa Nowicka"}, "test").apply(conference)
