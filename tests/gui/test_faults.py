"""Faults while the window is open: a second window on the same archive, a full disk, a
read-only data folder, the keyring gone, the clock jumping back. Each says what is wrong and
what to do, and nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from factories import sample_conference
from gui_sample import shown_window
from mounts import fill
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cpmeeting.store.archive import Archive
from cpmeeting.store.archive_lock import ArchiveLock
from cpmeeting.store.layout import default_database


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch):
    """A window closed with changes unsaved asks; here the answer is to close (no modal
    dialog may wait for a person in a test)."""
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))


def type_entry(qtbot, window, text: str) -> None:
    pane = window.pane
    pane.focus_entry()
    qtbot.keyClicks(pane.entry_box, text)
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)


def stored_texts(conference_id: str) -> list[str]:
    """What another program reading the archive would find."""
    with Archive.open() as reader:
        return [entry.text for entry in reader.load(conference_id).minutes]


# One window per archive

HOLD_LOCK = """
import sys, time
from pathlib import Path
from cpmeeting.store.archive_lock import ArchiveLock
lock = ArchiveLock.acquire(Path(sys.argv[1]))
print("held" if lock else "refused", flush=True)
time.sleep(60)
"""


def test_a_second_process_cannot_take_the_archive_and_a_killed_one_frees_it(data_folder):
    database = default_database()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(database)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert ArchiveLock.acquire(database) is None
    finally:
        holder.kill()  # SIGKILL: no clean-up runs in the holder
        holder.wait()
    mine = ArchiveLock.acquire(database)
    assert mine is not None
    mine.release()


def click_when_shown(button_text: str, seen: list[str]) -> None:
    """Press the button of the message box once it is showing, noting its text."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()
    QTimer.singleShot(0, press)


def test_a_second_window_says_it_is_open_elsewhere_and_offers_read_only(qtbot, archive, clock):
    from cpmeeting.gui.app import claim_archive

    conference = sample_conference()
    archive.save(conference)
    held = ArchiveLock.acquire(default_database())  # the first window
    try:
        seen: list[str] = []
        click_when_shown("Quit", seen)
        assert claim_archive(None)[0] is False
        assert "already open in another cpmeeting window" in seen[0]
        click_when_shown("Open read-only", seen)
        go_on, lock, read_only = claim_archive(None)
        assert go_on and lock is None and read_only
    finally:
        held.release()
    from cpmeeting.gui.main_window import MainWindow

    window = MainWindow(archive, clock=clock, read_only=True)
    qtbot.addWidget(window)
    window.show()
    window.open_conference(conference.id)
    assert "Read-only" in window.save_guard.label.text() and window.save_guard.label.isVisible()
    # Nothing can be typed where it would be lost, and the box says why.
    pane = window.pane
    assert pane.entry_box.isReadOnly() and not pane.add_button.isEnabled()
    assert "read-only" in pane.entry_box.placeholderText()
    type_entry(qtbot, window, "Typed in the read-only window.")
    # Any other edit is refused in words, not accepted and lost at closing.
    from cpmeeting.domain.minutes import MinuteEntry
    from cpmeeting.domain.operations import AddRecord

    count = len(window.runner.conference.minutes)
    click_when_shown("OK", seen := [])
    window.runner.apply(AddRecord("Add an entry", "minutes", MinuteEntry(
        "Added in the read-only window", window.runner.conference.current_stage,
        window.runner.now())))
    assert "The change was not made" in seen[0] and "another cpmeeting window" in seen[0]
    assert len(window.runner.conference.minutes) == count
    # Moving between stages, to look things up, still works.
    window.live.go_to_stage(window.live.order[1])
    assert window.live.stage == window.live.order[1]
    window.runner.flush()
    assert stored_texts(conference.id) == []


# Full disk and read-only folder: a tiny tmpfs as the data folder

def test_a_full_disk_is_said_and_the_last_edit_is_saved_once_space_is_freed(qtbot, tiny_disk,
                                                                            clock):
    archive = Archive.open()
    try:
        conference = sample_conference()
        archive.save(conference)
        window = shown_window(qtbot, archive, clock, conference.id)
        type_entry(qtbot, window, "Said before the disk filled.")
        window.runner.flush()
        filler = fill(tiny_disk)
        typed = []
        guard = window.save_guard
        for n in range(200):  # until a save needs space the archive no longer has
            typed.append(f"Entry {n} while the disk is full, with some words to take room.")
            type_entry(qtbot, window, typed[-1])
            window.runner.flush()
            if guard.problem:
                break
        assert "The disk is full" in guard.problem and guard.label.isVisible()
        assert str(tiny_disk) in guard.problem
        last = typed[-1]
        assert last not in stored_texts(conference.id)
        os.remove(filler)
        qtbot.waitUntil(lambda: not guard.problem, timeout=15_000)
        assert not guard.label.isVisible()
        texts = stored_texts(conference.id)
        assert texts == ["Said before the disk filled.", *typed]
        window.close()
    finally:
        archive.close()


def test_a_read_only_data_folder_is_said_and_nothing_is_lost(qtbot, window, archive,
                                                             monkeypatch):
    # A folder made read-only under an open archive: a tmpfs cannot be remounted read-only
    # while SQLite holds its files open for writing, so the archive answers as SQLite does.
    import sqlcipher3
    from sqlalchemy.exc import OperationalError

    def refuse(*_args, **_kwargs):
        raise OperationalError("COMMIT", {}, sqlcipher3.OperationalError(
            "attempt to write a readonly database"))

    monkeypatch.setattr(archive, "save", refuse)
    type_entry(qtbot, window, "Said while the folder was read-only.")
    window.runner.flush()
    guard = window.save_guard
    assert "cannot be written to (it is read-only" in guard.problem
    # Closing now would lose it: the window asks, and stays open when told to.
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    assert not window.close() and guard.problem in asked[0]
    monkeypatch.setattr(archive, "save", Archive.save.__get__(archive))  # writable again
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    qtbot.waitUntil(lambda: not guard.problem, timeout=15_000)
    assert stored_texts(window.runner.conference.id) == ["Said while the folder was read-only."]


# The keyring and the clock

def test_the_keyring_gone_mid_session_loses_nothing_and_signing_says_what_to_do(qtbot, window,
                                                                                archive):
    import keyring
    import keyring.backends.fail

    from cpmeeting.documents.signing import chair_key
    from cpmeeting.store.secrets import KeyringUnavailable

    keyring.set_keyring(keyring.backends.fail.Keyring())
    type_entry(qtbot, window, "Said after the keyring went away.")
    window.runner.flush()
    # (read through the open archive: opening another needs the key from the keyring)
    assert [m.text for m in archive.load(window.runner.conference.id).minutes] == [
        "Said after the keyring went away."]
    assert not window.save_guard.problem
    with pytest.raises(KeyringUnavailable, match="no keyring is available"):
        chair_key("Clare Chairwell", window.profile.name)


def test_the_clock_jumping_back_an_hour_keeps_order_and_counts_no_negative_time(qtbot, window,
                                                                                 clock):
    type_entry(qtbot, window, "Before the clock jumped.")
    clock.advance(-60)
    type_entry(qtbot, window, "After the clock jumped back an hour.")
    window.runner.flush()
    assert stored_texts(window.runner.conference.id) == [
        "Before the clock jumped.", "After the clock jumped back an hour."]
    window.live.show_time()
    assert "-" not in window.live.clock_label.text()
