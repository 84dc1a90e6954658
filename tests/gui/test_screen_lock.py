"""The lock: Ctrl+L or idle minutes hide the whole record; only the PIN or passphrase brings it
back; locking never loses a save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QLabel, QLineEdit

from cpmeeting.gui.lock_panel import LockPanel, UnlockMode

NAMES = ("Amira", "Kit", "Testwood", "Clare", "Chairwell", "Mina", "Dana", "Owen", "Priya")


def visible_texts(window) -> list[str]:
    """Every text a person could read on the window now."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton) \
            + window.findChildren(QLineEdit):
        if widget.isVisible():
            texts.append(widget.text())
    return texts


def lock(qtbot, window) -> LockPanel:
    with qtbot.waitSignal(window.lockedChanged) as locked:
        qtbot.keyClick(window.pane.entry_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == [True]
    return window.centralWidget()


def unlock_with(qtbot, panel: LockPanel, secret: str, repeat: str | None = None) -> None:
    qtbot.keyClicks(panel.secret, secret)
    if repeat is not None:
        qtbot.keyClicks(panel.repeat, repeat)
    qtbot.keyClick(panel.repeat if repeat is not None else panel.secret, Qt.Key.Key_Return)


def test_ctrl_l_hides_every_name_the_title_and_the_docks(qtbot, window):
    assert any("Amira" in text for text in visible_texts(window))
    panel = lock(qtbot, window)
    assert isinstance(panel, LockPanel)
    assert window.windowTitle() == "cpmeeting"
    assert not any(dock.isVisible() for dock in window.findChildren(QDockWidget))
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.central.isVisible()
    leaked = [t for t in visible_texts(window) if any(name in t for name in NAMES)]
    assert leaked == []
    assert QApplication.focusWidget() is panel.secret


def test_locked_the_keyboard_reaches_nothing_but_the_unlock(qtbot, window, archive):
    stage = window.live.stage
    panel = lock(qtbot, window)
    for key, modifier in [(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)]:
        qtbot.keyClick(window, key, modifier)
        qtbot.keyClick(panel.secret, key, modifier)
    qtbot.keyClicks(window.pane.entry_box, "typed at a locked window")
    for key in (Qt.Key.Key_A, Qt.Key.Key_5):
        QTest.keyClick(window.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)
    assert window.live is not None and window.live.stage is stage
    assert window.pane.entry_box.toPlainText() == ""
    assert window.centralWidget() is panel
    assert QApplication.focusWidget() is panel.secret


def test_a_pin_is_chosen_at_first_unlock_then_asked_for(qtbot, window, archive):
    panel = lock(qtbot, window)
    assert panel.mode == UnlockMode.CHOOSE_PIN
    unlock_with(qtbot, panel, "2468", "2467")
    assert "not the same" in panel.error.text() and window.screen_lock.locked
    with qtbot.waitSignal(window.lockedChanged) as unlocked:
        unlock_with(qtbot, panel, "2468", "2468")
    assert unlocked.args == [False]
    assert window.centralWidget() is window.central and window.central.isVisible()
    assert "Amira" in window.windowTitle() and window.minutes_dock.isVisible()
    stored = archive.lock_pin_hash()
    assert stored.startswith("scrypt:") and "2468" not in stored

    panel = lock(qtbot, window)
    assert panel.mode == UnlockMode.PIN
    unlock_with(qtbot, panel, "1357")
    assert window.screen_lock.locked and "not the one" in panel.error.text()
    assert panel.secret.text() == ""
    with qtbot.waitSignal(window.lockedChanged):
        unlock_with(qtbot, panel, "2468")
    assert not window.screen_lock.locked


def test_locking_saves_what_was_waiting_and_the_draft(qtbot, window, archive):
    pane = window.pane
    pane.focus_entry()
    qtbot.keyClicks(pane.entry_box, "Entered just before the lock.")
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.entry_box, "half typed when it locked")
    window.screen_lock.lock()  # no turn of the event loop in between
    conference_id = window.runner.conference.id
    assert [m.text for m in archive.load(conference_id).minutes] == [
        "Entered just before the lock."]
    assert archive.load_drafts(conference_id)["minutes"] == "half typed when it locked"


