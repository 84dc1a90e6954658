"""The after-the-meeting dialogs by keyboard alone: Tab reaches every control, and each has a
name a screen reader says (a combo box by its label, through the buddy relation)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox
from stage_helpers import TODAY, meeting_over

from cpmeeting.demo import demo_conference
from cpmeeting.gui.case_system_dialog import CaseSystemExportDialog
from cpmeeting.gui.circulation_dialog import CirculationDialog
from cpmeeting.gui.corrections_dialog import CorrectionsDialog


def spoken_name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name)
    if isinstance(widget, QComboBox):  # its name is its text; the label comes by relation
        labels = interface.relations(QAccessible.RelationFlag.Labelled)
        name = " ".join(label.text(QAccessible.Text.Name) for label, _flag in labels) or \
            widget.accessibleName()
    return name.strip()


@pytest.mark.parametrize("dialog_type", [CirculationDialog, CorrectionsDialog,
                                         CaseSystemExportDialog])
def test_tab_reaches_named_controls(qtbot, dialog_type):
    dialog = dialog_type(meeting_over(demo_conference(TODAY)).runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first, seen = dialog.focusWidget(), []
    for _ in range(80):  # a date field takes a Tab per part (day, month, year) before leaving
        widget = dialog.focusWidget()
        if widget is first and seen:
            break
        if widget not in seen:
            seen.append(widget)
            assert spoken_name(widget), f"{widget.objectName() or type(widget)} has no name"
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        pytest.fail("Tab never came back round: a control keeps the focus")
    assert len(seen) >= 3
