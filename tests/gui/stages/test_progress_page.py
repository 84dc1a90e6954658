"""The review's progress stage: the last plan item by item, the core group, the child's words
since, and the scaling of the case over time."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QLabel
from stage_helpers import TODAY, meeting_over, type_text
from test_every_page import WINDOW_MNEMONICS, controls

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.analysis import Scaling
from cpmeeting.domain.progress import ActionStatus, OutcomeStatus
from cpmeeting.domain.review import start_review
from cpmeeting.domain.rules.stage_status import stage_findings
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages import page_type


def review_meeting():
    initial = demo_conference(TODAY)
    sign(initial, demo_profile(), "Ruth Okonjo", "Chair",
         datetime.combine(initial.date, datetime.min.time()), waiver_reason="Test")
    review = start_review(initial, initial.date + timedelta(days=80))
    mother = review.family[0]
    review.scaling = [Scaling(mother.id, c.id, 6) for c in review.children]
    return meeting_over(review), initial


@pytest.fixture
def page(open_page):
    meeting, initial = review_meeting()
    built = open_page(page_type(Stage.PROGRESS), meeting)
    built.meeting, built.initial = meeting, initial
    return built


def test_each_action_and_outcome_of_the_last_plan_gets_a_status(page):
    conference = page.meeting.conference
    assert page.items.count() == len(conference.action_progress) + len(conference.outcome_progress)
    assert page.items.item(0).text().startswith("Action 1: ")
    assert page.items.item(0).text().endswith("(to do)")
    status = page.action_form.editors["status"]
    status.setCurrentIndex(status.index_of(ActionStatus.PARTLY_DONE))
    status.activated.emit(status.currentIndex())
    assert conference.action_progress[0].status is ActionStatus.PARTLY_DONE
    assert page.items.item(0).text().endswith("(Partly done)")
    outcome_row = len(conference.action_progress)
    page.items.setCurrentRow(outcome_row)
    assert page.outcome_box.isVisible() and not page.action_box.isVisible()
    rag = page.outcome_form.editors["status"]
    texts = [rag.itemText(i) for i in range(rag.count())]
    assert "◐ Amber: some progress, not yet enough" in texts  # a symbol and words, not colour
    rag.setCurrentIndex(rag.index_of(OutcomeStatus.AMBER))
    rag.activated.emit(rag.currentIndex())
    assert conference.outcome_progress[0].status is OutcomeStatus.AMBER
    assert "◐ Amber" in page.items.item(outcome_row).text()
    page.meeting.runner.undo_stack.undo()
    assert conference.outcome_progress[0].status is None


def test_core_group_meetings_held_against_those_due(qtbot, page):
    conference = page.meeting.conference
    assert "0 held of" in page.core_tally.text() and "fewer than were due" in page.core_tally.text()
    held = conference.previous_conference_date + timedelta(days=9)
    page.meeting_date.setDate(QDate(held))
    page.findChild(QAbstractButton, "add_core_group_meeting").click()
    assert [m.held_on for m in conference.core_group_meetings] == [held]
    assert page.core_tally.text().startswith("1 held of")
    assert page.core_list.count() == 1


def test_what_the_child_has_said_since_is_kept_per_child(qtbot, page):
    conference = page.meeting.conference
    page.said.setFocus()
    type_text(qtbot, page.said, "I like my new school.")
    page.said.commit()
    first = conference.children[0].id
    assert conference.child_said_since == {first: "I like my new school."}


def test_the_scaling_chart_has_the_numbers_beside_it(page):
    chart = page.chart
    conference = page.meeting.conference
    table = chart.table
    assert table.columnCount() >= 1
    last = table.columnCount() - 1
    overall_row = table.rowCount() - 1
    assert table.verticalHeaderItem(overall_row).text() == "Overall"
    assert table.item(overall_row, last).text() == "6.0"
    assert chart.chart.series.dates[-1] == conference.date
    assert "overall 6.0" in chart.chart.accessibleDescription()
    assert chart.chart.grab().width() > 0


def test_every_control_is_named_and_the_mnemonics_leave_the_window_alone(page):
    nameless = [f"{type(w).__name__} {w.objectName()!r}" for w in controls(page)
                if not w.accessibleName().strip()
                and not (isinstance(w, QAbstractButton) and w.text().strip())]
    assert nameless == []
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    letters = [m.lower() for text in texts for m in re.findall(r"(?<!&)&([^&\s])", text)]
    assert not set(letters) & WINDOW_MNEMONICS
    assert len(letters) == len(set(letters)), letters


def test_the_progress_stage_counts_in_readiness_only_at_a_review(page):
    conference = page.meeting.conference
    assert stage_findings(conference, demo_profile(), Stage.PROGRESS)
    assert stage_findings(page.initial, demo_profile(), Stage.PROGRESS) == []
    assert date.today()  # the review is built from the demo dates, not today's


def test_the_decision_page_of_a_review_has_the_transfer_and_who_must_be_told(open_page):
    from cpmeeting.domain.decision import Outcome, ReviewAction

    meeting, _initial = review_meeting()
    conference = meeting.conference
    first = conference.decisions[0]
    first.outcome, first.review_action = Outcome.EARLY_HELP_PLAN, ReviewAction.DISCONTINUE
    page = open_page(page_type(Stage.DECISION), meeting)
    box = page.case_box
    assert box.isVisible()
    box.form.editors["transfer_out_authority"].setText("Northshire County Council")
    box.form.editors["transfer_out_authority"].editingFinished.emit()
    box.form.editors["transfer_out_date"].set_value(conference.date)
    assert conference.transfer_out_authority == "Northshire County Council"
    assert "transfer-in conference there is due by" in box.transfer_due.text()
    told = box.told.text()
    assert "Who must be told:" in told and "Northshire County Council" in told
    assert f"the plan ends for {conference.children[0].display_name}" in told
    assert page.category_reasons.isEnabled() and page.category_reasons.isVisibleTo(page)
    assert page.review_action.isVisibleTo(page) and page.discontinue.isVisibleTo(page)
