"""What a locked window shows: that it is locked, the one field that unlocks it, and how long
is left to wait after too many wrong tries (gui/screen_lock.py does the locking)."""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.i18n import _, ngettext

MIN_PIN_LENGTH = 4


class UnlockMode:
    PASSPHRASE = "passphrase"
    PIN = "pin"
    CHOOSE_PIN = "choose pin"


class LockPanel(QWidget):
    """What a locked window shows: that it is locked, and the one field that unlocks it."""

    unlockRequested = Signal()

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="lock_panel")
        self.mode = mode
        self.setAccessibleName(_("cpmeeting is locked"))
        title = QLabel(_("cpmeeting is locked"), objectName="lock_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        explanation = {
            UnlockMode.PASSPHRASE: _("The record is hidden. Type the archive's passphrase to "
                                     "carry on."),
            UnlockMode.PIN: _("The record is hidden. Type your PIN to carry on."),
            UnlockMode.CHOOSE_PIN: _("The record is hidden. Choose a PIN of at least {count} "
                                     "characters and type it twice: from now on it unlocks "
                                     "cpmeeting on this computer.").format(count=MIN_PIN_LENGTH),
        }[mode]
        text = QLabel(explanation, wordWrap=True, objectName="lock_explanation")
        self.secret = QLineEdit(objectName="lock_secret", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="lock_repeat", echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel(wordWrap=True, objectName="lock_error")
        self.error.setAccessibleName(_("Problem"))
        self.unlock_button = QPushButton(_("&Unlock"), objectName="lock_unlock")
        self.unlock_button.setAutoDefault(True)
        form = QFormLayout()
        label = _("&Passphrase:") if mode == UnlockMode.PASSPHRASE else _("&PIN:")
        self.secret.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(label, self.secret)
        if mode == UnlockMode.CHOOSE_PIN:
            self.repeat.setAccessibleName(_("PIN again"))
            form.addRow(_("&Again:"), self.repeat)
        else:
            self.repeat.hide()
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        # A fixed measure (about 60 characters of the text's font) lets the wrapped
        # explanation take the height it needs.
        box.setFixedWidth(self.fontMetrics().averageCharWidth() * 60)
        row = QHBoxLayout()  # (centred by stretches: an aligned widget loses its wrapped height)
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.secret.returnPressed.connect(self._enter)
        self.repeat.returnPressed.connect(self.unlockRequested)
        self.unlock_button.clicked.connect(self.unlockRequested)

    def _enter(self) -> None:
        if self.mode == UnlockMode.CHOOSE_PIN and not self.repeat.text():
            self.repeat.setFocus()
        else:
            self.unlockRequested.emit()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.secret.clear()
        self.repeat.clear()
        self.secret.setFocus()

    def show_wait(self, message: str) -> None:
        """Too many wrong tries: say how long is left, and take no answer until then."""
        self.error.setText(message)
        self.secret.clear()
        self.repeat.clear()
        for widget in (self.secret, self.repeat, self.unlock_button):
            widget.setEnabled(False)

    def end_wait(self) -> None:
        for widget in (self.secret, self.repeat, self.unlock_button):
            widget.setEnabled(True)
        self.error.clear()
        self.secret.setFocus()


def wait_message(left: timedelta) -> str:
    """The wait left, in words: seconds under two minutes, else whole minutes (rounded up)."""
    seconds = math.ceil(left.total_seconds())
    if seconds < 120:
        return ngettext("Too many wrong tries. Try again in {count} second.",
                        "Too many wrong tries. Try again in {count} seconds.",
                        seconds).format(count=seconds)
    minutes = math.ceil(seconds / 60)
    return ngettext("Too many wrong tries. Try again in {count} minute.",
                    "Too many wrong tries. Try again in {count} minutes.",
                    minutes).format(count=minutes)