def test_idle_minutes_come_from_the_profile_and_the_timer_locks(qtbot, window):
    lock_ = window.screen_lock
    assert window.profile.lock_after_idle_minutes == 5
    assert lock_.idle_timer.isActive() and lock_.idle_timer.interval() == 5 * 60_000
    window.profile.lock_after_idle_minutes = 12
    # Typed as a person types: through the window, which is where idle time is watched.
    window.pane.focus_entry()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_B)
    assert window.pane.entry_box.toPlainText() == "b"
    assert lock_.idle_timer.interval() == 12 * 60_000
    with qtbot.waitSignal(window.lockedChanged):
        lock_.idle_timer.start(1)  # as if twelve minutes had passed
    assert lock_.locked and not lock_.idle_timer.isActive()
    window.profile.lock_after_idle_minutes = 0  # never
    lock_.restart_idle()
    assert not lock_.idle_timer.isActive()


def test_an_archive_with_a_passphrase_unlocks_with_it(qtbot, no_keyring, clock):
    from factories import sample_conference
    from gui_sample import shown_window

    from cpmeeting.store.archive import Archive

    archive = Archive.open(passphrase="correct horse battery staple")
    try:
        conference = sample_conference()
        archive.save(conference)
        window = shown_window(qtbot, archive, clock, conference.id)
        window.screen_lock.lock()
        panel = window.centralWidget()
        assert panel.mode == UnlockMode.PASSPHRASE
        unlock_with(qtbot, panel, "wrong horse")
        assert window.screen_lock.locked and "passphrase" in panel.error.text()
        with qtbot.waitSignal(window.lockedChanged):
            unlock_with(qtbot, panel, "correct horse battery staple")
        assert window.centralWidget() is window.central and "Amira" in window.windowTitle()
        window.close()
    finally:
        archive.close()


# Dialogs open when it locks

def dialog_in_front(qtbot, dialog):
    """Show a dialog of the window as a person would meet it: in front, with the focus."""
    from PySide6.QtGui import QGuiApplication

    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())


