"""Locking the window: Ctrl+L, or after the profile's idle minutes, shows nothing of the record.

Locked, the central widget is replaced by an unlock panel, the title is "cpmeeting" alone, the
docks, menu bar and status bar are hidden, and no key reaches anything but the panel. It is
unlocked with the archive's passphrase (an archive made with one), or else with a PIN chosen
the first time it is unlocked, of which only a scrypt hash is kept (in the encrypted archive).
Where the key sits in the keyring the account itself guards the records; the PIN keeps a
passer-by's eyes off an open meeting, which is what the lock is for.

Idle time is watched on the window's own QWindow (its key and mouse events), and on the QWindow
of each of its dialogs as it gains focus, not on the whole application, so the typing path does
not pay a Python call for every event of every widget. Locking closes the window's dialogs
first (each as if cancelled, so nothing is half saved); while locked, an application-wide
filter holds every key and shortcut back from the record and hides any bar or dialog that
shows itself. Wrong PINs and passphrases earn a wait (domain/unlock_throttle.py) that is kept in
the archive, so closing cpmeeting does not end it.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenuBar,
    QStatusBar,
    QToolBar,
    QWidget,
)

from cpmeeting.domain.unlock_throttle import UnlockThrottle
from cpmeeting.i18n import _

from .lock_panel import MIN_PIN_LENGTH, LockPanel, UnlockMode, wait_message

DEFAULT_IDLE_MINUTES = 5
LOCK_PIN = "lock_pin"  # the save guard's name for the PIN waiting to be stored
_log = logging.getLogger(__name__)

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}
_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
         QEvent.Type.Shortcut, QEvent.Type.InputMethod}
_BARS = (QDockWidget, QToolBar, QMenuBar, QStatusBar)


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
        self._watched: QWindow | None = None
        self._dialog_windows: set[QWindow] = set()  # the dialogs' QWindows watched for activity
        self._throttle = UnlockThrottle()  # wrong unlock tries, as last read or made
        self._throttle_unsaved = False  # the archive refused the last ones (read-only, full)
        # A PIN chosen while the archive cannot be written (read-only or full): kept here for
        # this session, so the next lock asks for it rather than letting a new one be chosen.
        self._unsaved_pin = ""
        self.idle_timer = QTimer(self, singleShot=True, objectName="idle_timer")
        self.idle_timer.timeout.connect(self.lock)  # (with dialogs open too: it closes them)
        # Ticks once a second while wrong tries keep the panel waiting.
        self.wait_timer = QTimer(self, interval=1000, objectName="unlock_wait_timer")
        self.wait_timer.timeout.connect(self._show_wait)
        window.installEventFilter(self)  # to find its QWindow once it is shown
        QGuiApplication.instance().focusWindowChanged.connect(self._focus_window_changed)

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

    def _now(self) -> datetime:
        clock = getattr(self.window, "_clock", None)
        return clock() if clock is not None else datetime.now()

    # The window's dialogs

    def _belongs(self, handle: QWindow | None) -> bool:
        """Whether a QWindow is one of this window's dialogs (its transient parents lead here)."""
        while handle is not None:
            if handle is self._watched:
                return True
            handle = handle.transientParent()
        return False

    def _focus_window_changed(self, handle: QWindow | None) -> None:
        # A dialog gaining focus is watched for activity like the window itself; cheaper on
        # the typing path than a filter on the whole application.
        if handle is None or handle is self._watched or handle in self._dialog_windows \
                or not self._belongs(handle):
            return
        self._dialog_windows.add(handle)
        handle.installEventFilter(self)
        handle.destroyed.connect(lambda *_: self._dialog_windows.discard(handle))
        if not self.locked:
            self.restart_idle()

    def _is_our_dialog(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        return isinstance(widget, QDialog) and widget.isWindow() and (
            self._belongs(widget.windowHandle())
            or (parent is not None and parent.window() is self.window))

    def _open_dialogs(self) -> list[QDialog]:
        """This window's dialogs that show, the innermost modal one first."""
        found = [w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and self._is_our_dialog(w)]
        modal = QApplication.activeModalWidget()
        return sorted(found, key=lambda dialog: dialog is not modal)

    def _close_dialogs(self) -> None:
        """Close open menus, and the dialogs as if cancelled: a modal dialog's exec() returns
        Rejected once the event loop turns, so what called it saves nothing half made."""
        for _round in range(20):  # (a dialog that reopens itself cannot hold the lock back)
            popup = QApplication.activePopupWidget()  # an open menu may list names too
            if popup is not None:
                popup.close()
                continue
            dialogs = self._open_dialogs()
            if not dialogs:
                return
            for dialog in dialogs:
                dialog.reject()
                if dialog.isVisible():
                    dialog.hide()

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
        self._close_dialogs()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and focus.window() is window else None
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
        self._stored_throttle()
        self._show_wait()
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
        throttle = self._stored_throttle()
        left = throttle.remaining(self._now())
        if left:
            return wait_message(left)  # (not a try: nothing is checked during the wait)
        wrong = None
        if mode == UnlockMode.PASSPHRASE:
            if not passphrase_gives_key(secret, self._archive_key() or ""):
                wrong = _("That passphrase does not open the records. Please try again.")
        elif mode == UnlockMode.PIN:
            if not pin_matches(secret, self._pin_hash()):
                wrong = _("That PIN is not the one chosen on this computer. Please try again.")
        else:
            if len(secret) < MIN_PIN_LENGTH:
                return _("A PIN needs at least {count} characters.").format(count=MIN_PIN_LENGTH)
            if secret != repeat:
                return _("The two PINs are not the same. Please type it twice again.")
            self._keep_pin(hash_pin(secret))
        if wrong is not None:
            self._keep_throttle(throttle.after_wrong_try(self._now()))
            return wrong
        if throttle.failures:
            self._keep_throttle(throttle.after_right_try())
        self._unlock()
        return None

    def _keep_pin(self, pin_hash: str) -> None:
        """Store the new PIN's hash; where the archive cannot be written (a full disk), keep
        it here, and the save guard says so and stores it once it can."""
        from contextlib import suppress

        from sqlalchemy.exc import SQLAlchemyError

        self._unsaved_pin = pin_hash
        guard = getattr(self.window, "save_guard", None)
        if guard is not None and not guard.read_only:
            guard.save_state(LOCK_PIN, lambda archive: archive.set_lock_pin_hash(pin_hash))
            return
        # (a read-only window: where it cannot be stored, it unlocks until the window closes)
        with suppress(OSError, SQLAlchemyError):
            self.window.archive.set_lock_pin_hash(pin_hash)

    def _unlock_requested(self) -> None:
        message = self.try_unlock(self.panel.secret.text(), self.panel.repeat.text())
        if message is not None and self.panel is not None:
            self.panel.show_error(message)
            self._show_wait()

    def _stored_throttle(self) -> UnlockThrottle:
        """The wrong tries so far, as the archive keeps them (another window may have added
        some); those known here if the archive cannot be read just now."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            stored = self.window.archive.unlock_throttle()
        except (OSError, SQLAlchemyError):
            _log.warning("The wrong unlock tries could not be read from the archive.")
            return self._throttle
        # Tries the archive could not keep are not forgotten for an older count it still has.
        if not (self._throttle_unsaved and self._throttle.failures > stored.failures):
            self._throttle = stored
        return self._throttle

    def _keep_throttle(self, throttle: UnlockThrottle) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        self._throttle = throttle
        try:
            self.window.archive.set_unlock_throttle(throttle)
        except (OSError, SQLAlchemyError):  # (a full disk: the wait still holds while open)
            _log.warning("The wrong unlock tries could not be kept in the archive.")
            self._throttle_unsaved = True
        else:
            self._throttle_unsaved = False

    def _show_wait(self) -> None:
        """While wrong tries keep the panel waiting: the field off and the time left counted
        down; once it has passed, the field back on."""
        if self.panel is None:
            self.wait_timer.stop()
            return
        left = self._throttle.remaining(self._now())
        if left:
            self.panel.show_wait(wait_message(left))
            if not self.wait_timer.isActive():
                self.wait_timer.start()
        elif self.wait_timer.isActive() or not self.panel.secret.isEnabled():
            self.wait_timer.stop()
            self.panel.end_wait()

    def _unlock(self) -> None:
        window = self.window
        QApplication.instance().removeEventFilter(self)
        self.wait_timer.stop()
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
        elif kind in _ACTIVITY and not self.locked and \
                (watched is self._watched or watched in self._dialog_windows):
            if kind == QEvent.Type.KeyPress and watched is not self._watched \
                    and self._is_lock_key(event):
                self.lock()  # Ctrl+L in a dialog: the window's own shortcut does not reach it
                return True
            self.restart_idle()
        elif self.locked and kind in _KEYS and self._ours(watched) \
                and not self._inside_panel(watched):
            return True  # locked: no key reaches the record
        elif self.locked and kind == QEvent.Type.Show and isinstance(watched, QWidget):
            self._shown_while_locked(watched)
        return False

    def _is_lock_key(self, event: QEvent) -> bool:
        from cpmeeting.gui.actions import ActionId

        action = getattr(self.window, "actions", {}).get(ActionId.LOCK)
        if action is None or not event.modifiers():
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                   for key in action.shortcuts())

    def _shown_while_locked(self, widget: QWidget) -> None:
        """A dialog or bar of the window that shows itself while locked (what called a
        cancelled dialog carrying on, a save problem in the status bar) is put away again."""
        if self._is_our_dialog(widget):
            QTimer.singleShot(0, self._close_dialogs)
        elif widget is self._central or (isinstance(widget, _BARS) and (
                widget.window() is self.window
                or widget.parentWidget() is self.window)):  # (a floating dock: its own window)
            if widget is not self._central and widget not in self._hidden:
                self._hidden.append(widget)  # (shown again on unlock)
            QTimer.singleShot(0, widget.hide)

    def show_on_unlock(self, widget: QWidget) -> None:
        """A bar with something to say while locked (a save problem): shown at unlock."""
        if widget not in self._hidden:
            self._hidden.append(widget)

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
