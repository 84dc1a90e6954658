"""The start screen: the conferences in the archive, upcoming first, searchable as you type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.kinds import ConferenceKind, ConferenceStatus
from cpmeeting.domain.summary import (
    ConferenceSummary,
    case_places,
    case_reference,
    grouped_by_case,
)
from cpmeeting.gui.labels import status_title
from cpmeeting.gui.table_model import ColumnTableModel, TextColumn
from cpmeeting.i18n import N_, _

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CHILDREN = 0
    KIND = 1
    DATE = 2
    STATUS = 3
    DUE = 4
    OWED = 5
    CASE = 6


def format_day(day: date | None) -> str:
    return day.strftime("%a %d %b %Y") if day else ""


def case_text(case_id: str, place: int, count: int) -> str:
    """The case and the conference's place in it: "Case 3FA2C1, 2 of 3"."""
    return _("Case {reference}, {place} of {count}").format(
        reference=case_reference(case_id), place=place, count=count)


def late_mark() -> str:
    """After a due date that has passed: lateness in words, never by colour alone."""
    return "  —  " + _("LATE")


class ConferenceListModel(ColumnTableModel):
    """The summaries the archive lists, with the due date each keeps (no conference loaded)."""

    text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)

    def __init__(self, list_conferences: Callable[[], list[ConferenceSummary]],
                 parent: QObject | None = None) -> None:
        columns = {
            Column.CHILDREN: TextColumn(N_("Children"),
                                        lambda summary: summary.children
                                        or _("No children recorded")),
            Column.KIND: TextColumn(N_("Kind"), lambda summary: _(summary.kind.title)),
            Column.DATE: TextColumn(N_("Date"), lambda summary: format_day(summary.date)),
            Column.STATUS: TextColumn(N_("Status"), lambda summary: status_title(summary.status)),
            Column.DUE: TextColumn(N_("Due by"), self._due_text),
            Column.OWED: TextColumn(N_("Still to send"),
                                    lambda summary: owed_text(summary, self._today)),
            Column.CASE: TextColumn(N_("Case"), self._case_text),
        }
        super().__init__([columns[column] for column in Column], parent)
        self._list_conferences = list_conferences
        # Worked out once per reload, like the texts: the search filter asks at every keystroke.
        self._late: list[bool] = []
        self._owed_late: list[bool] = []
        self._haystacks: list[str] = []
        self._places: dict[str, tuple[int, int]] = {}
        self._today = date.today()

    def reload(self, today: date | None = None) -> None:
        self.beginResetModel()
        self._today = today or date.today()
        summaries = self._list_conferences()
        # The conferences of a case together, each with its place in the case.
        self._places = case_places(summaries)
        self.fill(grouped_by_case(summaries, self._today))
        self._late = [summary.is_late(self._today) for summary in self.rows]
        self._owed_late = [any(day < self._today for _what, day in summary.owed())
                           for summary in self.rows]
        self._haystacks = [self._search_text(summary) for summary in self.rows]
        self.endResetModel()

    def row_data(self, row: int, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DUE and self._late[row]:
            return late_colour()
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.OWED and \
                self._owed_late[row]:
            return late_colour()  # the palette now: the theme can change without a reload
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[row].id
        return None

    def search_text(self, row: int) -> str:
        """Everything a search may match in this row: names, dates in two forms, status, kind."""
        return self._haystacks[row]

    def _search_text(self, summary: ConferenceSummary) -> str:
        return " ".join((summary.children, summary.date.isoformat(), format_day(summary.date),
                         summary.date.strftime("%d/%m/%Y"), status_title(summary.status),
                         _(summary.kind.title), summary.venue, self._case_text(summary),
                         summary.case)).casefold()

    def _case_text(self, summary: ConferenceSummary) -> str:
        place, count = self._places.get(summary.id, (1, 1))
        return case_text(summary.case, place, count)

    def _due_text(self, summary: ConferenceSummary) -> str:
        if not summary.shows_due_date():
            return ""
        late = summary.is_late(self._today)
        return format_day(summary.due_by) + (late_mark() if late else "")


def owed_text(summary: ConferenceSummary, today: date) -> str:
    """What is still to send, in words: "Plan LATE; Minutes due in 3 days"."""
    from cpmeeting.domain.rules.circulation_due import owed_words
    from cpmeeting.i18n import ngettext

    return "; ".join(owed_words(what, day, today, _, ngettext) for what, day in summary.owed())


def late_colour() -> QColor:
    """Red that stays readable on the current palette; the word LATE says it without colour."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(255, 130, 130) if dark else QColor(176, 0, 0)


class _Filter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        haystack = self.sourceModel().search_text(row)
        return all(word in haystack for word in self._words)


class StartScreen(QWidget):
    """Lists conferences; Enter or a double-click opens one; Ctrl+N makes a new one."""

    openRequested = Signal(str)
    newRequested = Signal()

    def __init__(self, list_conferences: Callable[[], list[ConferenceSummary]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_screen")
        self.model = ConferenceListModel(list_conferences, self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(objectName="conference_search")
        self.search.setPlaceholderText(_("Search by child's name, date, status or case"))
        self.search.setAccessibleName(_("Search conferences"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.open_selected)
        search_label = QLabel(_("&Search:"))
        search_label.setBuddy(self.search)
        self.table = QTableView(objectName="conference_table")
        self.table.setAccessibleName(_("Conferences"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Widths from the font, not ResizeToContents, which measures every row at start-up
        # (about a millisecond per conference); every value of these columns has a known form.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(Column.CHILDREN, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.installEventFilter(self)
        self.open_button = QPushButton(_("&Open"), objectName="open_conference")
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton(_("&New conference…"), objectName="new_conference")
        self.new_button.clicked.connect(self.newRequested)
        self.empty_note = QLabel(objectName="empty_note")
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_note, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)

    def _size_columns(self) -> None:
        """Each column as wide as the widest text it can hold, in the font now."""
        cells = self.table.fontMetrics()
        headers = self.table.horizontalHeader().fontMetrics()
        pad = 2 * cells.horizontalAdvance("M")
        days = [format_day(date(2026, month, day))  # every weekday and month name
                for month in range(1, 13) for day in range(1, 8)]
        widest = {
            Column.KIND: [_(kind.title) for kind in ConferenceKind],
            Column.DATE: days,
            Column.STATUS: [status_title(status) for status in ConferenceStatus],
            Column.DUE: [day + late_mark() for day in days],
            Column.OWED: [_("Plan due in {count} days").format(count=10) + "; "
                          + _("Minutes due in {count} days").format(count=28)],
            Column.CASE: [case_text("WWWWWW", 10, 10)],
        }
        for column, texts in widest.items():
            self.table.setColumnWidth(column, pad + max(
                headers.horizontalAdvance(_(self.model.columns[column].header)),
                *(cells.horizontalAdvance(text) for text in texts)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def reload(self) -> None:
        """Read the list again from the archive (after opening, creating or closing one)."""
        self.model.reload()  # the filter keeps the words typed, and runs again on the new rows
        self._show_matches()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_rows(self) -> list[str]:
        """The children column of each row shown, top to bottom."""
        return [self.proxy.index(row, Column.CHILDREN).data() for row in range(self.proxy.rowCount())]

    def open_selected(self) -> None:
        """Open the selected conference, or the first one shown if none is selected."""
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.proxy.index(0, 0)
        if index.isValid():
            self.openRequested.emit(self.proxy.data(index, Qt.ItemDataRole.UserRole))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_matches()

    def _show_matches(self) -> None:
        """Select the first row shown, and say why none are."""
        if self.proxy.rowCount():
            self.table.selectRow(0)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty_note.setText(
            _("No conference matches the search.") if total and not shown
            else "" if total else _("No conferences yet: make a new one."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)