def test_typing_in_a_dialog_counts_as_activity(qtbot, window, archive):
    from PySide6.QtWidgets import QMessageBox

    from cpmeeting.gui.profile_dialog import ProfileDialog

    lock_ = window.screen_lock
    dialog = ProfileDialog(archive.load_profile(), window)
    dialog_in_front(qtbot, dialog)
    dialog.name.setFocus()
    lock_.idle_timer.stop()  # as if the minutes had nearly run out
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_X)
    assert dialog.name.text().endswith("x")
    assert lock_.idle_timer.isActive()
    box = QMessageBox(QMessageBox.Icon.Question, "cpmeeting", "Carry on?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, dialog)
    dialog_in_front(qtbot, box)
    lock_.idle_timer.stop()
    QTest.mouseClick(box.windowHandle(), Qt.MouseButton.LeftButton)
    assert lock_.idle_timer.isActive()
    box.reject()
    dialog.reject()


def test_the_idle_lock_cancels_an_open_dialog_and_hides_the_record(qtbot, window, archive):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from cpmeeting.gui.actions import ActionId

    before = archive.load_profile()
    seen = []

    def type_then_ask_then_go_idle() -> None:
        from PySide6.QtWidgets import QMessageBox

        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.name.setText("Half typed Council")
        # The idle minutes pass while the question is up.
        QTimer.singleShot(0, window.screen_lock.idle_timer.timeout.emit)
        question = QMessageBox(QMessageBox.Icon.Question, "cpmeeting", "Keep Amira's name?",
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                               dialog)
        seen.append(question)
        question.exec()  # a second modal loop, on top of the dialog's

    QTimer.singleShot(0, type_then_ask_then_go_idle)
    with qtbot.waitSignal(window.lockedChanged):
        window.actions[ActionId.AUTHORITY_PROFILE].trigger()  # returns when the dialog closes
    assert [dialog.objectName() for dialog in seen][:1] == ["profile_dialog"]
    assert all(not dialog.isVisible() for dialog in seen) and len(seen) == 2
    assert seen[0].result() == QDialog.DialogCode.Rejected
    assert window.screen_lock.locked
    assert archive.load_profile() == before  # cancelled: nothing half saved
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert shown == []
    leaked = [t for t in visible_texts(window) if any(name in t for name in NAMES)]
    assert leaked == []


def test_ctrl_l_closes_a_message_box_and_a_bar_shown_after_is_hidden_again(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "cpmeeting", "Amira Testwood's plan",
                      QMessageBox.StandardButton.Ok, window)
    dialog_in_front(qtbot, box)
    with qtbot.waitSignal(window.lockedChanged):
        QTest.keyClick(box.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not box.isVisible()
    window.statusBar().show()  # as a save problem would show it
    qtbot.waitUntil(lambda: not window.statusBar().isVisible())
    late = QMessageBox(QMessageBox.Icon.Information, "cpmeeting", "Amira Testwood",
                       QMessageBox.StandardButton.Ok, window)
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())
    panel = window.centralWidget()
    with qtbot.waitSignal(window.lockedChanged):
        unlock_with(qtbot, panel, "2468", "2468")
    assert window.statusBar().isVisible()


# Wrong tries earn a wait

def test_five_wrong_pins_make_it_wait_and_the_wait_outlives_the_window(qtbot, window, archive,
                                                                       conference, clock):
    from gui_sample import shown_window

    from cpmeeting.domain.unlock_throttle import UnlockThrottle

    panel = lock(qtbot, window)
    with qtbot.waitSignal(window.lockedChanged):
        unlock_with(qtbot, panel, "2468", "2468")  # the PIN chosen
    panel = lock(qtbot, window)
    for _try in range(4):
        unlock_with(qtbot, panel, "1111")
        assert panel.secret.isEnabled() and "not the one" in panel.error.text()
    unlock_with(qtbot, panel, "1111")
    assert panel.error.text() == "Too many wrong tries. Try again in 30 seconds."
    assert not panel.secret.isEnabled() and not panel.unlock_button.isEnabled()
    clock.advance(2 / 60)
    window.screen_lock.wait_timer.timeout.emit()  # the countdown's next tick
    assert panel.error.text() == "Too many wrong tries. Try again in 28 seconds."
    assert window.screen_lock.try_unlock("2468") == \
        "Too many wrong tries. Try again in 28 seconds."  # the right PIN waits too
    window.close()

    again = shown_window(qtbot, archive, clock, conference.id)
    again.screen_lock.lock()
    panel = again.centralWidget()
    assert not panel.secret.isEnabled() and "28 seconds" in panel.error.text()
    clock.advance(-60)  # the clock put back an hour: still no more than the rule's wait
    again.screen_lock.wait_timer.timeout.emit()
    assert panel.error.text() == "Too many wrong tries. Try again in 30 seconds."
    clock.advance(61)
    again.screen_lock.wait_timer.timeout.emit()
    assert panel.secret.isEnabled() and panel.error.text() == ""
    assert not again.screen_lock.wait_timer.isActive()
    unlock_with(qtbot, panel, "1111")  # the sixth wrong try in a row: a minute
    assert panel.error.text() == "Too many wrong tries. Try again in 60 seconds."
    clock.advance(1)
    again.screen_lock.wait_timer.timeout.emit()
    with qtbot.waitSignal(again.lockedChanged):
        unlock_with(qtbot, panel, "2468")
    assert archive.unlock_throttle() == UnlockThrottle()
    again.close()


def test_an_open_menu_is_closed_when_it_locks(qtbot, window):
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    with qtbot.waitSignal(window.lockedChanged):
        window.screen_lock.idle_timer.timeout.emit()  # the idle minutes have passed
    assert not menu.isVisible() and QApplication.activePopupWidget() is None
