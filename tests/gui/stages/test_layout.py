"""Pages beside the minutes pane: stacked parts keep their useful size; long values show
their start."""

from __future__ import annotations

from cpmeeting.gui.stages.exclusions import ExclusionsPage
from cpmeeting.gui.stages.fields import TextLine
from cpmeeting.gui.stages.plan import PlanPage
from cpmeeting.gui.stages.plan_items import RecordList


def test_a_narrow_exclusions_page_keeps_the_list_and_family_member_in_sight(qtbot, demo,
                                                                            open_page):
    page = open_page(ExclusionsPage, demo)
    page.resize(560, 700)
    qtbot.waitUntil(lambda: not page.sides.is_wide())
    line = page.list.fontMetrics().lineSpacing()
    top = page.sides.sizes()[0]
    assert top >= 6 * line  # the list, "Family member" and its buttons, not a sliver
    assert page.list.height() >= 3 * line
    assert page.add_button.visibleRegion().boundingRect().width() > 0


def test_a_wide_exclusions_page_sets_the_parts_side_by_side(qtbot, demo, open_page):
    page = open_page(ExclusionsPage, demo)
    page.resize(1600, 800)
    qtbot.waitUntil(page.sides.is_wide)
    assert all(size > 0 for size in page.sides.sizes())


def test_a_dragged_splitter_stays_where_the_chair_put_it(qtbot, demo, open_page):
    page = open_page(ExclusionsPage, demo)
    page.resize(560, 700)
    qtbot.waitUntil(lambda: not page.sides.is_wide())
    page.sides.moveSplitter(100, 1)
    page.sides.splitterMoved.emit(100, 1)
    chosen = page.sides.sizes()[0]
    page.resize(560, 720)
    qtbot.waitUntil(lambda: page.height() == 720)
    assert page.sides.sizes()[0] == chosen


def test_a_long_text_shows_its_start_until_it_is_edited(qtbot):
    line = TextLine("Description")
    qtbot.addWidget(line)
    line.resize(120, 30)
    line.show_value("Offer a consultation to the school and nursery on supporting the children.")
    assert line.cursorPosition() == 0


def test_the_plan_keeps_the_chosen_outcome_fields_in_sight(qtbot, demo, open_page):
    page = open_page(PlanPage, demo)
    page.resize(560, 700)
    record_list = page.outcomes.findChild(RecordList)
    rows = record_list.count()
    assert 0 < rows <= 8
    wanted = sum(record_list.sizeHintForRow(r) for r in range(rows))
    assert record_list.sizeHint().height() < wanted + 3 * record_list.fontMetrics().lineSpacing()
