"""Adding a person or agency to the reusable directory, from wherever invitees are chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.people import Involvement, PractitionerGroup, Role
from cpmeeting.gui.forms import build_form
from cpmeeting.gui.labels import group_title, role_title
from cpmeeting.i18n import _

DIRECTORY_ROLES = (Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.SPECIALIST,
                   Role.CHAIR, Role.MINUTE_TAKER, Role.ADVOCATE, Role.INTERPRETER, Role.OBSERVER)


class DirectoryEntryDialog(QDialog):
    """Name, role, agency, agency group and why they attend (direct contact or expertise)."""

    def __init__(self, parent: QWidget | None = None, name: str = "",
                 store: Callable[[DirectoryEntry], None] | None = None) -> None:
        """store: keeps the entry at OK (the archive's save); where it is refused (a full
        disk, a read-only folder) the dialog says so and stays open with what was typed."""
        super().__init__(parent)
        self._store = store
        self.stored: DirectoryEntry | None = None  # the entry as kept, once OK has kept it
        form = build_form("directory_entry_dialog", self)  # ui/directory_entry_dialog.ui
        self.name, self.role, self.agency = form.entry_name, form.entry_role, form.entry_agency
        self.group, self.involvement = form.entry_group, form.entry_involvement
        self.name.setText(name)
        for role in DIRECTORY_ROLES:
            self.role.addItem(role_title(role), role)
        self.group.addItem(_("(none)"), None)
        for group in PractitionerGroup:
            self.group.addItem(group_title(group), group)
        self.involvement.addItem(_("Direct contact with the child (counts for quoracy)"),
                                 Involvement.DIRECT_CONTACT)
        self.involvement.addItem(_("Expertise or service responsibility (does not count)"),
                                 Involvement.EXPERTISE)
        form.buttons.accepted.connect(self._accept_if_named)
        form.buttons.rejected.connect(self.reject)

    def _accept_if_named(self) -> None:
        if self.name.text().strip():
            self.accept()
        else:
            self.name.setFocus()

    def accept(self) -> None:
        from cpmeeting.gui.write_refusal import written

        entry = self.entry()
        if self._store is None or written(self, lambda: self._store(entry)):
            self.stored = entry
            super().accept()

    def entry(self) -> DirectoryEntry:
        return DirectoryEntry(
            # Qt hands enum members back as plain strings: turn them into members again.
            name=self.name.text().strip(), role=Role(self.role.currentData()),
            agency=self.agency.text().strip(),
            group=PractitionerGroup(group) if (group := self.group.currentData()) else None,
            involvement=Involvement(self.involvement.currentData()),
        )
