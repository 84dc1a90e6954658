"""Small things a chair hit: where typing lands, what Tab and Enter do, labels, the title, and
who said what on the Decision page at 200% text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from test_large_text import choose_text_size, laptop  # noqa: F401  (the fixture)

from cpmeeting.domain.decision import Category, Outcome
from cpmeeting.domain.meeting_ops import participants, record_view
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.export_dialog import ExportDialog
from cpmeeting.gui.passphrase_dialog import PassphraseDialog


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def typed(qtbot, text: str) -> None:
    """Keys as a user types them: to whichever widget has the focus."""
    qtbot.keyClicks(None, text)


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() or widget.text()


@pytest.mark.parametrize("new_archive", [True, False])
def test_the_passphrase_is_typed_where_it_belongs_and_enter_opens(qtbot, new_archive):
    dialog = shown(qtbot, PassphraseDialog("no keyring", new_archive))
    typed(qtbot, "correct horse")
    assert dialog.passphrase.text() == "correct horse"
    qtbot.keyClick(None, Qt.Key.Key_Tab)
    if new_archive:
        assert focused() == "repeat"
        typed(qtbot, "correct horse")
        qtbot.keyClick(None, Qt.Key.Key_Tab)
    assert focused() == "OK"  # Tab reaches OK before Quit
    qtbot.keyClick(None, Qt.Key.Key_Tab)
    assert focused() == "Quit"
    dialog.repeat.setFocus() if new_archive else dialog.passphrase.setFocus()
    qtbot.keyClick(None, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == "correct horse"


def test_enter_with_different_passphrases_asks_again_rather_than_quitting(qtbot):
    dialog = shown(qtbot, PassphraseDialog("no keyring", True))
    typed(qtbot, "correct horse")
    qtbot.keyClick(None, Qt.Key.Key_Tab)
    typed(qtbot, "correct hose")
    qtbot.keyClick(None, Qt.Key.Key_Return)
    assert dialog.isVisible() and "differ" in dialog.error.text()
    assert focused() == "passphrase"


def test_the_export_folder_label_underlines_f_and_alt_f_goes_to_the_folder(qtbot, window):
    dialog = shown(qtbot, ExportDialog(window.runner, window))
    label = next(label for label in dialog.findChildren(QLabel) if label.text() == "&Folder:")
    assert label.buddy() is dialog.folder  # so "&" is the mnemonic, not a character shown
    dialog.signer.setFocus()
    qtbot.keyClick(None, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.folder


def test_the_title_names_the_children_once_with_the_app_name_left_to_qt(qtbot, window):
    title = window.windowTitle()
    assert title == "Amira Testwood, Kit Testwood (Initial child protection conference, 2026-11-23)"
    window.close_conference()
    assert window.windowTitle() == "cpmeeting"  # Qt adds nothing to its own name


def test_at_200_percent_the_decision_page_shows_who_said_what(qtbot, laptop):  # noqa: F811
    conference = laptop.runner.conference
    child = conference.children[0].id
    people = participants(conference)
    for person in people:  # every view long: a plan, and two categories
        laptop.runner.apply(record_view(conference, person.id, child,
                                        recommendation=Outcome.CHILD_PROTECTION_PLAN))
        for category in (Category.NEGLECT, Category.EMOTIONAL):
            laptop.runner.apply(record_view(conference, person.id, child, toggle=category))
    choose_text_size(qtbot, laptop, 200)
    laptop.go_to_stage(Stage.DECISION)
    table = laptop.live.pages.currentWidget().views
    qtbot.waitUntil(table.isVisible)
    metrics = table.fontMetrics()
    longest_name = max(metrics.horizontalAdvance(person.name) for person in people)
    longest_surname = max(metrics.horizontalAdvance(person.name.split()[-1]) for person in people)
    # Each name on a line of its own at this width (and at least every surname whole).
    qtbot.waitUntil(lambda: table.columnWidth(0) > longest_name)
    assert longest_name > longest_surname
    # The other columns still in view, none squeezed below its longest word.
    assert sum(table.columnWidth(c) for c in range(3)) <= table.viewport().width()
    for column in (1, 2):
        words = table.item(0, column).text().split()
        assert table.columnWidth(column) > max(metrics.horizontalAdvance(w) for w in words)
    # Every row tall enough for its wrapped words, so none ends in "…".
    for row in range(table.rowCount()):
        for column in range(3):
            width = table.columnWidth(column) - 2 * metrics.averageCharWidth()
            needed = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap,
                                          table.item(row, column).text())
            assert table.rowHeight(row) >= needed.height(), table.item(row, column).text()
