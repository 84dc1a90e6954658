"""Facts about document and interface languages, and dates and numbers in their locale."""

from __future__ import annotations

from datetime import date

RTL_LANGUAGES = frozenset({"ar", "ur", "fa", "ps", "he", "yi", "ckb", "sd"})
# gettext folder name -> Babel locale, where they differ (Punjabi in Gurmukhi, not Shahmukhi).
_BABEL_LOCALES = {"pa": "pa_Guru", "xx": "en_GB", "en": "en_GB", "": "en_GB"}


def base_language(code: str) -> str:
    return code.replace("-", "_").split("_")[0]


def is_rtl(language: str) -> bool:
    """Whether text in this language reads right to left."""
    return base_language(language) in RTL_LANGUAGES


def babel_locale(language: str) -> str:
    """The Babel locale for a catalog language (the pseudo-locale formats as British English)."""
    return _BABEL_LOCALES.get(language, language)


def format_date(day: date, language: str, form: str = "long") -> str:
    """A date as the family's locale writes it (e.g. cy: 12 Mawrth 2026)."""
    from babel.dates import format_date as babel_format_date  # lazy: locale data loads slowly

    return babel_format_date(day, format=form, locale=babel_locale(language))


def format_number(number: float, language: str) -> str:
    """A number with the locale's digits and separators."""
    from babel.numbers import format_decimal

    return format_decimal(number, locale=babel_locale(language))


def language_name(language: str, in_language: str = "en") -> str:
    """The language's name, in English or in itself (for the settings list)."""
    from babel import Locale

    if language == "xx":
        return "Pseudo-locale (test)"
    return Locale.parse(babel_locale(language)).get_display_name(babel_locale(in_language))


def language_label(code: str) -> str:
    """'Urdu (اردو)': the English name helps the chair, the own name the family; a code
    Babel does not know is shown as typed. The export dialog's list says the same."""
    from babel import UnknownLocaleError

    try:
        english, own = language_name(code), language_name(code, code)
    except (UnknownLocaleError, ValueError, LookupError):
        return code
    return english if english == own else f"{english} ({own})"
