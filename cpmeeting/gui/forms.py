"""Builds a static dialog from its Qt Designer form in ui/, and translates the form's text.

`build_form("passphrase_dialog", self)` lays ui/passphrase_dialog.ui out on `self` (the dialog
or page being made) with the form's compiled setupUi, and returns its named widgets and
layouts. What the record decides (items, rows, texts worked out) is still added in code, after.

The forms are compiled by pyside6-uic, not read at run time by QUiLoader:
benchmarks/forms_benchmark.py measured the compiled forms 2.5 to 4.5 times faster to build
(the profile dialog's, mostly widgets, 1.6 times; all ten 2.3 times) and the first form of a
process 1.8 times (about 45 ms less: QUiLoader's first load). A
wheel built beside PySide6 and the bundle carry the compiled modules (form_compiler.py, run by
setup.py and installer/cpmeeting.spec); a checkout, or a wheel built without PySide6, compiles
each form once into the user's cache folder (private to the user; forms hold no case data),
under a name that changes whenever the .ui does, so a stale module is never used.

The form's text goes through Qt's translate() with the form's class as the context;
FormTranslator answers those calls from our gettext interface catalog (the msgids are the
English texts, extracted from the .ui files by cpmeeting.i18n.ui_forms), so a form speaks
whatever language `cpmeeting.i18n._` speaks, Welsh and the pseudo-locale included.
gui/language.py installs it with the other translators when the language is set; English
needs none (installing one later would send every open window a LanguageChange, which puts
a button box's standard texts back over the ones set in code).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import platformdirs
from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QWidget

from cpmeeting import i18n
from cpmeeting.gui.form_compiler import SHIPPED_FOLDER, compile_form, compiled_name
from cpmeeting.i18n import _
from cpmeeting.paths import APP_NAME, FORMS, PACKAGE

SHIPPED = PACKAGE / "gui" / SHIPPED_FOLDER


def form_path(name: str) -> Path:
    """The .ui file of form `name` (without the suffix)."""
    return FORMS / f"{name}.ui"


def cache_folder() -> Path:
    """Where a checkout's compiled forms are kept: the user's cache, per PySide6 version."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "forms" / \
        f"pyside6-{PYSIDE_VERSION}"


@cache
def form_contexts() -> frozenset[str]:
    """The translation contexts of the shipped forms: each form's <class>."""
    from xml.etree import ElementTree

    return frozenset(ElementTree.parse(path).getroot().findtext("class", "")
                     for path in FORMS.glob("*.ui"))


class FormTranslator(QTranslator):
    """Answers Qt's translate() calls for our forms' contexts with the interface catalog."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if context not in form_contexts() or not source:
            return None
        found = i18n._(source)
        return None if found == source else found  # None: untranslated, Qt keeps the source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's interface)
        return False


def _compiled_module(name: str) -> Path:
    """The compiled form: the one shipped with this copy, else the cache's (made if need be)."""
    form = form_path(name)
    if not form.is_file():
        raise FileNotFoundError(_("The form {file} is missing; please reinstall cpmeeting.")
                                .format(file=form))
    module_name = compiled_name(form)
    for folder in (SHIPPED, cache_folder()):
        if (folder / module_name).is_file():
            return folder / module_name
    folder = cache_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        return compile_form(form, folder)
    except (OSError, ValueError) as error:
        raise ValueError(_("The form {file} cannot be read ({problem}); please reinstall "
                           "cpmeeting.").format(file=form, problem=error)) from error


@cache
def form_class(name: str) -> type:
    """The compiled form's Ui_ class (its setupUi lays the form out on a widget)."""
    path = _compiled_module(name)
    spec = importlib.util.spec_from_file_location(f"cpmeeting.gui.{SHIPPED_FOLDER}.{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return next(value for key, value in vars(module).items() if key.startswith("Ui_"))


def build_form(name: str, base: QWidget) -> SimpleNamespace:
    """Lay ui/<name>.ui out on base; its widgets and layouts by objectName."""
    kept_name = base.objectName()
    form = form_class(name)()
    form.setupUi(base)
    base.setObjectName(kept_name)  # the form's top-level name is its class, not the widget's
    return SimpleNamespace(**vars(form))
