"""What a chair sees on a 1366x768 laptop: nothing cut, parted or pushed out of the window."""

from __future__ import annotations

from gui_sample import MEETING_START, person_id
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QCheckBox

from cpmeeting.domain.exclusion import Exclusion, ExclusionGround, ExclusionScope
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.stages import Stage
from cpmeeting.gui import window_geometry
from cpmeeting.gui.minutes_model import Column
from cpmeeting.gui.window_geometry import fitted


def hint_items(pane) -> list[str]:
    return pane.speaker_hint.text().split("   ")


def test_a_wrapped_speaker_strip_never_parts_a_key_from_its_person(qtbot, window):
    pane = window.pane
    for width in (300, 450, 700):
        window.resizeDocks([window.minutes_dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: pane.speaker_hint.text() != "")
        items = hint_items(pane)
        assert items and all(item.startswith("Alt+") for item in items)
        assert all(" " not in item for item in items)  # only no-break spaces inside an item


def test_a_narrow_pane_numbers_speakers_by_surname_unless_two_share_one(qtbot, window):
    pane = window.pane
    window.resize(900, 700)
    window.resizeDocks([window.minutes_dock], [260], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: pane.width() < 400)
    # Dana and Owen Testwood share a surname: full names keep them apart.
    assert any("Owen\u00a0Testwood" in item for item in hint_items(pane))
    assert "Testwood" in pane.speaker_hint.toolTip()


def test_speaker_names_are_not_cut_in_a_pane_of_ordinary_width(qtbot, window):
    pane = window.pane
    window.resize(1366, 768)
    window.resizeDocks([window.minutes_dock], [560], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: pane.width() >= 500)
    metrics = pane.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(p.name) for p in window.runner.conference.invitees)
    assert pane.table.columnWidth(Column.SPEAKER) >= longest
    assert pane.table.columnWidth(Column.TEXT) >= pane.table.columnWidth(Column.SPEAKER)


def test_an_exclusion_does_not_widen_the_minutes_pane(qtbot, window):
    pane = window.pane
    before = pane.minimumSizeHint().width()
    father = person_id(window, "Owen Testwood")
    window.runner.apply(AddRecord("Exclude", "exclusions", Exclusion(
        father, grounds={ExclusionGround.FAMILY_CONFLICT}, scope=ExclusionScope.PART,
        start=MEETING_START)))
    box = pane.findChild(QCheckBox, f"not_for_{father}")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert pane.minimumSizeHint().width() <= before
    assert "Father" in box.accessibleName()


def test_the_readiness_verdict_sits_at_the_top_of_the_close_page(qtbot, window):
    window.go_to_stage(Stage.CLOSE)
    page = window.live.pages.currentWidget()
    qtbot.waitUntil(lambda: page.verdict.text() != "")
    top = page.verdict.mapTo(page, page.verdict.rect().topLeft()).y()
    assert top < page.height() // 4


def test_the_new_conference_dialog_fits_a_768_pixel_screen(qtbot, window):
    from cpmeeting.gui.new_conference_dialog import NewConferenceDialog

    dialog = NewConferenceDialog(window.archive, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 0.9 * dialog.screen().availableGeometry().height() + 1
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isVisible() and dialog.rect().contains(ok.mapTo(dialog, ok.rect().bottomRight()))


def opened_window(qtbot, archive):
    """The main window as the app first shows it, on the start screen."""
    from cpmeeting.gui.main_window import MainWindow

    main = MainWindow(archive)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_on_a_laptop_with_a_taskbar_the_window_takes_the_whole_screen():
    rect, maximise = fitted(QRect(0, 0, 1366, 728))
    assert maximise
    assert QRect(0, 0, 1366, 728).contains(rect)  # and when un-maximised, still on the screen


def test_on_a_large_screen_the_window_opens_at_1280_by_800_in_the_middle():
    rect, maximise = fitted(QRect(0, 0, 1920, 1040))
    assert not maximise
    assert rect.size() == QSize(1280, 800)
    assert rect.center() == QRect(0, 0, 1920, 1040).center()


def test_the_first_window_shows_its_bottom_edge_on_the_screen(qtbot, archive):
    main = opened_window(qtbot, archive)
    available = main.screen().availableGeometry()
    bar = main.statusBar()
    bottom_right = bar.mapToGlobal(QPoint(bar.width() - 1, bar.height() - 1))
    assert available.contains(bottom_right)  # the offscreen screen is smaller than 1280x800
    assert main.isMaximized()


def test_the_window_opens_where_it_was_left(qtbot, archive):
    main = opened_window(qtbot, archive)
    main.showNormal()
    main.setGeometry(40, 60, 700, 500)
    qtbot.waitUntil(lambda: main.size() == QSize(700, 500))
    main.close()
    again = opened_window(qtbot, archive)
    assert not again.isMaximized()
    assert again.geometry() == QRect(40, 60, 700, 500)


def test_a_window_left_on_a_screen_no_longer_there_comes_back_into_view(qtbot, archive):
    main = opened_window(qtbot, archive)
    main.showNormal()
    main.close()
    main.setGeometry(5000, 3000, 700, 500)  # on a monitor since unplugged
    window_geometry.remember(main)
    again = opened_window(qtbot, archive)
    available = again.screen().availableGeometry()
    assert available.contains(again.frameGeometry().topLeft())
    assert available.intersected(again.geometry()) == again.geometry()
