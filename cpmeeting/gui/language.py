"""Switching the window's language: our interface catalog plus Qt's own dialog texts.

Qt ships `qtbase_<lang>.qm` for some languages (Polish, Arabic...) but none for Welsh, so
Qt's standard buttons and dialogs also consult our `qtbase` catalog (msgctxt = Qt's
translation context) through a QTranslator bridge. Imports Qt: the window uses this, the core
and the documents do not.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from cpmeeting.gui.forms import FormTranslator
from cpmeeting.i18n import set_interface_translations
from cpmeeting.i18n.catalogs import INTERFACE, has_catalog, load_catalog
from cpmeeting.i18n.locales import is_rtl

QT_DOMAIN = "qtbase"
_installed: list[QTranslator] = []
_current = "en"


class CatalogTranslator(QTranslator):
    """Answers Qt's translate() calls from one of our gettext catalogs (context = msgctxt)."""

    def __init__(self, language: str, domain: str = QT_DOMAIN, parent=None) -> None:
        super().__init__(parent)
        self.catalog = load_catalog(domain, language)
        self.language = language

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = self.catalog.pgettext(context, source)
        return None if found == source else found  # None (a null QString): not translated here

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's interface)
        return False


def chosen_language() -> str:
    """The language to start the window in: CPMEETING_LANGUAGE (e.g. cy, or xx to test), else en.

    The settings dialog, when it stores a choice, should take precedence over this.
    """
    return os.environ.get("CPMEETING_LANGUAGE", "").strip() or "en"


def current_language() -> str:
    """The interface language last chosen with set_language()."""
    return _current


def set_language(code: str, app: QCoreApplication | None = None) -> bool:
    """Show the interface in language `code` ("en" for English), Qt's dialogs included.

    Returns whether our catalog for the language was found; without one our text stays in
    English (Qt's own dialogs still follow the language where Qt ships a translation).
    Widgets built afterwards show the new language; windows already open must rebuild their
    text when they receive QEvent.LanguageChange (installing a translator sends it).
    """
    global _current
    app = app or QCoreApplication.instance()
    english = code in ("", "en")
    found = has_catalog(INTERFACE, code)
    set_interface_translations(load_catalog(INTERFACE, code if found else "en"))
    _current = code if found else "en"
    if app is None:
        return found
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not english:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(code), "qtbase", "_", folder):
            _installed.append(qt)
        if has_catalog(QT_DOMAIN, code):
            _installed.append(CatalogTranslator(code, parent=app))
        if found:
            _installed.append(FormTranslator(app))  # the ui/ forms' text, from our catalog
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(code if found and not english else "en_GB"))
    if hasattr(app, "setLayoutDirection"):
        rtl = found and is_rtl(code)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
    return found
