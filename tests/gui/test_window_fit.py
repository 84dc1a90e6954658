"""What a chair sees on a 1366x768 laptop: nothing cut, parted or pushed out of the window."""

from __future__ import annotations

from gui_sample import MEETING_START, person_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from cpmeeting.domain.exclusion import Exclusion, ExclusionGround, ExclusionScope
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.minutes_model import Column


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
