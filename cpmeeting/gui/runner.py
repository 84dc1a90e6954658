"""Runs domain operations from the window: apply, save, make undoable, announce once.

Pages never edit the record themselves; they call `runner.apply(operation)`. Anki's
CollectionOp is the model: one place where a change is applied, persisted and announced.

The save is deferred: the turn of the event loop that made the change (Enter in the minutes)
answers it, the next turn paints it, and the save runs on its own turn after that, so its few
milliseconds never add to the keystroke's or the repaint's. Several changes in one turn are
saved once. A crash before that turn loses the change: a few milliseconds at most. Whoever
reads the record back from the archive, or lets the runner go, calls flush() first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import InterfaceError, OperationalError

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import Operation
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.signoff import RecordLocked, ensure_editable
from cpmeeting.i18n import _
from cpmeeting.store.journal import Change

RETRY_MS = 3000  # how soon a save that could not reach the database is tried again


class _UndoableOperation(QUndoCommand):
    def __init__(self, runner: OperationRunner, operation: Operation) -> None:
        super().__init__(operation.label)
        self._runner = runner
        self._operation = operation

    def redo(self) -> None:
        self._runner._run(self._operation)

    def undo(self) -> None:
        # The journal keeps an undo as a change of its own, never by dropping the entry.
        inverse = self._operation.inverse()
        inverse.label = _("Undo: {change}").format(change=self._operation.label)
        self._runner._run(inverse, announced_as=self._operation)


class OperationRunner(QObject):
    """Holds the open conference; every change goes through apply()."""

    conferenceChanged = Signal()
    # A change was refused (the record is signed); the message says what to do instead.
    editRefused = Signal(str)
    # A change was refused because this window cannot save (read_only_reason says why).
    readOnlyRefused = Signal(str)
    # Someone else changed the same field at the same moment (a shared conference): the
    # Conflict holds both values; theirs stands until this person chooses theirs or ours.
    conflictFound = Signal(object)
    # The save could not reach the database (a shared server gone): the change is kept here
    # and tried again; savesResumed says when it is in.
    saveFailed = Signal(str)
    savesResumed = Signal()
    # While saves fail: the changes not yet in the archive changed (to be kept on the laptop).
    unsentChanged = Signal()
    # A change this person's role does not make on a shared conference (domain/roles.py).
    roleRefused = Signal(str)

    def __init__(
        self,
        conference: Conference,
        profile: AuthorityProfile,
        save: Callable[[Conference, list[Change]], None],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
        record_event: Callable[[str, dict], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.conference = conference
        self.profile = profile
        # The earlier conferences of the case, earliest first, as read when it was opened:
        # only read (a review's case timeline), never edited here.
        self.case: list[Conference] = []
        self._save = save
        self._record_event = record_event
        self._clock = clock
        self.undo_stack = QUndoStack(self)
        # Two zero timers: one started with the change fires on the next turn after the
        # repaint (Qt sends posted events, the repaint among them, before it fires timers) and
        # starts the other, which Qt leaves for a later turn: the save gets a turn of its own.
        self._after_repaint = QTimer(self, singleShot=True, interval=0)
        self._save_timer = QTimer(self, singleShot=True, interval=0)
        self._after_repaint.timeout.connect(self._save_timer.start)
        self._save_timer.timeout.connect(self.flush)
        self._save_pending = False
        # The changes applied since the last save, in their journal form, oldest first.
        self._changes: list[Change] = []
        # On a shared conference, this person's role (domain/roles.py); None on one laptop.
        self.role = None
        # The server is known to be out of reach (gui/live_sharing.py): changes wait here,
        # without a save that would hold the window while the network times out.
        self.hold_saves = False
        self._failing = False
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)  # a quit that skips closing the window
        # The operation behind the conferenceChanged being announced, so views can skip what
        # it cannot have changed (a minute entry never changes a stage page). None otherwise:
        # a bare conferenceChanged (a new authority profile) refreshes everything.
        self.last_operation: Operation | None = None
        # Set in a window that cannot save (a read-only data folder, the archive open in
        # another window): every edit is refused with these words. Moving between stages to
        # look things up still works.
        self.read_only_reason: str | None = None

    def now(self) -> datetime:
        """The current time, to the second (injectable so tests control it)."""
        return self._clock().replace(microsecond=0)

    def apply(self, operation: Operation) -> bool:
        """Apply and announce the operation now, save it two turns of the event loop later
        (see above); it becomes one step of undo. Returns whether it was applied.

        A signed record is locked: the edit is refused (editRefused) until an amendment opens
        a new version, so the signed version stays exactly as signed."""
        try:
            # Translations of a family copy sit beside the record, not in it: they go on
            # after sign-off (domain/copy_text.py TranslationChange).
            if not getattr(operation, "outside_record", False):
                ensure_editable(self.conference)
        except RecordLocked as locked:
            self.editRefused.emit(_(str(locked)))
            return False
        if self.refuses_read_only() or self.refuses(operation):
            return False
        self.undo_stack.push(_UndoableOperation(self, operation))
        return True

    def refuses_read_only(self) -> bool:
        """Whether this window cannot save, so an edit is refused (saying why through
        readOnlyRefused): accepting it would only lose it when the window closes."""
        if self.read_only_reason is not None:
            self.readOnlyRefused.emit(self.read_only_reason)
        return self.read_only_reason is not None

    def refuses(self, operation: Operation) -> bool:
        """Whether this person's role keeps them from the change on a shared conference
        (saying so once, through roleRefused)."""
        if self.role is None:
            return False
        from cpmeeting.domain.roles import refusal

        reason = refusal(self.role, operation, self.conference)
        if reason is not None:
            self.roleRefused.emit(_(reason))
        return reason is not None

    def apply_quietly(self, operation: Operation) -> None:
        """Apply, save at once and announce, without an undo step: moving between stages,
        signing off, amending; moments that must be in the archive before anything follows."""
        if not self.refuses(operation):
            self._run(operation, save_now=True)

    def _run(self, operation: Operation, save_now: bool = False,
             announced_as: Operation | None = None) -> None:
        """Apply the operation, keep it for the journal (encoded now: a later change in the
        same save may remove the record it names), then save and announce."""
        operation.apply(self.conference)
        self._changes.append(Change.of(operation, self.conference))
        self._after_change(announced_as or operation, save_now=save_now)

    def record_event(self, label: str, details: dict) -> None:
        """Keep in the record's history something done with it that changes nothing in it
        (an export), after any change still waiting for its save."""
        self.flush()
        if self._record_event is not None:
            self._record_event(label, details)

    @property
    def save_pending(self) -> bool:
        """Whether a change is applied but not yet in the archive."""
        return self._save_pending

    def flush(self) -> None:
        """Save now if a change is waiting for its save."""
        self._after_repaint.stop()
        self._save_timer.stop()
        if not self._save_pending:
            return
        if self.hold_saves:
            self.unsentChanged.emit()  # kept on the laptop until the server is back
            return
        try:
            outcome = self._save(self.conference, self._changes)
        except (OperationalError, InterfaceError) as error:
            # Kept, and tried again: nothing typed while the server is away is lost.
            self._failing = True
            self._retry.start()
            self.saveFailed.emit(str(getattr(error, "orig", error)))
            self.unsentChanged.emit()
            return
        self._changes = []
        self._save_pending = False  # only once saved: a failed save is tried again
        if self._failing:
            self._failing = False
            self._retry.stop()
            self.savesResumed.emit()
        if outcome is not None and outcome.took_in_others:
            self._announce(None)  # their changes came in before ours
        for conflict in getattr(outcome, "conflicts", ()):
            self.conflictFound.emit(conflict)

    def unsent(self) -> list[Change]:
        """The changes applied here and not yet in the archive, oldest first."""
        return list(self._changes)

    def resend(self, changes: list[Change], behind: bool) -> list[str]:
        """Save changes kept while the server was away (a previous session's); returns the
        labels of those that no longer fit the record (their record is gone).

        Behind (others wrote since): the save takes the record as the server has it and puts
        these after, comparing each with what it saw when it was made, so a field both
        changed is asked about. Otherwise they are applied here first, as when typed."""
        from cpmeeting.interchange.codec import FormatError
        from cpmeeting.interchange.operation_codec import decode_operation

        refused = []
        if behind:
            self._changes.extend(changes)
            self._save_pending = bool(self._changes)
            changes = []
        for change in changes:
            try:
                operation = decode_operation(change.payload).apply_to(self.conference)
            except FormatError:
                refused.append(change.label)
                continue
            self._changes.append(Change.of(operation, self.conference))
            self._save_pending = True
        self.flush()
        self._announce(None)
        return refused

    def take_in(self, catch_up: Callable[[Conference], bool]) -> None:
        """Another window wrote: save ours first (it goes after theirs), then take in theirs
        and refresh what shows the record (typing, cursor and selection stay as they are)."""
        self.flush()
        if not self._save_pending and catch_up(self.conference):
            self._announce(None)

    def _announce(self, operation: Operation | None) -> None:
        self.last_operation = operation
        try:
            self.conferenceChanged.emit()
        finally:
            self.last_operation = None

    def _after_change(self, operation: Operation | None = None, save_now: bool = False) -> None:
        self.last_operation = operation
        self._save_pending = True
        if save_now:
            self.flush()
        elif not (self._after_repaint.isActive() or self._save_timer.isActive()
                  or self._failing):
            self._after_repaint.start()  # changes in the same turn share one save
        if self._failing:
            self.unsentChanged.emit()
        self._announce(operation)
