"""Attendance and quoracy: arrivals in one keystroke, statuses, reports, and the verdict."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.meeting_ops import add_substitute, mark_left, mark_present
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.people import AttendanceStatus, Invitee, Presence, Role
from cpmeeting.domain.rules.explain import format_day, format_time
from cpmeeting.domain.rules.labels import GROUP_TITLES
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.labels import role_title
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.fields import Choice, DateField, TextLine, Tick
from cpmeeting.gui.stages.forms import RecordForm, Responsive, add_row, form_layout, scrolled
from cpmeeting.gui.stages.names import STATUS_TITLES, enum_options, role_options
from cpmeeting.gui.stages.quoracy_panel import QuoracyPanel
from cpmeeting.i18n import N_, _

# What changes during the meeting comes first, so it stays in sight on a narrow page.
COLUMNS = (N_("Name"), N_("Status"), N_("Times"), N_("Report"), N_("Role"), N_("Agency"))
QUORACY_REFRESH_MS = 60_000


class AttendanceTable(QTableWidget):
    """The invitees; Space or Enter marks the selected person present now, L left, B back."""

    keyAction = Signal(str)
    KEYS = {Qt.Key.Key_Space: "present", Qt.Key.Key_Return: "present",
            Qt.Key.Key_Enter: "present", Qt.Key.Key_L: "left", Qt.Key.Key_B: "back"}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.KEYS.get(Qt.Key(event.key()))
        if action and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.keyAction.emit(action)
            return
        super().keyPressEvent(event)


def times_text(person: Invitee) -> str:
    spells = []
    for spell in person.presence:
        left = format_time(spell.left) if spell.left else ""
        spells.append(f"{format_time(spell.joined)}–{left}")
    return ", ".join(spells)


def report_text(person: Invitee) -> str:
    parts = []
    if person.report_received:
        parts.append(_("received {day}").format(day=format_day(person.report_received)))
    if person.report_shared_with_family:
        parts.append(_("shared {day}").format(day=format_day(person.report_shared_with_family)))
    return "; ".join(parts)


class AttendancePage(StagePage):
    stage = Stage.ATTENDANCE

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("attendance_page")
        self.table = AttendanceTable(0, len(COLUMNS), objectName="attendance_table")
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.table.setAccessibleName(_("Invitees and attendance"))
        self.table.setAccessibleDescription(
            _("Space or Enter: present now. L: left now. B: back now."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.keyAction.connect(self._key_action)
        self.table.itemSelectionChanged.connect(lambda: self.person_form.show(runner.conference))
        table_label = QLabel(_("&Invitees (Space or Enter: present now; L: left now; B: back now)"))
        table_label.setBuddy(self.table)
        table_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for text, action in ((_("&Present now"), "present"), (_("&Left now"), "left"),
                             (_("&Back now"), "back")):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _c=False, a=action: self._key_action(a))
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.person_form = RecordForm(runner, lambda c: c.invitee(self.selected_id()))
        person_box = QGroupBox(_("Selected person"))
        form = form_layout(person_box)
        f = self.person_form
        add_row(form, _("S&tatus:"), f.bind("attendance", Choice(
            _("Attendance status"), enum_options(STATUS_TITLES), allow_none=False),
            _("Attendance status")))
        form.addRow(f.bind("video_agreed_by_chair", Tick(_("Video link a&greed by the chair")),
                           _("Video link agreed")))
        add_row(form, _("Items attended (if &just part):"),
                f.bind("part_items", TextLine(_("Items attended")), _("Items attended")))
        add_row(form, _("&Report received:"),
                f.bind("report_received", DateField(_("Report received")), _("Report received")))
        add_row(form, _("Report shared with famil&y:"),
                f.bind("report_shared_with_family", DateField(_("Report shared with family")),
                       _("Report shared with family")))

        add_box = QGroupBox(_("Add a person"))
        add_form = form_layout(add_box)
        self.new_name = add_row(add_form, _("&Name:"), QLineEdit())
        self.new_role = add_row(add_form, _("R&ole:"), Choice(_("Role"), role_options(), False))
        self.new_role.show_value(Role.PRACTITIONER)
        self.new_agency = add_row(add_form, _("Agen&cy:"), QLineEdit())
        self.new_group = add_row(add_form, _("Agency &kind:"),
                                 Choice(_("Agency kind"), enum_options(GROUP_TITLES)))
        add_late = QPushButton(_("&Add late invitee"))
        add_late.clicked.connect(self.add_late_invitee)
        add_substitute_button = QPushButton(_("Add as s&ubstitute for the selected person"))
        add_substitute_button.clicked.connect(self.add_substitute)
        add_form.addRow(add_late)
        add_form.addRow(add_substitute_button)

        left = QVBoxLayout()
        left.addWidget(table_label)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(person_box)
        left.addWidget(add_box)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 12)
        self.quoracy = QuoracyPanel(runner)
        # The verdict is about "now": refresh it while the page is on screen.
        self._tick = QTimer(self, interval=QUORACY_REFRESH_MS)
        self._tick.timeout.connect(
            lambda: self.isVisible() and self.quoracy.show_conference(runner.conference))
        self._tick.start()
        self.sides = Responsive((scrolled(left), 3), (scrolled(self.quoracy), 2))
        QVBoxLayout(self).addWidget(self.sides)

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, invitee_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == invitee_id:
                self.table.setCurrentCell(row, 0)
                return

    def show_conference(self, conference: Conference) -> None:
        chosen = self.selected_id()
        self.table.blockSignals(True)
        self.table.setRowCount(len(conference.invitees))
        now = self.runner.now()
        meeting_today = now.date() == conference.date  # "out of the room" means now, today
        for row, person in enumerate(conference.invitees):
            status = _(STATUS_TITLES[person.attendance])
            if meeting_today and person.attendance.attends and not person.in_room_at(now):
                status = _("{status} (out of the room)").format(status=status)
            cells = (person.name, status, times_text(person), report_text(person),
                     role_title(person.role), person.agency)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if chosen:
            self.select(chosen)
        elif conference.invitees and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self.person_form.show(conference)
        self.quoracy.show_conference(conference)

    def _key_action(self, action: str) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        conference, now = self.runner.conference, self.runner.now()
        if action == "left":
            operation = mark_left(conference, person_id, now, label=_("Left now"))
        else:
            label = _("Back now") if action == "back" else _("Present now")
            operation = mark_present(conference, person_id, now, label=label)
        if operation is not None:
            self.runner.apply(operation)
        if action == "present" and self.table.currentRow() + 1 < self.table.rowCount():
            # Arrivals come in a stream: move on to the next person.
            self.table.setCurrentCell(self.table.currentRow() + 1, 0)

    def add_late_invitee(self) -> None:
        """A person not on the invitation list arrives: added as present now."""
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        person = Invitee(name=name, role=self.new_role.value(), agency=self.new_agency.text().strip(),
                         group=self.new_group.value(), attendance=AttendanceStatus.PRESENT,
                         presence=[Presence(joined=self.runner.now())])
        self.runner.apply(AddRecord(_("Add late invitee"), "invitees", person))
        self.new_name.clear()
        self.select(person.id)

    def add_substitute(self) -> None:
        """The selected invitee sent someone from the same agency, who is here now."""
        original, name = self.selected_id(), self.new_name.text().strip()
        if original is None or not name:
            self.new_name.setFocus()
            return
        self.runner.apply(add_substitute(self.runner.conference, original, name,
                                         self.runner.now(), label=_("Add substitute")))
        self.new_name.clear()
