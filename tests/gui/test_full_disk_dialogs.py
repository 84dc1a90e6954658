"""Writes the window makes outside the save guard, on a full disk (a tiny tmpfs as the data
folder, filled to the last byte): the authority profile, a directory entry, an export's note in
the record's history, the set-up assistant and the lock's PIN. Each says what is wrong and what
to do, keeps what was typed, writes nothing half-way, and works once space is freed."""

from __future__ import annotations

import os

import pytest
from factories import family_conference
from gui_sample import shown_window
from mounts import fill
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from cpmeeting.domain.journal import EntryKind
from cpmeeting.store.archive import Archive


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """The words of each warning box (no modal box may wait for a person in a test)."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text, *a, **k: messages.append(text)
        or QMessageBox.StandardButton.Discard))
    return messages


@pytest.fixture
def disk_archive(tiny_disk):
    archive = Archive.open()
    yield archive
    archive.close()


def fill_up(folder, archive):
    """Every free byte taken, with the archive's write-ahead log emptied first, so the next
    write needs room the disk no longer has; the file to delete to free it."""
    with archive.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return fill(folder)


def drive_modal(kind, interact, problems: list | None = None) -> list[BaseException]:
    """Run interact(dialog) once the modal dialog of this kind shows; what went wrong in it
    (a failure closes the dialog rather than hang the test), added to problems if given."""
    problems = [] if problems is None else problems

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, drive)
            return
        try:
            interact(dialog)
        except BaseException as error:
            problems.append(error)
            dialog.reject()

    QTimer.singleShot(0, drive)
    return problems


def press_ok(dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def full_disk_words(said: list[str], folder) -> None:
    assert len(said) == 1, said
    assert f"The disk that holds {folder} is full" in said[0]
    assert "Free some space on that disk, then try again" in said[0]


def renamed_and_refused(qtbot, dialog, name: str, said: list[str], folder) -> None:
    """The authority's name typed and OK pressed on a full disk: said, and still there."""
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, name)
    press_ok(dialog)
    full_disk_words(said, folder)
    assert dialog.isVisible() and dialog.name.text() == name


def test_the_profile_on_a_full_disk_is_said_kept_in_the_dialog_and_stored_once_freed(
        qtbot, tiny_disk, disk_archive, said):
    from cpmeeting.gui.profile_dialog import ProfileDialog, open_profile_dialog

    archive = disk_archive
    before = archive.load_profile()
    filler = fill_up(tiny_disk, archive)

    def interact(dialog: ProfileDialog) -> None:
        renamed_and_refused(qtbot, dialog, "Fullwell Borough Council", said, tiny_disk)
        assert archive.load_profile() == before  # nothing half-written
        os.remove(filler)
        press_ok(dialog)

    problems = drive_modal(ProfileDialog, interact)
    assert open_profile_dialog(archive) and not problems, problems
    assert archive.load_profile().name == "Fullwell Borough Council"
    assert len(said) == 1


def test_a_directory_entry_on_a_full_disk_is_said_kept_and_added_once_freed(
        qtbot, tiny_disk, disk_archive, said):
    from cpmeeting.gui.directory_dialog import DirectoryEntryDialog
    from cpmeeting.gui.new_conference_dialog import NewConferenceDialog

    archive = disk_archive
    dialog = NewConferenceDialog(archive)
    qtbot.addWidget(dialog)
    dialog.show()
    filler = fill_up(tiny_disk, archive)

    def interact(entry: DirectoryEntryDialog) -> None:
        assert entry.name.text() == "Dev Constable"  # from the search box
        qtbot.keyClicks(entry.agency, "Parkside Police")
        press_ok(entry)
        full_disk_words(said, tiny_disk)
        assert entry.isVisible()
        assert (entry.name.text(), entry.agency.text()) == ("Dev Constable", "Parkside Police")
        assert archive.directory() == []  # nothing half-written
        os.remove(filler)
        press_ok(entry)

    qtbot.keyClicks(dialog.directory_search, "Dev Constable")
    problems = drive_modal(DirectoryEntryDialog, interact)
    dialog.add_to_directory()
    assert not problems, problems
    assert [(e.name, e.agency) for e in archive.directory()] == [
        ("Dev Constable", "Parkside Police")]
    assert dialog.invited_list.count() == 1  # invited, as when the disk has room
    assert len(said) == 1


def history_events(archive, conference_id: str) -> list[str]:
    return [entry.label for entry in archive.journal(conference_id)
            if entry.kind is EntryKind.EVENT]


