"""Asks for the archive's passphrase when no keyring can hold its key, and says why."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cpmeeting.gui.forms import build_form
from cpmeeting.i18n import _


class PassphraseDialog(QDialog):
    """A calm explanation, the passphrase (twice for a new archive), and any error."""

    def __init__(self, explanation: str, new_archive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = build_form("passphrase_dialog", self)  # ui/passphrase_dialog.ui
        self.new_archive = new_archive
        # The store's explanation is written for the command line too; the window says it
        # in its own words, and keeps the store's text as the tooltip for support staff.
        if new_archive:
            text = _("This computer has no keyring to keep the key to the records safe, so "
                     "please choose a passphrase to protect them instead. You will type it "
                     "each time cpmeeting starts. Nobody can open the records without it, so "
                     "keep it as your authority asks you to keep passwords.")
        else:
            text = _("These records are protected by a passphrase. Please type it to open "
                     "them.")
        form.explanation.setText(text)
        form.explanation.setToolTip(explanation)
        self.passphrase, self.repeat, self.error = form.passphrase, form.repeat, form.error
        if not new_archive:
            form.form.setRowVisible(form.repeat, False)
        buttons = form.buttons
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        quit_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(_("Quit"))
        # Enter in either field accepts: OK stays the default whichever field has focus.
        ok.setDefault(True)
        quit_button.setAutoDefault(False)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        # Typing starts in the passphrase, and Tab never lands on Quit before OK: a chair who
        # types, tabs, repeats and presses Enter must not quit by accident.
        chain = [self.passphrase, *([self.repeat] if new_archive else []), ok, quit_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _check(self) -> None:
        if not self.passphrase.text():
            self.show_error(_("Please type the passphrase."))
        elif self.new_archive and self.passphrase.text() != self.repeat.text():
            self.show_error(_("The two passphrases differ; please type them again."))
        else:
            self.accept()

    def value(self) -> str:
        return self.passphrase.text()
