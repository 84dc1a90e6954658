"""A contribution or an action can be kept from a family member, as a minute entry can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from stage_helpers import focus, press, type_text

from cpmeeting.gui.stages.contributions import ContributionsPage, contribution_of
from cpmeeting.gui.stages.plan import PlanPage


def test_contribution_is_kept_from_the_father_and_marked_confidential(demo, open_page, qtbot):
    page = open_page(ContributionsPage, demo)
    father, mother = demo.person("Daniel Hartfield"), demo.person("Marta Kowalska")
    gp = demo.person("Dr Owen Castellan")
    page.select(gp.id)
    ticks = page.marks.not_for
    assert set(ticks.boxes) == {p.id for p in demo.conference.family}
    assert ticks.boxes[father.id].isChecked() and not ticks.boxes[mother.id].isChecked()
    assert ticks.boxes[mother.id].accessibleName().startswith("Not for Marta Kowalska")
    assert page.marks.confidential.accessibleName() == (
        "Confidential, third party: kept out of family copies")

    qtbot.mouseClick(ticks.boxes[mother.id], Qt.MouseButton.LeftButton)
    assert contribution_of(demo.conference, gp.id).not_for == {father.id, mother.id}
    focus(qtbot, page.marks.confidential)
    press(qtbot, page.marks.confidential, Qt.Key.Key_Space)
    assert contribution_of(demo.conference, gp.id).third_party_confidential

    demo.runner.undo_stack.undo()
    demo.runner.undo_stack.undo()
    record = contribution_of(demo.conference, gp.id)
    assert record.not_for == {father.id} and not record.third_party_confidential
    assert ticks.boxes[father.id].isChecked() and not ticks.boxes[mother.id].isChecked()
    assert not page.marks.confidential.isChecked()


def test_a_new_action_is_kept_from_the_father(blank, open_page, qtbot):
    page = open_page(PlanPage, blank)
    focus(qtbot, page.actions.new_item)
    type_text(qtbot, page.actions.new_item, "Refer Ms Kowalska to the outreach service.")
    press(qtbot, page.actions.new_item, Qt.Key.Key_Return)
    action = blank.conference.plan.actions[0]
    assert action.not_for == set()  # for everyone until the chair says otherwise
    father = blank.person("Daniel Hartfield")
    box = page.actions.marks.not_for.boxes[father.id]
    assert box.accessibleName().startswith("Not for Daniel Hartfield")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert action.not_for == {father.id}
    qtbot.mouseClick(page.actions.marks.confidential, Qt.MouseButton.LeftButton)
    assert action.third_party_confidential
    blank.runner.undo_stack.undo()
    assert not action.third_party_confidential and action.not_for == {father.id}
