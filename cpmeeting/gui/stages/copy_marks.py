"""Who a record is kept from: the "Not for" ticks and the third-party tick that minute entries,
agency contributions and plan actions share (family copies leave them out, domain/copies.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from cpmeeting.domain.conference import Conference
from cpmeeting.gui.labels import person_label
from cpmeeting.gui.stages.fields import IdTicks, Tick, wrapping
from cpmeeting.gui.stages.forms import RecordForm, add_row
from cpmeeting.i18n import _


class NotForTicks(IdTicks):
    """One tick per family member; commits the set of those the record is kept from."""

    def value(self) -> set[str]:  # the domain field is a set, not IdTicks' list
        return set(super().value())

    def set_family(self, conference: Conference) -> None:
        self.set_options([(p.id, person_label(p)) for p in conference.family])
        for record_id, box in self.boxes.items():
            person = conference.invitee(record_id)
            box.setAccessibleName(_("Not for {person}").format(person=person_label(person)))


class CopyMarks:
    """The two marks as rows of a record's form, each edit one undoable step."""

    def __init__(self, form: RecordForm, layout: QFormLayout, label: str) -> None:
        self.not_for = form.bind("not_for", NotForTicks(_("Not for these family members")),
                                 _("Not for"))
        add_row(layout, label, self.not_for)
        self.confidential = form.bind("third_party_confidential",
                                      Tick(_("Confidential (third party)")),
                                      _("Confidential (third party)"))
        self.confidential.setAccessibleName(
            _("Confidential, third party: kept out of family copies"))
        layout.addRow(wrapping(self.confidential))

    def show_conference(self, conference: Conference) -> None:
        """Offer the conference's family members (call before the form shows the record)."""
        self.not_for.set_family(conference)
