"""The time spent in each stage survives closing the window, reopening and a crash."""

from __future__ import annotations

from cpmeeting.domain.stages import Stage
from cpmeeting.gui.main_window import MainWindow


def reopened(qtbot, archive, clock) -> MainWindow:
    """A new window on the same archive, returned to where the chair was (as at start-up)."""
    fresh = MainWindow(archive, clock=clock)
    qtbot.addWidget(fresh)
    fresh.restore()
    return fresh


def test_the_stage_clock_keeps_its_time_after_closing_and_reopening(qtbot, window, archive,
                                                                     clock):
    clock.advance(8)
    window.go_to_stage(Stage.ATTENDANCE)
    clock.advance(20)
    window.close()
    clock.advance(90)  # the window was closed for lunch: that time is not the stage's
    fresh = reopened(qtbot, archive, clock)
    assert fresh.live.stage is Stage.ATTENDANCE
    assert "Attendance and quoracy: 20 min" in fresh.live.clock_label.text()
    clock.advance(5)
    fresh.live.show_time()
    assert "Attendance and quoracy: 25 min" in fresh.live.clock_label.text()
    fresh.go_to_stage(Stage.INTRODUCTION)
    assert "Introduction: 8 min" in fresh.live.clock_label.text()


def test_after_a_crash_at_most_the_last_minute_of_a_stage_is_lost(qtbot, window, archive,
                                                                   clock):
    live = window.live
    clock.advance(1)
    live._tick.timeout.emit()  # what the timer does every few seconds
    clock.advance(14)
    live._tick.timeout.emit()
    # No close: the old window is simply abandoned, as when the computer stops.
    fresh = reopened(qtbot, archive, clock)
    assert "Introduction: 15 min" in fresh.live.clock_label.text()


def test_each_conference_keeps_its_own_stage_times(qtbot, window, archive, clock):
    clock.advance(12)
    window.go_to_stage(Stage.EXCLUSIONS)
    assert archive.stage_times("some other conference") == {}
    assert archive.stage_times(window.runner.conference.id)[Stage.INTRODUCTION.value] == 12 * 60