def export_dialog_on(qtbot, archive, clock):
    """The window on a new family conference, and its export dialog shown."""
    from cpmeeting.gui.export_dialog import ExportDialog

    conference = family_conference()
    archive.save(conference)
    window = shown_window(qtbot, archive, clock, conference.id)
    dialog = ExportDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return window, dialog, conference


def test_an_export_on_a_full_disk_says_its_history_note_is_missing_and_notes_it_once_freed(
        qtbot, tiny_disk, disk_archive, clock, tmp_path, said):
    from cpmeeting.documents.signing import chair_key

    archive = disk_archive
    window, dialog, conference = export_dialog_on(qtbot, archive, clock)
    signer = dialog.signer.text()
    chair_key(signer, window.runner.profile.name)  # the key made while there was room
    out = tmp_path / "pack"  # another disk, with room for the files
    dialog.folder.setText(str(out))
    filler = fill_up(tiny_disk, archive)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    message = dialog.message.text()
    assert "signed files" in message and len(dialog.result.files) >= 2
    assert "the export is not noted in the record's history" in message
    assert f"the disk that holds {tiny_disk} is full" in message
    assert "export again to note it" in message
    assert dialog.isVisible() and dialog.folder.text() == str(out)
    # The sign-off waits in the save guard, said in the status bar; nothing is noted before it.
    guard = window.save_guard
    assert "The disk is full" in guard.problem
    with Archive.open() as reader:
        assert not reader.load(conference.id).is_signed
        assert history_events(reader, conference.id) == []
    os.remove(filler)
    qtbot.waitUntil(lambda: not guard.problem, timeout=15_000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "signed files" in dialog.message.text()
    assert "not noted" not in dialog.message.text()
    with Archive.open() as reader:
        assert reader.load(conference.id).is_signed
        assert history_events(reader, conference.id) == ["Exported the signed minutes and plan"]
    assert said == []  # said in the dialog and the status bar, not in a box
    window.close()


def test_a_pin_chosen_on_a_full_disk_unlocks_is_said_and_is_stored_once_freed(
        qtbot, tiny_disk, disk_archive, clock, said):
    from cpmeeting.gui.lock_panel import UnlockMode

    archive = disk_archive
    conference = family_conference()
    archive.save(conference)
    window = shown_window(qtbot, archive, clock, conference.id)
    guard = window.save_guard
    filler = fill_up(tiny_disk, archive)

    def lock():
        with qtbot.waitSignal(window.screen_lock.lockedChanged):
            window.screen_lock.lock()
        return window.centralWidget()

    def unlock(panel, *secrets: str) -> None:
        qtbot.keyClicks(panel.secret, secrets[0])
        if len(secrets) > 1:
            qtbot.keyClicks(panel.repeat, secrets[1])
        with qtbot.waitSignal(window.screen_lock.lockedChanged):
            qtbot.keyClick(panel.repeat if len(secrets) > 1 else panel.secret, Qt.Key.Key_Return)

    panel = lock()
    assert panel.mode == UnlockMode.CHOOSE_PIN
    unlock(panel, "2468", "2468")
    assert not window.screen_lock.locked
    assert "The disk is full" in guard.problem and str(tiny_disk) in guard.problem
    assert guard.label.isVisible()  # in the status bar, shown again on unlock
    assert archive.lock_pin_hash() is None
    panel = lock()  # the PIN chosen unlocks while the window stays open
    assert panel.mode == UnlockMode.PIN
    unlock(panel, "2468")
    os.remove(filler)
    qtbot.waitUntil(lambda: not guard.problem, timeout=15_000)
    stored = archive.lock_pin_hash()
    assert stored.startswith("scrypt:") and "2468" not in stored
    assert said == []
    window.close()


def test_the_set_up_assistant_on_a_full_disk_says_so_and_finishes_once_freed(
        qtbot, tiny_disk, disk_archive, said):
    from PySide6.QtWidgets import QWizard

    from cpmeeting.gui.chair_settings import saved_chair
    from cpmeeting.gui.first_run import SetUpWizard
    from cpmeeting.gui.first_run_pages import DEMO, KEY

    archive = disk_archive
    wizard = SetUpWizard(archive, first_run=True)
    qtbot.addWidget(wizard)
    wizard.show()

    def click(which) -> None:
        qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)

    click(QWizard.WizardButton.CustomButton1)  # the profile: skipped, the defaults stored
    qtbot.keyClicks(wizard.currentPage().name, "Helen Ashcombe")
    click(QWizard.WizardButton.NextButton)
    assert wizard.currentId() == KEY
    wizard.currentPage().make_choice.setChecked(True)
    click(QWizard.WizardButton.NextButton)
    click(QWizard.WizardButton.NextButton)  # the archive kept where it is
    assert wizard.currentId() == DEMO
    filler = fill_up(tiny_disk, archive)
    click(QWizard.WizardButton.FinishButton)  # with the demo
    page = wizard.currentPage()
    assert wizard.isVisible() and wizard.currentId() == DEMO
    assert f"The disk that holds {tiny_disk} is full" in page.message.text()
    assert archive.awaits_set_up() and saved_chair() == ("", "")
    os.remove(filler)
    click(QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted, page.message.text()
    assert not archive.awaits_set_up()
    assert saved_chair()[0] == "Helen Ashcombe"
    assert list((tiny_disk / "signing").glob("*.p12"))
    assert len(archive.list_conferences()) == 1  # the demo, once
    assert said == []


def test_the_profile_in_a_read_only_data_folder_is_said_and_kept_in_the_dialog(
        qtbot, tiny_disk, said):
    from mounts import folder_state, remount

    from cpmeeting.gui.profile_dialog import ProfileDialog, open_profile_dialog

    with Archive.open() as archive:
        archive.save_profile(archive.load_profile())
    remount(tiny_disk, "ro")
    before = folder_state(tiny_disk)
    try:
        archive = Archive.open()  # read-only: its folder cannot be written
        assert archive.read_only

        def interact(dialog: ProfileDialog) -> None:
            dialog.name.selectAll()
            qtbot.keyClicks(dialog.name, "Readonly Borough Council")
            press_ok(dialog)
            assert len(said) == 1
            assert f"The data folder {tiny_disk} cannot be written to" in said[0]
            assert "Ask your IT support to make the folder writable, then try again" in said[0]
            assert dialog.isVisible() and dialog.name.text() == "Readonly Borough Council"
            dialog.reject()

        problems = drive_modal(ProfileDialog, interact)
        assert not open_profile_dialog(archive) and not problems, problems
        archive.close()
        assert folder_state(tiny_disk) == before
    finally:
        remount(tiny_disk, "rw")


def test_a_new_conference_on_a_full_disk_comes_back_with_what_was_typed_and_opens_once_freed(
        qtbot, tiny_disk, disk_archive, clock, said):
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.gui.new_conference_dialog import NewConferenceDialog

    archive = disk_archive
    window = MainWindow(archive, clock=clock)
    qtbot.addWidget(window)
    window.show()
    filler = fill_up(tiny_disk, archive)
    shown: list[int] = []
    problems: list[BaseException] = []

    def interact(dialog: NewConferenceDialog) -> None:
        shown.append(1)
        if len(shown) == 1:
            qtbot.keyClicks(dialog.venue, "Room 4")
            qtbot.keyClicks(dialog.child_given, "Amira")
            qtbot.keyClicks(dialog.child_family, "Testwood")
            dialog.add_child()
            press_ok(dialog)
            QTimer.singleShot(0, lambda: drive_modal(NewConferenceDialog, interact, problems))
            return
        assert len(said) == 1 and "The new conference could not be saved" in said[0]
        assert str(tiny_disk) in said[0]
        assert dialog.venue.text() == "Room 4"  # shown again as it was typed
        assert [c.display_name for c in dialog.children] == ["Amira Testwood"]
        os.remove(filler)
        press_ok(dialog)

    drive_modal(NewConferenceDialog, interact, problems)
    window.new_conference()
    assert not problems and len(shown) == 2
    assert window.runner is not None and window.runner.conference.venue == "Room 4"
    assert [s.venue for s in archive.list_conferences()] == ["Room 4"]
    window.close()


def test_moving_the_records_to_a_full_disk_at_first_run_moves_nothing_and_says_so(
        qtbot, monkeypatch, tmp_path, said):
    from mounts import mount_tmpfs, unmount
    from PySide6.QtWidgets import QWizard

    from cpmeeting.gui.first_run import SetUpWizard
    from cpmeeting.gui.first_run_pages import ARCHIVE, DEMO
    from cpmeeting.paths import data_dir

    monkeypatch.delenv("CPMEETING_DATA_DIR")  # the user's own folders, here in tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    usual = data_dir()
    stick = tmp_path / "stick"
    mount_tmpfs(stick)
    try:
        filler = fill(stick)
        wizard = SetUpWizard(Archive.open(), first_run=True)
        qtbot.addWidget(wizard)
        wizard.show()

        def click(which) -> None:
            qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)

        while wizard.currentId() != ARCHIVE:
            click(QWizard.WizardButton.CustomButton1)  # skipped
        page = wizard.page(ARCHIVE)
        page.move_choice.setChecked(True)
        chosen = stick / "cpmeeting"
        qtbot.keyClicks(page.folder.edit, str(chosen))
        click(QWizard.WizardButton.NextButton)
        assert wizard.currentId() == DEMO, page.message.text()
        before = sorted(p.name for p in usual.iterdir())
        click(QWizard.WizardButton.FinishButton)
        message = wizard.currentPage().message.text()
        assert wizard.isVisible() and f"could not be moved to {chosen}" in message
        assert "Nothing was moved" in message and "Free some space on that disk" in message
        assert data_dir() == usual and sorted(p.name for p in usual.iterdir()) == before
        assert not chosen.exists() or list(chosen.iterdir()) == []
        assert wizard.archive.awaits_set_up()  # open again where it was, and nothing stored
        os.remove(filler)
        click(QWizard.WizardButton.FinishButton)
        assert wizard.result() == QWizard.DialogCode.Accepted, message
        assert data_dir() == chosen and (chosen / "cpmeeting.db").is_file()
        assert not wizard.archive.awaits_set_up()
        wizard.archive.close()
    finally:
        unmount(stick)


