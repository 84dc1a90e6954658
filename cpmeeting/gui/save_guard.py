"""Saving that survives a full disk, a read-only data folder or a busy database.

The window saves the open conference, the half-typed minute, where it is (the conference
and stage to return to at the next start) and the lock's PIN through this guard. When the
archive cannot be written, each is kept in the window, a line in the status bar says what is
wrong and what to do, and the save is tried again every few seconds until it succeeds, after
which the line goes; an archive opened on a full disk is opened for writing then
(store/opening.py). Closing the window while a change is unsaved asks first. A window opened
read-only (the archive is open in another window, or its data folder cannot be written)
writes nothing at all and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from cpmeeting.i18n import _

RETRY_MS = 3000


def save_problem(error: BaseException) -> str:
    """What is wrong, in words, and what to do."""
    from cpmeeting.paths import data_dir
    from cpmeeting.store.write_faults import WriteFault, write_fault

    fault = write_fault(error)
    folder = data_dir()
    if fault is WriteFault.FULL:
        return _("The disk is full, so the latest changes are not saved yet. They are kept in "
                 "this window: free some space on the disk that holds {folder}, and cpmeeting "
                 "saves them by itself. Keep cpmeeting open until this message goes."
                 ).format(folder=folder)
    if fault is WriteFault.READ_ONLY:
        return _("The data folder {folder} cannot be written to (it is read-only or its "
                 "permissions changed), so the latest changes are not saved yet. They are kept "
                 "in this window: make the folder writable again, and cpmeeting saves them by "
                 "itself.").format(folder=folder)
    if fault is WriteFault.BUSY:
        return _("Another program is holding the archive, so the latest changes are not saved "
                 "yet. They are kept in this window, and cpmeeting tries again every few "
                 "seconds.")
    return _("The latest changes could not be saved ({problem}). They are kept in this window, "
             "and cpmeeting tries again every few seconds.").format(problem=str(error)[:200])


def not_saved_problem(error: BaseException) -> str:
    """A new conference the archive refused: why, and what to do (nothing is kept)."""
    from cpmeeting.paths import data_dir
    from cpmeeting.store.write_faults import WriteFault, write_fault

    fault = write_fault(error)
    if fault is WriteFault.FULL:
        return _("The new conference could not be saved: the disk that holds {folder} is "
                 "full. Free some space on that disk, then make it again.").format(
                 folder=data_dir())
    if fault is WriteFault.READ_ONLY:
        return _("The new conference could not be saved: the data folder {folder} cannot be "
                 "written to. Ask your IT support to make it writable, then make it again."
                 ).format(folder=data_dir())
    return _("The new conference could not be saved ({problem}). Try again in a moment."
             ).format(problem=str(error)[:200])


class SaveGuard(QObject):
    """Saves conferences and drafts; keeps and retries what could not be saved."""

    problemChanged = Signal(str)  # "" once everything is saved again

    def __init__(self, archive: Callable[[], object], window: QMainWindow,
                 read_only: bool | Path = False) -> None:
        """read_only: nothing is saved, and the banner says why: the data folder given cannot
        be written, or (True) the archive is open in another window."""
        super().__init__(window)
        self._archive = archive
        self.read_only = read_only
        self._conference = None
        self._changes: list = []  # their journal entries, kept with the conference
        self._outcome = None  # what the last save answered
        self._drafts: dict[tuple[str, str], str] = {}
        self._place: tuple[str | None, str | None] | None = None  # where the window is
        # Other state of this computer's window kept until written (the lock's PIN), by name.
        self._state: dict[str, Callable[[object], None]] = {}
        self.last_error: BaseException | None = None  # why the last flush could not write
        self.problem = ""
        self.label = QLabel(objectName="save_problem", wordWrap=True)
        self.label.setAccessibleName(_("Saving problem"))
        self.label.hide()
        self._window = window  # the label joins its status bar when first needed
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)
        if read_only:
            self._say(self.read_only_words())

    def read_only_words(self) -> str:
        """Why this window saves nothing, and what to do (its banner)."""
        if isinstance(self.read_only, Path):
            from cpmeeting.store.write_faults import window_read_only_message

            return window_read_only_message(self.read_only)
        return _("Read-only: this archive is open in another cpmeeting window, so nothing "
                 "done in this window is saved. Make changes in the other window.")

    @property
    def pending(self) -> bool:
        return self._unsaved_record or self._place is not None or bool(self._state)

    @property
    def _unsaved_record(self) -> bool:
        return self._conference is not None or bool(self._drafts)

    def save(self, conference, changes=()):
        """Save the conference with its changes now (the archive's answer), or keep both to
        save as soon as the archive can be written (None)."""
        if self.read_only:
            return None
        self._conference = conference
        self._changes.extend(changes)
        self._outcome = None
        self.flush()
        return self._outcome

    def save_draft(self, conference_id: str, key: str, text: str) -> None:
        if not self.read_only:
            self._drafts[(conference_id, key)] = text
            self.flush()

    def save_place(self, conference_id: str | None, stage: str | None) -> None:
        """Remember where the window is, so the next start returns there (nothing open:
        None); kept and retried like a change, and not kept at all in a read-only window."""
        if not self.read_only:
            self._place = (conference_id, stage)
            self.flush()

    def save_state(self, name: str, write: Callable[[object], None]) -> None:
        """Write some state of the window with write(archive) (the lock's PIN), now or, where
        the archive refuses, kept and retried like a change; closing does not ask for it."""
        if not self.read_only:
            self._state[name] = write
            self.flush()

    def save_new(self, conference) -> bool:
        """Save a conference just made (a new one, a review) at once, since the window opens it
        from the archive; where the archive refuses, say so (nothing is kept) and answer False."""
        from sqlalchemy.exc import SQLAlchemyError

        archive = self._archive()
        try:
            archive.ensure_writable()
            archive.save(conference)
        except (OSError, SQLAlchemyError) as error:
            QMessageBox.warning(self._window, _("Not saved"), not_saved_problem(error))
            return False
        return True

    def flush(self) -> bool:
        """Try to write everything kept; True when nothing is left unsaved."""
        from sqlalchemy.exc import SQLAlchemyError

        if not self.pending:
            return True
        archive = self._archive()
        try:
            archive.ensure_writable()  # opened on a full disk: for writing once there is room
            if self._conference is not None:
                self._outcome = archive.save(self._conference, self._changes)
                self._conference = None
                self._changes = []
            for (conference_id, key), text in list(self._drafts.items()):
                archive.save_draft(conference_id, key, text)
                del self._drafts[(conference_id, key)]
            if self._place is not None:
                archive.set_last_opened(*self._place)
                self._place = None
            for name, write in list(self._state.items()):
                write(archive)
                del self._state[name]
        except (OSError, SQLAlchemyError) as error:
            self.last_error = error
            self._say(save_problem(error))
            self._retry.start()
            return False
        self._say("")
        return True

    def _say(self, problem: str) -> None:
        if problem == self.problem:
            return
        self.problem = problem
        if problem and self.label.parent() is None:
            self._window.statusBar().addPermanentWidget(self.label, 2)
        self.label.setText(f"⚠ {problem}" if problem else "")
        self.label.setVisible(bool(problem))
        lock = getattr(self._window, "screen_lock", None)
        if problem and lock is not None and lock.locked:
            lock.show_on_unlock(self._window.statusBar())
        elif problem:
            self._window.statusBar().show()
        self.problemChanged.emit(problem)

    def close_allowed(self, window: QMainWindow) -> bool:
        """Whether the window may close: everything saved, or the user accepts the loss (of
        more than where the window was)."""
        if self.flush() or not self._unsaved_record:
            return True
        answer = QMessageBox.warning(
            window, _("Changes not saved"),
            _("{problem}\n\nClose cpmeeting anyway and lose the changes not saved?").format(
                problem=self.problem),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
