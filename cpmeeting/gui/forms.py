"""Builds a static dialog from its Qt Designer form in ui/, and translates the form's text.

`build_form("passphrase_dialog", self)` lays ui/passphrase_dialog.ui out on `self` (the dialog
or page being made, as a compiled form's setupUi would) and returns its named widgets. What the
record decides (items, rows, texts worked out) is still added in code, after this.

QUiLoader reads the form at run time (benchmarks/forms_benchmark.py measured it against
pyside6-uic's compiled modules); so nothing is generated at build time and no generated file
exists to go stale. The form's text goes through Qt's translate() with the form's class as the
context; FormTranslator answers those calls from our gettext interface catalog (the msgids are
the English texts, extracted from the .ui files by cpmeeting.i18n.ui_forms), so a form speaks
whatever language `cpmeeting.i18n._` speaks, Welsh and the pseudo-locale included.
gui/language.py installs it with the other translators when the language is set; English
needs none (installing one later would send every open window a LanguageChange, which puts
a button box's standard texts back over the ones set in code).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import SimpleNamespace
from xml.etree import ElementTree

from PySide6.QtCore import QFile, QIODevice, QObject, QTranslator
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLayout, QWidget

from cpmeeting import i18n
from cpmeeting.paths import FORMS


def form_path(name: str) -> Path:
    """The .ui file of form `name` (without the suffix)."""
    return FORMS / f"{name}.ui"


@cache
def _layout_settings(name: str) -> dict[str, frozenset[str]]:
    """Each layout of the form, with the names of the properties the form sets on it."""
    root = ElementTree.parse(form_path(name)).getroot()
    return {layout.get("name", ""): frozenset(p.get("name", "") for p in layout.findall("property"))
            for layout in root.iter("layout")}


def _style_defaults(layout: QLayout, settings: frozenset[str]) -> None:
    """Margins and spacing the form leaves unset come from the style, as in code and uic.

    QUiLoader writes the style's values at the moment it builds (a page not yet in its tab
    widget counts as a window, so it would get a window's margins); unsetting them lets the
    layout ask the style where it stands, as a layout made in code does.
    """
    if not settings & {"leftMargin", "topMargin", "rightMargin", "bottomMargin"}:
        layout.unsetContentsMargins()
    if not settings & {"spacing", "horizontalSpacing", "verticalSpacing"}:
        if isinstance(layout, (QFormLayout, QGridLayout)):
            layout.setHorizontalSpacing(-1)
            layout.setVerticalSpacing(-1)
        else:
            layout.setSpacing(-1)


@cache
def form_contexts() -> frozenset[str]:
    """The translation contexts of the shipped forms: each form's <class>."""
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


class _OntoLoader(QUiLoader):
    """A QUiLoader that lays the form's top widget out on an existing one (like setupUi)."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self.base = base
        self.widgets: dict[str, QObject] = {}

    def createWidget(self, class_name: str, parent: QWidget | None = None,  # noqa: N802
                     name: str = "") -> QWidget:
        if parent is None:
            return self.base
        widget = super().createWidget(class_name, parent, name)
        self.widgets[name] = widget
        return widget

    def createLayout(self, class_name: str, parent: QObject | None = None,  # noqa: N802
                     name: str = "") -> QObject:
        layout = super().createLayout(class_name, parent, name)
        self.widgets[name] = layout
        return layout


def build_form(name: str, base: QWidget) -> SimpleNamespace:
    """Lay ui/<name>.ui out on base; its widgets and layouts by objectName."""
    loader = _OntoLoader(base)
    kept_name = base.objectName()
    source = QFile(str(form_path(name)))
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {form_path(name)} is missing: reinstall cpmeeting.")
    try:
        if loader.load(source) is None:
            raise ValueError(f"The form {form_path(name)} cannot be read: "
                             f"{loader.errorString()}")
    finally:
        source.close()
    base.setObjectName(kept_name)  # the form's top-level name is its class, not the widget's
    for layout_name, settings in _layout_settings(name).items():
        layout = loader.widgets.get(layout_name)
        if isinstance(layout, QLayout):
            _style_defaults(layout, settings)
    return SimpleNamespace(**loader.widgets)