def test_a_sending_recorded_on_a_full_disk_is_kept_by_the_save_guard_and_saved_once_freed(
        qtbot, tiny_disk, disk_archive, clock, said):
    """The circulation, corrections and translation dialogs change the record through the
    window's runner, so the save guard keeps and retries what a full disk refuses."""
    from datetime import datetime, time

    from cpmeeting.demo import demo_conference, demo_profile
    from cpmeeting.domain.circulation import Delivery
    from cpmeeting.domain.signoff import sign
    from cpmeeting.gui.circulation_dialog import CirculationDialog

    archive = disk_archive
    conference = demo_conference(clock().date())
    sign(conference, demo_profile(), "Clare Chairwell", "Independent chair",
         datetime.combine(conference.date, time(16, 0)))
    archive.save(conference)
    window = shown_window(qtbot, archive, clock, conference.id)
    dialog = CirculationDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    filler = fill_up(tiny_disk, archive)
    mother = next(p for p in conference.invitees if p.role.is_family)
    dialog.recipient.setCurrentIndex(dialog.recipient.findText(mother.name))
    dialog.delivery.setCurrentIndex(dialog.delivery.findData(Delivery.BY_HAND))
    assert dialog.record()
    window.runner.flush()
    guard = window.save_guard
    assert "The disk is full" in guard.problem and guard.label.isVisible()
    with Archive.open() as reader:
        assert reader.load(conference.id).circulations == []
    os.remove(filler)
    qtbot.waitUntil(lambda: not guard.problem, timeout=15_000)
    with Archive.open() as reader:
        assert [c.recipient for c in reader.load(conference.id).circulations] == [mother.name]
    assert said == []
    window.close()


