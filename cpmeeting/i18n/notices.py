"""What a family copy says, discreetly, about the translation of its fixed text."""

from __future__ import annotations

from . import N_, document_translations
from .catalogs import DOCUMENTS, catalog_status

UNCHECKED_NOTICE = N_("The standard headings and wording in this copy are a draft translation, "
                      "not yet checked by a qualified translator.")


def translation_notice(language: str) -> str | None:
    """The sentence to print (in the copy's language) when its fixed text is unchecked.

    None for English, for a language without a catalog (its fixed text prints in English), and
    for a catalog a qualified translator has checked.
    """
    if language in ("", "en"):
        return None
    status = catalog_status(DOCUMENTS, language)
    if status is None or status.checked:
        return None
    return document_translations(language).gettext(UNCHECKED_NOTICE)
