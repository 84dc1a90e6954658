"""Each participant's recommendation for a child, recorded in a keystroke or two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.decision import CATEGORY_TITLES, OUTCOME_TITLES, Category, Outcome
from cpmeeting.domain.meeting_ops import participant_view, participants, record_view
from cpmeeting.gui.labels import person_label
from cpmeeting.i18n import N_, _

OUTCOME_KEYS = {
    Qt.Key.Key_P: Outcome.CHILD_PROTECTION_PLAN,
    Qt.Key.Key_N: Outcome.CHILD_IN_NEED_PLAN,
    Qt.Key.Key_E: Outcome.EARLY_HELP_PLAN,
    Qt.Key.Key_F: Outcome.NO_FURTHER_ACTION,
}
CATEGORY_KEYS = {
    Qt.Key.Key_1: Category.NEGLECT,
    Qt.Key.Key_2: Category.PHYSICAL,
    Qt.Key.Key_3: Category.EMOTIONAL,
    Qt.Key.Key_4: Category.SEXUAL,
}
KEY_HELP = N_("P: child protection plan. N: child in need. E: early help. "
              "F: no further action. 1 to 4: neglect, physical, emotional, sexual.")


class ViewsTable(QTableWidget):
    """Participants for one child; letters set the recommendation, digits toggle categories."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.runner = runner
        self.setObjectName("participant_views")
        self.setAccessibleName(_("Participants' recommendations"))
        self.setAccessibleDescription(_(KEY_HELP))
        self.setHorizontalHeaderLabels([_("Participant"), _("Recommendation"), _("Categories")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name gives way first, so the recommendation stays in sight on a narrow page.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A long "Name (capacity)" wraps onto a second line instead of being cut short.
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.child_id: str | None = None

    def selected_id(self) -> str | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_views(self, conference: Conference, child_id: str | None) -> None:
        self.child_id = child_id
        chosen, row_now = self.selected_id(), self.currentRow()
        people = participants(conference)
        self.blockSignals(True)
        self.setRowCount(len(people))
        for row, person in enumerate(people):
            view = participant_view(conference, person.id, child_id) if child_id else None
            outcome = _(OUTCOME_TITLES[view.recommendation]) if view and view.recommendation else "—"
            categories = ", ".join(_(CATEGORY_TITLES[c]) for c in Category
                                   if view and c in view.categories)
            for column, text in enumerate((person_label(person), outcome, categories)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                item.setToolTip(text)
                self.setItem(row, column, item)
            if person.id == chosen:
                row_now = row
        self.blockSignals(False)
        if people:
            self.setCurrentCell(min(max(row_now, 0), len(people) - 1), 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        person_id = self.selected_id()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and person_id and self.child_id and (key in OUTCOME_KEYS or key in CATEGORY_KEYS):
            conference = self.runner.conference
            if key in OUTCOME_KEYS:
                operation = record_view(conference, person_id, self.child_id,
                                        recommendation=OUTCOME_KEYS[key],
                                        label=_("Record recommendation"))
            else:
                operation = record_view(conference, person_id, self.child_id,
                                        toggle=CATEGORY_KEYS[key], label=_("Record category"))
            self.runner.apply(operation)
            return
        super().keyPressEvent(event)
