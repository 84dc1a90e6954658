"""The live view frame: stages by keyboard, time, recovery, shortcuts, themes and text size."""

from __future__ import annotations

from gui_sample import MEETING_START
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cpmeeting.domain.rules import stage_complete
from cpmeeting.domain.stages import STAGE_ORDER, Stage
from cpmeeting.gui.actions import ACTIONS, ActionId, action_text
from cpmeeting.gui.main_window import MainWindow, export_available
from cpmeeting.gui.shortcuts_dialog import ShortcutsDialog
from cpmeeting.store.archive import Archive


def test_ctrl_numbers_and_page_keys_move_between_stages_without_undo_noise(qtbot, window, archive):
    live = window.live
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert live.stage is Stage.CONTRIBUTIONS
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert live.stage is Stage.ANALYSIS
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert live.stage is Stage.CHILDS_VIEWS
    assert live.pages.currentIndex() == 3
    assert archive.load(window.runner.conference.id).current_stage is Stage.CHILDS_VIEWS
    assert archive.last_opened() == (window.runner.conference.id, "childs_views")
    assert window.runner.undo_stack.count() == 0


def test_every_stage_shows_its_completion_mark_in_words(window):
    texts = [window.live.navigator.item(row).text() for row in range(9)]
    assert texts[0].startswith("1. Introduction")
    # Not colour alone: a symbol and a word on every stage, as the rules say.
    runner = window.runner
    for text, stage in zip(texts, STAGE_ORDER, strict=True):
        done = stage_complete(runner.conference, runner.profile, stage)
        assert ("✓ done" in text) if done else ("○ to do" in text), (stage, text)


def test_status_bar_shows_quoracy_and_the_stage_budget(qtbot, window, clock):
    live = window.live
    assert "quorate" in live.quoracy_label.text().lower()
    window.set_stage_budget(Stage.INTRODUCTION, 15)
    clock.advance(12)
    live.show_time()
    assert "Introduction: 12 of 15 min" in live.clock_label.text()
    assert "over" not in live.clock_label.text()
    clock.advance(5)
    live.show_time()
    assert "17 of 15 min" in live.clock_label.text()
    assert "over the budget by 2 min" in live.clock_label.text()
    assert "Meeting 17 min" in live.clock_label.text()
    window.runner.undo_stack.undo()  # the budget is an ordinary edit
    live.show_time()
    assert "Introduction: 17 min" in live.clock_label.text()


def test_minutes_pane_is_reached_with_f6_and_ctrl_m(qtbot, window):
    window.live.navigator.setFocus()
    qtbot.keyClick(window.live.navigator, Qt.Key.Key_F6)
    assert window.pane.entry_box.hasFocus()
    window.live.navigator.setFocus()
    qtbot.keyClick(window.live.navigator, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.entry_box.hasFocus()


def test_an_unclosed_window_is_recovered_at_the_same_stage_with_the_draft(
        qtbot, window, archive, clock):
    conference_id = window.runner.conference.id
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    window.pane.focus_entry()
    qtbot.keyClicks(window.pane.entry_box, "Amira said she feels safe with her nan")
    qtbot.waitUntil(lambda: bool(archive.load_drafts(conference_id)))
    # The lid closes: the process dies without closeEvent. A new process opens the archive.
    window.hide()
    reopened = Archive.open()
    try:
        fresh = MainWindow(reopened, clock=clock)
        qtbot.addWidget(fresh)
        fresh.restore()
        assert fresh.runner.conference.id == conference_id
        assert fresh.live.stage is Stage.CHILDS_VIEWS
        assert fresh.pane.entry_box.toPlainText() == "Amira said she feels safe with her nan"
    finally:
        reopened.close()


def test_going_back_to_the_list_means_the_next_start_shows_the_list(qtbot, window, archive, clock):
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.central.currentWidget() is window.start_screen
    assert window.runner is None
    fresh = MainWindow(archive, clock=clock)
    qtbot.addWidget(fresh)
    fresh.restore()
    assert fresh.runner is None
    assert fresh.start_screen.visible_rows() == ["Amira Testwood, Kit Testwood"]


def test_shortcuts_dialog_lists_every_registered_action(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
              for row in range(dialog.table.rowCount())}
    assert set(listed) == {action_text(action) for action in ACTIONS}
    assert listed[action_text(ActionId.REDO)] == "Ctrl+Shift+Z, Ctrl+Y"
    assert listed[action_text(ActionId.FOCUS_MINUTES)] == "F6, Ctrl+M"


def test_every_action_is_in_a_menu_or_on_the_window(window):
    in_menus = set()
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            in_menus.add(action)
            if action.menu():
                in_menus.update(action.menu().actions())
    for action_id, action in window.actions.items():
        if action_id is not ActionId.EXPORT or export_available():
            assert action in in_menus, action_id


def test_dark_theme_and_200_percent_apply_app_wide_and_are_remembered(qtbot, window, archive, clock):
    app = QApplication.instance()
    before = window.pane.entry_box.font().pointSizeF()
    window.actions[ActionId.THEME_DARK].trigger()
    window.actions[ActionId.TEXT_200].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    # Qt delivers the new font to every widget through posted events.
    qtbot.waitUntil(lambda: window.pane.entry_box.font().pointSizeF() == 2 * before)
    assert window.pane.entry_box.height() > 2 * window.pane.entry_box.fontMetrics().lineSpacing()
    again = MainWindow(archive, clock=clock)
    qtbot.addWidget(again)
    assert again.actions[ActionId.THEME_DARK].isChecked()
    assert again.actions[ActionId.TEXT_200].isChecked()
    window.actions[ActionId.THEME_LIGHT].trigger()
    window.actions[ActionId.TEXT_100].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    qtbot.waitUntil(lambda: window.pane.entry_box.font().pointSizeF() == before)


def test_controls_have_accessible_names(window):
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QCheckBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
    )

    shell = [window.pane, window.live.navigator, window.start_screen]
    for part in shell:
        for kind in (QLineEdit, QPlainTextEdit, QAbstractItemView):
            for widget in part.findChildren(kind) + ([part] if isinstance(part, kind) else []):
                if not isinstance(widget, QHeaderView):
                    assert widget.accessibleName(), widget
        for kind in (QPushButton, QCheckBox):
            for button in part.findChildren(kind):
                assert button.accessibleName() or button.text(), button


def test_meeting_time_continues_from_the_first_entry_after_reopening(qtbot, window, archive, clock):
    window.pane.focus_entry()
    qtbot.keyClicks(window.pane.entry_box, "Opening remarks")
    qtbot.keyClick(window.pane.entry_box, Qt.Key.Key_Return)
    window.close()  # saves the entry, which is saved a turn of the event loop after Enter
    clock.advance(65)
    fresh = MainWindow(archive, clock=clock)
    qtbot.addWidget(fresh)
    fresh.restore()
    assert fresh.live.clock.started == MEETING_START
    assert "Meeting 1 h 05 min" in fresh.live.clock_label.text()
