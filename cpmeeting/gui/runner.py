"""Runs domain operations from the window: apply, save, make undoable, announce once.

Pages never edit the record themselves; they call `runner.apply(operation)`. Anki's
CollectionOp is the model: one place where a change is applied, persisted and announced.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import Operation
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.signoff import RecordLocked, ensure_editable
from cpmeeting.i18n import _


class _UndoableOperation(QUndoCommand):
    def __init__(self, runner: OperationRunner, operation: Operation) -> None:
        super().__init__(operation.label)
        self._runner = runner
        self._operation = operation

    def redo(self) -> None:
        self._operation.apply(self._runner.conference)
        self._runner._after_change(self._operation)

    def undo(self) -> None:
        self._operation.revert(self._runner.conference)
        self._runner._after_change(self._operation)


class OperationRunner(QObject):
    """Holds the open conference; every change goes through apply()."""

    conferenceChanged = Signal()
    # A change was refused (the record is signed); the message says what to do instead.
    editRefused = Signal(str)

    def __init__(
        self,
        conference: Conference,
        profile: AuthorityProfile,
        save: Callable[[Conference], None],
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.conference = conference
        self.profile = profile
        self._save = save
        self._clock = clock
        self.undo_stack = QUndoStack(self)
        # The operation behind the latest conferenceChanged, so views can skip what it
        # cannot have changed (a minute entry never changes a stage page).
        self.last_operation: Operation | None = None

    def now(self) -> datetime:
        """The current time, to the second (injectable so tests control it)."""
        return self._clock().replace(microsecond=0)

    def apply(self, operation: Operation) -> None:
        """Apply, save and announce the operation; it becomes one step of undo.

        A signed record is locked: the edit is refused (editRefused) until an amendment opens
        a new version, so the signed version stays exactly as signed."""
        try:
            # Translations of a family copy sit beside the record, not in it: they go on
            # after sign-off (domain/copy_text.py TranslationChange).
            if not getattr(operation, "outside_record", False):
                ensure_editable(self.conference)
        except RecordLocked as locked:
            self.editRefused.emit(_(str(locked)))
            return
        self.undo_stack.push(_UndoableOperation(self, operation))

    def apply_quietly(self, operation: Operation) -> None:
        """Apply, save and announce without an undo step (moving between stages, say)."""
        operation.apply(self.conference)
        self._after_change(operation)

    def _after_change(self, operation: Operation | None = None) -> None:
        self.last_operation = operation
        self._save(self.conference)
        self.conferenceChanged.emit()
