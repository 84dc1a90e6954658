"""Corrections after circulation: requests entered, and the chair's answer to each.

Asking, refusing and attaching a family's disagreement are operations through the runner
that a signed record allows; accepting opens a new version with the change (an amendment,
saved at once, like File > Amend), to be signed and exported again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cpmeeting.domain.after_sign_off import AddAfterSignOff, SetAfterSignOff
from cpmeeting.domain.correction_request import CorrectionRequest, RequestKind, RequestStatus
from cpmeeting.domain.corrections import AcceptCorrection, answer_changes, request_problem
from cpmeeting.domain.rules.circulation_due import correction_window_closes
from cpmeeting.gui.after_meeting_parts import (
    RecordsDialog,
    add_rows,
    day_editor,
    day_text,
    fill_table,
    person_picker,
    picked_person,
    record_table,
)
from cpmeeting.gui.runner import OperationRunner
from cpmeeting.i18n import N_, _

KIND_TITLES = {RequestKind.CORRECTION: N_("A correction to the minutes"),
               RequestKind.DISAGREEMENT: N_("The family's disagreement (attached, not "
                                            "written in)")}


def _answer(request: CorrectionRequest) -> str:
    answer = _(request.status.title)
    if request.kind is RequestKind.DISAGREEMENT:  # the kind in words, not by place
        return _("Disagreement: {answer}").format(answer=answer)
    return answer


class CorrectionsDialog(RecordsDialog):
    """The requests so far with their answers, a form for a new one, the chair's answer."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(runner, parent, today, name="corrections_dialog",
                         title=_("Corrections to the minutes"),
                         note_name="correction_window", message_name="corrections_message")
        self.window_note = self.note
        self.table = record_table("corrections_table", _("Correction requests"), [
            _("Asked by"), _("On"), _("Passage"), _("Wording asked for"), _("Why"),
            _("Answer"), _("Chair's reason")], stretch=(2, 3, 4, 6))
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.body.addWidget(self.table, 1)
        columns = QHBoxLayout()
        columns.addWidget(self._request_form(), 3)
        columns.addWidget(self._answer_box(), 2)
        self.body.addLayout(columns)
        self.finish(self.refresh)
        self.asked_by.setFocus()

    # The request

    def _request_form(self) -> QGroupBox:
        box = QGroupBox(_("Record a request"))
        form = QFormLayout(box)
        self.kind = QComboBox(objectName="request_kind")
        self.kind.setAccessibleName(_("Kind of request"))
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(_(title), kind)
        self.asked_by = person_picker("request_by", _("Asked by"), self.runner.conference.invitees)
        self.asked_on = day_editor("request_on", _("Asked on"), self.today)
        self.passage = QPlainTextEdit(objectName="request_passage", tabChangesFocus=True)
        self.passage.setAccessibleName(_("The passage, word for word"))
        self.wording = QPlainTextEdit(objectName="request_wording", tabChangesFocus=True)
        self.wording.setAccessibleName(_("The wording asked for, or the family's account"))
        self.reason = QLineEdit(objectName="request_reason")
        self.reason.setAccessibleName(_("Why"))
        for editor in (self.passage, self.wording):
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 12)
        add_rows(form, [(_("&Kind:"), self.kind), (_("Asked &by:"), self.asked_by),
                        (_("Asked &on:"), self.asked_on), (_("&Passage:"), self.passage),
                        (_("&Wording asked for:"), self.wording), (_("W&hy:"), self.reason)])
        self.ask_button = QPushButton(_("Record the re&quest"), objectName="record_request")
        self.ask_button.clicked.connect(self.record_request)
        form.addRow("", self.ask_button)
        return box

    def request(self) -> CorrectionRequest:
        name, invitee_id = picked_person(self.asked_by)
        return CorrectionRequest(
            requested_by=name, requested_on=self.asked_on.date().toPython(),
            passage=self.passage.toPlainText().strip(), wording=self.wording.toPlainText().strip(),
            reason=self.reason.text().strip(), kind=RequestKind(self.kind.currentData()),
            invitee_id=invitee_id)

    def record_request(self) -> bool:
        request = self.request()
        problem = request_problem(request, correction_window_closes(
            self.runner.conference, self.runner.profile))
        if problem:
            closes = correction_window_closes(self.runner.conference, self.runner.profile)
            self.message.setText(_(problem).format(date=day_text(closes)))
            return False
        self.runner.apply(AddAfterSignOff(_("Record a correction request"), "corrections",
                                          request))
        self.message.setText(_("Recorded the request from {name}.").format(
            name=request.requested_by))
        for editor in (self.passage, self.wording):
            editor.clear()
        self.reason.clear()
        self.table.selectRow(len(self.runner.conference.corrections) - 1)
        return True

    # The chair's answer

    def _answer_box(self) -> QGroupBox:
        box = QGroupBox(_("The chair's answer to the selected request"))
        form = QFormLayout(box)
        self.chair_name = QLineEdit(objectName="answer_by")
        self.chair_name.setAccessibleName(_("Chair"))
        chair = self.runner.conference.chair
        self.chair_name.setText(chair.name if chair else "")
        self.answer_reason = QPlainTextEdit(objectName="answer_reason", tabChangesFocus=True)
        self.answer_reason.setAccessibleName(_("The chair's reason"))
        self.answer_reason.setFixedHeight(self.answer_reason.fontMetrics().lineSpacing() * 3 + 12)
        add_rows(form, [(_("Chair's na&me:"), self.chair_name),
                        (_("&Reason:"), self.answer_reason)])
        self.accept_button = QPushButton(_("&Accept: a new version with the change"),
                                         objectName="accept_request")
        self.refuse_button = QPushButton(_("Re&fuse"), objectName="refuse_request")
        self.attach_button = QPushButton(_("A&ttach to the minutes"), objectName="attach_request")
        self.accept_button.clicked.connect(self.accept_selected)
        self.refuse_button.clicked.connect(lambda: self.answer_selected(RequestStatus.REFUSED))
        self.attach_button.clicked.connect(lambda: self.answer_selected(RequestStatus.ATTACHED))
        for button in (self.accept_button, self.refuse_button, self.attach_button):
            form.addRow(button)
        return box

    def selected(self) -> CorrectionRequest | None:
        row = self.table.currentRow()
        requests = self.runner.conference.corrections
        return requests[row] if 0 <= row < len(requests) else None

    def _selection_changed(self) -> None:
        request = self.selected()
        open_ = request is not None and request.is_open
        correction = open_ and request.kind is RequestKind.CORRECTION
        self.accept_button.setEnabled(correction)
        self.refuse_button.setEnabled(correction)
        self.attach_button.setEnabled(open_ and request.kind is RequestKind.DISAGREEMENT)

    def accept_selected(self) -> bool:
        request = self.selected()
        if request is None:
            return False
        try:
            self.runner.apply_quietly(AcceptCorrection(
                _("Accept a correction"), request.id, self.chair_name.text(), self.runner.now(),
                self.answer_reason.toPlainText()))
        except ValueError as refused:
            self.message.setText(_(str(refused)))
            return False
        self.answer_reason.clear()
        self.message.setText(_(
            "Version {version} is open with the change. Sign it off and export it again "
            "(File > Export minutes and plan); the signed version {previous} is kept.").format(
                version=self.runner.conference.version,
                previous=self.runner.conference.version - 1))
        return True

    def answer_selected(self, status: RequestStatus) -> bool:
        request = self.selected()
        if request is None:
            return False
        try:
            changes = answer_changes(status, self.chair_name.text(), self.today,
                                     self.answer_reason.toPlainText())
        except ValueError as refused:
            self.message.setText(_(str(refused)))
            return False
        label = _("Refuse a correction") if status is RequestStatus.REFUSED else _(
            "Attach a disagreement")
        self.runner.apply(SetAfterSignOff(label, changes, record_id=request.id))
        self.answer_reason.clear()
        return True

    def refresh(self) -> None:
        conference = self.runner.conference
        row = self.table.currentRow()
        fill_table(self.table, [
            (request.requested_by, day_text(request.requested_on), request.passage,
             request.wording, request.reason, _answer(request), request.decision_reason)
            for request in conference.corrections])
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
        self._selection_changed()
        closes = correction_window_closes(conference, self.runner.profile)
        if closes is None:
            self.window_note.setText(_("The minutes have not been sent yet: record the "
                                       "circulation first (File > Circulation)."))
        elif self.today > closes:
            self.window_note.setText(_("The correction window closed on {date}. A family's "
                                       "disagreement can still be attached.").format(
                                           date=day_text(closes)))
        else:
            self.window_note.setText(_("Corrections may be asked for until {date}.").format(
                date=day_text(closes)))


def open_corrections(window) -> None:
    """File > Corrections, for the open conference."""
    if window.runner is not None:
        CorrectionsDialog(window.runner, window).exec()
