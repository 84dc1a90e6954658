"""Introduction page: the script filled from the record, and points ticked into the minutes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from stage_helpers import TODAY, press

from cpmeeting.demo import blank_demo_conference
from cpmeeting.domain.conference import IntroductionPoint
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages.introduction import IntroductionPage, fill_script


def test_script_names_the_chair_children_and_minute_taker(blank, open_page):
    page = open_page(IntroductionPage, blank)
    text = page.script.toPlainText()
    conference = blank.conference
    assert conference.chair.name in text
    assert conference.minute_taker.name in text
    for child in conference.children:
        assert child.display_name in text
    assert "initial child protection conference" in text
    assert "{" not in text


def test_present_people_are_introduced_once_marked_present(blank, open_page):
    page = open_page(IntroductionPage, blank)
    assert "nobody has been marked present yet" in page.script.toPlainText()
    from cpmeeting.domain.meeting_ops import mark_present
    worker = blank.person("Amara Okonjo")
    blank.runner.apply(mark_present(blank.conference, worker.id, blank.clock.now))
    assert "Amara Okonjo (" in page.script.toPlainText()


def test_ticking_a_point_with_the_keyboard_minutes_it_and_undo_takes_it_back(qtbot, blank,
                                                                              open_page):
    page = open_page(IntroductionPage, blank)
    blank.clock.at(10, 3)
    box = page.point_boxes[IntroductionPoint.CONFIDENTIALITY]
    focus_box(box)
    press_space(box)
    conference = blank.conference
    assert conference.introduction_covered == {IntroductionPoint.CONFIDENTIALITY}
    entry = conference.minutes[-1]
    assert entry.text == "Chair covered: Confidentiality"
    assert entry.stage is Stage.INTRODUCTION and entry.at == blank.clock.now
    assert "1 of 7" in page.progress.text()
    qtbot.waitUntil(lambda: bool(blank.saves))  # every change is saved, on the next turns

    blank.runner.undo_stack.undo()
    assert conference.introduction_covered == set() and conference.minutes == []
    assert not box.isChecked()


def test_unticking_keeps_the_minute_but_clears_the_point(blank, open_page):
    page = open_page(IntroductionPage, blank)
    box = page.point_boxes[IntroductionPoint.PURPOSE]
    box.click()
    box.click()
    assert blank.conference.introduction_covered == set()
    assert len(blank.conference.minutes) == 1


def test_zoom_makes_the_script_larger(blank, open_page, qtbot):
    page = open_page(IntroductionPage, blank)
    before = page.script.font().pointSizeF()
    focus_box(page.zoom)
    press(qtbot, page.zoom, Qt.Key.Key_Up)
    assert page.script.font().pointSizeF() > before


@given(st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=200))
def test_a_script_without_placeholders_is_left_as_written(text):
    assert fill_script(text, blank_demo_conference(TODAY)) == text


def test_an_unknown_placeholder_stays_visible_rather_than_failing():
    filled = fill_script("Hello {chair}, see {leaflet}.", blank_demo_conference(TODAY))
    assert "{leaflet}" in filled and "{chair}" not in filled


def focus_box(widget):
    widget.setFocus(Qt.FocusReason.TabFocusReason)


def press_space(widget):
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, Qt.Key.Key_Space)
