"""The field editors every page uses: what they commit, and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from stage_helpers import focus, press, type_text

from cpmeeting.domain.decision import Outcome
from cpmeeting.gui.stages.fields import Choice, DateField, TextBox, TextLine


def form(qtbot, *editors) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for editor in editors:
        layout.addWidget(editor)
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    return holder


def recorder(editor) -> list:
    values: list = []
    editor.committed.connect(values.append)
    return values


def test_tabbing_through_an_unset_date_records_nothing(qtbot):
    day, after = DateField("Due"), TextLine("Next")
    _holder = form(qtbot, day, after)
    values = recorder(day)
    focus(qtbot, day)
    assert day.date() == QDate.currentDate()  # arrows would start from today...
    focus(qtbot, after)  # (Tab inside a date moves between day, month and year first)
    assert values == [] and day.value() is None  # ...but passing through sets nothing


def test_arrowing_from_an_unset_date_starts_at_today(qtbot):
    day, after = DateField("Due"), TextLine("Next")
    _holder = form(qtbot, day, after)
    values = recorder(day)
    focus(qtbot, day)
    day.setCurrentSection(DateField.Section.DaySection)
    press(qtbot, day, Qt.Key.Key_Up)
    focus(qtbot, after)
    assert values == [QDate.currentDate().addDays(1).toPython()]


def test_a_choice_gives_back_the_enum_member_not_its_text(qtbot):
    choice = Choice("Outcome", [(o, o.title) for o in Outcome])
    _holder = form(qtbot, choice)
    values = recorder(choice)
    focus(qtbot, choice)
    press(qtbot, choice, Qt.Key.Key_Down)
    assert values == [Outcome.CHILD_PROTECTION_PLAN]
    assert type(values[0]) is Outcome


def test_text_commits_once_when_editing_finishes_with_a_change(qtbot):
    line, box = TextLine("Name"), TextBox("Notes")
    _holder = form(qtbot, line, box)
    line_values, box_values = recorder(line), recorder(box)
    line.show_value("Same")
    focus(qtbot, line)
    press(qtbot, line, Qt.Key.Key_Return)
    assert line_values == []
    type_text(qtbot, line, "r")
    press(qtbot, line, Qt.Key.Key_Return)
    assert line_values == ["Samer"]
    focus(qtbot, box)
    type_text(qtbot, box, "Zażółć gęślą jaźń")
    box.show_value("refilled while typing")  # a refresh never swallows what is typed
    assert box.toPlainText() == "Zażółć gęślą jaźń"
    focus(qtbot, line)
    assert box_values == ["Zażółć gęślą jaźń"]


def test_a_date_set_by_the_picker_commits(qtbot):
    day = DateField("Due")
    _holder = form(qtbot, day)
    values = recorder(day)
    day.set_value(date(2026, 12, 24))
    assert values == [date(2026, 12, 24)]
