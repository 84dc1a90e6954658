"""Exclusions page: every field of the record, stamped times, and the checks beside the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from stage_helpers import focus, press, type_text

from cpmeeting.domain.exclusion import ExclusionGround, ExclusionScope
from cpmeeting.gui.stages.exclusions import ExclusionsPage


def test_shows_the_fathers_exclusion_recorded_in_full(demo, open_page):
    page = open_page(ExclusionsPage, demo)
    assert page.list.count() == 1
    assert page.list.item(0).text() == "Daniel Hartfield: Part of the conference"
    ticked = {g for g, box in page.grounds.boxes.items() if box.isChecked()}
    assert ticked == demo.conference.exclusions[0].grounds
    assert page.findings.text() == "✓ Recorded in full."
    assert "10:50" in page.period.text() and "11:20" in page.period.text()
    assert len(page.grounds.boxes) == 7  # the six grounds and bail conditions


def test_new_exclusion_is_checked_live_as_fields_are_recorded(blank, open_page, qtbot):
    page = open_page(ExclusionsPage, blank)
    page.person.setCurrentIndex(page.person.findData(blank.person("Daniel Hartfield").id))
    page.new_exclusion()
    exclusion = blank.conference.exclusions[0]
    assert "Record at least one ground for excluding Daniel Hartfield." in page.findings.text()

    ground = page.grounds.boxes[ExclusionGround.FAMILY_CONFLICT]
    focus(qtbot, ground)
    press(qtbot, ground, Qt.Key.Key_Space)
    assert exclusion.grounds == {ExclusionGround.FAMILY_CONFLICT}
    assert "at least one ground" not in page.findings.text()

    evidence = page.form.editors["evidence"]
    focus(qtbot, evidence)
    type_text(qtbot, evidence, "Ms Kowalska fears to speak in front of him.")
    press(qtbot, evidence, Qt.Key.Key_Tab)  # leaving the box records it
    assert exclusion.evidence == "Ms Kowalska fears to speak in front of him."
    assert "evidence" not in page.findings.text()

    requested_by = page.form.editors["requested_by"]
    focus(qtbot, requested_by)
    type_text(qtbot, requested_by, "Police")
    press(qtbot, requested_by, Qt.Key.Key_Return)
    assert exclusion.requested_by == "Police"

    blank.runner.undo_stack.undo()
    assert exclusion.requested_by == ""


def test_excluded_now_and_returned_now_stamp_the_period(blank, open_page):
    page = open_page(ExclusionsPage, blank)
    page.person.setCurrentIndex(page.person.findData(blank.person("Daniel Hartfield").id))
    page.new_exclusion()
    blank.clock.at(10, 50)
    page._stamp("start")
    assert page.list.item(0).text().endswith("out of the room now")
    blank.clock.at(11, 20)
    page._stamp("end")
    exclusion = blank.conference.exclusions[0]
    assert (exclusion.start.minute, exclusion.end.minute) == (50, 20)
    assert exclusion.scope is ExclusionScope.PART
    assert "from 10:50; returned 11:20" in page.period.text()
    assert [p.name for p in blank.conference.excluded_at(exclusion.start)] == ["Daniel Hartfield"]
    blank.runner.undo_stack.undo()
    assert exclusion.end is None


def test_remove_exclusion_is_undoable(demo, open_page):
    page = open_page(ExclusionsPage, demo)
    page.remove_exclusion()
    assert demo.conference.exclusions == [] and page.list.count() == 0
    demo.runner.undo_stack.undo()
    assert page.list.count() == 1
