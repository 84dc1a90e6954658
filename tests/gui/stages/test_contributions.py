"""Agency contributions page: one entry per agency present or reporting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from stage_helpers import focus, press, type_text

from cpmeeting.gui.stages.contributions import ContributionsPage, contribution_of


def test_lists_agencies_present_or_reporting_with_their_summaries(demo, open_page):
    page = open_page(ContributionsPage, demo)
    texts = [page.agencies.item(r).text() for r in range(page.agencies.count())]
    assert any(t.startswith("Dr Owen Castellan") and "Written report only" in t for t in texts)
    assert not any("Marta Kowalska" in t or "Helen Ashcombe" in t for t in texts)
    gp = demo.person("Dr Owen Castellan")
    page.select(gp.id)
    assert page.summary.toPlainText() == contribution_of(demo.conference, gp.id).summary


def test_typing_a_summary_records_the_contribution(blank, open_page, qtbot):
    page = open_page(ContributionsPage, blank)
    gp = blank.person("Dr Owen Castellan")  # reported in writing before the day
    page.select(gp.id)
    focus(qtbot, page.summary)
    type_text(qtbot, page.summary, "Leo missed two appointments.")
    press(qtbot, page.summary, Qt.Key.Key_Tab)
    assert contribution_of(blank.conference, gp.id).summary == "Leo missed two appointments."
    assert "✓ recorded" in page.agencies.currentItem().text()

    shared = page.report_form.editors["report_shared_with_family"]
    shared.set_value(blank.conference.date)
    assert gp.report_shared_with_family == blank.conference.date
    blank.runner.undo_stack.undo()
    blank.runner.undo_stack.undo()
    assert contribution_of(blank.conference, gp.id) is None and gp.report_shared_with_family is None
