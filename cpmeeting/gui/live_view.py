"""The live view: the stage navigator beside the page of the current stage."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.operations import SetFields, Several
from cpmeeting.domain.rules import check_quoracy, quoracy_moment
from cpmeeting.domain.rules.stage_status import stage_completion
from cpmeeting.domain.stages import Stage, stage_number, stages_for
from cpmeeting.gui.labels import stage_title
from cpmeeting.gui.meeting_clock import MeetingClock
from cpmeeting.gui.stages import StagePage, page_type
from cpmeeting.i18n import _

TICK_MS = 10_000  # the clock shows minutes; ten seconds keeps it within a sixth of one
QUORACY_MS = 60_000
# Time per stage is kept beside the record this often (one upsert), on every move between
# stages and when the view goes away, so a reopen or a crash loses under a minute of it.
KEEP_TIMES_EVERY = timedelta(seconds=45)


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
    """The stages in meeting order, each with a tick or a circle. The words "done" and "to do"
    are shown too when they fit in a fifth of the window; when they do not (200% text, a
    narrow window) the symbols stand alone and long titles wrap onto a second line."""

    fitted = Signal()
    SHARE = 0.2  # of the window's width: the page beside it needs the room more than the words
    WRAP_SHARE = 0.16  # symbols alone: lines wrap past this share, never inside a word

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._marks: list[tuple[str, bool]] = []
        self._numbers: list[str] = []
        self.spelled_out = True
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap when the width changes

    def set_marks(self, marks: list[tuple[str, bool]], numbers: list[str] | None = None) -> None:
        """Each stage's title and whether it is complete, in meeting order, and the number
        each is shown with (1, 2, 3... unless given)."""
        numbers = numbers or [str(row + 1) for row in range(len(marks))]
        if marks != self._marks or numbers != self._numbers:
            self._marks, self._numbers = marks, numbers
            self.relayout()

    def relayout(self, force: bool = False) -> None:
        """Choose words or symbols alone for the room there is, then fit the width to them;
        force: give the navigator just that width even if the form of the lines is the same."""
        if not self._marks:
            return
        budget = self.SHARE * self.window().width()
        full = [self._line(self._numbers[row], title, done, True)
                for row, (title, done) in enumerate(self._marks)]
        was_spelled_out, self.spelled_out = self.spelled_out, self._width(full) <= budget
        lines = full if self.spelled_out else [
            self._line(self._numbers[row], title, done, False)
            for row, (title, done) in enumerate(self._marks)]
        for row, text in enumerate(lines):
            item = self.item(row)
            if item.text() != text:  # unchanged items are not repainted
                item.setText(text)
                # Screen readers and the tooltip always get the words, not just the symbol.
                item.setData(Qt.ItemDataRole.AccessibleTextRole, full[row])
                item.setToolTip(full[row])
        width = self._width(lines)
        if not self.spelled_out:
            pieces = [piece for line in lines for piece in line.split(" ")]
            width = min(width, max(int(self.WRAP_SHARE * self.window().width()),
                                   self._width(pieces)))
        if width != self.minimumWidth():
            self.setMinimumWidth(width)
            # The splitter is reset only when the form of the lines changes, so a width the
            # chair dragged survives resizing the window.
            if self.spelled_out != was_spelled_out or force:
                self.fitted.emit()

    @staticmethod
    def _line(number: str, title: str, done: bool, spelled_out: bool) -> str:
        symbol = "✓" if done else "○"
        if spelled_out:
            return f"{number}. {title}  —  {symbol} " + (_("done") if done else _("to do"))
        # No-break spaces keep the number and the symbol with the words beside them.
        return f"{number}.\u00a0{title}\u00a0{symbol}"

    def _width(self, lines: list[str]) -> int:
        """Pixels for the longest line with the item's padding and the frame."""
        metrics = self.fontMetrics()
        longest = max(metrics.horizontalAdvance(line) for line in lines)
        return longest + 2 * self.frameWidth() + 2 * metrics.averageCharWidth() + 12

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.relayout(force=True)


