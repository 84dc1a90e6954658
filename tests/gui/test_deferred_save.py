"""Typing never waits for saving: a change shows at once and reaches the archive a turn or two
of the event loop later, and nothing that ends the session can lose it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord, SetFields
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.minutes_model import Column


def press_enter_with(qtbot, pane, text: str) -> None:
    pane.focus_entry()
    qtbot.keyClicks(pane.entry_box, text)
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)


def stored_texts(archive, window) -> list[str]:
    return [entry.text for entry in archive.load(window.runner.conference.id).minutes]


def test_enter_shows_the_entry_at_once_and_the_archive_has_it_soon_after(qtbot, window, archive):
    pane = window.pane
    press_enter_with(qtbot, pane, "The school reports full attendance.")
    # Shown before the event loop has turned at all.
    row = pane.model.rowCount() - 1
    assert pane.model.index(row, Column.TEXT).data() == "The school reports full attendance."
    qtbot.waitUntil(lambda: stored_texts(archive, window) == ["The school reports full attendance."])


def test_closing_the_window_straight_after_enter_keeps_the_entry(qtbot, window, archive):
    conference_id = window.runner.conference.id
    press_enter_with(qtbot, window.pane, "Said just before the window closed.")
    window.close()
    assert [m.text for m in archive.load(conference_id).minutes] == [
        "Said just before the window closed."]


def test_going_back_to_the_list_straight_after_enter_keeps_the_entry(qtbot, window, archive):
    conference_id = window.runner.conference.id
    press_enter_with(qtbot, window.pane, "Said just before leaving the conference.")
    window.close_conference()
    assert [m.text for m in archive.load(conference_id).minutes] == [
        "Said just before leaving the conference."]


def test_undo_after_the_save_is_saved_too(qtbot, window, archive):
    pane = window.pane
    press_enter_with(qtbot, pane, "Taken back in a moment.")
    qtbot.waitUntil(lambda: stored_texts(archive, window) == ["Taken back in a moment."])
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.model.rowCount() == 0
    qtbot.waitUntil(lambda: stored_texts(archive, window) == [])


def test_several_changes_in_one_turn_are_saved_once(qtbot, window, archive):
    runner = window.runner
    saves = []
    save = runner._save
    runner._save = lambda conference, changes: (saves.append(changes), save(conference, changes))[1]
    for n in range(3):
        runner.apply(AddRecord("Add", "minutes", MinuteEntry(
            f"Entry {n}", Stage.INTRODUCTION, datetime(2026, 11, 23, 10, n))))
    qtbot.waitUntil(lambda: not runner.save_pending)
    for _turn in range(5):  # a few more turns: no second save follows
        QApplication.processEvents()
    assert len(saves) == 1
    assert stored_texts(archive, window) == ["Entry 0", "Entry 1", "Entry 2"]
    # One save, but each change is its own entry in the record's history.
    assert [len(changes) for changes in saves] == [3]


def test_flush_saves_now_and_moving_stage_saves_at_once(qtbot, window, archive):
    runner = window.runner
    runner.apply(SetFields("Budget", {"stage_budgets_minutes": {Stage.INTRODUCTION: 9}}))
    runner.flush()
    assert archive.load(runner.conference.id).stage_budgets_minutes == {Stage.INTRODUCTION: 9}
    # Moves between stages (like sign-off and amendment) are saved before anything follows.
    window.go_to_stage(Stage.ATTENDANCE)
    assert not runner.save_pending
    assert archive.load(runner.conference.id).current_stage is Stage.ATTENDANCE
