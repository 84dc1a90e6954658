"""Plan page: outcomes and actions, leads and core group, computed dates with overrides."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from stage_helpers import focus, press, type_text

from cpmeeting.domain.meeting_ops import mark_present
from cpmeeting.gui.stages.plan import PlanPage


def test_shows_the_plans_outcomes_actions_and_dates(demo, open_page):
    page = open_page(PlanPage, demo)
    plan = demo.conference.plan
    assert page.outcomes.list.count() == len(plan.outcomes)
    assert page.actions.list.count() == len(plan.actions)
    titles = [page.dates.table.item(r, 0).text() for r in range(page.dates.table.rowCount())]
    assert "First core group meeting" in titles and "Next review conference" in titles
    basis = [page.dates.table.item(r, 3).text() for r in range(page.dates.table.rowCount())]
    assert any("working days after the conference" in b for b in basis)
    members = {i for i, box in page.members.boxes.items() if box.isChecked()}
    assert members == set(plan.core_group.member_ids)


def test_outcome_and_action_are_added_with_the_keyboard(blank, open_page, qtbot):
    blank.runner.apply(mark_present(blank.conference, blank.person("Amara Okonjo").id,
                                    blank.clock.now))
    page = open_page(PlanPage, blank)
    focus(qtbot, page.outcomes.new_item)
    type_text(qtbot, page.outcomes.new_item, "The children are safe at home.")
    press(qtbot, page.outcomes.new_item, Qt.Key.Key_Return)
    outcome = blank.conference.plan.outcomes[0]
    assert outcome.what_must_change == "The children are safe at home."
    zofia = blank.conference.children[0]
    page.outcomes.children.boxes[zofia.id].click()
    assert outcome.child_ids == [zofia.id]

    focus(qtbot, page.actions.new_item)
    type_text(qtbot, page.actions.new_item, "Written safety plan with Ms Kowalska.")
    press(qtbot, page.actions.new_item, Qt.Key.Key_Return)
    action = blank.conference.plan.actions[0]
    owner = page.actions.owner
    worker = blank.person("Amara Okonjo")
    owner.setCurrentIndex(owner.index_of(worker.id))
    owner.activated.emit(owner.currentIndex())
    assert action.owner_id == worker.id
    mother = blank.person("Marta Kowalska")  # family own actions even before arriving
    assert owner.index_of(mother.id) >= 0

    blank.runner.undo_stack.undo()
    assert action.owner_id is None


def test_due_date_warns_on_bank_holidays_and_weekends_and_shows_deadlines(blank, open_page):
    page = open_page(PlanPage, blank)
    page.actions.new_item.setText("Check in over the holiday.")
    page.actions.add()
    due = page.actions.due
    due.set_value(date(2026, 12, 25))
    assert blank.conference.plan.actions[0].due == date(2026, 12, 25)
    hint = page.actions.due_hint.text()
    assert "bank holiday (Christmas Day)" in hint
    assert "First core group meeting, at the latest:" in hint and "Next review conference:" in hint
    due.set_value(date(2026, 12, 5))
    assert "weekend" in page.actions.due_hint.text()


def test_leads_and_core_group(blank, open_page):
    page = open_page(PlanPage, blank)
    worker = blank.person("Amara Okonjo")
    page.lead_worker.setCurrentIndex(page.lead_worker.index_of(worker.id))
    page.lead_worker.activated.emit(page.lead_worker.currentIndex())
    page.members.boxes[worker.id].click()
    plan = blank.conference.plan
    assert plan.lead_social_worker_id == worker.id
    assert plan.core_group.member_ids == [worker.id]
    assert blank.person("Helen Ashcombe").id not in page.members.boxes  # the chair
    blank.runner.undo_stack.undo()
    assert plan.core_group.member_ids == []


def test_a_computed_date_is_overridden_only_with_a_reason(demo, open_page, qtbot):
    page = open_page(PlanPage, demo)
    dates = page.dates
    row = dates.keys.index("core_group")
    dates.table.setCurrentCell(row, 0)
    dates.new_date.set_value(date(2026, 12, 12))
    assert "weekend" in dates.warning.text()
    dates.new_date.set_value(date(2026, 12, 14))
    dates.override()
    assert demo.conference.plan.override_for("core_group") is None  # no reason yet
    focus(qtbot, dates.reason)
    type_text(qtbot, dates.reason, "The family asked for a later date.")
    dates.override()
    override = demo.conference.plan.override_for("core_group")
    assert override.on == date(2026, 12, 14)
    row = dates.keys.index("core_group")
    assert "overridden: The family asked for a later date." in dates.table.item(row, 2).text()
    dates.table.setCurrentCell(row, 0)
    dates.clear_override()
    assert demo.conference.plan.override_for("core_group") is None
    demo.runner.undo_stack.undo()
    assert demo.conference.plan.override_for("core_group") is not None
