"""The computed dates (circulation, core group, review...) with their basis and overrides."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.meeting_ops import set_date_override
from cpmeeting.domain.rules import DueDate, WorkingCalendar, due_dates
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.gui.stages.fields import DateField, TextLine
from cpmeeting.gui.stages.forms import add_row, form_layout
from cpmeeting.i18n import _, ngettext

DUE_COLUMN = 1


def two_line(title: str) -> str:
    """The title broken at the space nearest its middle (any language; a mnemonic is kept)."""
    spaces = [i for i, char in enumerate(title) if char == " "]
    if not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(i - len(title) // 2))
    return title[:cut] + "\n" + title[cut + 1:]


def working_day_warning(calendar, day: date | None) -> str:
    """Plain words when a chosen date is not a working day (never colour alone)."""
    if day is None:
        return ""
    holiday = calendar.holiday_name(day)
    if holiday:
        return "⚠ " + _("{day} is a bank holiday ({name}).").format(day=format_day(day), name=holiday)
    if day.weekday() >= 5:
        return "⚠ " + _("{day} is a weekend day.").format(day=format_day(day))
    return ""


def applies_text(due: DueDate) -> str:
    """The date that applies in words: the meeting's own date once set, held against the
    latest date (flagged when after it), with the chair's override and reason if any."""
    overridden = due.override is not None
    if due.arranged is None:
        day = format_day(due.effective)
        if not overridden:
            return day
        return _("{day} (overridden: {reason})").format(day=day, reason=due.override.reason)
    day, deadline = format_day(due.arranged), format_day(due.effective)
    if due.late:
        text = "⚠ " + _("{day}, set in the plan: after the latest date, {deadline}").format(
            day=day, deadline=deadline)
    else:
        text = _("{day}, set in the plan; the latest date is {deadline}").format(
            day=day, deadline=deadline)
    if overridden:
        text += " " + _("(latest date overridden: {reason})").format(reason=due.override.reason)
    return text