def test_a_signing_key_made_on_a_full_disk_is_said_nothing_is_signed_and_it_works_once_freed(
        qtbot, tiny_disk, disk_archive, clock, tmp_path, said):
    archive = disk_archive
    window, dialog, conference = export_dialog_on(qtbot, archive, clock)
    dialog.folder.setText(str(tmp_path / "pack"))
    filler = fill_up(tiny_disk, archive)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert f"The disk that holds {tiny_disk} is full" in dialog.message.text()
    assert not window.runner.conference.is_signed  # a record is signed only with its key
    assert dialog.result is None and not list((tiny_disk / "signing").glob("*.p12"))
    os.remove(filler)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "signed files" in dialog.message.text() and "not noted" not in dialog.message.text()
    assert window.runner.conference.is_signed and list((tiny_disk / "signing").glob("*.p12"))
    assert said == []
    window.close()


def test_a_profile_changed_in_an_archive_opened_on_a_full_disk_is_stored_once_freed(
        qtbot, tiny_disk, said):
    """Opened on a disk too full for SQLite to open it for writing, the archive reads until
    there is room; the dialog's OK opens it for writing then, and says the disk is full (not
    that the folder is read-only) while it cannot."""
    from cpmeeting.gui.profile_dialog import ProfileDialog, open_profile_dialog

    with Archive.open() as archive:
        archive.save(family_conference())
    filler = fill(tiny_disk)
    archive = Archive.open()
    try:
        assert archive.waiting_for_space

        def interact(dialog: ProfileDialog) -> None:
            renamed_and_refused(qtbot, dialog, "Roomless County Council", said, tiny_disk)
            os.remove(filler)
            press_ok(dialog)

        problems = drive_modal(ProfileDialog, interact)
        assert open_profile_dialog(archive) and not problems, problems
        assert not archive.waiting_for_space
    finally:
        archive.close()
    with Archive.open() as reader:
        assert reader.load_profile().name == "Roomless County Council"
