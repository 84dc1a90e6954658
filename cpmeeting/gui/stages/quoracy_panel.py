"""The quoracy panel: the verdict now, why, and the inquorate path when it is needed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference, InquoratePath, InquorateRecord
from cpmeeting.domain.operations import SetFields
from cpmeeting.domain.rules.deadlines import reconvene_due
from cpmeeting.domain.rules.quoracy import check_quoracy, inquorate_path_needed, quoracy_moment
from cpmeeting.gui.stages.fields import DateField, TextBox
from cpmeeting.gui.stages.forms import add_row, form_layout
from cpmeeting.i18n import _


def verdict_text(verdict) -> str:
    """The verdict as plain lines, marked with symbols and words, never colour alone."""
    lines = [verdict.headline.render(_) if verdict.headline is not None else ""]
    sections = (
        (_("Counted"), "✓", verdict.counted),
        (_("Not counted"), "✗", verdict.not_counted),
        (_("Missing"), "!", verdict.missing),
    )
    for title, mark, findings in sections:
        if findings:
            lines.append("")
            lines.append(title + ":")
            lines.extend(f"  {mark} {f.render(_)}" for f in findings)
    return "\n".join(lines)


class QuoracyPanel(QWidget):
    """Always current: the page calls show_conference after every change."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.verdict = None
        box = QGroupBox(_("Quoracy now"))
        self.explanation = QLabel(objectName="quoracy_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(_("Quoracy explanation"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.explanation)

        self.inquorate_box = QGroupBox(_("Not quorate: what the chair does"))
        self.todo = QLabel(objectName="inquorate_todo")
        self.todo.setWordWrap(True)
        self.interim = QRadioButton(_("Pro&duce an interim protection plan"))
        self.review = QRadioButton(_("Review the e&xisting plan with those present"))
        self.reasons = TextBox(_("Reasons the conference is not quorate"), lines=2)
        self.new_date = DateField(_("New date for the conference"))
        self.record_button = QPushButton(_("Record the inquorate decision"))
        self.record_button.setAccessibleName(_("Record the inquorate decision"))
        self.record_button.clicked.connect(self.record)
        form = form_layout()
        form.addRow(self.todo)
        form.addRow(self.interim)
        form.addRow(self.review)
        add_row(form, _("Reasons (not &quorate):"), self.reasons)
        add_row(form, _("Ne&w date:"), self.new_date)
        form.addRow(self.record_button)
        self.inquorate_box.setLayout(form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.inquorate_box)
        layout.addStretch(1)

    def show_conference(self, conference: Conference) -> None:
        profile = self.runner.profile
        self.verdict = check_quoracy(conference, profile,
                                     quoracy_moment(conference, self.runner.now()))
        self.explanation.setText(verdict_text(self.verdict))
        needed = inquorate_path_needed(self.verdict, conference, profile)
        record = conference.inquorate
        self.inquorate_box.setVisible(not self.verdict.quorate or record is not None)
        self.todo.setText("\n".join("• " + f.render(_) for f in needed))
        self.interim.setChecked(record is not None and record.path is InquoratePath.INTERIM_PLAN)
        self.review.setChecked(
            record is not None and record.path is InquoratePath.REVIEW_EXISTING_PLAN)
        self.reasons.show_value(record.reasons if record else "")
        default = reconvene_due(conference, profile).effective
        self.new_date.show_value(record.new_date if record and record.new_date else default)

    def record(self) -> None:
        """Store the chair's inquorate path, reasons and new date as one operation."""
        path = (InquoratePath.INTERIM_PLAN if self.interim.isChecked()
                else InquoratePath.REVIEW_EXISTING_PLAN if self.review.isChecked() else None)
        if path is None:
            self.todo.setText(_("Choose the interim plan or a review of the existing plan."))
            self.interim.setFocus()
            return
        record = InquorateRecord(path=path, reasons=self.reasons.toPlainText().strip(),
                                 new_date=self.new_date.value(), recorded_at=self.runner.now())
        self.runner.apply(SetFields(_("Record inquorate decision"), {"inquorate": record}, path=""))
