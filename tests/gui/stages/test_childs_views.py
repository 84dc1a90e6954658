"""The child's views page: per child, the code, routes and the child's own words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from stage_helpers import focus, press, type_text

from cpmeeting.domain.voice import ParticipationCode, ViewsRoute
from cpmeeting.gui.stages.childs_views import ChildsViewsPage


def test_shows_each_childs_recorded_views(demo, open_page):
    page = open_page(ChildsViewsPage, demo)
    for index, child in enumerate(demo.conference.children):
        page.child.setCurrentIndex(index)
        view = demo.conference.childs_view_for(child.id)
        assert page.own_words.toPlainText() == view.own_words
        assert page.form.editors["participation"].value() == view.participation
        assert {r for r, box in page.routes.boxes.items() if box.isChecked()} == view.routes


def test_first_edit_creates_the_childs_record_and_undo_removes_it(blank, open_page, qtbot):
    page = open_page(ChildsViewsPage, blank)
    zofia = blank.conference.children[0]
    code = page.form.editors["participation"]
    focus(qtbot, code)
    qtbot.keyClicks(code, "PN6")  # keyboard search through the codes
    view = blank.conference.childs_view_for(zofia.id)
    assert view.participation is ParticipationCode.PN6

    route = page.routes.boxes[ViewsRoute.DRAWING]
    focus(qtbot, route)
    press(qtbot, route, Qt.Key.Key_Space)
    focus(qtbot, page.own_words)
    type_text(qtbot, page.own_words, "Mamo, chcę żeby było cicho w domu.")
    press(qtbot, page.own_words, Qt.Key.Key_Tab)
    view = blank.conference.childs_view_for(zofia.id)
    assert view.routes == {ViewsRoute.DRAWING}
    assert view.own_words == "Mamo, chcę żeby było cicho w domu."

    page.child.setCurrentIndex(1)
    assert page.own_words.toPlainText() == ""
    while blank.runner.undo_stack.canUndo():
        blank.runner.undo_stack.undo()
    assert blank.conference.childs_views == []


def test_case_management_id_is_typed_once_per_child_by_keyboard(blank, open_page, qtbot):
    from PySide6.QtGui import QAccessible

    zofia, leo = blank.conference.children
    zofia.case_management_id = leo.case_management_id = ""  # not typed yet
    page = open_page(ChildsViewsPage, blank)
    assert (QAccessible.queryAccessibleInterface(page.case_id).text(QAccessible.Text.Name)
            == "Case-management id (the authority's person id)")
    focus(qtbot, page.child)
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # its label's access key
    assert page.focusWidget() is page.case_id
    type_text(qtbot, page.case_id, "LA-100234")
    press(qtbot, page.case_id, Qt.Key.Key_Tab)
    assert zofia.case_management_id == "LA-100234"
    assert leo.case_management_id == ""
    assert blank.runner.undo_stack.count() == 1  # one operation, through the runner

    page.child.setCurrentIndex(1)
    assert page.case_id.text() == ""
    page.child.setCurrentIndex(0)
    assert page.case_id.text() == "LA-100234"
    blank.runner.undo_stack.undo()
    assert zofia.case_management_id == ""
