"""Finding and loading compiled gettext catalogs from translations/."""

from __future__ import annotations

import gettext

from cpmeeting.paths import TRANSLATIONS


def load_catalog(domain: str, language: str) -> gettext.NullTranslations:
    """The compiled catalog for domain and language; English or a missing one: unchanged text."""
    if language in ("", "en"):
        return gettext.NullTranslations()
    return gettext.translation(domain, localedir=TRANSLATIONS, languages=[language], fallback=True)
