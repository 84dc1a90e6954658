"""New conference: kind, when and where, the date the deadline counts from, children, invitees.

Invitees come from the reusable directory (search as you type), so nobody retypes the school;
a person missing from it is added to it from here.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import CASE_ID_MAX, Child, Conference, ConferenceKind
from cpmeeting.domain.directory import DirectoryEntry
from cpmeeting.domain.people import Invitee, Role
from cpmeeting.gui.directory_dialog import DirectoryEntryDialog
from cpmeeting.gui.labels import role_title
from cpmeeting.i18n import N_, _

# Which date the deadline counts from, per kind (domain.md §2), as (field, label).
DEADLINE_BASIS: dict[ConferenceKind, tuple[str, str]] = {
    ConferenceKind.INITIAL: ("strategy_discussion_date", N_("Strategy discussion on")),
    ConferenceKind.PRE_BIRTH: ("strategy_discussion_date", N_("Strategy discussion on")),
    ConferenceKind.REVIEW: ("previous_conference_date", N_("Previous conference on")),
    ConferenceKind.TRANSFER_IN: ("transfer_notified_date", N_("Transfer notified on")),
}


def to_date(edit: QDateEdit) -> date:
    return edit.date().toPython()


def date_edit(name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), objectName=name, calendarPopup=True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setAccessibleName(accessible)
    return edit


def invitee_from(entry: DirectoryEntry) -> Invitee:
    """A copy of the directory entry for this conference."""
    return Invitee(name=entry.name, role=entry.role, agency=entry.agency, group=entry.group,
                   involvement=entry.involvement)


class NewConferenceDialog(QDialog):
    """Collects what is needed to open a new conference; conference() builds it."""

    def __init__(self, archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("New conference"))
        self.archive = archive
        self.children: list[Child] = []
        self.family: list[Invitee] = []
        self.invited: list[DirectoryEntry] = []
        # Read once: the search filters it at every keystroke.
        self._directory = archive.directory()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._meeting_box())
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._children_box())
        left.addWidget(self._family_box())
        columns.addLayout(left)
        columns.addWidget(self._invitees_box())
        layout.addLayout(columns, 1)
        # On a 768-pixel laptop screen (or at 200% text) the form scrolls; the buttons stay.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Create conference"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._kind_changed()
        self._show_directory("")
        wanted = body.sizeHint().height() + self.buttons.sizeHint().height() + 40
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, screen.width()), min(wanted, int(screen.height() * 0.9)))

    # The meeting

    def _meeting_box(self) -> QGroupBox:
        box = QGroupBox(_("The meeting"))
        form = QFormLayout(box)
        self.kind = QComboBox(objectName="kind")
        self.kind.setAccessibleName(_("Kind of conference"))
        for kind in ConferenceKind:
            self.kind.addItem(_(kind.title), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date = date_edit("date", _("Date of the conference"))
        self.time = QTimeEdit(QTime(10, 0), objectName="time")
        self.time.setAccessibleName(_("Start time"))
        self.venue = QLineEdit(objectName="venue")
        self.venue.setAccessibleName(_("Venue"))
        self.basis_date = date_edit("basis_date", "")
        self.previous_kind = QComboBox(objectName="previous_kind")
        self.previous_kind.setAccessibleName(_("The previous conference was"))
        for kind in (ConferenceKind.INITIAL, ConferenceKind.REVIEW, ConferenceKind.PRE_BIRTH):
            self.previous_kind.addItem(_(kind.title), kind)
        self.chair = QLineEdit(objectName="chair")
        self.chair.setAccessibleName(_("Chair"))
        self.minute_taker = QLineEdit(objectName="minute_taker")
        self.minute_taker.setAccessibleName(_("Minute-taker"))
        # Chairs and minute-takers in the directory are offered as you type.
        for field, role in ((self.chair, Role.CHAIR), (self.minute_taker, Role.MINUTE_TAKER)):
            completer = QCompleter([e.name for e in self._directory if e.role == role], field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            field.setCompleter(completer)
        form.addRow(_("&Kind:"), self.kind)
        form.addRow(_("&Date:"), self.date)
        form.addRow(_("&Time:"), self.time)
        form.addRow(_("&Venue:"), self.venue)
        self.basis_label = QLabel(objectName="basis_label")
        self.basis_label.setBuddy(self.basis_date)
        self.previous_kind_label = QLabel(_("Previous conference was:"))
        self.previous_kind_label.setBuddy(self.previous_kind)
        form.addRow(self.basis_label, self.basis_date)
        form.addRow(self.previous_kind_label, self.previous_kind)
        form.addRow(_("&Chair:"), self.chair)
        form.addRow(_("&Minute-taker:"), self.minute_taker)
        return box

    def _kind_changed(self) -> None:
        kind = ConferenceKind(self.kind.currentData())
        label = _(DEADLINE_BASIS[kind][1])
        self.basis_label.setText(label + ":")
        self.basis_date.setAccessibleName(label)
        is_review = kind is ConferenceKind.REVIEW
        self.previous_kind.setVisible(is_review)
        self.previous_kind_label.setVisible(is_review)

    # Children and family

    def _children_box(self) -> QGroupBox:
        box = QGroupBox(_("Children in the household"))
        self.child_given = QLineEdit(objectName="child_given")
        self.child_given.setAccessibleName(_("Child's given name"))
        self.child_family = QLineEdit(objectName="child_family")
        self.child_family.setAccessibleName(_("Child's family name"))
        self.child_born = date_edit("child_born", _("Date of birth, or expected date"))
        self.child_unborn = QCheckBox(_("Not yet born (the date is the expected date)"),
                                      objectName="child_unborn")
        self.child_languages = QLineEdit("en", objectName="child_languages")
        self.child_languages.setAccessibleName(_("Languages, separated by commas"))
        self.child_case_id = QLineEdit(objectName="child_case_id")
        self.child_case_id.setAccessibleName(_("Case-management id (the authority's person id)"))
        self.child_case_id.setMaxLength(CASE_ID_MAX)
        add = QPushButton(_("Add &child"), objectName="add_child")
        add.clicked.connect(self.add_child)
        self.children_list = QListWidget(objectName="children_list")
        self.children_list.setAccessibleName(_("Children"))
        form = QFormLayout(box)
        form.addRow(_("Given name:"), self.child_given)
        form.addRow(_("Family name:"), self.child_family)
        form.addRow(_("Born on / expected:"), self.child_born)
        form.addRow("", self.child_unborn)
        form.addRow(_("Languages:"), self.child_languages)
        case_label = QLabel(_("Case-mana&gement id:"))
        case_label.setBuddy(self.child_case_id)
        form.addRow(case_label, self.child_case_id)
        form.addRow("", add)
        form.addRow(self.children_list)
        return box

    def add_child(self) -> None:
        given, family = self.child_given.text().strip(), self.child_family.text().strip()
        unborn = self.child_unborn.isChecked()
        if not (given or family or unborn):
            return
        day = to_date(self.child_born)
        languages = [code.strip() for code in self.child_languages.text().split(",") if code.strip()]
        child = Child(given, family, date_of_birth=None if unborn else day,
                      expected_date=day if unborn else None, languages=languages or ["en"],
                      case_management_id=self.child_case_id.text().strip())
        self.children.append(child)
        when = _("expected {date}") if unborn else _("born {date}")
        self.children_list.addItem(f"{child.display_name} ({when.format(date=day.strftime('%d/%m/%Y'))})")
        self.child_given.clear()
        self.child_family.clear()
        self.child_case_id.clear()
        self.child_unborn.setChecked(False)
        self.child_given.setFocus()

    def _family_box(self) -> QGroupBox:
        box = QGroupBox(_("Parents and family"))
        self.family_name = QLineEdit(objectName="family_name")
        self.family_name.setAccessibleName(_("Family member's name"))
        self.family_relationship = QLineEdit(objectName="family_relationship")
        self.family_relationship.setAccessibleName(_("Relationship to the children"))
        self.family_relationship.setPlaceholderText(_("Mother, Father, Grandmother…"))
        add = QPushButton(_("Add &family member"), objectName="add_family")
        add.clicked.connect(self.add_family_member)
        self.family_list = QListWidget(objectName="family_list")
        self.family_list.setAccessibleName(_("Family members invited"))
        form = QFormLayout(box)
        form.addRow(_("Name:"), self.family_name)
        form.addRow(_("Relationship:"), self.family_relationship)
        form.addRow("", add)
        form.addRow(self.family_list)
        return box

    def add_family_member(self) -> None:
        name = self.family_name.text().strip()
        if not name:
            return
        relationship = self.family_relationship.text().strip()
        self.family.append(Invitee(name=name, role=Role.PARENT, relationship=relationship))
        self.family_list.addItem(f"{name} ({relationship})" if relationship else name)
        self.family_name.clear()
        self.family_relationship.clear()
        self.family_name.setFocus()

    # Invitees from the directory

    def _invitees_box(self) -> QGroupBox:
        box = QGroupBox(_("Practitioners invited"))
        self.directory_search = QLineEdit(objectName="directory_search")
        self.directory_search.setPlaceholderText(_("Search the directory: name, agency or role"))
        self.directory_search.setAccessibleName(_("Search the directory"))
        self.directory_search.textChanged.connect(self._show_directory)
        self.directory_search.returnPressed.connect(self.invite_selected)
        self.directory_list = QListWidget(objectName="directory_list")
        self.directory_list.setAccessibleName(_("Directory: Enter or double-click invites"))
        self.directory_list.itemActivated.connect(lambda _item: self.invite_selected())
        invite = QPushButton(_("&Invite"), objectName="invite")
        invite.clicked.connect(self.invite_selected)
        add_new = QPushButton(_("Add a new person to the directory…"), objectName="add_to_directory")
        add_new.clicked.connect(self.add_to_directory)
        self.invited_list = QListWidget(objectName="invited_list")
        self.invited_list.setAccessibleName(_("Invited"))
        for people in (self.directory_list, self.invited_list):
            # "Name — agency (role)" wraps rather than running off the right edge.
            people.setWordWrap(True)
            people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        remove = QPushButton(_("&Remove from the invitation"), objectName="uninvite")
        remove.clicked.connect(self.uninvite_selected)
        layout = QVBoxLayout(box)
        layout.addWidget(self.directory_search)
        layout.addWidget(self.directory_list, 1)
        row = QHBoxLayout()
        row.addWidget(invite)
        row.addWidget(add_new)
        layout.addLayout(row)
        invited_label = QLabel(_("I&nvited:"))
        invited_label.setBuddy(self.invited_list)
        layout.addWidget(invited_label)
        layout.addWidget(self.invited_list, 1)
        layout.addWidget(remove)
        return box

    def _show_directory(self, text: str) -> None:
        words = text.casefold().split()
        invited = {entry.id for entry in self.invited}
        self.directory_list.clear()
        for entry in self._directory:
            label = self._entry_label(entry)
            if entry.id in invited or not all(w in label.casefold() for w in words):
                continue
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.directory_list.addItem(item)
        if self.directory_list.count():
            self.directory_list.setCurrentRow(0)

    @staticmethod
    def _entry_label(entry: DirectoryEntry) -> str:
        return f"{entry.name} — {entry.agency or role_title(entry.role)} ({role_title(entry.role)})"

    def invite_selected(self) -> None:
        item = self.directory_list.currentItem()
        if item is None:
            return
        self.invite(item.data(Qt.ItemDataRole.UserRole))

    def invite(self, entry: DirectoryEntry) -> None:
        self.invited.append(entry)
        item = QListWidgetItem(self._entry_label(entry))
        item.setData(Qt.ItemDataRole.UserRole, entry.id)
        self.invited_list.addItem(item)
        self.directory_search.clear()
        self._show_directory("")

    def uninvite_selected(self) -> None:
        row = self.invited_list.currentRow()
        if row >= 0:
            self.invited.pop(row)
            self.invited_list.takeItem(row)
            self._show_directory(self.directory_search.text())

    def add_to_directory(self) -> None:
        dialog = DirectoryEntryDialog(self, name=self.directory_search.text().strip(),
                                      store=self._store_entry)
        if dialog.exec() and dialog.stored is not None:
            entry = dialog.stored
            self._directory = self.archive.directory()  # in the archive's order
            self.invite(entry)

    def _store_entry(self, entry: DirectoryEntry) -> None:
        self.archive.ensure_writable()  # opened on a full disk: for writing once there is room
        self.archive.save_directory_entry(entry)

    # The result

    def conference(self) -> Conference:
        """The new conference, scheduled, with its chair, minute-taker, family and invitees."""
        kind = ConferenceKind(self.kind.currentData())
        start = self.time.time().toPython()
        profile = self.archive.load_profile()
        conference = Conference(
            kind=kind, date=to_date(self.date), venue=self.venue.text().strip(),
            start_time=time(start.hour, start.minute),
            children=list(self.children),
            authority=profile.name, analysis_framework=profile.analysis_framework,
        )
        setattr(conference, DEADLINE_BASIS[kind][0], to_date(self.basis_date))
        if kind is ConferenceKind.REVIEW:
            conference.previous_conference_kind = ConferenceKind(self.previous_kind.currentData())
        people = []
        if self.chair.text().strip():
            people.append(Invitee(name=self.chair.text().strip(), role=Role.CHAIR))
        if self.minute_taker.text().strip():
            people.append(Invitee(name=self.minute_taker.text().strip(), role=Role.MINUTE_TAKER))
        people += self.family
        people += [invitee_from(entry) for entry in self.invited]
        conference.invitees = people
        return conference
