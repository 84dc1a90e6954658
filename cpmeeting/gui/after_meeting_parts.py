"""Pieces the after-the-meeting dialogs share (circulation, corrections): their frame, a
read-only table of records, a picker of the conference's people that also takes a typed name,
a date editor, and form rows whose labels' access keys move to their editors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.gui.runner import OperationRunner


class RecordsDialog(QDialog):
    """The frame of an after-the-meeting dialog: the conference's title and a note at the top,
    then what the dialog adds (its table and forms), then a line for messages and Close.

    The dialog calls `finish(refresh)` once its own widgets are in; from then on `refresh` runs
    whenever the record changes.
    """

    def __init__(self, runner: OperationRunner, parent: QWidget | None, today: date | None, *,
                 name: str, title: str, note_name: str, message_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.runner = runner
        self.today = today or date.today()
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.body.addWidget(QLabel(runner.conference.title, wordWrap=True))
        self.note = QLabel(wordWrap=True, objectName=note_name)
        self.body.addWidget(self.note)
        self.message = QLabel(wordWrap=True, objectName=message_name)

    def finish(self, refresh: Callable[[], None]) -> None:
        """Put the message line and Close below the dialog's own widgets, and show the record
        with `refresh`, now and after every change."""
        self.body.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.body.addWidget(buttons)
        self.runner.conferenceChanged.connect(refresh)
        refresh()


def day_text(value: date | None) -> str:
    return value.strftime("%a %d %b %Y") if value else ""


def record_table(name: str, accessible: str, headers: list[str],
                 stretch: tuple[int, ...]) -> QTableWidget:
    """Rows selected whole, never edited in place; the stretch columns take the room left."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else \
            QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    # Wrapped words need their rows re-measured whenever the columns take their widths.
    header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
    return table


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for index, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(index, column, QTableWidgetItem(text))
    table.resizeRowsToContents()


def day_editor(name: str, accessible: str, day: date) -> QDateEdit:
    """A day typed as dd/mm/yyyy or picked from a calendar, starting at day."""
    editor = QDateEdit(QDate(day), objectName=name, calendarPopup=True)
    editor.setDisplayFormat("dd/MM/yyyy")
    editor.setAccessibleName(accessible)
    return editor


def person_picker(name: str, accessible: str, people) -> QComboBox:
    """The conference's people by name; someone else can be typed in."""
    picker = QComboBox(objectName=name, editable=True)
    picker.setAccessibleName(accessible)
    for person in people:
        picker.addItem(person.name, person.id)
    picker.setCurrentIndex(-1)
    return picker


def picked_person(picker: QComboBox) -> tuple[str, str | None]:
    """(the name as shown, the invitee's id if it is one of the conference's people)."""
    name = picker.currentText().strip()
    index = picker.findText(name)
    return name, picker.itemData(index) if index >= 0 else None


def add_rows(form: QFormLayout, rows: list[tuple[str, QWidget]]) -> None:
    for text, editor in rows:
        label = QLabel(text)
        label.setBuddy(editor)
        form.addRow(label, editor)
