"""Agency contributions: one entry per agency present or reporting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference, ConferenceKind
from cpmeeting.domain.contribution import AgencyContribution
from cpmeeting.domain.meeting_ops import contributing_agencies
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.labels import person_label
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.copy_marks import CopyMarks
from cpmeeting.gui.stages.fields import DateField, TextBox
from cpmeeting.gui.stages.forms import RecordForm, Responsive, add_row, form_layout, scrolled
from cpmeeting.gui.stages.names import STATUS_TITLES
from cpmeeting.i18n import _


def contribution_of(conference: Conference, invitee_id: str | None) -> AgencyContribution | None:
    return next((c for c in conference.contributions if c.invitee_id == invitee_id), None)


class ContributionsPage(StagePage):
    stage = Stage.CONTRIBUTIONS

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("contributions_page")
        self.agencies = QListWidget(objectName="contribution_agencies")
        self.agencies.setAccessibleName(_("Agencies present or reporting"))
        self.agencies.currentRowChanged.connect(lambda _r: self._show_forms(runner.conference))
        agencies_label = QLabel(_("&Agencies present or reporting:"))
        agencies_label.setBuddy(self.agencies)
        agencies_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(agencies_label)
        left.addWidget(self.agencies, 1)

        self.heading = QLabel(objectName="contribution_heading")
        self.heading.setWordWrap(True)
        f = self.form = RecordForm(
            runner, lambda c: contribution_of(c, self.invitee_id()), "contributions",
            create=lambda c: (AgencyContribution(invitee_id=self.invitee_id())
                              if self.invitee_id() else None))
        form = form_layout()
        self.summary = add_row(form, _("S&ummary of what they told the conference:"), f.bind(
            "summary", TextBox(_("Summary"), lines=6), _("Summary")))
        self.progress = add_row(form, _("&Progress against the plan (review):"), f.bind(
            "progress_against_plan", TextBox(_("Progress against the plan"), lines=3),
            _("Progress against the plan")))
        add_row(form, _("Their vie&w on the decision:"), f.bind(
            "view_on_decision", TextBox(_("View on the decision"), lines=2),
            _("View on the decision")))
        # A report about one parent may not be for the other.
        self.marks = CopyMarks(f, form, _("N&ot for:"))

        self.report_form = RecordForm(runner, lambda c: c.invitee(self.invitee_id()))
        report_box = QGroupBox(_("Their report"))
        report = form_layout(report_box)
        add_row(report, _("Report &received:"), self.report_form.bind(
            "report_received", DateField(_("Report received")), _("Report received")))
        add_row(report, _("Report shared with famil&y:"), self.report_form.bind(
            "report_shared_with_family", DateField(_("Report shared with family")),
            _("Report shared with family")))

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        right.addWidget(report_box)
        right.addStretch(1)
        self.sides = Responsive((scrolled(left), 1), (scrolled(right), 2), wide_chars=90)
        QVBoxLayout(self).addWidget(self.sides)

    def invitee_id(self) -> str | None:
        item = self.agencies.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, invitee_id: str) -> None:
        for row in range(self.agencies.count()):
            if self.agencies.item(row).data(Qt.ItemDataRole.UserRole) == invitee_id:
                self.agencies.setCurrentRow(row)

    def show_conference(self, conference: Conference) -> None:
        chosen = self.invitee_id()
        self.agencies.blockSignals(True)
        self.agencies.clear()
        for person in contributing_agencies(conference):
            done = contribution_of(conference, person.id) is not None
            mark = "✓ " + _("recorded") if done else "○ " + _("to do")
            status = _(STATUS_TITLES[person.attendance])
            item = QListWidgetItem(f"{person_label(person)}: {status} ({mark})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.agencies.addItem(item)
            if person.id == chosen:
                self.agencies.setCurrentItem(item)
        if self.agencies.currentRow() < 0 and self.agencies.count():
            self.agencies.setCurrentRow(0)
        self.agencies.blockSignals(False)
        self._show_forms(conference)

    def _show_forms(self, conference: Conference) -> None:
        person = conference.invitee(self.invitee_id())
        self.heading.setText(person_label(person) if person else _("No agency chosen."))
        self.marks.show_conference(conference)
        self.form.show(conference)
        self.report_form.show(conference)
        self.progress.setEnabled(person is not None and conference.kind is ConferenceKind.REVIEW)
