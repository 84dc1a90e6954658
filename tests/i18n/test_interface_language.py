"""Choosing the interface language: our catalog, Qt's own dialogs, right-to-left layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from cpmeeting.domain.stages import STAGE_TITLES, Stage
from cpmeeting.gui.language import current_language, set_language
from cpmeeting.i18n import _


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    set_language("en", qapp)


def button_texts(qtbot, buttons) -> dict:
    box = QDialogButtonBox(buttons)
    qtbot.addWidget(box)
    return {b: box.button(b).text() for b in (buttons_list(buttons))}


def buttons_list(buttons):
    return [b for b in (QDialogButtonBox.StandardButton.Yes, QDialogButtonBox.StandardButton.No,
                        QDialogButtonBox.StandardButton.Cancel,
                        QDialogButtonBox.StandardButton.Save) if buttons & b]


STANDARD = (QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
            | QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)


def test_welsh_reaches_our_text_and_qts_own_buttons(qtbot, qapp):
    assert set_language("cy", qapp)
    assert current_language() == "cy"
    assert _(STAGE_TITLES[Stage.DECISION]) == "Penderfyniad"
    texts = button_texts(qtbot, STANDARD)
    assert texts[QDialogButtonBox.StandardButton.Yes] == "&Ie"
    assert texts[QDialogButtonBox.StandardButton.No] == "&Na"
    assert texts[QDialogButtonBox.StandardButton.Cancel] == "Diddymu"
    assert texts[QDialogButtonBox.StandardButton.Save] == "Cadw"


def test_a_message_box_speaks_welsh(qtbot, qapp):
    set_language("cy", qapp)
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ie"


def test_polish_uses_the_qtbase_translation_qt_ships(qtbot, qapp):
    set_language("pl", qapp)  # no Polish interface catalog yet, but Qt's dialogs are Polish
    texts = button_texts(qtbot, STANDARD)
    assert texts[QDialogButtonBox.StandardButton.Cancel] == "Anuluj"


def test_back_to_english(qtbot, qapp):
    set_language("cy", qapp)
    set_language("en", qapp)
    assert _(STAGE_TITLES[Stage.DECISION]) == "Decision"
    assert button_texts(qtbot, STANDARD)[QDialogButtonBox.StandardButton.Cancel] == "Cancel"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_language_without_an_interface_catalog_keeps_the_window_english(qapp):
    assert not set_language("so", qapp)  # Somali: family copies only, no interface catalog
    assert current_language() == "en"
    assert _(STAGE_TITLES[Stage.DECISION]) == "Decision"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_pseudo_locale_marks_interface_text(qapp):
    set_language("xx", qapp)
    assert _(STAGE_TITLES[Stage.DECISION]).startswith("[")
    assert isinstance(QApplication.instance(), QApplication)


def test_the_starting_language_can_come_from_the_environment(monkeypatch):
    from cpmeeting.gui.language import chosen_language

    monkeypatch.delenv("CPMEETING_LANGUAGE", raising=False)
    assert chosen_language() == "en"
    monkeypatch.setenv("CPMEETING_LANGUAGE", "cy")
    assert chosen_language() == "cy"


def test_text_our_welsh_bridge_does_not_know_stays_as_qt_wrote_it(qapp):
    from PySide6.QtCore import QCoreApplication

    set_language("cy", qapp)
    assert QCoreApplication.translate("QAbstractSpinBox", "Step &up") == "Step &up"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Diddymu"
