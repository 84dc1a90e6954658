"""One stage page at a time, over an in-memory demo conference and a runner whose saves we count."""

from __future__ import annotations

import pytest
from stage_helpers import TODAY, Meeting, meeting_over

from cpmeeting.demo import blank_demo_conference, demo_conference


@pytest.fixture
def demo() -> Meeting:
    """The demo conference with every stage recorded."""
    return meeting_over(demo_conference(TODAY))


@pytest.fixture
def blank() -> Meeting:
    """The demo family and practitioners invited, nothing recorded yet."""
    return meeting_over(blank_demo_conference(TODAY))


@pytest.fixture
def open_page(qtbot):
    """Build a page the way the window does: show it, refill it after every change."""

    def build(page_type, meeting: Meeting):
        page = page_type(meeting.runner)
        qtbot.addWidget(page)
        meeting.runner.conferenceChanged.connect(
            lambda: page.show_conference(meeting.runner.conference))
        page.show_conference(meeting.runner.conference)
        page.resize(1200, 800)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return build