class ElidedLabel(QLabel):
    """A one-line label that yields its width: it ends in "…" when cut, with the whole line in
    its tooltip and its text (so screen readers and tests read all of it)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 6 * self.fontMetrics().averageCharWidth()), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter = QPainter(self)
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        self.style().drawItemText(painter, rect, int(alignment), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())


class LiveView(QWidget):
    """Navigator and pages; keeps conference.current_stage and the clocks current."""

    stageChanged = Signal(object)

    def __init__(self, runner, parent: QWidget | None = None, *, archive=None) -> None:
        super().__init__(parent)
        self.setObjectName("live_view")
        self.runner = runner
        # Where the time per stage is kept (Archive.stage_times); None keeps it in memory only.
        self._archive = archive
        kept = archive.stage_times(runner.conference.id) if archive is not None else None
        self.clock = MeetingClock(runner.conference, runner.now(), kept)
        self._times_kept_at: datetime | None = None
        self.navigator = StageNavigator(objectName="stage_navigator")
        self.navigator.setAccessibleName(_("Stages of the meeting"))
        self.pages = QStackedWidget(objectName="stage_pages")
        # A page is built (and its module imported) the first time its stage is shown; until
        # then an empty slot holds its place, so indexes in the stack are stage numbers.
        self._built: set[int] = set()
        # The stages of this kind of conference: a review has its progress stage too.
        self.order = stages_for(runner.conference.kind)
        self._stale: set[int] = set(range(len(self.order)))
        for _stage in self.order:
            self.pages.addWidget(QWidget())
            self.navigator.addItem(QListWidgetItem())
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.quoracy_label = ElidedLabel(objectName="quoracy_status")
        self.quoracy_label.setAccessibleName(_("Quoracy"))
        self.clock_label = QLabel(objectName="clock_status")
        self.clock_label.setAccessibleName(_("Elapsed time"))

        self.navigator.currentRowChanged.connect(self._row_chosen)
        runner.conferenceChanged.connect(self.show_conference)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self._clock_ticked)
        self._tick.start()
        self._quoracy_tick = QTimer(self, interval=QUORACY_MS)
        self._quoracy_tick.timeout.connect(self.show_quoracy)
        self._quoracy_tick.start()
        current = runner.conference.current_stage
        self._showing = self.order.index(current if current in self.order else Stage.ANALYSIS)
        self.page(self._showing)
        self.navigator.setCurrentRow(self._showing)
        self.pages.setCurrentIndex(self._showing)
        self.show_conference()
        self.navigator.fitted.connect(self._give_page_the_room)
        self._give_page_the_room()

    @property
    def stage(self) -> Stage:
        return self.order[self.pages.currentIndex()]

    def page(self, index: int) -> StagePage:
        """The page of the stage at this index, built now if it has not been shown yet."""
        if index not in self._built:
            page = page_type(self.order[index])(self.runner)
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

    _marks_due = False  # a minute entry's marks wait for a later turn of the event loop

    def show_conference(self) -> None:
        """After any change: marks, the visible page, quoracy and time. A minute entry changes
        no page, quoracy or time, only perhaps a mark (one made during an exclusion); the
        marks follow two turns later, so the Enter that added it is answered and painted
        first (an event posted while Qt sends posted events waits for the next turn)."""
        if touches_only_minutes(self.runner.last_operation, self.runner.conference):
            if not self._marks_due:
                self._marks_due = True
                QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self,
                                                                     self._show_due_marks))
            return
        self._stale = set(range(self.pages.count()))
        self._refresh_page(self.pages.currentIndex())
        self.show_marks()
        self.show_quoracy()
        self.show_time()

    def _show_due_marks(self) -> None:
        if self._marks_due:
            self._marks_due = False
            self.show_marks()

    def show_marks(self) -> None:
        completion = stage_completion(self.runner.conference, self.runner.profile)
        self.navigator.set_marks([(stage_title(stage), completion[stage]) for stage in self.order],
                                 [stage_number(stage) for stage in self.order])

    def show_quoracy(self) -> None:
        set_if_changed(self.quoracy_label, quoracy_summary(self.runner))

    def show_time(self) -> None:
        set_if_changed(self.clock_label,
                       self.clock.describe(self.runner.conference, self.runner.now()))

    def _clock_ticked(self) -> None:
        self.show_time()
        self.keep_times()

    def keep_times(self, at_once: bool = False) -> None:
        """Save the time spent per stage, at most every KEEP_TIMES_EVERY unless at_once."""
        if self._archive is None:
            return
        now = self.runner.now()
        if (not at_once and self._times_kept_at is not None
                and now - self._times_kept_at < KEEP_TIMES_EVERY):
            return
        from sqlalchemy.exc import SQLAlchemyError

        try:
            self._archive.save_stage_times(self.runner.conference.id, self.clock.times(now))
        except (OSError, SQLAlchemyError):
            return  # a full disk or read-only folder: the window says so (save_guard.py);
            # the times are all saved again at the next tick that can write
        self._times_kept_at = now

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # The window closing, or the conference put away: keep the clock where it stands.
        self.keep_times(at_once=True)

    def go_to_stage(self, stage: Stage) -> None:
        if stage in self.order:  # a review's own stage is not there at other conferences
            self.navigator.setCurrentRow(self.order.index(stage))

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) stage."""
        row = self.navigator.currentRow() + delta
        if 0 <= row < self.navigator.count():
            self.navigator.setCurrentRow(row)

    def _give_page_the_room(self) -> None:
        self.splitter.setSizes([self.navigator.minimumWidth(), 10_000])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.navigator.relayout()  # the window's width decides whether the words fit

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ParentChange:
            self.navigator.relayout()  # now in a window whose width counts

    def _row_chosen(self, row: int) -> None:
        if row < 0 or row == self._showing:
            return
        self._showing = row
        stage = self.order[row]
        self._refresh_page(row)
        self.pages.setCurrentIndex(row)
        self.clock.enter(stage, self.runner.now())
        self.keep_times(at_once=True)
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
