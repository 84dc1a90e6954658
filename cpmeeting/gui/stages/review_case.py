"""At a review, on the decision page: the case as a whole — brought forward, a transfer out to
another authority (and when its transfer-in conference is due), and who must be told."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from cpmeeting.domain.conference import Conference, ConferenceKind
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.domain.rules.review_decision import transfer_in_due, who_must_be_told
from cpmeeting.gui.stages.fields import DateField, TextLine
from cpmeeting.gui.stages.forms import RecordForm, add_row, form_layout
from cpmeeting.i18n import _


class ReviewCaseBox(QGroupBox):
    """Fields of the conference itself that only a review uses."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(_("At a review: the case"), parent)
        self.setObjectName("review_case")
        self.runner = runner
        f = self.form = RecordForm(runner, lambda c: c, path="")
        form = form_layout(self)
        add_row(form, _("Brought forward &because:"), f.bind(
            "brought_forward_reason", TextLine(_("Brought forward because")),
            _("Brought forward because")))
        add_row(form, _("&Transfer out to (authority):"), f.bind(
            "transfer_out_authority", TextLine(_("Transfer out to")), _("Transfer out to")))
        add_row(form, _("Date that authority was told:"), f.bind(
            "transfer_out_date", DateField(_("Date the receiving authority was told")),
            _("Date the receiving authority was told")))
        self.transfer_due = QLabel(objectName="transfer_in_due", wordWrap=True)
        form.addRow(self.transfer_due)
        self.told = QLabel(objectName="who_must_be_told", wordWrap=True)
        self.told.setAccessibleName(_("Who must be told"))
        form.addRow(self.told)

    def show_conference(self, conference: Conference) -> None:
        is_review = conference.kind is ConferenceKind.REVIEW
        self.setVisible(is_review)
        if not is_review:
            return
        self.form.show(conference)
        due = transfer_in_due(conference, self.runner.profile)
        self.transfer_due.setText(
            _("The transfer-in conference there is due by {date}.").format(date=format_day(due))
            if due is not None else "")
        told = who_must_be_told(conference)
        self.told.setText(_("Who must be told:") + "\n" + "\n".join(
            f"• {person.who}: {person.render_why(_)}" for person in told) if told else "")
