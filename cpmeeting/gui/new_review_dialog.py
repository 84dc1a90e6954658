"""File > New review from this conference: the date and time of the next conference of the case.

The review itself is built by the domain (domain/review.py); this dialog asks when it is held
and shows when the rules say it is due by.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTimeEdit,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.review import ReviewRefused, review_refusal, start_review
from cpmeeting.domain.rules.deadlines import conference_due_date
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.i18n import _, ngettext


class NewReviewDialog(QDialog):
    """Asks the date and time of the review; review() builds it from the previous conference."""

    def __init__(self, previous: Conference, profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_review_dialog")
        self.setWindowTitle(_("New review from this conference"))
        self.previous = previous
        layout = QFormLayout(self)
        # The due date counts from the previous conference, so it is known before the date.
        probe = start_review(previous, date.fromordinal(previous.date.toordinal() + 1))
        due = conference_due_date(probe, profile)
        self.due = due.effective if due is not None else None
        intro = QLabel(_("The review carries forward the children whose plan goes on, the family "
                         "and the practitioners, the plan, the core group and the categories."),
                       wordWrap=True)
        layout.addRow(intro)
        if due is not None:
            basis = QLabel(_("Due by {date}: {basis}.").format(
                date=format_day(due.effective), basis=due.render_basis(_, plural=ngettext)),
                wordWrap=True, objectName="due_label")
            layout.addRow(basis)
        start = self.due or previous.date
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day),
                                   objectName="review_date", calendarPopup=True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setAccessibleName(_("Date of the review"))
        clock = previous.start_time or time(10, 0)
        self.time_edit = QTimeEdit(QTime(clock.hour, clock.minute), objectName="review_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(_("Start time of the review"))
        date_label = QLabel(_("&Date of the review:"))
        date_label.setBuddy(self.date_edit)
        time_label = QLabel(_("Start &time:"))
        time_label.setBuddy(self.time_edit)
        layout.addRow(date_label, self.date_edit)
        layout.addRow(time_label, self.time_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.date_edit.setFocus()

    def review(self) -> Conference:
        """The new review conference; raises ReviewRefused (a date too early, say)."""
        clock = self.time_edit.time().toPython()
        return start_review(self.previous, self.date_edit.date().toPython(),
                            time(clock.hour, clock.minute))

    def accept(self) -> None:
        problem = review_refusal(self.previous, self.date_edit.date().toPython())
        if problem is not None:
            say_refused(self, problem)
            return
        super().accept()


def say_refused(parent: QWidget, refusal: ReviewRefused) -> None:
    QMessageBox.information(parent, _("New review from this conference"),
                            _(refusal.template).format(**refusal.params))


def new_review(window) -> None:
    """From the open conference: refuse with the reason, or ask the date and open the review."""
    runner = window.runner
    if runner is None:
        return
    runner.flush()
    previous = runner.conference
    problem = review_refusal(previous)
    if problem is not None:
        say_refused(window, problem)
        return
    dialog = NewReviewDialog(previous, runner.profile, window)
    while True:  # refused (a full disk): shown again with what was typed
        if not dialog.exec():
            return
        review = dialog.review()
        if window.save_guard.save_new(review):
            break
    window.open_conference(review.id)
    window.statusBar().showMessage(
        _("Review started from the conference of {date}.").format(
            date=format_day(previous.date)), 8000)
