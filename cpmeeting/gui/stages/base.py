"""The small interface every stage page shares, so the window can register them in order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.stages import Stage


class StagePage(QWidget):
    """One page of the live view. Pages never edit the record directly: they ask the
    window's operation runner (`self.runner`) to apply a domain operation, which saves it,
    makes it undoable and announces the change."""

    stage: Stage
    # Emitted when the page wants the window to look at another stage (a readiness link).
    stageRequested = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner

    def show_conference(self, conference: Conference) -> None:
        """Fill the page from the record; called on open and after every change."""
        raise NotImplementedError
