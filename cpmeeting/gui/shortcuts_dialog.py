"""Help > Keyboard shortcuts: every registered action and its keys, in one table."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from cpmeeting.gui.actions import ACTIONS, action_text, shortcut_text
from cpmeeting.gui.forms import build_form
from cpmeeting.i18n import _


class ShortcutsDialog(QDialog):
    """Lists the actions from the registry, so the list cannot drift from the menus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = build_form("shortcuts_dialog", self)  # ui/shortcuts_dialog.ui
        self.table = form.shortcuts_table
        self.table.setRowCount(len(ACTIONS))
        for row, action in enumerate(ACTIONS):
            self.table.setItem(row, 0, QTableWidgetItem(action_text(action)))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut_text(action) or _("(menu only)")))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        form.buttons.rejected.connect(self.reject)
