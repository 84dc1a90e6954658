"""Helpers for the stage page tests: a movable clock, a meeting, keyboard typing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from cpmeeting.demo import demo_profile
from cpmeeting.gui.runner import OperationRunner

TODAY = date(2026, 11, 23)


@dataclass
class Clock:
    """The meeting's clock, moved by the test."""

    now: datetime

    def at(self, hour: int, minute: int) -> None:
        self.now = datetime.combine(self.now.date(), time(hour, minute))


@dataclass
class Meeting:
    runner: OperationRunner
    clock: Clock
    saves: list

    @property
    def conference(self):
        return self.runner.conference

    def person(self, name: str):
        return next(p for p in self.conference.invitees if p.name == name)


def meeting_over(conference) -> Meeting:
    clock = Clock(datetime.combine(conference.date, time(10, 0)))
    saves: list = []
    runner = OperationRunner(conference, demo_profile(), lambda c, _changes: saves.append(c),
                             clock=lambda: clock.now)
    return Meeting(runner, clock, saves)


def focus(qtbot, widget: QWidget) -> None:
    """Put the keyboard focus on a widget, as Tab or a mnemonic would."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type text; non-ASCII characters one at a time (keyClicks aborts on them)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)
