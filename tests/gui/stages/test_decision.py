"""Decision page: views in a keystroke, the chair's decision, quoracy re-checked at the moment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from stage_helpers import focus, press, type_text

from cpmeeting.domain.decision import Category, Outcome
from cpmeeting.domain.meeting_ops import mark_left, mark_present, participant_view
from cpmeeting.gui.stages.decision import DecisionPage


def row_of(page, name):
    table = page.views
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(name))


def arrive(meeting, *names):
    for name in names:
        meeting.runner.apply(mark_present(meeting.conference, meeting.person(name).id,
                                          meeting.clock.now))


def test_shows_views_and_the_decision_for_each_child(demo, open_page):
    page = open_page(DecisionPage, demo)
    zofia = demo.conference.children[0]
    row = row_of(page, "Dr Owen Castellan")
    assert page.views.item(row, 1).text() == "Child in need plan"
    decision = demo.conference.decision_for(zofia.id)
    assert page.form.editors["outcome"].value() is decision.outcome
    assert page.verdict.text().startswith("✓ Quorate when decided at 12:10")


def test_letters_record_recommendations_and_digits_toggle_categories(blank, open_page, qtbot):
    arrive(blank, "Amara Okonjo", "Laura Fenwick")
    page = open_page(DecisionPage, blank)
    zofia = blank.conference.children[0]
    page.views.setCurrentCell(row_of(page, "Laura Fenwick"), 0)
    focus(qtbot, page.views)
    for key in (Qt.Key.Key_P, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_3):
        press(qtbot, page.views, key)
    teacher = blank.person("Laura Fenwick")
    view = participant_view(blank.conference, teacher.id, zofia.id)
    assert view.recommendation is Outcome.CHILD_PROTECTION_PLAN
    assert view.categories == {Category.NEGLECT}
    assert page.views.item(row_of(page, "Laura Fenwick"), 2).text() == "Neglect"
    press(qtbot, page.views, Qt.Key.Key_N)
    assert view.recommendation is Outcome.CHILD_IN_NEED_PLAN
    blank.runner.undo_stack.undo()
    assert view.recommendation is Outcome.CHILD_PROTECTION_PLAN


def test_recording_the_decision_rechecks_quoracy_at_that_moment(blank, open_page, qtbot):
    arrive(blank, "Amara Okonjo", "Laura Fenwick", "DC Nadia Frost")
    page = open_page(DecisionPage, blank)
    zofia = blank.conference.children[0]
    outcome = page.form.editors["outcome"]
    focus(qtbot, outcome)
    qtbot.keyClicks(outcome, "C")  # "Child protection plan"
    neglect = page.form.editors["categories"].boxes[Category.NEGLECT]
    focus(qtbot, neglect)
    press(qtbot, neglect, Qt.Key.Key_Space)
    reasons = page.form.editors["reasons"]
    focus(qtbot, reasons)
    type_text(qtbot, reasons, "Likely to suffer significant harm through neglect.")
    blank.clock.at(11, 5)
    blank.runner.apply(mark_left(blank.conference, blank.person("DC Nadia Frost").id,
                                 blank.clock.now))
    blank.clock.at(12, 10)
    page.record_decision()
    decision = blank.conference.decision_for(zofia.id)
    assert decision.outcome is Outcome.CHILD_PROTECTION_PLAN
    assert decision.categories == {Category.NEGLECT}
    assert decision.reasons == "Likely to suffer significant harm through neglect."
    assert decision.decided_at == blank.clock.now
    assert decision.quorate_when_decided is False  # the police officer had left
    assert decision.significant_harm is True
    assert "✗ Not quorate when decided at 12:10" in page.verdict.text()
    assert "DC Nadia Frost left at 11:05." in page.verdict.text()
    blank.runner.undo_stack.undo()
    assert blank.conference.decision_for(zofia.id).decided_at is None


def test_dissent_is_prefilled_from_the_views_that_differ(demo, open_page):
    page = open_page(DecisionPage, demo)
    zofia = demo.conference.children[0]
    demo.conference.decision_for(zofia.id).dissent = ""
    page.show_conference(demo.conference)
    assert "Dr Owen Castellan recommended: Child in need plan" in page.dissent.placeholderText()
    page.fill_dissent()
    assert "Dr Owen Castellan" in demo.conference.decision_for(zofia.id).dissent


def test_an_initial_conference_shows_no_review_only_questions(demo, open_page):
    page = open_page(DecisionPage, demo)
    hidden = [page.review_action, page.discontinue, page.category_reasons]
    assert [w.isVisibleTo(page) for w in hidden] == [False, False, False]
    assert page.form.editors["reasons"].isVisibleTo(page)
    labels = {label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)}
    assert "&Reasons:" in labels and "At a revie&w:" not in labels
