"""Translations of the free text of family copies (issue 5): what was said is in no catalog.

A unit holds one piece of free text (a field of one record) in one language. It keeps the
English source it was translated from, so a later change to the record shows the translation
as stale instead of printing an out-of-date sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .ids import new_id
from .text import N_


class TranslationStatus(StrEnum):
    TO_DO = "to_do"
    TRANSLATED = "translated"
    CHECKED = "checked"

    @property
    def title(self) -> str:
        return STATUS_TITLES[self]


STATUS_TITLES: dict[TranslationStatus, str] = {
    TranslationStatus.TO_DO: N_("To do"),
    TranslationStatus.TRANSLATED: N_("Translated"),
    TranslationStatus.CHECKED: N_("Checked"),
}


@dataclass
class TranslationUnit:
    """The translation of one field of one record into one language.

    record_id names the record (the conference's own id for its fields and the plan's);
    field names the attribute ("text", "reasons", "plan.contingency"); source_text is the
    English the translation was made from.
    """

    record_id: str
    field: str
    language: str
    source_text: str
    text: str = ""
    status: TranslationStatus = TranslationStatus.TO_DO
    translator: str = ""
    id: str = field(default_factory=new_id)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.record_id, self.field, self.language

    def is_stale(self, current_source: str) -> bool:
        """Translated from a different English text than the record now holds."""
        return bool(self.text) and self.source_text != current_source

    def usable_for(self, current_source: str) -> bool:
        """Whether a copy may print this translation in place of current_source."""
        return (self.status is not TranslationStatus.TO_DO and bool(self.text)
                and not self.is_stale(current_source))
