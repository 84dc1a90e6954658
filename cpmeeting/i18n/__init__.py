"""Translation for the interface and for family documents (gettext catalogs via Babel).

Import explicitly: `from cpmeeting.i18n import _`. Never installed as a builtin.
"""

from __future__ import annotations

import gettext as _gettext

_interface: _gettext.NullTranslations = _gettext.NullTranslations()


def _(message: str) -> str:
    """Translate interface text into the user's chosen language."""
    return _interface.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _interface.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark text for extraction; translate it later with _()."""
    return message


def set_interface_translations(translations: _gettext.NullTranslations) -> None:
    """Switch the interface language (the settings dialog and tests call this)."""
    global _interface
    _interface = translations


def interface_translations() -> _gettext.NullTranslations:
    """The interface's catalog now (what is built with its text can be kept per catalog)."""
    return _interface


def document_translations(language: str) -> _gettext.NullTranslations:
    """The catalog for fixed text in documents in this language (English: unchanged)."""
    from cpmeeting.i18n.catalogs import load_catalog

    return load_catalog("documents", language)
