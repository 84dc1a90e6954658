"""The circulation record: each sending typed by keyboard, kept, and the deadlines in words."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt
from stage_helpers import TODAY, meeting_over, press

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.circulation import CirculatedDocument, Delivery
from cpmeeting.domain.profile import Nation
from cpmeeting.domain.rules.calendar import WorkingCalendar
from cpmeeting.domain.signoff import sign
from cpmeeting.gui.circulation_dialog import CirculationDialog


def signed_meeting():
    conference = demo_conference(TODAY)
    sign(conference, demo_profile(), "Clare Chairwell", "Independent chair",
         datetime.combine(conference.date, time(16, 0)))
    return meeting_over(conference)


def open_dialog(qtbot, meeting, today):
    dialog = CirculationDialog(meeting.runner, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_sending_is_recorded_on_a_signed_record_and_settles_the_plan(qtbot):
    meeting = signed_meeting()
    conference = meeting.conference
    day_after = WorkingCalendar(Nation.ENGLAND).add_working_days(conference.date, 1)
    dialog = open_dialog(qtbot, meeting, today=day_after)
    assert "Plan due today" in dialog.deadlines.text()
    assert "Minutes due in" in dialog.deadlines.text()

    mother = next(p for p in conference.invitees if p.role.is_family)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Sent &to
    assert dialog.focusWidget() is dialog.recipient
    dialog.recipient.setCurrentIndex(dialog.recipient.findText(mother.name))
    dialog.document.setCurrentIndex(dialog.document.findData(CirculatedDocument.PLAN))
    dialog.delivery.setCurrentIndex(dialog.delivery.findData(Delivery.EMAIL))
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Address
    assert dialog.focusWidget() is dialog.address
    qtbot.keyClicks(dialog.address, "no address")
    press(qtbot, dialog.record_button, Qt.Key.Key_Space)
    assert "address" in dialog.message.text()  # what is wrong, and nothing recorded
    assert conference.circulations == []

    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "parent@example.org")
    dialog.sent_on.setDate(QDate(day_after))
    press(qtbot, dialog.record_button, Qt.Key.Key_Space)
    (sent,) = conference.circulations
    assert (sent.recipient, sent.invitee_id, sent.delivery, sent.address, sent.sent_on) == (
        mother.name, mother.id, Delivery.EMAIL, "parent@example.org", day_after)
    assert conference.is_signed  # the record as signed is untouched
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == mother.name
    assert "Plan due" not in dialog.deadlines.text()
    assert "The plan: first sent" in dialog.deadlines.text()
    assert meeting.runner.undo_stack.count() == 1

    later = open_dialog(qtbot, meeting, today=date(2027, 1, 20))
    assert "Minutes LATE" in later.deadlines.text()
