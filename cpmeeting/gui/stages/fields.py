"""Editors for one field of a record, each committing a finished edit as a signal.

Stage pages refill every editor after each change; an editor that the user is typing in is
left alone, so a refresh never swallows a half-typed word.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.i18n import _

NO_DATE = QDate(1900, 1, 1)


class TextLine(QLineEdit):
    """A one-line text field; `committed` fires when editing finishes with a new value."""

    committed = Signal(object)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._shown = ""
        self.editingFinished.connect(self._finish)

    def show_value(self, value: str | None) -> None:
        value = value or ""
        self._shown = value
        if not self.hasFocus() or not self.isModified():
            self.setText(value)
            self.setModified(False)
            if not self.hasFocus():
                self.setCursorPosition(0)  # a long value shows its start, not its end

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing into a field reached by keyboard carries on from the end, as before.
        if event.reason() != Qt.FocusReason.MouseFocusReason and not self.hasSelectedText():
            self.end(False)

    def _finish(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self.setModified(False)
            self.committed.emit(self.text())


class TextBox(QPlainTextEdit):
    """A multi-line text field; commits when focus leaves. Tab moves on, as in a form."""

    committed = Signal(object)

    def __init__(self, accessible_name: str, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * (lines + 1))
        self._shown = ""

    def show_value(self, value: str | None) -> None:
        value = value or ""
        self._shown = value
        if not self.hasFocus() and self.toPlainText() != value:
            self.setPlainText(value)

    def commit(self) -> None:
        """Commit now (a page calls this before an action that reads the record)."""
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.committed.emit(self._shown)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


class DateField(QDateEdit):
    """A date that may be unset (shown as 'Not set'); commits date | None."""

    committed = Signal(object)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(_("Not set"))
        self.setDisplayFormat("d MMM yyyy")
        self.setDate(NO_DATE)
        self._shown: date | None = None
        self._suggested = False
        self.editingFinished.connect(self._finish)
        self.dateChanged.connect(self._edited)
        self.calendarWidget().clicked.connect(lambda _day: self._finish())

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == NO_DATE else chosen.toPython()

    def show_value(self, value: date | None) -> None:
        self._shown = value
        if not self.hasFocus():
            self.setDate(NO_DATE if value is None else QDate(value))

    def set_value(self, value: date | None) -> None:
        """Set and commit, as if the user had chosen the date."""
        self._suggested = False
        self.setDate(NO_DATE if value is None else QDate(value))
        self._finish()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # From "Not set", arrows and typing start at today rather than at the year 1900;
        # today stays a suggestion until the user changes it.
        if self.value() is None:
            self.blockSignals(True)
            self.setDate(QDate.currentDate())
            self.blockSignals(False)
            self._suggested = True
        super().focusInEvent(event)

    def _edited(self, _day: QDate) -> None:
        self._suggested = False

    def _finish(self) -> None:
        if self._suggested:
            self._suggested = False
            self.blockSignals(True)
            self.setDate(NO_DATE)
            self.blockSignals(False)
        if self.value() != self._shown:
            self._shown = self.value()
            self.committed.emit(self._shown)


class Tick(QCheckBox):
    """A yes/no field; commits only on the user's click, never on a refill."""

    committed = Signal(object)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text.replace("&", ""))
        self.clicked.connect(lambda checked: self.committed.emit(bool(checked)))

    def show_value(self, value: bool | None) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)


class Choice(QComboBox):
    """A choice among values (enum members, ids) with an optional 'not chosen' entry."""

    committed = Signal(object)

    def __init__(
        self,
        accessible_name: str,
        options: list[tuple[Any, str]] | None = None,
        allow_none: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._allow_none = allow_none
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._shown: Any = None
        self.set_options(options or [])
        self.activated.connect(self._finish)
        self.currentTextChanged.connect(self.setToolTip)

    def set_options(self, options: list[tuple[Any, str]]) -> None:
        # Values stay in Python: Qt's item data would turn a StrEnum into a plain str.
        self._values = ([None] if self._allow_none else []) + [value for value, _t in options]
        self.blockSignals(True)
        self.clear()
        if self._allow_none:
            self.addItem(_("Not chosen"))
        for _value, text in options:
            self.addItem(text)
        self.blockSignals(False)
        self.show_value(self._shown)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def index_of(self, value: Any) -> int:
        return next((i for i, v in enumerate(self._values) if v == value and v is not None), -1)

    def show_value(self, value: Any) -> None:
        self._shown = value
        self.blockSignals(True)
        index = self.index_of(value) if value is not None else -1
        self.setCurrentIndex(max(index, 0) if self.count() else -1)
        self.blockSignals(False)

    def _finish(self, _index: int = 0) -> None:
        if self.value() != self._shown:
            self._shown = self.value()
            self.committed.emit(self._shown)


def refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace a picker's (text, data) items, keeping the one chosen (else the first), quietly:
    a page refills its pickers after every change."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


class ClickLabel(QLabel):
    """A wrapping label for a check box; clicking the words ticks the box, as with its text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._box.isEnabled():
            self._box.click()
        super().mousePressEvent(event)


def beside(box: QCheckBox, text: str) -> QHBoxLayout:
    """The box with its words in a wrapping label beside it: a check box cannot wrap its
    text, and a long one would push a page sideways at 200% text."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(ClickLabel(text, box), 1)
    return row


def wrapping(tick: Tick) -> QWidget:
    """The tick as a row whose words wrap (see beside)."""
    text = tick.text()
    tick.setText("")
    row = QWidget()
    row.setLayout(beside(tick, text))
    return row


class TickSet(QWidget):
    """A set of enum members as checkboxes (grounds, routes, categories)."""

    committed = Signal(object)

    def __init__(
        self, accessible_name: str, options: list[tuple[Enum, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Enum, QCheckBox] = {}
        for member, text in options:
            box = QCheckBox()
            box.setAccessibleName(text.replace("&", ""))
            box.clicked.connect(lambda _checked: self.committed.emit(self.value()))
            layout.addLayout(beside(box, text))  # long grounds wrap at 200% text
            self.boxes[member] = box

    def value(self) -> set:
        return {member for member, box in self.boxes.items() if box.isChecked()}

    def show_value(self, value: set | None) -> None:
        for member, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(member in (value or set()))
            box.blockSignals(False)


def wrap(label: QWidget) -> QWidget:
    """Let a label wrap so long text survives 200% text size."""
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def with_mnemonic(text: str, letter: str) -> str:
    """Put the mnemonic before the first `letter` in translated text (none if it is absent)."""
    index = text.lower().find(letter.lower())
    return text if index < 0 else text[:index] + "&" + text[index:]


def pick_mnemonic(text: str, used: set[str]) -> str:
    """Give translated text a mnemonic on its first letter not yet used on the page."""
    for index, char in enumerate(text):
        if char.isalpha() and char.lower() not in used:
            used.add(char.lower())
            return text[:index] + "&" + text[index:]
    return text


class IdTicks(QWidget):
    """A checkable list of records (children, core group members); commits a list of ids."""

    committed = Signal(object)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}

    def set_options(self, options: list[tuple[str, str]]) -> None:
        if [(k, b.text()) for k, b in self.boxes.items()] == options:
            return
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for record_id, text in options:
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.clicked.connect(lambda _checked: self.committed.emit(self.value()))
            self._layout.addWidget(box)
            self.boxes[record_id] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return [record_id for record_id, box in self.boxes.items() if box.isChecked()]

    def show_value(self, value: list[str] | None) -> None:
        for record_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(record_id in (value or []))
            box.blockSignals(False)
