"""File > New review from this conference: refused with the reason, or the review opens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.decision import Category, Decision, Outcome
from cpmeeting.domain.signoff import sign
from cpmeeting.gui.actions import ACTIONS, ActionId
from cpmeeting.gui.new_review_dialog import NewReviewDialog


def _answer_modal(seen: list, act) -> None:
    """Once the modal window shows, note its text and act on it."""
    def run() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box)
        act(box)
    QTimer.singleShot(0, run)


def test_an_unsigned_conference_says_why_no_review_can_start(qtbot, window, archive):
    seen: list = []
    _answer_modal(seen, lambda box: (seen.append(box.text()), box.accept()))
    window.actions[ActionId.NEW_REVIEW].trigger()
    assert isinstance(seen[0], QMessageBox)
    assert "is not signed yet" in seen[1]
    assert len(archive.list_conferences()) == 1


def _sign_with_plan(window, archive) -> None:
    runner = window.runner
    for child in runner.conference.children:
        runner.conference.decisions.append(Decision(
            child_id=child.id, significant_harm=True, outcome=Outcome.CHILD_PROTECTION_PLAN,
            categories={Category.NEGLECT}))
    sign(runner.conference, runner.profile, "Clare Chairwell", "Chair", runner.now(),
         waiver_reason="Test")
    archive.save(runner.conference)


def test_a_review_from_the_signed_conference_opens_in_the_window(qtbot, window, archive):
    _sign_with_plan(window, archive)
    previous_id = window.runner.conference.id
    seen: list = []

    def fill(dialog) -> None:
        assert isinstance(dialog, NewReviewDialog)
        assert "3 months after the initial conference" in dialog.findChild(
            object, "due_label").text()
        dialog.date_edit.setDate(QDate(2027, 2, 10))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _answer_modal(seen, fill)
    window.actions[ActionId.NEW_REVIEW].trigger()
    review = window.runner.conference
    assert review.kind is ConferenceKind.REVIEW and review.date == date(2027, 2, 10)
    assert review.previous_conference_id == previous_id
    assert archive.load(review.id).case_id == previous_id
    assert ACTIONS[ActionId.NEW_REVIEW].shortcuts == ("Ctrl+Shift+N",)


def test_a_date_before_the_previous_conference_is_refused_in_the_dialog(qtbot, window,
                                                                          archive):
    _sign_with_plan(window, archive)
    dialog = NewReviewDialog(window.runner.conference, window.runner.profile, window)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 1, 1))
    seen: list = []
    _answer_modal(seen, lambda box: (seen.append(box.text()), box.accept()))
    dialog.accept()
    assert "must be held after" in seen[1]
    assert dialog.result() == 0


def test_a_review_has_its_progress_stage_as_5a_and_the_numbers_stay(qtbot, window, archive):
    from cpmeeting.domain.review import start_review
    from cpmeeting.domain.stages import ALL_STAGES, Stage

    _sign_with_plan(window, archive)
    review = start_review(window.runner.conference, date(2027, 2, 10))
    archive.save(review)
    window.open_conference(review.id)
    live = window.live
    texts = [live.navigator.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
             for row in range(live.navigator.count())]
    assert len(texts) == 10
    assert texts[5].startswith("5a. Progress since the last conference")
    assert texts[6].startswith("6. Analysis") and texts[9].startswith("9. Close")
    qtbot.keyClick(window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert live.stage is Stage.PROGRESS
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert live.stage is Stage.ANALYSIS
    for stage in ALL_STAGES:  # every stage of a review opens
        window.go_to_stage(stage)
        assert live.stage is stage
    initial = next(s for s in archive.list_conferences() if s.id != review.id)
    window.open_conference(initial.id)
    assert window.live.navigator.count() == 9
    assert not window.actions[ActionId.STAGE_PROGRESS].isEnabled()
