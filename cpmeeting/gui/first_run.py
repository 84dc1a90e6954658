"""The set-up assistant: a first run sets the authority up before the window opens.

"No profile yet" is the archive's own fact (Archive.awaits_set_up): no profile row and no
conference. An archive with a stored profile, or one kept before the assistant existed (it has
conferences), opens straight to the window. The steps: the authority's profile (its file, or set
up here), the chair, the signing key, where the archive lives, and a demonstration conference.
Each step can be skipped; File > Set-up assistant brings them back later.

Nothing is stored until Finish, and every step has been checked by then; Finish stores the
archive's folder, the key, the profile, the chair and the demo, in that order (the profile is
stored even when skipped, as the defaults, so the assistant does not come back at every
start). Cancel stores nothing: the assistant comes back at the next start.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from cpmeeting.gui.chair_settings import save_chair, saved_chair
from cpmeeting.gui.first_run_pages import (
    ARCHIVE,
    CHAIR,
    DEMO,
    KEY,
    PROFILE,
    SET_UP,
    ArchivePage,
    ChairPage,
    DemoPage,
    KeyPage,
    ProfilePage,
    SetUpChoices,
    SetUpPage,
    StepPage,
)
from cpmeeting.i18n import _


class SetUpWizard(QWizard):
    """The steps; choices holds what Finish will store."""

    def __init__(self, archive, first_run: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("set_up_wizard")
        self.setWindowTitle(_("Set up cpmeeting"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.archive = archive
        self.choices = SetUpChoices()
        self.demo_added = False  # by a Finish that stopped later on (a full disk)
        profile = archive.load_profile()
        name, role = saved_chair()
        self.setPage(PROFILE, ProfilePage(profile))
        self.setPage(SET_UP, SetUpPage(profile))
        self.setPage(CHAIR, ChairPage(name, role))
        self.setPage(KEY, KeyPage())
        self.setPage(ARCHIVE, ArchivePage(can_move=first_run))
        self.setPage(DEMO, DemoPage())
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, _("&Skip this step"))
        self.setButtonText(QWizard.WizardButton.BackButton, _("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, _("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           _("Set up later") if first_run else _("Cancel"))
        skip = self.button(QWizard.WizardButton.CustomButton1)
        skip.setObjectName("skip_step")
        skip.setToolTip(_("Leave this step for later: File > Set-up assistant."))
        self.setButtonLayout([QWizard.WizardButton.CustomButton1, QWizard.WizardButton.Stretch,
                              QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        for which in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setAccessibleName(self.buttonText(which).replace("&", "").strip("<> "))
        self.customButtonClicked.connect(self.skip_step)
        self.currentIdChanged.connect(self._arrived)
        self.resize(760, 620)

    def _arrived(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, StepPage):
            page.skipped = False
            page.say("")

    def skip_step(self) -> None:
        """Leave the current step undone and go on (on the last step: finish)."""
        page = self.currentPage()
        page.skipped = True
        if self.currentId() == DEMO:
            self.button(QWizard.WizardButton.FinishButton).click()
        else:
            self.next()

    def accept(self) -> None:
        """Finish: store every choice; a key problem is said on the key step, a write the disk
        or folder refuses on this one, and the wizard stays."""
        if not self.validateCurrentPage():  # QWizard checks only in done(), after this
            return
        try:
            problem = apply_choices(self, self.choices)
        except NotStored as refused:
            page = self.currentPage()  # (the last step: Finish is pressed again there)
            (page if isinstance(page, StepPage) else self.page(KEY)).say(str(refused))
            return
        if problem:
            while self.currentId() not in (KEY, self.startId()):
                self.back()
            self.page(KEY).say(problem)
            return
        super().accept()


def move_data_folder(archive, folder: Path):
    """The archive and the rest of the data folder moved to folder, remembered; the reopened
    archive."""
    from cpmeeting.paths import remember_data_folder
    from cpmeeting.store.archive import Archive
    from cpmeeting.store.archive_lock import ArchiveLock
    from cpmeeting.store.layout import default_database

    database = default_database()
    archive.close()
    folder.mkdir(parents=True, exist_ok=True)
    # This window's lock moves as a new lock file (the open one cannot be moved on Windows).
    held = ArchiveLock.held_for(database)
    if held is not None:
        held.move_beside(folder / database.name)
    moved: list[Path] = []
    try:
        for item in list(database.parent.iterdir()):
            if held is None or item != ArchiveLock.path_for(database):
                moved.append(item)
                shutil.move(str(item), str(folder / item.name))
    except OSError:
        # The new place is full or cannot be written: all back where it was, nothing half
        # moved, and the archive open there again (the caller says why).
        _move_back(moved, folder)
        if held is not None:
            held.move_beside(database)
        raise
    remember_data_folder(folder)
    return Archive.open()


def _move_back(moved: list[Path], folder: Path) -> None:
    """Undo a move stopped part way: the last item may be half copied there, still whole here."""
    for item in reversed(moved):
        there = folder / item.name
        if item.exists():  # (not moved yet: only a partial copy there)
            if there.is_dir():
                shutil.rmtree(there, ignore_errors=True)
            else:
                there.unlink(missing_ok=True)
        elif there.exists():
            shutil.move(str(there), str(item))


class NotStored(Exception):
    """A choice the archive or the data folder refused (a full disk, a read-only folder):
    the words say so, and the assistant stays open to try again."""


def apply_choices(wizard: SetUpWizard, choices: SetUpChoices) -> str:
    """Store what the steps chose, in order; '' when done, else why the key was not kept.
    Raises NotStored where a write is refused; each step stored is then marked done, so
    trying again does not do it twice."""
    from sqlalchemy.exc import SQLAlchemyError

    from cpmeeting.gui.write_refusal import refused_or_raise

    try:
        return _apply_choices(wizard, choices)
    except (OSError, SQLAlchemyError) as error:
        raise NotStored(refused_or_raise(error)) from error


def _apply_choices(wizard: SetUpWizard, choices: SetUpChoices) -> str:
    from cpmeeting.documents.signing import chair_key, keep_chair_key
    from cpmeeting.store.secrets import KeyringUnavailable

    if choices.data_folder is not None:
        try:
            wizard.archive = move_data_folder(wizard.archive, choices.data_folder)
        except OSError as error:
            from cpmeeting.store.archive import Archive

            wizard.archive = Archive.open()  # where it was, and still is
            raise NotStored(_(
                "The records could not be moved to {folder} ({problem}). Nothing was moved: "
                "they are still where they were. Free some space on that disk or choose "
                "another folder, then press Finish again.").format(
                    folder=choices.data_folder, problem=error.strerror or error)) from error
        choices.data_folder = None  # done: a retry after a key problem must not move again
    archive = wizard.archive
    archive.ensure_writable()  # opened on a full disk: for writing once there is room
    profile = choices.profile or archive.load_profile()
    try:
        if choices.key is not None:
            keep_chair_key(choices.key, choices.chair_name, profile.name)
        elif choices.make_key:
            chair_key(choices.chair_name, profile.name)
    except KeyringUnavailable as error:
        return _("The signing key was not kept: {problem} Skip this step to make the key "
                 "later, when you first sign.").format(problem=error)
    choices.key, choices.make_key = None, False  # kept: done
    archive.save_profile(profile)
    if choices.chair_name:
        save_chair(choices.chair_name, choices.chair_role)
    if choices.demo and not wizard.demo_added:  # (Finish sets choices.demo again)
        from cpmeeting.demo.seed import add_demo

        add_demo(archive)
        wizard.demo_added = True
    return ""


def set_up_first_run(archive):
    """Run the assistant on a new archive; the archive to open the window on (moved, if a
    folder was chosen)."""
    wizard = SetUpWizard(archive, first_run=True)
    wizard.exec()
    return wizard.archive


def open_set_up_assistant(window) -> None:
    """File > Set-up assistant: the steps again on the open archive; the window follows."""
    wizard = SetUpWizard(window.archive, first_run=False, parent=window)
    if not wizard.exec():
        return
    window.profile = window.archive.load_profile()
    window.start_screen.reload()  # the demo, and due dates worked out again
    if window.runner is not None:
        window.runner.profile = window.profile
        window.runner.conferenceChanged.emit()
    window.statusBar().showMessage(_("The set-up is stored."), 5000)
