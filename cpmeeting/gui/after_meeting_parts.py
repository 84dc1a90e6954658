"""Pieces the after-the-meeting dialogs share (circulation, corrections): a read-only table
of records, a picker of the conference's people that also takes a typed name, and form rows
whose labels' access keys move to their editors."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


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
