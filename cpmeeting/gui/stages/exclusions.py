"""Exclusions: every field of domain.md §6, with the rule checks shown beside the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.exclusion import (
    SCOPE_TITLES,
    Exclusion,
    ExclusionGround,
    ViewsRepresentation,
)
from cpmeeting.domain.operations import AddRecord, RemoveRecord, SetFields
from cpmeeting.domain.rules import check_exclusion
from cpmeeting.domain.rules.explain import format_time
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.fields import Choice, DateField, TextBox, TextLine, Tick, TickSet, refill
from cpmeeting.gui.stages.forms import RecordForm, Responsive, add_row, form_layout, scrolled
from cpmeeting.gui.stages.names import enum_options
from cpmeeting.i18n import N_, _

VIEWS_TITLES = {
    ViewsRepresentation.ADVOCATE: N_("An advocate"),
    ViewsRepresentation.WRITTEN: N_("In writing"),
    ViewsRepresentation.SOCIAL_WORKER: N_("The social worker"),
    ViewsRepresentation.CHAIR_BEFOREHAND: N_("The chair, who met them beforehand"),
    ViewsRepresentation.OTHER: N_("Another way (see note)"),
}


def ground_options() -> list[tuple[ExclusionGround, str]]:
    return [(g, f"{i}. {_(g.description)}") if i <= 6 else (g, _(g.description))
            for i, g in enumerate(ExclusionGround, start=1)]


class ExclusionsPage(StagePage):
    stage = Stage.EXCLUSIONS

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("exclusions_page")
        self.list = QListWidget(objectName="exclusion_list")
        self.list.setAccessibleName(_("Exclusions"))
        self.list.currentRowChanged.connect(lambda _row: self.form.show(runner.conference))
        list_label = QLabel(_("E&xclusions:"))
        list_label.setBuddy(self.list)
        self.person = QComboBox(objectName="exclusion_person")
        self.person.setAccessibleName(_("Family member to exclude"))
        person_label = QLabel(_("Famil&y member:"))
        person_label.setBuddy(self.person)
        self.add_button = QPushButton(_("&Add exclusion"))
        self.add_button.clicked.connect(self.new_exclusion)
        remove_button = QPushButton(_("&Remove exclusion"))
        remove_button.clicked.connect(self.remove_exclusion)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 3)
        choose = QHBoxLayout()
        choose.addWidget(self.person, 1)
        choose.addWidget(self.add_button)
        left = QVBoxLayout()
        for widget in (list_label, self.list, person_label):
            left.addWidget(widget)
        left.addLayout(choose)
        left.addWidget(remove_button)
        left.addStretch(1)

        f = self.form = RecordForm(runner, lambda c: self._current(c))
        editor = QWidget()
        form = form_layout(editor)
        self.grounds = f.bind("grounds", TickSet(_("Grounds"), ground_options()), _("Grounds"))
        grounds_box = QGroupBox(_("&Grounds (one or more)"))
        QVBoxLayout(grounds_box).addWidget(self.grounds)
        form.addRow(grounds_box)
        add_row(form, _("Re&quested by (agency):"),
                f.bind("requested_by", TextLine(_("Requested by")), _("Requested by")))
        add_row(form, _("Requested &on:"),
                f.bind("requested_on", DateField(_("Requested on")), _("Requested on")))
        add_row(form, _("Reason for a &late request:"),
                f.bind("late_request_reason", TextLine(_("Late request reason")),
                       _("Late request reason")))
        add_row(form, _("Evi&dence relied on:"),
                f.bind("evidence", TextBox(_("Evidence")), _("Evidence")))
        form.addRow(f.bind("legal_advice_taken", Tick(_("Legal advice ta&ken")),
                           _("Legal advice taken")))
        add_row(form, _("Legal advice &note:"),
                f.bind("legal_advice_note", TextLine(_("Legal advice note")), _("Legal advice note")))
        add_row(form, _("Sco&pe:"), f.bind("scope", Choice(
            _("Excluded from"), enum_options(SCOPE_TITLES), False),
            _("Excluded from")))
        add_row(form, _("&Items:"), f.bind("items", TextLine(_("Items")), _("Items")))
        self.period = QLabel(objectName="exclusion_period")
        self.period.setWordWrap(True)
        self.out_button = QPushButton(_("E&xcluded now"))
        self.out_button.clicked.connect(lambda: self._stamp("start"))
        self.back_button = QPushButton(_("Re&turned now"))
        self.back_button.clicked.connect(lambda: self._stamp("end"))
        stamps = QHBoxLayout()
        stamps.addWidget(self.out_button)
        stamps.addWidget(self.back_button)
        form.addRow(self.period)
        form.addRow(stamps)
        add_row(form, _("Views represented &by:"), f.bind("views_represented_by", Choice(
            _("Views represented by"), enum_options(VIEWS_TITLES)),
            _("Views represented by")))
        add_row(form, _("Ho&w views are represented (note):"),
                f.bind("views_representation_note", TextLine(_("Views note")), _("Views note")))
        form.addRow(f.bind("receives_report", Tick(_("Receives the re&port")),
                           _("Receives the report")))
        form.addRow(f.bind("receives_minutes", Tick(_("Receives the m&inutes (chair's decision)")),
                           _("Receives the minutes")))
        add_row(form, _("How they learn the o&utcome:"),
                f.bind("how_told_outcome", TextLine(_("How told the outcome")),
                       _("How told the outcome")))
        add_row(form, _("Told in &writing on:"),
                f.bind("told_in_writing_on", DateField(_("Told in writing on")),
                       _("Told in writing on")))
        form.addRow(f.bind("complaints_procedure_given", Tick(_("&Complaints procedure given")),
                           _("Complaints procedure given")))
        form.addRow(f.bind("asked_to_leave_during_meeting",
                           Tick(_("Asked to leave during the meeting (b&y the chair)")),
                           _("Asked to leave during the meeting")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)

        self.findings = QLabel(objectName="exclusion_findings")
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(_("Checks on this exclusion"))
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop)
        checks = QGroupBox(_("Checks"))
        QVBoxLayout(checks).addWidget(self.findings)

        # Stacked (beside the minutes pane), the list and the checks keep their height and
        # the long form scrolls in what is left.
        self.sides = Responsive((scrolled(left), 1, 0), (scroll, 3, 1), (checks, 1, 0),
                                wide_chars=130)
        QVBoxLayout(self).addWidget(self.sides)

    def _current(self, conference: Conference) -> Exclusion | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((e for e in conference.exclusions if e.id == wanted), None)

    def show_conference(self, conference: Conference) -> None:
        current = self._current(conference)
        chosen = current.id if current else None
        now = self.runner.now()
        self.list.blockSignals(True)
        self.list.clear()
        for exclusion in conference.exclusions:
            person = conference.invitee(exclusion.invitee_id)
            name = person.name if person else _("Unknown person")
            text = f"{name}: {_(SCOPE_TITLES[exclusion.scope])}"
            if now.date() == conference.date and exclusion.applies_at(now):
                text += " — " + _("out of the room now")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, exclusion.id)
            self.list.addItem(item)
            if exclusion.id == chosen or (chosen is None and self.list.count() == 1):
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        refill(self.person, [(person.name, person.id) for person in conference.family])
        self.form.show(conference)
        self._show_checks(conference)

    def _show_checks(self, conference: Conference) -> None:
        exclusion = self._current(conference)
        if exclusion is None:
            self.period.setText("")
            self.findings.setText(_("No exclusion chosen."))
            return
        start = format_time(exclusion.start) if exclusion.start else _("not yet")
        end = format_time(exclusion.end) if exclusion.end else _("not yet")
        self.period.setText(_("Out of the room from {start}; returned {end}.").format(
            start=start, end=end))
        problems = check_exclusion(exclusion, conference, self.runner.profile)
        self.findings.setText(
            "\n".join("! " + f.render(_) for f in problems) if problems
            else "✓ " + _("Recorded in full."))

    def new_exclusion(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            return
        exclusion = Exclusion(invitee_id=person_id)
        self.runner.apply(AddRecord(_("New exclusion"), "exclusions", exclusion))
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == exclusion.id:
                self.list.setCurrentRow(row)
        self.grounds.boxes[ExclusionGround.WELFARE_PREJUDICE].setFocus()

    def remove_exclusion(self) -> None:
        exclusion = self._current(self.runner.conference)
        if exclusion is not None:
            self.runner.apply(RemoveRecord(_("Remove exclusion"), "exclusions", exclusion.id))

    def _stamp(self, field: str) -> None:
        """Excluded now / returned now: the time the person left or came back into the room."""
        exclusion = self._current(self.runner.conference)
        if exclusion is None:
            return
        label = _("Excluded now") if field == "start" else _("Returned now")
        self.runner.apply(SetFields(label, {field: self.runner.now()}, record_id=exclusion.id))
