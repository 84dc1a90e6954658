"""Each participant's recommendation for a child, recorded in a keystroke or two."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.decision import CATEGORY_TITLES, OUTCOME_TITLES, Category, Outcome
from cpmeeting.domain.meeting_ops import participant_view, participants, record_view
from cpmeeting.gui.labels import person_label
from cpmeeting.i18n import N_, _

OUTCOME_KEYS = {
    Qt.Key.Key_P: Outcome.CHILD_PROTECTION_PLAN,
    Qt.Key.Key_N: Outcome.CHILD_IN_NEED_PLAN,
    Qt.Key.Key_E: Outcome.EARLY_HELP_PLAN,
    Qt.Key.Key_F: Outcome.NO_FURTHER_ACTION,
}
CATEGORY_KEYS = {
    Qt.Key.Key_1: Category.NEGLECT,
    Qt.Key.Key_2: Category.PHYSICAL,
    Qt.Key.Key_3: Category.EMOTIONAL,
    Qt.Key.Key_4: Category.SEXUAL,
}
KEY_HELP = N_("P: child protection plan. N: child in need. E: early help. "
              "F: no further action. 1 to 4: neglect, physical, emotional, sexual.")


class ViewsTable(QTableWidget):
    """Participants for one child; letters set the recommendation, digits toggle categories."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.runner = runner
        self.setObjectName("participant_views")
        self.setAccessibleName(_("Participants' recommendations"))
        self.setAccessibleDescription(_(KEY_HELP))
        self.setHorizontalHeaderLabels([_("Participant"), _("Recommendation"), _("Categories")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Widths are shared out by fit_columns, not by Qt: with the other columns sized to
        # their contents, large text squeezed the participant's name to a sliver.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Whole rows are selected, which would make every heading bold; Qt shortens a heading
        # for the plain font and paints it bold, cutting it at both ends ("ecommendatio").
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Recommend…", in full on hover
        # A long "Name (capacity)" wraps onto more lines instead of being cut short.
        self.setWordWrap(True)
        self.verticalHeader().hide()  # row numbers say nothing here; the names need the room
        self.viewport().installEventFilter(self)
        # Fitted once the layout has settled: a fit can bring in the scroll bar, which
        # narrows the viewport, which asks for another fit.
        self._fit_soon = QTimer(self, singleShot=True, interval=0)
        self._fit_soon.timeout.connect(self.fit_columns)
        self.child_id: str | None = None
        self._names: list[str] = []
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)

    def selected_id(self) -> str | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_views(self, conference: Conference, child_id: str | None) -> None:
        self.child_id = child_id
        chosen, row_now = self.selected_id(), self.currentRow()
        people = participants(conference)
        self._names = [person.name for person in people]
        self.blockSignals(True)
        self.setRowCount(len(people))
        for row, person in enumerate(people):
            view = participant_view(conference, person.id, child_id) if child_id else None
            outcome = _(OUTCOME_TITLES[view.recommendation]) if view and view.recommendation else "—"
            categories = ", ".join(_(CATEGORY_TITLES[c]) for c in Category
                                   if view and c in view.categories)
            for column, text in enumerate((person_label(person), outcome, categories)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setToolTip(text)
                self.setItem(row, column, item)
            if person.id == chosen:
                row_now = row
        self.blockSignals(False)
        if people:
            self.setCurrentCell(min(max(row_now, 0), len(people) - 1), 0)
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_soon.start()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
            self._fit_soon.start()

    def fit_columns(self) -> None:
        """Every column as wide as its text when that fits, the participant taking what is
        left. When it does not (large text), the participant keeps room for the longest name
        on one line (or at least its longest word), the others wrap down to their longest
        word, and what is left goes first to the columns that need least to fit whole."""
        room = self.viewport().width()
        if room <= 0:
            return
        header = self.horizontalHeader()
        columns = range(self.columnCount())
        heading = {c: header.sectionSizeHint(c) for c in columns}
        natural = {c: max(self._widest(c, str.splitlines), heading[c]) for c in columns}
        widths = dict(natural)
        if sum(natural.values()) > room:
            word = {c: min(natural[c], self._widest(c, str.split)) for c in columns}
            widths = {c: min(natural[c], max(word[c], heading[c])) for c in columns}
            names = max((self._text_width(name) for name in self._names), default=0)
            widths[0] = min(natural[0], max(widths[0], names))
            # Too wide still: the headings give way first (their words are in the tooltip),
            # then the name shrinks to its longest word.
            for column in (2, 1, 0):
                over = sum(widths.values()) - room
                if over > 0:
                    widths[column] = max(word[column], widths[column] - over)
            left = room - sum(widths.values())
            waiting = sorted(columns, key=lambda c: natural[c] - widths[c])
            for index, column in enumerate(waiting):
                more = min(natural[column] - widths[column], max(left, 0) // (len(waiting) - index))
                widths[column] += more
                left -= more
        widths[0] += max(room - sum(widths.values()), 0)  # the name takes any room left over
        for column, width in widths.items():
            self.setColumnWidth(column, width)
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(item.text() if width < heading[column] else "")
        self._fit_rows()

    def _padding(self) -> int:
        """Room a cell's text does not get: the style's margins and a character's slack."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return 2 * (margin + 1 + self.fontMetrics().averageCharWidth())

    def _text_width(self, text: str | None) -> int:
        return self.fontMetrics().horizontalAdvance(text) + self._padding() if text else 0

    def _widest(self, column: int, pieces) -> int:
        """The widest of the column's cells cut into pieces (lines, or words) with padding."""
        texts = [self.item(row, column).text() for row in range(self.rowCount())
                 if self.item(row, column)]
        return max((self._text_width(piece) for text in texts for piece in pieces(text)),
                   default=0)

    def _fit_rows(self) -> None:
        """Each row tall enough for its wrapped text, measured as _padding allows: Qt's own
        measure can wrap a line less than it paints, which ends the cell in "…"."""
        metrics = self.fontMetrics()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        for row in range(self.rowCount()):
            height = self.verticalHeader().minimumSectionSize()
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is None:
                    continue
                width = max(self.columnWidth(column) - self._padding(), 1)
                text = metrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap,
                                            item.text())
                height = max(height, text.height() + 2 * margin + 2)
            self.setRowHeight(row, height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        person_id = self.selected_id()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and person_id and self.child_id and (key in OUTCOME_KEYS or key in CATEGORY_KEYS):
            conference = self.runner.conference
            if key in OUTCOME_KEYS:
                operation = record_view(conference, person_id, self.child_id,
                                        recommendation=OUTCOME_KEYS[key],
                                        label=_("Record recommendation"))
            else:
                operation = record_view(conference, person_id, self.child_id,
                                        toggle=CATEGORY_KEYS[key], label=_("Record category"))
            self.runner.apply(operation)
            return
        super().keyPressEvent(event)
