"""Free text in a family copy's language: the translation, both languages, or a plain mark.

In a copy in another language, untranslated text is never printed in English as if it were
the translation: the copy is refused (UntranslatedText) or the English carries a visible mark.
"""

from __future__ import annotations

from collections.abc import Callable

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.copies import Audience, Untranslated
from cpmeeting.domain.copy_text import count, units_by_key, work_items
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.text import N_

from .text import is_rtl


class UntranslatedText(Exception):
    """A copy was asked for in a language while some of its free text is still to translate."""

    def __init__(self, to_do: int, language: str) -> None:
        super().__init__(f"{to_do} pieces of free text are not yet translated into {language}.")
        self.to_do = to_do
        self.language = language

    def render(self, translate: Callable[[str], str] = lambda s: s) -> str:
        return translate(UNTRANSLATED_MESSAGE).format(
            count=self.to_do, language=self.language)


UNTRANSLATED_MESSAGE = N_("{count} pieces of free text are still to translate into {language}; "
                          "translate them, or export with untranslated text marked.")


def check_translated(conference: Conference, audience: Audience, plan_only: bool = False,
                     profile: AuthorityProfile | None = None) -> None:
    """Raise UntranslatedText when the audience refuses untranslated text and some remains."""
    if not audience.translates_free_text or audience.untranslated is not Untranslated.REFUSE:
        return
    items = work_items(conference, audience, profile)
    if plan_only:
        items = [item for item in items if item.piece.in_plan]
    to_do = count(items).to_do
    if to_do:
        raise UntranslatedText(to_do, audience.language)


class FreeTextPrinter:
    """What a copy prints for one piece of free text."""

    def __init__(self, conference: Conference, audience: Audience,
                 translate: Callable[[str], str]) -> None:
        self.audience = audience
        self.active = audience.translates_free_text
        self.units = units_by_key(conference) if self.active else {}
        self.t = translate

    def __call__(self, record_id: str, field: str, english: str) -> str:
        if not self.active or not english:
            return english
        unit = self.units.get((record_id, field, self.audience.language))
        if unit is not None and unit.usable_for(english):
            return f"{unit.text}\n{self._isolated(english)}" if self.audience.bilingual else unit.text
        mark = self.t("Not yet translated")  # outside the f-string, where Babel can find it
        return f"[{mark}] {self._isolated(english)}"

    def _isolated(self, english: str) -> str:
        """In a right-to-left copy each English line keeps its own order (FSI ... PDI), so
        its full stop stays at its end."""
        if not is_rtl(self.audience.language):
            return english
        return "\n".join(f"\u2068{line}\u2069" if line else line
                         for line in english.split("\n"))
