"""Analysis page: points under the framework's headings, and the scaling grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from stage_helpers import focus, press, type_text

from cpmeeting.domain.analysis import FRAMEWORK_HEADINGS, AnalysisFramework, AnalysisHeading
from cpmeeting.domain.meeting_ops import mark_present
from cpmeeting.domain.operations import SetFields
from cpmeeting.gui.stages.analysis import AnalysisPage
from cpmeeting.gui.stages.scaling import scaling_for


def test_shows_the_frameworks_headings_points_and_scores(demo, open_page):
    page = open_page(AnalysisPage, demo)
    assert list(page.boxes) == list(FRAMEWORK_HEADINGS[AnalysisFramework.SIGNS_OF_SAFETY])
    worries = page.boxes[AnalysisHeading.WORRIES].points
    expected = [p.text for p in demo.conference.analysis if p.heading is AnalysisHeading.WORRIES]
    assert [worries.item(r).text() for r in range(worries.count())] == expected
    worker, zofia = demo.person("Amara Okonjo"), demo.conference.children[0]
    assert page.scaling.scores[(worker.id, zofia.id)].value() == 3


def test_enter_adds_a_point_delete_removes_it_and_undo_brings_it_back(blank, open_page, qtbot):
    page = open_page(AnalysisPage, blank)
    box = page.boxes[AnalysisHeading.WORKING_WELL]
    focus(qtbot, box.new_point)
    type_text(qtbot, box.new_point, "Zofia goes to school every day.")
    press(qtbot, box.new_point, Qt.Key.Key_Return)
    assert [(p.heading, p.text) for p in blank.conference.analysis] == [
        (AnalysisHeading.WORKING_WELL, "Zofia goes to school every day.")]
    assert box.points.count() == 1 and box.new_point.text() == ""

    box.points.setCurrentRow(0)
    focus(qtbot, box.points)
    press(qtbot, box.points, Qt.Key.Key_Delete)
    assert blank.conference.analysis == []
    blank.runner.undo_stack.undo()
    assert box.points.item(0).text() == "Zofia goes to school every day."


def test_a_point_is_edited_in_place(demo, open_page, qtbot):
    page = open_page(AnalysisPage, demo)
    points = page.boxes[AnalysisHeading.WORRIES].points
    points.item(0).setText("Edited worry.")
    assert next(p for p in demo.conference.analysis
                if p.heading is AnalysisHeading.WORRIES).text == "Edited worry."


def test_the_framework_decides_the_headings(blank, open_page):
    page = open_page(AnalysisPage, blank)
    blank.runner.apply(SetFields("framework", {
        "analysis_framework": AnalysisFramework.STRENGTHENING_FAMILIES}, path=""))
    assert list(page.boxes) == list(FRAMEWORK_HEADINGS[AnalysisFramework.STRENGTHENING_FAMILIES])


def test_a_score_typed_in_the_grid_is_recorded(blank, open_page, qtbot):
    page = open_page(AnalysisPage, blank)
    worker, leo = blank.person("Amara Okonjo"), blank.conference.children[1]
    blank.runner.apply(mark_present(blank.conference, worker.id, blank.clock.now))
    score = page.scaling.scores[(worker.id, leo.id)]
    focus(qtbot, score)
    score.selectAll()
    type_text(qtbot, score, "4")
    press(qtbot, score, Qt.Key.Key_Return)
    assert scaling_for(blank.conference, worker.id, leo.id).score == 4
    comment = page.scaling.comments[(worker.id, leo.id)]
    focus(qtbot, comment)
    type_text(qtbot, comment, "Needs are less visible.")
    press(qtbot, comment, Qt.Key.Key_Return)
    assert scaling_for(blank.conference, worker.id, leo.id).comment == "Needs are less visible."
    blank.runner.undo_stack.undo()
    blank.runner.undo_stack.undo()
    assert scaling_for(blank.conference, worker.id, leo.id) is None
    assert score.value() == score.minimum()  # shown as "—" again
