"""A signed record is locked in the window: an edit is refused, nothing changes or is saved,
and nothing typed is lost."""

from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.decision import Category, Decision, Outcome
from cpmeeting.domain.journal import AuthorRole
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.signoff import amend, sign
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.runner import OperationRunner


def test_an_edit_to_a_signed_record_is_refused_until_amended(qtbot):
    conference = demo_conference(date(2026, 11, 23))
    profile = demo_profile()
    sign(conference, profile, "Helen Ashcombe", "Chair", datetime(2026, 11, 26, 13, 0))
    saved = []
    runner = OperationRunner(conference, profile, lambda c, _changes: saved.append(c))
    entry = MinuteEntry("Added after signing", Stage.CLOSE, datetime(2026, 11, 26, 13, 5))
    count = len(conference.minutes)

    with qtbot.waitSignal(runner.editRefused) as refused:
        runner.apply(AddRecord("Add an entry", "minutes", entry))
    assert "signed" in refused.args[0]
    assert len(conference.minutes) == count and saved == []

    amend(conference, "Helen Ashcombe", datetime(2026, 11, 27, 9, 0), "Spelling of a name")
    runner.apply(AddRecord("Add an entry", "minutes", entry))
    assert len(conference.minutes) == count + 1
    qtbot.waitUntil(lambda: bool(saved))  # saved on a later turn of the event loop


def test_an_entry_refused_on_a_signed_record_stays_in_the_box_and_its_draft(
        qtbot, window, archive):
    runner, pane = window.runner, window.pane
    sign(runner.conference, runner.profile, "Chair", "Chair", runner.now(), waiver_reason="Test")
    archive.save(runner.conference)
    count = len(runner.conference.minutes)
    told = []

    def decline_the_amendment() -> None:
        box = QApplication.activeModalWidget()
        told.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    typed = "Mother asked that her new address be kept from the father."
    pane.focus_entry()
    qtbot.keyClicks(pane.entry_box, typed)
    QTimer.singleShot(0, decline_the_amendment)
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)

    assert "signed" in told[0]
    assert pane.entry_box.toPlainText() == typed
    assert len(runner.conference.minutes) == count
    conference_id = runner.conference.id
    qtbot.waitUntil(lambda: archive.load_drafts(conference_id).get("minutes") == typed)


def test_the_runner_says_whether_it_applied_a_change(qtbot):
    conference = demo_conference(date(2026, 11, 23))
    runner = OperationRunner(conference, demo_profile(), lambda c, _changes: None)
    child = conference.children[0]
    decision = Decision(child_id=child.id, significant_harm=True,
                        outcome=Outcome.CHILD_PROTECTION_PLAN, categories={Category.NEGLECT})
    runner.role = AuthorRole.MINUTE_TAKER
    with qtbot.waitSignal(runner.roleRefused):
        assert runner.apply(AddRecord("Record the decision", "decisions", decision)) is False
    assert decision not in conference.decisions
    entry = MinuteEntry("The minute-taker's entry", Stage.CLOSE, datetime(2026, 11, 23, 11, 0))
    assert runner.apply(AddRecord("Add an entry", "minutes", entry)) is True
    assert entry in conference.minutes
