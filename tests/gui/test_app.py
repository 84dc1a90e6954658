"""Start-up: a passphrase when no keyring works, the demo on a fresh install, where we left off."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cpmeeting.demo.seed import ensure_demo
from cpmeeting.gui.app import build_window, open_archive
from cpmeeting.gui.passphrase_dialog import PassphraseDialog
from cpmeeting.store.archive import Archive


def answer_passphrase(*typed: str, cancel: bool = False) -> list[str]:
    """Answer the passphrase dialog when it appears; returns the explanations it showed."""
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        shown.append(dialog.findChild(type(dialog.error), "explanation").text())
        if cancel:
            dialog.reject()
            return
        dialog.passphrase.setText(typed[0])
        dialog.repeat.setText(typed[-1])
        dialog._check()

    QTimer.singleShot(0, answer)
    return shown


def test_without_a_keyring_the_window_asks_for_a_passphrase_and_says_why(qtbot, no_keyring):
    shown = answer_passphrase("correct horse battery", "correct horse battery")
    archive = open_archive(None)
    try:
        assert archive is not None
        assert "keyring" in shown[0]
    finally:
        archive.close()
    reopened = Archive.open(passphrase="correct horse battery")
    reopened.close()


def test_a_wrong_passphrase_is_asked_again(qtbot, no_keyring):
    Archive.open(passphrase="the right one").close()
    errors: list[str] = []

    def wrong_then_right() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog.error.text():
            errors.append(dialog.error.text())
            dialog.passphrase.setText("the right one")
        else:
            dialog.passphrase.setText("a wrong one")
            QTimer.singleShot(0, wrong_then_right)
        dialog._check()

    QTimer.singleShot(0, wrong_then_right)
    archive = open_archive(None)
    assert archive is not None
    archive.close()
    assert "does not open" in errors[0]


def test_cancelling_the_passphrase_quits_cleanly(qtbot, no_keyring):
    answer_passphrase(cancel=True)
    assert open_archive(None) is None


def test_a_fresh_install_opens_on_the_demo_with_its_practitioners_in_the_directory(qtbot, archive):
    ensure_demo(archive)
    ensure_demo(archive)  # only once
    assert len(archive.list_conferences()) == 1
    assert archive.directory()
    window = build_window(archive)
    qtbot.addWidget(window)
    assert window.runner is None
    assert len(window.start_screen.visible_rows()) == 1
    window.start_screen.open_selected()
    assert window.live is not None
    # In words for screen readers whatever the room (the window fits the offscreen screen).
    navigator = window.live.navigator
    assert all("✓ done" in navigator.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
               for row in range(9))
