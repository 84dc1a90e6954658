"""At 200% text on a 1366x768 laptop: the stage page gets the room, nothing overlaps, and the
navigator's marks stay readable to eyes and to screen readers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QScrollArea

from cpmeeting.domain.stages import STAGE_ORDER, Stage
from cpmeeting.gui.actions import ActionId
from cpmeeting.gui.appearance import Theme, apply_appearance
from cpmeeting.gui.main_window import minutes_share


def choose_text_size(qtbot, window, scale: int) -> None:
    """What a user does: View > text size."""
    window.actions[ActionId(f"text_{scale}")].trigger()
    qtbot.waitUntil(lambda: window.live.navigator.spelled_out == (scale == 100))


@pytest.fixture
def laptop(qtbot, qapp, window):
    """The sample conference in a 1366x768 window, put back to 100% text afterwards."""
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    yield window
    apply_appearance(qapp, Theme.LIGHT, 100)  # the window may be gone by now


def navigator_rows(window) -> list[tuple[str, str, str]]:
    navigator = window.live.navigator
    return [(navigator.item(row).text(),
             navigator.item(row).data(Qt.ItemDataRole.AccessibleTextRole),
             navigator.item(row).toolTip()) for row in range(navigator.count())]


def test_at_200_percent_the_marks_are_symbols_with_the_words_kept_for_screen_readers(
        qtbot, laptop):
    words_at_100 = [text for text, _, _ in navigator_rows(laptop)]
    assert all(("✓ done" in text) or ("○ to do" in text) for text in words_at_100)
    choose_text_size(qtbot, laptop, 200)
    for (text, spoken, tip), full in zip(navigator_rows(laptop), words_at_100, strict=True):
        assert "done" not in text and "to do" not in text
        assert text.endswith("✓") or text.endswith("○")  # a shape, never colour alone
        assert spoken == full and tip == full  # the words, for the ear and on hover
    choose_text_size(qtbot, laptop, 100)
    assert [text for text, _, _ in navigator_rows(laptop)] == words_at_100


def test_at_200_percent_the_navigator_leaves_the_page_the_room(qtbot, laptop):
    live = laptop.live
    choose_text_size(qtbot, laptop, 200)
    qtbot.waitUntil(lambda: live.navigator.width() <= 0.2 * laptop.width())
    assert live.pages.width() > 2 * live.navigator.width()
    # Long titles wrap rather than being cut: every row is tall enough for its wrapped text.
    navigator = live.navigator
    metrics = navigator.fontMetrics()
    for row in range(navigator.count()):
        rect = navigator.visualItemRect(navigator.item(row))
        needed = metrics.boundingRect(0, 0, rect.width() - 2 * metrics.averageCharWidth(), 10_000,
                                      Qt.TextFlag.TextWordWrap, navigator.item(row).text())
        assert rect.height() >= needed.height(), navigator.item(row).text()


@pytest.mark.parametrize("stage", [Stage.ATTENDANCE, Stage.DECISION])
def test_at_200_percent_a_page_needs_no_sideways_scrolling(qtbot, laptop, stage):
    choose_text_size(qtbot, laptop, 200)
    laptop.go_to_stage(stage)
    page = laptop.live.pages.currentWidget()
    qtbot.waitUntil(lambda: page.isVisible())
    areas = page.findChildren(QScrollArea)
    assert areas
    qtbot.waitUntil(lambda: not any(a.horizontalScrollBar().isVisible() for a in areas))


def test_at_200_percent_every_part_of_the_plan_fits_across_without_cutting_words(qtbot, laptop):
    choose_text_size(qtbot, laptop, 200)
    laptop.go_to_stage(Stage.PLAN)
    page = laptop.live.pages.currentWidget()
    qtbot.waitUntil(page.isVisible)
    assert laptop.width() == 1366  # the page asks for no more room than the laptop has
    tabs = page.tabs
    qtbot.waitUntil(lambda: tabs.tabBar().sizeHint().width() <= tabs.width())  # no tab arrows
    for index in range(tabs.count()):
        assert tabs.tabToolTip(index)  # a shortened title is there in full on hover
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(tabs.currentWidget().isVisible)
        areas = [area for area in tabs.currentWidget().findChildren(QAbstractScrollArea)
                 if area.isVisible() and not isinstance(area, QHeaderView)]
        assert areas
        qtbot.waitUntil(lambda shown=areas: not any(a.horizontalScrollBar().isVisible()
                                                  for a in shown))
    # The computed dates: every column in view, and every cell tall enough for its words.
    table = page.dates.table
    qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in range(table.columnCount()))
                    <= table.viewport().width())
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if table.isColumnHidden(column):  # the due date, when the date that applies says it
                continue
            width = table.columnWidth(column) - 2 * metrics.averageCharWidth()
            needed = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap,
                                          table.item(row, column).text())
            assert table.rowHeight(row) >= needed.height(), table.item(row, column).text()


def test_at_200_percent_the_status_bar_texts_do_not_run_into_each_other(qtbot, laptop):
    live = laptop.live
    laptop.go_to_stage(Stage.ATTENDANCE)  # the longest stage title in the clock text
    choose_text_size(qtbot, laptop, 200)
    quoracy, clock = live.quoracy_label, live.clock_label
    qtbot.waitUntil(lambda: clock.width() >= clock.sizeHint().width())
    left_of_clock = clock.mapTo(laptop, QPoint(0, 0)).x()
    assert quoracy.mapTo(laptop, QPoint(quoracy.width(), 0)).x() <= left_of_clock
    # The quoracy line may be cut short on screen; all of it is in its text and tooltip.
    assert "quorate" in quoracy.text().lower()
    assert quoracy.toolTip() == quoracy.text()


def test_the_minutes_dock_gives_way_to_the_page_at_large_text(qtbot, laptop):
    dock_at_100 = laptop.minutes_dock.width()
    choose_text_size(qtbot, laptop, 200)
    qtbot.waitUntil(lambda: laptop.minutes_dock.width() < dock_at_100)
    assert laptop.minutes_dock.width() >= laptop.pane.minimumSizeHint().width()


@given(st.floats(min_value=0.5, max_value=4.0), st.floats(min_value=0.5, max_value=4.0))
def test_the_minutes_share_shrinks_with_the_text_and_stays_between_a_third_and_two_fifths(
        smaller, larger):
    smaller, larger = sorted((smaller, larger))
    assert 1 / 3 <= minutes_share(larger) <= minutes_share(smaller) <= 0.4


def test_a_narrow_window_at_normal_text_drops_the_words_too(qtbot, window):
    window.resize(900, 700)
    qtbot.waitUntil(lambda: not window.live.navigator.spelled_out)
    assert all(text.endswith(("✓", "○")) for text, _, _ in navigator_rows(window))
    assert len(navigator_rows(window)) == len(STAGE_ORDER)
