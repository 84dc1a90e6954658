"""The live view: the stage navigator beside the page of the current stage."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.operations import SetFields, Several
from cpmeeting.domain.rules import check_quoracy, quoracy_moment
from cpmeeting.domain.rules.stage_status import stage_completion
from cpmeeting.domain.stages import STAGE_ORDER, Stage
from cpmeeting.gui.labels import stage_title
from cpmeeting.gui.meeting_clock import MeetingClock
from cpmeeting.gui.stages import StagePage, page_type
from cpmeeting.i18n import _

TICK_MS = 10_000  # the clock shows minutes; ten seconds keeps it within a sixth of one
QUORACY_MS = 60_000


def touches_only_minutes(operation, conference) -> bool:
    """Whether the change was to minute entries alone, which no stage page shows."""
    if isinstance(operation, Several):
        return all(touches_only_minutes(step, conference) for step in operation.steps)
    if getattr(operation, "collection", None) == "minutes":
        return True
    record_id = getattr(operation, "record_id", None)
    return record_id is not None and any(entry.id == record_id for entry in conference.minutes)


def quoracy_summary(runner) -> str:
    """The quoracy verdict in one translated line, for the status bar."""
    conference = runner.conference
    verdict = check_quoracy(conference, runner.profile, quoracy_moment(conference, runner.now()))
    return verdict.headline.render(_) if verdict.headline is not None else ""


def set_if_changed(label: QLabel, text: str) -> None:
    """A label's setText relays out the status bar even when the text is the same."""
    if label.text() != text:
        label.setText(text)


class StageNavigator(QListWidget):
    """The stages in meeting order; never narrower than its longest line."""

    def fit_width(self) -> None:
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 12)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_width()


class LiveView(QWidget):
    """Navigator and pages; keeps conference.current_stage and the clocks current."""

    stageChanged = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_view")
        self.runner = runner
        self.clock = MeetingClock(runner.conference, runner.now())
        self.navigator = StageNavigator(objectName="stage_navigator")
        self.navigator.setAccessibleName(_("Stages of the meeting"))
        self.pages = QStackedWidget(objectName="stage_pages")
        # A page is built (and its module imported) the first time its stage is shown; until
        # then an empty slot holds its place, so indexes in the stack are stage numbers.
        self._built: set[int] = set()
        self._stale: set[int] = set(range(len(STAGE_ORDER)))
        for _stage in STAGE_ORDER:
            self.pages.addWidget(QWidget())
            self.navigator.addItem(QListWidgetItem())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.quoracy_label = QLabel(objectName="quoracy_status")
        self.quoracy_label.setAccessibleName(_("Quoracy"))
        self.clock_label = QLabel(objectName="clock_status")
        self.clock_label.setAccessibleName(_("Elapsed time"))

        self.navigator.currentRowChanged.connect(self._row_chosen)
        runner.conferenceChanged.connect(self.show_conference)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.show_time)
        self._tick.start()
        self._quoracy_tick = QTimer(self, interval=QUORACY_MS)
        self._quoracy_tick.timeout.connect(self.show_quoracy)
        self._quoracy_tick.start()
        self._showing = STAGE_ORDER.index(runner.conference.current_stage)
        self.page(self._showing)
        self.navigator.setCurrentRow(self._showing)
        self.pages.setCurrentIndex(self._showing)
        self.show_conference()
        splitter.setSizes([self.navigator.minimumWidth(), 10_000])  # the page gets the room

    @property
    def stage(self) -> Stage:
        return STAGE_ORDER[self.pages.currentIndex()]

    def page(self, index: int) -> StagePage:
        """The page of the stage at this index, built now if it has not been shown yet."""
        if index not in self._built:
            page = page_type(STAGE_ORDER[index])(self.runner)
            page.stageRequested.connect(self.go_to_stage)
            slot = self.pages.widget(index)
            was_current = self.pages.currentWidget() is slot
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(slot)
            slot.deleteLater()
            if was_current:
                self.pages.setCurrentWidget(page)
            self._built.add(index)
            self._stale.add(index)
        return self.pages.widget(index)

    def show_conference(self) -> None:
        """After any change: marks, the visible page, quoracy and time."""
        if not touches_only_minutes(self.runner.last_operation, self.runner.conference):
            self._stale = set(range(self.pages.count()))
            self._refresh_page(self.pages.currentIndex())
        self.show_marks()
        self.show_quoracy()
        self.show_time()

    def show_marks(self) -> None:
        completion = stage_completion(self.runner.conference, self.runner.profile)
        changed = False
        for row, stage in enumerate(STAGE_ORDER):
            done = completion[stage]
            mark = "✓ " + _("done") if done else "○ " + _("to do")
            text = f"{row + 1}. {stage_title(stage)}  —  {mark}"
            item = self.navigator.item(row)
            if item.text() != text:  # unchanged items are not repainted
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                changed = True
        if changed:
            self.navigator.fit_width()

    def show_quoracy(self) -> None:
        set_if_changed(self.quoracy_label, quoracy_summary(self.runner))

    def show_time(self) -> None:
        set_if_changed(self.clock_label,
                       self.clock.describe(self.runner.conference, self.runner.now()))

    def go_to_stage(self, stage: Stage) -> None:
        self.navigator.setCurrentRow(STAGE_ORDER.index(stage))

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) stage."""
        row = self.navigator.currentRow() + delta
        if 0 <= row < self.navigator.count():
            self.navigator.setCurrentRow(row)

    def _row_chosen(self, row: int) -> None:
        if row < 0 or row == self._showing:
            return
        self._showing = row
        stage = STAGE_ORDER[row]
        self._refresh_page(row)
        self.pages.setCurrentIndex(row)
        self.clock.enter(stage, self.runner.now())
        if self.runner.conference.current_stage is not stage:
            # Moving between stages is recorded (for recovery) but is not a step of undo.
            self.runner.apply_quietly(
                SetFields(_("Move to stage"), {"current_stage": stage}, path=""))
        self.stageChanged.emit(stage)

    def _refresh_page(self, index: int) -> None:
        """Only the visible page is refilled at once; the others when they are shown."""
        if index not in self._stale:
            return
        page = self.page(index)
        self._stale.discard(index)
        page.show_conference(self.runner.conference)
