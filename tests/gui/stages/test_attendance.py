"""Attendance page: arrivals by keystroke, left/back times, statuses, and the quoracy panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from stage_helpers import focus, press, type_text

from cpmeeting.domain.conference import InquoratePath
from cpmeeting.domain.people import AttendanceStatus, Role
from cpmeeting.domain.rules.deadlines import reconvene_due
from cpmeeting.gui.stages.attendance import AttendancePage


def row_of(page, name: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == name)


def test_lists_every_invitee_with_role_status_and_times(demo, open_page):
    page = open_page(AttendancePage, demo)
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == [p.name for p in demo.conference.invitees]
    police = row_of(page, "DC Nadia Frost")
    assert page.table.item(police, 1).text() == "Present for part"
    assert page.table.item(police, 2).text() == "10:00–11:05"
    assert "received" in page.table.item(row_of(page, "Dr Owen Castellan"), 3).text()


def test_space_marks_arrival_now_and_moves_to_the_next_person(blank, open_page, qtbot):
    page = open_page(AttendancePage, blank)
    blank.clock.at(10, 2)
    page.table.setCurrentCell(row_of(page, "Amara Okonjo"), 0)
    focus(qtbot, page.table)
    press(qtbot, page.table, Qt.Key.Key_Space)
    worker = blank.person("Amara Okonjo")
    assert worker.attendance is AttendanceStatus.PRESENT
    assert [s.joined for s in worker.presence] == [blank.clock.now]
    assert page.selected_id() == blank.conference.invitees[row_of(page, "Amara Okonjo") + 1].id
    press(qtbot, page.table, Qt.Key.Key_Return)
    assert blank.person("Rebecca Lindqvist").attendance is AttendanceStatus.PRESENT

    blank.runner.undo_stack.undo()
    assert blank.person("Rebecca Lindqvist").attendance is AttendanceStatus.NOT_RECORDED


def test_left_now_and_back_now_stamp_the_times(blank, open_page, qtbot):
    page = open_page(AttendancePage, blank)
    police_row = row_of(page, "DC Nadia Frost")
    page.table.setCurrentCell(police_row, 0)
    focus(qtbot, page.table)
    press(qtbot, page.table, Qt.Key.Key_Space)
    page.table.setCurrentCell(police_row, 0)
    blank.clock.at(11, 5)
    press(qtbot, page.table, Qt.Key.Key_L)
    police = blank.person("DC Nadia Frost")
    assert police.attendance is AttendanceStatus.PART
    assert police.presence[-1].left == blank.clock.now
    assert "out of the room" in page.table.item(police_row, 1).text()
    blank.clock.at(11, 30)
    press(qtbot, page.table, Qt.Key.Key_B)
    assert [s.joined.minute for s in police.presence] == [0, 30]
    assert page.table.item(police_row, 2).text() == "10:00–11:05, 11:30–"

    blank.runner.undo_stack.undo()
    assert len(blank.person("DC Nadia Frost").presence) == 1


def test_status_and_report_dates_edit_the_selected_person(blank, open_page, qtbot):
    page = open_page(AttendancePage, blank)
    page.table.setCurrentCell(row_of(page, "Dr Owen Castellan"), 0)
    status = page.person_form.editors["attendance"]
    focus(qtbot, status)
    qtbot.keyClicks(status, "A")  # keyboard search picks "Apologies"
    assert blank.person("Dr Owen Castellan").attendance is AttendanceStatus.APOLOGIES
    video = page.person_form.editors["video_agreed_by_chair"]
    focus(qtbot, video)
    press(qtbot, video, Qt.Key.Key_Space)
    assert blank.person("Dr Owen Castellan").video_agreed_by_chair
    blank.runner.undo_stack.undo()
    blank.runner.undo_stack.undo()
    assert blank.person("Dr Owen Castellan").attendance is AttendanceStatus.NOT_RECORDED


def test_late_invitee_and_substitute_are_added_present_now(blank, open_page, qtbot):
    page = open_page(AttendancePage, blank)
    blank.clock.at(10, 20)
    focus(qtbot, page.new_name)
    type_text(qtbot, page.new_name, "Tomasz Wiśniewski")
    page.new_agency.setText("Example Housing")
    page.add_late_invitee()
    late = blank.person("Tomasz Wiśniewski")
    assert late.attendance is AttendanceStatus.PRESENT and late.role is Role.PRACTITIONER
    assert late.presence[0].joined == blank.clock.now

    page.table.setCurrentCell(row_of(page, "Laura Fenwick"), 0)
    type_text(qtbot, page.new_name, "Priya Nandakumar")
    page.add_substitute()
    teacher, substitute = blank.person("Laura Fenwick"), blank.person("Priya Nandakumar")
    assert teacher.attendance is AttendanceStatus.SUBSTITUTE_SENT
    assert substitute.substitute_for == teacher.id and substitute.agency == teacher.agency
    blank.runner.undo_stack.undo()
    assert "Priya Nandakumar" not in [p.name for p in blank.conference.invitees]
    assert blank.person("Laura Fenwick").attendance is AttendanceStatus.NOT_RECORDED


def test_quoracy_panel_explains_and_follows_arrivals(blank, open_page, qtbot):
    page = open_page(AttendancePage, blank)
    assert page.quoracy.explanation.text().startswith("Not quorate")
    assert page.quoracy.inquorate_box.isVisibleTo(page)
    focus(qtbot, page.table)
    for name in ("Amara Okonjo", "Laura Fenwick", "Joanne Mbatha"):
        page.table.setCurrentCell(row_of(page, name), 0)
        press(qtbot, page.table, Qt.Key.Key_Space)
    text = page.quoracy.explanation.text()
    assert text.startswith("Quorate")
    assert "✓" in text and "Laura Fenwick" in text
    assert not page.quoracy.inquorate_box.isVisibleTo(page)


def test_inquorate_path_is_recorded_with_reasons_and_the_reconvene_date(blank, open_page, qtbot):
    page = open_page(AttendancePage, blank)
    panel = page.quoracy
    assert panel.new_date.value() == reconvene_due(blank.conference, blank.runner.profile).due
    focus(qtbot, panel.interim)
    press(qtbot, panel.interim, Qt.Key.Key_Space)
    focus(qtbot, panel.reasons)
    type_text(qtbot, panel.reasons, "Only children's social care attended.")
    panel.record_button.click()
    record = blank.conference.inquorate
    assert record.path is InquoratePath.INTERIM_PLAN
    assert record.reasons == "Only children's social care attended."
    assert record.new_date == panel.new_date.value()
    blank.runner.undo_stack.undo()
    assert blank.conference.inquorate is None
