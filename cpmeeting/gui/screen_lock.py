"""Locking the window: Ctrl+L, or after the profile's idle minutes, shows nothing of the record.

Locked, the central widget is replaced by an unlock panel, the title is "cpmeeting" alone, the
docks, menu bar and status bar are hidden, and no key reaches anything but the panel. It is
unlocked with the archive's passphrase (an archive made with one), or else with a PIN chosen
the first time it is unlocked, of which only a scrypt hash is kept (in the encrypted archive).
Where the key sits in the keyring the account itself guards the records; the PIN keeps a
passer-by's eyes off an open meeting, which is what the lock is for.

Idle time is watched on the window's own QWindow (its key and mouse events), not on the whole
application, so the typing path does not pay a Python call for every event of every widget;
while locked, an application-wide filter holds every key and shortcut back from the record.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.i18n import _

DEFAULT_IDLE_MINUTES = 5
MIN_PIN_LENGTH = 4

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}
_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
         QEvent.Type.Shortcut, QEvent.Type.InputMethod}


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


class ScreenLock(QObject):
    """Locks and unlocks one main window; lockedChanged says when."""

    lockedChanged = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel: LockPanel | None = None
        self._hidden: list[QWidget] = []
        self._title = ""
        self._central: QWidget | None = None
        self._focus: QWidget | None = None
        self._watched = None
        # A PIN chosen while the archive cannot be written (read-only or full): kept here for
        # this session, so the next lock asks for it rather than letting a new one be chosen.
        self._unsaved_pin = ""
        self.idle_timer = QTimer(self, singleShot=True, objectName="idle_timer")
        self.idle_timer.timeout.connect(self._idle)
        window.installEventFilter(self)  # to find its QWindow once it is shown

    @property
    def locked(self) -> bool:
        return self.panel is not None

    def idle_minutes(self) -> int:
        profile = getattr(self.window, "_profile", None)
        minutes = getattr(profile, "lock_after_idle_minutes", DEFAULT_IDLE_MINUTES)
        return max(0, int(minutes))

    def restart_idle(self) -> None:
        minutes = self.idle_minutes()
        if minutes and not self.locked:
            self.idle_timer.start(minutes * 60_000)
        else:
            self.idle_timer.stop()

    def _idle(self) -> None:
        # A modal dialog has its own window and loop: hiding it would cancel what is typed in
        # it, so the lock waits for it to close.
        if QApplication.activeModalWidget() is not None:
            self.restart_idle()
            return
        self.lock()

    # Locking

    def lock(self) -> None:
        """Hide everything of the record, after any save that is waiting has been made."""
        if self.locked:
            return
        window = self.window
        if getattr(window, "runner", None) is not None:
            window.runner.flush()
        if getattr(window, "pane", None) is not None:
            window.pane.flush_draft()
        self.idle_timer.stop()
        self._focus = QApplication.focusWidget()
        self._title = window.windowTitle()
        self._hidden = [w for w in (*window.findChildren(QDockWidget),
                                    *window.findChildren(QToolBar),
                                    window.menuBar(), window.statusBar())
                        if not w.isHidden()]
        for widget in self._hidden:
            widget.hide()
        self.panel = LockPanel(self._unlock_mode())
        self.panel.unlockRequested.connect(self._unlock_requested)
        self._central = window.takeCentralWidget()
        if self._central is not None:
            # Taken out, it would be parentless: kept a hidden child of the window, so that
            # a window closed while locked takes it (and its timers) with it.
            self._central.setParent(window)
            self._central.hide()
        window.setCentralWidget(self.panel)
        window.setWindowTitle("cpmeeting")
        QApplication.instance().installEventFilter(self)
        self.panel.secret.setFocus()
        self.lockedChanged.emit(True)

    def _unlock_mode(self) -> str:
        from cpmeeting.store.secrets import uses_passphrase

        if self._archive_key() is not None and uses_passphrase():
            return UnlockMode.PASSPHRASE
        return UnlockMode.PIN if self._pin_hash() else UnlockMode.CHOOSE_PIN

    def _pin_hash(self) -> str:
        return self.window.archive.lock_pin_hash() or self._unsaved_pin

    def _archive_key(self) -> str | None:
        """The encrypted archive's raw key (None for a server database)."""
        url = self.window.archive.engine.url
        if url.drivername != "sqlite+pysqlcipher" or not url.password:
            return None
        return str(url.password).removeprefix("x'").removesuffix("'")

    # Unlocking

    def try_unlock(self, secret: str, repeat: str = "") -> str | None:
        """Unlock if the secret is right; else the message saying what is wrong."""
        from cpmeeting.store.secrets import hash_pin, passphrase_gives_key, pin_matches

        mode = self.panel.mode
        if mode == UnlockMode.PASSPHRASE:
            if not passphrase_gives_key(secret, self._archive_key() or ""):
                return _("That passphrase does not open the records. Please try again.")
        elif mode == UnlockMode.PIN:
            if not pin_matches(secret, self._pin_hash()):
                return _("That PIN is not the one chosen on this computer. Please try again.")
        else:
            if len(secret) < MIN_PIN_LENGTH:
                return _("A PIN needs at least {count} characters.").format(count=MIN_PIN_LENGTH)
            if secret != repeat:
                return _("The two PINs are not the same. Please type it twice again.")
            self._keep_pin(hash_pin(secret))
        self._unlock()
        return None

    def _keep_pin(self, pin_hash: str) -> None:
        """Store the new PIN's hash; where the archive cannot be written, keep it here."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            self.window.archive.set_lock_pin_hash(pin_hash)
        except (OSError, SQLAlchemyError):
            self._unsaved_pin = pin_hash

    def _unlock_requested(self) -> None:
        message = self.try_unlock(self.panel.secret.text(), self.panel.repeat.text())
        if message is not None and self.panel is not None:
            self.panel.show_error(message)

    def _unlock(self) -> None:
        window = self.window
        QApplication.instance().removeEventFilter(self)
        panel = window.takeCentralWidget()
        if self._central is not None:
            window.setCentralWidget(self._central)
            self._central.show()
        for widget in self._hidden:
            widget.show()
        window.setWindowTitle(self._title)
        self.panel = None
        panel.deleteLater()
        if self._focus is not None:
            self._focus.setFocus()
        self.restart_idle()
        self.lockedChanged.emit(False)

    # Events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Show and self._watched is None:
            self._watched = self.window.windowHandle()
            if self._watched is not None:
                self._watched.installEventFilter(self)
                self.restart_idle()
        elif watched is self._watched and kind in _ACTIVITY and not self.locked:
            self.restart_idle()
        elif self.locked and kind in _KEYS and self._ours(watched) \
                and not self._inside_panel(watched):
            return True  # locked: no key reaches the record
        return False

    def _ours(self, watched: QObject) -> bool:
        """Whether the event is for this window (a widget of it, or one of its actions)."""
        if isinstance(watched, QWidget):
            return watched.window() is self.window
        owner = watched
        while owner is not None and owner is not self.window:
            owner = owner.parent()
        return owner is self.window

    def _inside_panel(self, watched: QObject) -> bool:
        if watched is self._watched:
            return True  # the window passes keys on to its focus widget: the panel's field
        return isinstance(watched, QWidget) and self.panel is not None and \
            (watched is self.panel or self.panel.isAncestorOf(watched))
