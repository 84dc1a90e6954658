"""The corrections view: a request typed by keyboard, the chair accepts or refuses it."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, Qt
from stage_helpers import TODAY, meeting_over, press, type_text

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.after_sign_off import record_circulation
from cpmeeting.domain.circulation import CirculatedDocument, Circulation, Delivery
from cpmeeting.domain.correction_request import RequestStatus
from cpmeeting.domain.signoff import sign
from cpmeeting.gui.corrections_dialog import CorrectionsDialog


def circulated_meeting():
    conference = demo_conference(TODAY)
    sign(conference, demo_profile(), "Clare Chairwell", "Independent chair",
         datetime.combine(conference.date, time(16, 0)))
    record_circulation("sent", Circulation("Everyone", CirculatedDocument.MINUTES_AND_PLAN,
                                           Delivery.BY_HAND, conference.date)).apply(conference)
    return meeting_over(conference)


def open_dialog(qtbot, meeting):
    dialog = CorrectionsDialog(meeting.runner, today=meeting.conference.date)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 800)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_request_is_typed_then_accepted_into_version_2(qtbot):
    meeting = circulated_meeting()
    conference = meeting.conference
    entry = conference.minutes[0]
    passage = entry.text[:30]
    dialog = open_dialog(qtbot, meeting)
    assert "Corrections may be asked for until" in dialog.window_note.text()

    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Asked &by
    assert dialog.focusWidget() is dialog.asked_by
    qtbot.keyClicks(dialog.asked_by, "Mrs Hartfield")
    dialog.asked_on.setDate(QDate(conference.date))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.passage
    qtbot.keyClicks(dialog.passage, passage)
    press(qtbot, dialog.passage, Qt.Key.Key_Tab)  # Tab leaves the box, not a tab character
    assert dialog.focusWidget() is dialog.wording
    type_text(qtbot, dialog.wording, "Corrected words")
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.reason, "That is not what was said.")
    press(qtbot, dialog.ask_button, Qt.Key.Key_Space)
    (request,) = conference.corrections
    assert (request.requested_by, request.passage, request.wording) == (
        "Mrs Hartfield", passage, "Corrected words")
    assert conference.is_signed
    assert dialog.table.item(0, 5).text() == "Waiting for the chair"

    dialog.table.selectRow(0)
    press(qtbot, dialog.accept_button, Qt.Key.Key_Space)
    assert "reason" in dialog.message.text()  # the chair's reason is needed
    assert conference.version == 1
    qtbot.keyClicks(dialog.answer_reason, "The recording confirms it.")
    press(qtbot, dialog.accept_button, Qt.Key.Key_Space)
    assert conference.version == 2 and not conference.is_signed
    assert conference.minutes[0].text.startswith("Corrected words")
    assert conference.corrections[0].status is RequestStatus.ACCEPTED
    assert "Version 2 is open" in dialog.message.text()
    assert dialog.table.item(0, 5).text() == "Accepted"
    assert meeting.saves  # saved at once, like an amendment


def test_a_refusal_keeps_the_request_with_the_reason(qtbot):
    meeting = circulated_meeting()
    conference = meeting.conference
    dialog = open_dialog(qtbot, meeting)
    dialog.asked_by.setEditText("Mr Hartfield")
    dialog.passage.setPlainText(conference.minutes[1].text[:20])
    dialog.wording.setPlainText("Something else")
    dialog.reason.setText("I said otherwise.")
    assert dialog.record_request()
    dialog.table.selectRow(0)
    assert dialog.refuse_button.isEnabled() and not dialog.attach_button.isEnabled()
    dialog.answer_reason.setPlainText("The minute-taker's notes agree with the minutes.")
    press(qtbot, dialog.refuse_button, Qt.Key.Key_Space)
    (request,) = conference.corrections
    assert request.status is RequestStatus.REFUSED
    assert request.decision_reason == "The minute-taker's notes agree with the minutes."
    assert conference.is_signed and conference.version == 1
    assert not dialog.refuse_button.isEnabled()  # answered
