"""A real encrypted archive with an invented conference, a clock the test moves, the window."""

from __future__ import annotations

import pytest
from gui_sample import LAPTOP, MEETING_START, Clock, sample_conference
from PySide6.QtCore import Qt

from cpmeeting.domain.conference import Conference


@pytest.fixture
def clock() -> Clock:
    return Clock(MEETING_START)


@pytest.fixture
def conference(archive) -> Conference:
    stored = sample_conference()
    archive.save(stored)
    return stored


@pytest.fixture
def window(qtbot, archive, conference, clock):
    """The main window with the sample conference open in the live view, shown and active."""
    return shown_window(qtbot, archive, clock, conference.id)


def shown_window(qtbot, archive, clock, conference_id: str):
    """A main window on archive, shown and active, with this conference open."""
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
