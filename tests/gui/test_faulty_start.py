"""Faults already there when the window starts: a read-only data folder, a full disk, a data
folder that cannot be made. The window opens (or says why it cannot) in words, with no
traceback, and nothing is lost or written where it must not be."""

from __future__ import annotations

import os

import pytest
from factories import sample_conference
from gui_sample import shown_window
from mounts import fill, folder_state, remount
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cpmeeting.store.archive import Archive


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """What the window said in a message box it could not open without (no modal box may
    wait for a person in a test)."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text, *a, **k: messages.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Discard))
    return messages


def started_window(monkeypatch) -> tuple[int, object]:
    """Start the window as `cpmeeting` does, until it is shown, then quit (which closes it);
    the exit code and the window."""
    from cpmeeting.gui import app

    built = []
    real_build = app.build_window
    monkeypatch.setattr(app, "build_window",
                        lambda *a, **k: built.append(real_build(*a, **k)) or built[-1])
    monkeypatch.setenv(app.SHOWN_PROBE, "1")
    code = app.run_window()
    return code, (built[0] if built else None)


def type_entry(qtbot, window, text: str) -> None:
    window.pane.focus_entry()
    qtbot.keyClicks(window.pane.entry_box, text)
    qtbot.keyClick(window.pane.entry_box, Qt.Key.Key_Return)


def read_only_window(tiny_disk, clock, qtbot=None):
    """The sample conference stored, the folder made read-only, and a window on it opened as
    the start-up opens one (not given to qtbot when None: a language change deletes it)."""
    from cpmeeting.gui.main_window import MainWindow

    with Archive.open() as archive:
        conference = sample_conference()
        archive.save(conference)
    remount(tiny_disk, "ro")
    archive = Archive.open()
    assert archive.read_only
    window = MainWindow(archive, clock=clock, read_only=tiny_disk)
    if qtbot is not None:
        qtbot.addWidget(window)
    window.show()
    window.open_conference(conference.id)
    return window, archive


def stored(conference_id: str) -> tuple[list[str], tuple]:
    """The minutes and where the window was, as another program reading the archive finds."""
    with Archive.open() as reader:
        return ([entry.text for entry in reader.load(conference_id).minutes],
                reader.last_opened())


def test_a_read_only_data_folder_opens_read_only_says_what_to_do_and_writes_nothing(
        qtbot, tiny_disk, monkeypatch, said):
    with Archive.open() as archive:
        conference = sample_conference()
        archive.save(conference)
        archive.set_last_opened(conference.id, "attendance")
    remount(tiny_disk, "ro")
    before = folder_state(tiny_disk)

    code, window = started_window(monkeypatch)
    qtbot.addWidget(window)
    assert code == 0 and not said
    window.show()  # (quitting closed it, as closing cpmeeting would, without a traceback)
    banner = window.save_guard.label
    assert banner.isVisible() and str(tiny_disk) in banner.text()
    assert "cannot be written to" in banner.text() and "IT support" in banner.text()
    # Nothing that would write at once is offered.
    from cpmeeting.gui.actions import ActionId

    assert not window.start_screen.new_button.isEnabled()
    assert not window.actions[ActionId.NEW_CONFERENCE].isEnabled()
    assert not window.actions[ActionId.AUTHORITY_PROFILE].isEnabled()
    assert not window.actions[ActionId.EXPORT].isEnabled()  # (it would sign the record)
    # It returned to where it was left, and reading works.
    assert window.runner.conference.id == conference.id
    assert window.live.stage.value == "attendance"
    type_entry(qtbot, window, "Typed while the folder was read-only.")
    window.live.go_to_stage(window.live.order[0])
    window.runner.flush()
    window.close()

    assert folder_state(tiny_disk) == before
    remount(tiny_disk, "rw")
    assert stored(conference.id) == ([], (conference.id, "attendance"))


def test_a_read_only_folder_with_no_archive_yet_says_so_and_does_not_start(
        qtbot, tiny_disk, monkeypatch, said):
    remount(tiny_disk, "ro")
    code, window = started_window(monkeypatch)
    assert window is None and code == 0
    assert len(said) == 1 and str(tiny_disk) in said[0]
    assert "no records in" in said[0] and "IT support" in said[0]


@pytest.mark.parametrize("in_the_way", ["a file", "a file above it"])
def test_a_data_folder_that_cannot_be_made_is_said_not_a_traceback(qtbot, tmp_path, monkeypatch,
                                                                  said, in_the_way):
    blocker = tmp_path / "cpmeeting-data"
    blocker.write_text("not a folder")
    folder = blocker if in_the_way == "a file" else blocker / "cpmeeting"
    monkeypatch.setenv("CPMEETING_DATA_DIR", str(folder))
    code, window = started_window(monkeypatch)
    assert code == 1 and window is None
    assert len(said) == 1 and str(folder) in said[0]
    assert "cannot make its data folder" in said[0] and "CPMEETING_DATA_DIR" in said[0]


def test_a_full_disk_at_start_opens_the_records_and_saves_them_once_space_is_freed(
        qtbot, tiny_disk, clock):
    from cpmeeting.gui.app import claim_archive

    with Archive.open() as archive:
        conference = sample_conference()
        archive.save(conference)
    filler = fill(tiny_disk)
    # (the lock takes no room; a full disk is not a read-only folder)
    go_on, lock, read_only = claim_archive(None)
    assert go_on and not read_only
    archive = Archive.open()  # SQLite cannot even make its -shm file now
    try:
        assert archive.waiting_for_space
        window = shown_window(qtbot, archive, clock, conference.id)
        guard = window.save_guard
        assert [p.name for p in window.runner.conference.invitees]  # reading works
        window.live.go_to_stage(window.live.order[2])
        type_entry(qtbot, window, "Said while the disk was full.")
        window.runner.flush()
        assert "The disk is full" in guard.problem and guard.label.isVisible()
        assert str(tiny_disk) in guard.problem
        os.remove(filler)
        qtbot.waitUntil(lambda: not guard.problem, timeout=15_000)
        assert not archive.waiting_for_space
        assert stored(conference.id) == (["Said while the disk was full."],
                                         (conference.id, window.live.order[2].value))
        window.close()
    finally:
        archive.close()
        if lock is not None:
            lock.release()


def test_where_the_window_was_is_kept_on_a_full_disk_and_saved_once_space_is_freed(
        qtbot, tiny_disk, clock):
    archive = Archive.open()
    try:
        conference = sample_conference()
        archive.save(conference)
        window = shown_window(qtbot, archive, clock, conference.id)
        window.runner.flush()
        filler = fill(tiny_disk)
        guard = window.save_guard
        stage = None
        for stage in window.live.order[1:]:  # until saving the place needs room there is not
            window.live.go_to_stage(stage)
            if guard.problem:
                break
        assert "The disk is full" in guard.problem
        os.remove(filler)
        qtbot.waitUntil(lambda: not guard.problem, timeout=15_000)
        assert stored(conference.id)[1] == (conference.id, stage.value)
        # Nothing but the place was waiting: closing does not ask about lost changes.
        window.close()
        assert not window.isVisible()
    finally:
        archive.close()


def test_a_read_only_window_keeps_its_pin_and_its_wrong_tries_for_the_session(
        qtbot, tiny_disk, clock):
    from cpmeeting.gui.screen_lock import UnlockMode

    window, archive = read_only_window(tiny_disk, clock, qtbot)
    try:
        lock = window.screen_lock
        for pin, mode in (("2468", UnlockMode.CHOOSE_PIN), ("1357", UnlockMode.PIN)):
            lock.lock()
            assert lock.panel.mode == mode
            message = lock.try_unlock(pin, pin)
            if mode == UnlockMode.CHOOSE_PIN:
                assert message is None and not lock.locked  # (the PIN kept for this session)
            else:  # not a new PIN chosen: the one from before is asked for
                assert "not the one" in message and lock.locked
        assert lock.try_unlock("2468") is None and not lock.locked
        # Wrong tries earn their wait though the archive cannot keep them.
        lock.lock()
        for _ in range(5):
            assert "not the one" in lock.try_unlock("1357")
        assert "Too many wrong tries" in lock.try_unlock("2468") and lock.locked
        window.close()
    finally:
        archive.close()


def test_a_full_disk_with_no_archive_yet_says_so_and_does_not_start(qtbot, tiny_disk,
                                                                     monkeypatch, said):
    fill(tiny_disk)
    code, window = started_window(monkeypatch)
    assert window is None
    assert len(said) == 1 and "is full" in said[0] and str(tiny_disk) in said[0]


def test_a_read_only_window_stays_read_only_in_another_language_and_says_so_in_it(
        qtbot, tiny_disk, clock):
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from cpmeeting.gui import window_reload
    from cpmeeting.gui.language import set_language

    english, archive = read_only_window(tiny_disk, clock)
    conference = english.runner.conference
    welsh = None
    try:
        welsh = window_reload.rebuild_in_language(english, "cy")
        guard = welsh.save_guard
        assert guard.read_only and guard.label.isVisible()
        assert guard.label.text().startswith("⚠ Darllen yn unig: ni ellir ysgrifennu i'r ffolder")
        assert str(tiny_disk) in guard.label.text()
        assert welsh.runner.conference.id == conference.id
    finally:
        window_reload.forget_window()
        for shown in (english, welsh):
            if shown is not None and shiboken6.isValid(shown):
                shown.close()
                shown.deleteLater()
        set_language("en", QApplication.instance())
        archive.close()


def test_a_new_conference_on_a_full_disk_is_refused_in_words_and_saved_once_there_is_room(
        qtbot, tiny_disk, clock, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text, *a, **k: warned.append(text)))
    with Archive.open() as archive:
        archive.save(sample_conference())
    filler = fill(tiny_disk)
    archive = Archive.open()
    try:
        window = shown_window(qtbot, archive, clock, archive.list_conferences()[0].id)
        window.close_conference()
        new = sample_conference()
        assert not window.save_guard.save_new(new)
        assert len(warned) == 1 and "could not be saved" in warned[0]
        assert "is full" in warned[0] and str(tiny_disk) in warned[0]
        os.remove(filler)
        assert window.save_guard.save_new(new)
        assert new.id in {summary.id for summary in archive.list_conferences()}
    finally:
        archive.close()
