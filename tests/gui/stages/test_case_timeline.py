"""A review opens with the case timeline at the top of its first page: the case so far and
what is due next, in words with a shape, reachable from the keyboard and named for screen
readers, and still readable at 200% text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from cpmeeting.domain.decision import Category, Decision, Outcome
from cpmeeting.domain.progress import CoreGroupMeeting
from cpmeeting.domain.review import start_review
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.actions import ActionId
from cpmeeting.gui.appearance import Theme, apply_appearance


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def review(qtbot, window, archive, clock):
    """The sample conference signed with a plan, and its first review open in the window."""
    initial = window.runner.conference
    for child in initial.children:
        initial.decisions.append(Decision(child_id=child.id, significant_harm=True,
                                          outcome=Outcome.CHILD_PROTECTION_PLAN,
                                          categories={Category.NEGLECT}))
    sign(initial, window.runner.profile, "Clare Chairwell", "Chair", window.runner.now(),
         waiver_reason="Test")
    archive.save(initial)
    conference = start_review(initial, date(2027, 2, 10))
    conference.core_group_meetings = [CoreGroupMeeting(initial.date + timedelta(days=8))]
    archive.save(conference)
    clock.current = clock.current.replace(year=2027, month=2, day=10)
    window.open_conference(conference.id)
    window.live.go_to_stage(Stage.INTRODUCTION)
    return window


def _rows(window) -> list[str]:
    events = window.live.pages.currentWidget().timeline.events
    return [events.item(i).data(Qt.ItemDataRole.AccessibleTextRole)
            for i in range(events.count())]


def test_the_review_opens_with_the_case_so_far_and_what_is_due_next(review):
    page = review.live.pages.currentWidget()
    assert page.timeline.isVisible()
    rows = _rows(review)
    assert rows[0].startswith("9 Nov 2026: Strategy discussion. ✓ Done")
    assert rows[1].startswith("23 Nov 2026: Initial child protection conference. ✓ Done")
    assert any(r.startswith("1 Dec 2026: Core group meeting. ✓ Done") for r in rows)
    assert any("Core group meeting due; none held by then. ✗ Overdue" in r for r in rows)
    assert any(r.startswith("10 Feb 2027: Review child protection conference. ● This conference")
               for r in rows)
    assert rows[-1].startswith("10 Aug 2027: Next review conference. ○ Upcoming. Due by "
                               "10 Aug 2027: 6 months after the review conference on 10 Feb 2027")
    # The current conference is the one chosen; what is due next stays in sight below.
    current = page.timeline.events.currentItem().data(Qt.ItemDataRole.AccessibleTextRole)
    assert "This conference" in current
    assert page.timeline.due_next.text() == (
        "Due next: ○ Upcoming: Next core group meeting, 10 Mar 2027; "
        "○ Upcoming: Next review conference, 10 Aug 2027")


def test_the_timeline_is_named_and_reached_with_the_keyboard(qtbot, review):
    page = review.live.pages.currentWidget()
    events = page.timeline.events
    assert _name(events) == "Case timeline" and _name(page.timeline.due_next) == "Due next"
    review.live.pages.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if events in seen:
            break
    assert events in seen
    qtbot.keyClick(events, Qt.Key.Key_Home)
    assert "Strategy discussion" in events.currentItem().text()


def test_an_initial_conference_has_no_timeline(window):
    window.live.go_to_stage(Stage.INTRODUCTION)
    assert not window.live.pages.currentWidget().timeline.isVisible()


def test_at_200_percent_text_each_event_keeps_its_words(qtbot, qapp, review):
    try:
        review.actions[ActionId.TEXT_200].trigger()
        events = review.live.pages.currentWidget().timeline.events
        qtbot.waitUntil(lambda: events.font().pointSizeF() >= 2 * 8)
        lines = [events.item(i).text() for i in range(events.count())]
        assert all(("\n" in line) and any(mark in line for mark in "✓◐●○✗") for line in lines)
        # Each item is as tall as its words need, not clipped to one line.
        heights = [events.visualItemRect(events.item(i)).height() for i in range(events.count())]
        assert min(heights) >= 2 * events.fontMetrics().lineSpacing()
        # Laid out again for the larger text, the list still shows this conference.
        qtbot.waitUntil(lambda: events.viewport().rect().contains(
            events.visualItemRect(events.currentItem()).center()))
    finally:
        apply_appearance(qapp, Theme.LIGHT, 100)
