"""A clock and a shown main window for the window tests (their conference: factories.py)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from factories import SAMPLE_DAY

MEETING_START = datetime.combine(SAMPLE_DAY, time(10, 0))  # when sample_conference starts
LAPTOP = (1366, 728)  # a 1366x768 screen less a taskbar: the room a maximised window gets


class Clock:
    """The time the window sees; tests move it on instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, minutes: float) -> None:
        self.current += timedelta(minutes=minutes)


def person_id(window, name: str) -> str:
    return next(p.id for p in window.runner.conference.invitees if p.name == name)


def shown_window(qtbot, archive, clock, conference_id: str):
    """A main window on archive, shown and active, with this conference open."""
    from PySide6.QtCore import Qt

    from cpmeeting.gui.main_window import MainWindow

    main = MainWindow(archive, clock=clock)
    qtbot.addWidget(main)
    # The offscreen screen is 800 px square, where the window would open maximised; give it
    # the room it gets maximised on a 1366x768 laptop with a taskbar instead.
    main.setWindowState(Qt.WindowState.WindowNoState)
    main.resize(*LAPTOP)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    main.open_conference(conference_id)
    return main
