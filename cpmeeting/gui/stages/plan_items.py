"""The plan's outcomes and actions: a list, a line that adds (Enter), and a form for the chosen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.meeting_ops import plan_owners
from cpmeeting.domain.operations import AddRecord, RemoveRecord, resolve_path
from cpmeeting.domain.plan import PlanAction, PlanOutcome
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.gui.labels import person_label
from cpmeeting.gui.stages.copy_marks import CopyMarks
from cpmeeting.gui.stages.fields import Choice, DateField, IdTicks, TextLine
from cpmeeting.gui.stages.forms import RecordForm, add_row, form_layout
from cpmeeting.i18n import _


class RecordList(QListWidget):
    """A list of records by id; Delete removes the chosen one."""

    def __init__(self, remove: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remove = remove
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        """As tall as its records (three to eight rows), so a short list of outcomes does not
        push the fields of the chosen one out of sight."""
        hint = super().sizeHint()
        line = self.fontMetrics().lineSpacing()
        rows = sum(self.sizeHintForRow(row) for row in range(min(self.count(), 8)))
        hint.setHeight(max(rows, 3 * line) + 2 * self.frameWidth() + line // 2)
        return hint

    def current_id(self) -> str | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_records(self, rows: list[tuple[str, str]]) -> None:
        chosen = self.current_id()
        self.blockSignals(True)
        self.clear()
        for record_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.addItem(item)
            if record_id == chosen:
                self.setCurrentItem(item)
        if self.currentRow() < 0 and self.count():
            self.setCurrentRow(self.count() - 1)
        self.blockSignals(False)
        self.updateGeometry()

    def select(self, record_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.setCurrentRow(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self._remove()
            return
        super().keyPressEvent(event)


class PlanItems(QGroupBox):
    """Outcomes or actions of the plan."""

    def __init__(self, runner, collection: str, title: str, new_label: str,
                 make: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.collection, self._make = runner, collection, make
        self.list = RecordList(self.remove_current)
        self.list.setAccessibleName(title.replace("&", ""))
        list_label = QLabel(title)
        list_label.setBuddy(self.list)
        self.new_item = QLineEdit()
        self.new_item.setAccessibleName(new_label.replace("&", ""))
        self.new_item.setPlaceholderText(_("Type and press Enter to add"))
        self.new_item.returnPressed.connect(self.add)
        new_item_label = QLabel(new_label)
        new_item_label.setBuddy(self.new_item)
        self.form = RecordForm(runner, lambda c: self._find(c))
        self.form_layout = form_layout()
        self.list.currentRowChanged.connect(lambda _r: self.show_form(runner.conference))
        layout = QVBoxLayout(self)
        for widget in (list_label, self.list, new_item_label, self.new_item):
            layout.addWidget(widget)
        layout.addLayout(self.form_layout)

    def _find(self, conference: Conference):
        records = resolve_path(conference, self.collection)
        return next((r for r in records if r.id == self.list.current_id()), None)

    def add(self) -> None:
        text = self.new_item.text().strip()
        if text:
            record = self._make(text)
            self.runner.apply(AddRecord(_("Add to the plan"), self.collection, record))
            self.new_item.clear()
            self.list.select(record.id)

    def remove_current(self) -> None:
        if self.list.current_id():
            self.runner.apply(RemoveRecord(_("Remove from the plan"), self.collection,
                                           self.list.current_id()))

    def show_form(self, conference: Conference) -> None:
        self.form.show(conference)


class OutcomesEditor(PlanItems):
    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, "plan.outcomes", _("&Outcomes (what must change)"),
                         _("New o&utcome:"), lambda text: PlanOutcome(what_must_change=text),
                         parent)
        f, form = self.form, self.form_layout
        add_row(form, _("What must chan&ge:"), f.bind(
            "what_must_change", TextLine(_("What must change")), _("What must change")))
        add_row(form, _("How success is &judged:"),
                f.bind("measure", TextLine(_("How success is judged")), _("Measure")))
        add_row(form, _("B&y when:"), f.bind("by_when", DateField(_("By when")), _("By when")))
        self.children = f.bind("child_ids", IdTicks(_("For which children")), _("Children"))
        add_row(form, _("For which children:"), self.children)

    def show_conference(self, conference: Conference) -> None:
        self.children.set_options([(c.id, c.display_name) for c in conference.children])
        self.list.show_records([(o.id, o.what_must_change) for o in conference.plan.outcomes])
        self.show_form(conference)


class ActionsEditor(PlanItems):
    def __init__(self, runner, deadline_hint: Callable[[date | None], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, "plan.actions", _("&Actions (who does what by when)"),
                         _("New ac&tion:"), lambda text: PlanAction(description=text), parent)
        self._hint = deadline_hint
        f, form = self.form, self.form_layout
        add_row(form, _("Descr&iption:"),
                f.bind("description", TextLine(_("Description")), _("Description")))
        self.owner = f.bind("owner_id", Choice(_("Owner")), _("Owner"))
        add_row(form, _("O&wner:"), self.owner)
        add_row(form, _("Owner if not listed (free te&xt):"),
                f.bind("owner_text", TextLine(_("Owner if not listed")), _("Owner text")))
        self.due = f.bind("due", DateField(_("Due date")), _("Due date"))
        add_row(form, _("Due &date:"), self.due)
        self.due_hint = QLabel(objectName="action_due_hint")
        self.due_hint.setWordWrap(True)
        form.addRow(self.due_hint)
        self.outcome = f.bind("outcome_id", Choice(_("For outcome")), _("For outcome"))
        add_row(form, _("Fo&r outcome:"), self.outcome)
        # A safety plan with one parent may not be for the other; every letter of "Not for"
        # is taken on the plan page, so no mnemonic.
        self.marks = CopyMarks(f, form, _("Not for:"))
        self.due.dateChanged.connect(lambda _d: self.due_hint.setText(self._hint(self.due.value())))

    def show_conference(self, conference: Conference) -> None:
        self.owner.set_options([(p.id, person_label(p)) for p in plan_owners(conference)])
        self.outcome.set_options([(o.id, o.what_must_change) for o in conference.plan.outcomes])
        self.marks.show_conference(conference)
        rows = []
        for action in conference.plan.actions:
            owner = conference.invitee(action.owner_id)
            who = owner.name if owner else action.owner_text or _("no owner")
            when = format_day(action.due) if action.due else _("no date")
            rows.append((action.id, f"{action.description} ({who}; {when})"))
        self.list.show_records(rows)
        self.show_form(conference)

    def show_form(self, conference: Conference) -> None:
        super().show_form(conference)
        self.due_hint.setText(self._hint(self.due.value()))
