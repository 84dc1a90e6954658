"""Who was sent which copy, when and how: the circulation record, and what is still owed.

Opened from File > Circulation, or from the export dialog once the files are written. Each
sending is one operation through the runner (allowed on a signed record: it changes nothing
the chair signed).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from cpmeeting.domain.after_sign_off import RemoveAfterSignOff, record_circulation
from cpmeeting.domain.circulation import (
    COPY_TITLES,
    CirculatedDocument,
    Circulation,
    CopyKind,
    Delivery,
    circulation_problem,
)
from cpmeeting.domain.rules.circulation_due import (
    PLAN,
    circulation_due,
    correction_window_closes,
    owed_words,
)
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
from cpmeeting.i18n import N_, _, ngettext

_ADDRESS_HINTS = {
    Delivery.EMAIL: N_("name@example.org"),
    Delivery.POST: N_("Postal address"),
    Delivery.BY_HAND: N_("Not needed for a copy given by hand"),
}


class CirculationDialog(RecordsDialog):
    """The sendings recorded so far, what is owed, and a form for the next one."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(runner, parent, today, name="circulation_dialog",
                         title=_("Circulation: who was sent what"),
                         note_name="circulation_deadlines", message_name="circulation_message")
        self.deadlines = self.note
        self.table = record_table("circulation_table", _("Copies sent"), [
            _("Sent to"), _("Document"), _("Copy"), _("How"), _("Address"), _("Sent on")],
            stretch=(4,))
        self.body.addWidget(self.table, 1)
        self.remove_button = QPushButton(_("Re&move the selected sending"),
                                         objectName="remove_circulation")
        self.remove_button.clicked.connect(self.remove_selected)
        self.body.addWidget(self.remove_button)
        self.body.addWidget(self._form())
        self.finish(self.refresh)
        self.recipient.setFocus()

    def _form(self) -> QGroupBox:
        box = QGroupBox(_("Record a copy sent"))
        form = QFormLayout(box)
        self.recipient = person_picker("circulation_recipient", _("Sent to"),
                                       self.runner.conference.invitees)
        self.document = QComboBox(objectName="circulation_document")
        self.document.setAccessibleName(_("Document"))
        for document in CirculatedDocument:
            self.document.addItem(_(document.title), document)
        self.copy = QComboBox(objectName="circulation_copy")
        self.copy.setAccessibleName(_("Copy"))
        for kind, title in COPY_TITLES.items():
            self.copy.addItem(_(title), kind)
        self.delivery = QComboBox(objectName="circulation_delivery")
        self.delivery.setAccessibleName(_("How it was sent"))
        for delivery in Delivery:
            self.delivery.addItem(_(delivery.title), delivery)
        self.delivery.currentIndexChanged.connect(self._delivery_changed)
        self.address = QLineEdit(objectName="circulation_address")
        self.address.setAccessibleName(_("Email or postal address"))
        self.sent_on = day_editor("circulation_sent_on", _("Sent on"), self.today)
        add_rows(form, [(_("Sent &to:"), self.recipient), (_("&Document:"), self.document),
                        (_("&Copy:"), self.copy), (_("&How:"), self.delivery),
                        (_("&Address:"), self.address), (_("Sent o&n:"), self.sent_on)])
        self.record_button = QPushButton(_("&Record this sending"), objectName="record_circulation")
        self.record_button.clicked.connect(self.record)
        form.addRow("", self.record_button)
        self._delivery_changed()
        return box

    def _delivery_changed(self) -> None:
        delivery = Delivery(self.delivery.currentData())  # Qt hands back the plain string
        self.address.setPlaceholderText(_(_ADDRESS_HINTS[delivery]))
        self.address.setEnabled(delivery is not Delivery.BY_HAND)

    def circulation(self) -> Circulation:
        """The sending as typed in the form."""
        name, invitee_id = picked_person(self.recipient)
        delivery = Delivery(self.delivery.currentData())
        return Circulation(
            recipient=name, document=CirculatedDocument(self.document.currentData()),
            delivery=delivery, sent_on=self.sent_on.date().toPython(),
            copy=CopyKind(self.copy.currentData()),
            address="" if delivery is Delivery.BY_HAND else self.address.text().strip(),
            invitee_id=invitee_id,
            version=self.runner.conference.version)

    def record(self) -> bool:
        """Record the sending, or say what is missing."""
        circulation = self.circulation()
        problem = circulation_problem(circulation)
        if problem:
            self.message.setText(_(problem))
            return False
        self.runner.apply(record_circulation(_("Record a copy sent"), circulation))
        self.message.setText(_("Recorded: {document} to {name}.").format(
            document=_(circulation.document.title).lower(), name=circulation.recipient))
        self.recipient.setCurrentIndex(-1)
        self.recipient.setEditText("")
        self.address.clear()
        self.recipient.setFocus()
        return True

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        circulations = self.runner.conference.circulations
        if 0 <= row < len(circulations):
            self.runner.apply(RemoveAfterSignOff(_("Remove a copy sent"), "circulations",
                                                 circulations[row].id))

    def refresh(self) -> None:
        conference = self.runner.conference
        fill_table(self.table, [
            (sent.recipient, _(sent.document.title), _(COPY_TITLES[sent.copy]),
             _(sent.delivery.title), sent.address, day_text(sent.sent_on))
            for sent in conference.circulations])
        self.remove_button.setEnabled(bool(conference.circulations))
        self.deadlines.setText("\n".join(self.deadline_lines()))

    def deadline_lines(self) -> list[str]:
        """Each deadline in words: owed ("Minutes due in 3 days", "Plan LATE") or sent."""
        conference, profile = self.runner.conference, self.runner.profile
        lines = []
        for owed in circulation_due(conference, profile):
            name = _("The plan") if owed.what == PLAN else _("The minutes")
            if owed.outstanding:
                lines.append(_("{words} (by {date}).").format(
                    words=owed_words(owed.what, owed.due, self.today, _, ngettext),
                    date=day_text(owed.due)))
            else:
                late = owed.sent_on > owed.due
                template = (_("{name}: first sent {sent}, after the deadline of {due} (LATE).")
                            if late else _("{name}: first sent {sent} (due by {due})."))
                lines.append(template.format(name=name, sent=day_text(owed.sent_on),
                                             due=day_text(owed.due)))
        if not lines:
            lines.append(_("Nothing is due yet: the conference has not been held."))
        closes = correction_window_closes(conference, profile)
        if closes is not None:
            lines.append(_("Corrections may be asked for until {date}.").format(date=day_text(closes)))
        return lines


def open_circulation(window) -> None:
    """File > Circulation, for the open conference."""
    if window.runner is not None:
        CirculationDialog(window.runner, window).exec()