class WrappingRow(QLayout):
    """Widgets in a row from the left, going on to the next line when the row is full: two
    long buttons side by side would ask the page for 700 px at 200% text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """All on one line."""
        spacing = self.spacing()
        hints = [item.sizeHint() for item in self._items]
        return QSize(sum(h.width() for h in hints) + spacing * max(len(hints) - 1, 0),
                     max((h.height() for h in hints), default=0))

    def minimumSize(self) -> QSize:
        """One item a line: as wide as the widest item."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def spacing(self) -> int:
        own = super().spacing()
        if own >= 0 or self.parentWidget() is None:
            return max(own, 0)
        return self.parentWidget().style().pixelMetric(
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items (or only measure); returns the height they take."""
        spacing = self.spacing()
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint.boundedTo(rect.size().expandedTo(
                    QSize(0, hint.height())))))
            x += hint.width() + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class PlanDates(QWidget):
    """A table of the dates the rules compute; the chair may override one with a reason."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.keys: list[str] = []
        self.table = QTableWidget(0, 4, objectName="plan_dates")
        self.table.setAccessibleName(_("Computed dates"))
        self.headers = [_("What"), _("Due"), _("Date that applies"), _("Basis")]
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()  # row numbers say nothing here; the room does
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The viewport, not the table: it narrows when the vertical scroll bar appears.
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        # Fitted once the layout has settled: a fit can bring in the scroll bar, which
        # narrows the viewport, which asks for another fit.
        self._fit_soon = QTimer(self, singleShot=True, interval=0)
        self._fit_soon.timeout.connect(self.fit_columns)
        table_label = QLabel(_("Computed dates:"))
        table_label.setBuddy(self.table)

        self.new_date = DateField(_("Overriding date"))
        self.reason = TextLine(_("Reason for the override"))
        form = form_layout()
        add_row(form, _("&Override with:"), self.new_date)
        add_row(form, _("&Reason:"), self.reason)
        self.warning = QLabel(objectName="override_warning")
        self.warning.setWordWrap(True)
        form.addRow(self.warning)
        self.new_date.dateChanged.connect(lambda _d: self._warn())
        override = QPushButton(_("Override the selected date"))
        override.clicked.connect(self.override)
        clear = QPushButton(_("Use the computed date again"))
        clear.clicked.connect(self.clear_override)
        buttons = WrappingRow()
        buttons.addWidget(override)
        buttons.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if (watched is self.table.viewport() and event.type() == QEvent.Type.Resize
                or watched is self.table and event.type() == QEvent.Type.FontChange):
            self._fit_soon.start()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Every column as wide as its text when that fits; else each gets its longest word
        and the rest is shared out, the columns that need least first (the dates), the words
        wrapping; when even that is too wide (200% text), the due date steps aside for the
        date that applies (it is in that cell's tooltip), so nothing is cut or off to the side."""
        table = self.table
        room = table.viewport().width()
        if room <= 0 or table.columnCount() == 0:
            return
        header = table.horizontalHeader()
        self._label_columns(two_lines=False)
        columns = list(range(table.columnCount()))
        natural = {c: max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns}
        widths = dict(natural)
        if sum(natural.values()) > room:
            self._label_columns(two_lines=True)
            least = {c: min(natural[c], max(self._longest_word(c), header.sectionSizeHint(c)))
                     for c in columns}
            if sum(least.values()) > room:
                columns.remove(DUE_COLUMN)
            widths = {c: least[c] for c in columns}
            waiting = sorted(columns, key=lambda c: natural[c] - widths[c])
            left = room - sum(widths.values())
            for index, column in enumerate(waiting):
                more = min(natural[column] - widths[column], max(left, 0) // (len(waiting) - index))
                widths[column] += more
                left -= more
        table.setColumnHidden(DUE_COLUMN, DUE_COLUMN not in columns)
        # The last column takes what is left now (not only when the header stretches it
        # later), so the rows are measured at the widths they will have.
        last = columns[-1]
        widths[last] = max(widths[last], room - sum(widths.values()) + widths[last])
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row tall enough for its wrapped text. Measured a little narrower than the
        cell: Qt's own measure (resizeRowsToContents) can wrap a line less than it paints,
        which ends the cell in "…"."""
        table = self.table
        metrics = table.fontMetrics()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                           table) + 1
        slack = metrics.averageCharWidth()
        for row in range(table.rowCount()):
            height = table.verticalHeader().minimumSectionSize()
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is None or table.isColumnHidden(column):
                    continue
                width = max(table.columnWidth(column) - 2 * (margin + slack), 1)
                text = metrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap,
                                            item.text())
                height = max(height, text.height() + 2 * margin + 2)
            table.setRowHeight(row, height)

    def _longest_word(self, column: int) -> int:
        """Pixels for the longest word in the column: narrower, a word would be cut."""
        metrics = self.table.fontMetrics()
        words = [word for row in range(self.table.rowCount())
                 for word in (self.table.item(row, column).text() if self.table.item(row, column)
                              else "").split()]
        padding = 2 * metrics.averageCharWidth()
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + padding

    def _label_columns(self, two_lines: bool) -> None:
        for column, title in enumerate(self.headers):
            text = two_line(title) if two_lines else title
            item = self.table.horizontalHeaderItem(column)
            if item.text() != text:
                item.setText(text)

    def calendar(self) -> WorkingCalendar:
        """The working days of the authority's nation."""
        return WorkingCalendar(self.runner.profile.nation)

    def _warn(self) -> None:
        self.warning.setText(working_day_warning(self.calendar(), self.new_date.value()))

    def selected_key(self) -> str | None:
        row = self.table.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def show_conference(self, conference: Conference) -> None:
        chosen = self.selected_key()
        dates = due_dates(conference, self.runner.profile)
        self.keys = [d.key for d in dates]
        self.table.setRowCount(len(dates))
        for row, due in enumerate(dates):
            applies = applies_text(due)
            cells = (due.render_applies_title(_), format_day(due.due), applies, due.render_basis(_, plural=ngettext))
            due_text = _("Due: {day}").format(day=format_day(due.due))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, due.key)
                if column == DUE_COLUMN + 1:
                    item.setToolTip(due_text)  # for when the due date's column is hidden
                self.table.setItem(row, column, item)
        if chosen in self.keys:
            self.table.setCurrentCell(self.keys.index(chosen), 0)
        self.fit_columns()

    def due_dates(self):
        return {d.key: d for d in due_dates(self.runner.conference, self.runner.profile)}

    def override(self) -> None:
        key, day, reason = self.selected_key(), self.new_date.value(), self.reason.text().strip()
        if key is None or day is None or not reason:
            self.warning.setText(_("Choose a date, a new date and give the reason."))
            return
        self.runner.apply(set_date_override(self.runner.conference, key, day, reason,
                                            label=_("Override a date")))

    def clear_override(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.runner.apply(set_date_override(self.runner.conference, key, None, "",
                                                label=_("Use the computed date")))
