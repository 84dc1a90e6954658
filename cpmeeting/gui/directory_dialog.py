"""Adding a person or agency to the reusable directory, from wherever invitees are chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.people import Involvement, PractitionerGroup, Role
from cpmeeting.gui.labels import group_title, role_title
from cpmeeting.i18n import _

DIRECTORY_ROLES = (Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.SPECIALIST,
                   Role.CHAIR, Role.MINUTE_TAKER, Role.ADVOCATE, Role.INTERPRETER, Role.OBSERVER)


class DirectoryEntryDialog(QDialog):
    """Name, role, agency, agency group and why they attend (direct contact or expertise)."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add to the directory"))
        self.name = QLineEdit(name, objectName="entry_name")
        self.name.setAccessibleName(_("Name"))
        self.role = QComboBox(objectName="entry_role")
        self.role.setAccessibleName(_("Role"))
        for role in DIRECTORY_ROLES:
            self.role.addItem(role_title(role), role)
        self.agency = QLineEdit(objectName="entry_agency")
        self.agency.setAccessibleName(_("Agency"))
        self.agency.setPlaceholderText(_("Hillside Primary School"))
        self.group = QComboBox(objectName="entry_group")
        self.group.setAccessibleName(_("Agency group (counted once for quoracy)"))
        self.group.addItem(_("(none)"), None)
        for group in PractitionerGroup:
            self.group.addItem(group_title(group), group)
        self.involvement = QComboBox(objectName="entry_involvement")
        self.involvement.setAccessibleName(_("Why they attend"))
        self.involvement.addItem(_("Direct contact with the child (counts for quoracy)"),
                                 Involvement.DIRECT_CONTACT)
        self.involvement.addItem(_("Expertise or service responsibility (does not count)"),
                                 Involvement.EXPERTISE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("&Name:"), self.name)
        form.addRow(_("&Role:"), self.role)
        form.addRow(_("&Agency:"), self.agency)
        form.addRow(_("Agency &group:"), self.group)
        form.addRow(_("&Attends for:"), self.involvement)
        form.addRow(buttons)

    def _accept_if_named(self) -> None:
        if self.name.text().strip():
            self.accept()
        else:
            self.name.setFocus()

    def entry(self) -> DirectoryEntry:
        return DirectoryEntry(
            # Qt hands enum members back as plain strings: turn them into members again.
            name=self.name.text().strip(), role=Role(self.role.currentData()),
            agency=self.agency.text().strip(),
            group=PractitionerGroup(group) if (group := self.group.currentData()) else None,
            involvement=Involvement(self.involvement.currentData()),
        )
