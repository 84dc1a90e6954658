"""A real encrypted archive with an invented conference, a clock the test moves, the window."""

from __future__ import annotations

import pytest
from factories import sample_conference
from gui_sample import MEETING_START, Clock, shown_window

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

