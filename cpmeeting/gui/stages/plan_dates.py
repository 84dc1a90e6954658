"""The computed dates (circulation, core group, review...) with their basis and overrides."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.meeting_ops import set_date_override
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.gui.stages.fields import DateField, TextLine
from cpmeeting.gui.stages.forms import add_row, form_layout
from cpmeeting.i18n import _, ngettext


def working_day_warning(calendar, day: date | None) -> str:
    """Plain words when a chosen date is not a working day (never colour alone)."""
    if day is None:
        return ""
    holiday = calendar.holiday_name(day)
    if holiday:
        return "⚠ " + _("{day} is a bank holiday ({name}).").format(day=format_day(day), name=holiday)
    if day.weekday() >= 5:
        return "⚠ " + _("{day} is a weekend day.").format(day=format_day(day))
    return ""


class PlanDates(QWidget):
    """A table of the dates the rules compute; the chair may override one with a reason."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.keys: list[str] = []
        self.table = QTableWidget(0, 4, objectName="plan_dates")
        self.table.setAccessibleName(_("Computed dates"))
        self.table.setHorizontalHeaderLabels([_("What"), _("Due"), _("Date that applies"),
                                              _("Basis")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table_label = QLabel(_("Computed dates:"))
        table_label.setBuddy(self.table)

        self.new_date = DateField(_("Overriding date"))
        self.reason = TextLine(_("Reason for the override"))
        form = form_layout()
        add_row(form, _("&Override with:"), self.new_date)
        add_row(form, _("&Reason:"), self.reason)
        self.warning = QLabel(objectName="override_warning")
        self.warning.setWordWrap(True)
        form.addRow(self.warning)
        self.new_date.dateChanged.connect(lambda _d: self._warn())
        override = QPushButton(_("Override the selected date"))
        override.clicked.connect(self.override)
        clear = QPushButton(_("Use the computed date again"))
        clear.clicked.connect(self.clear_override)
        buttons = QHBoxLayout()
        buttons.addWidget(override)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _calendar(self):
        from cpmeeting.domain.rules import WorkingCalendar

        return WorkingCalendar(self.runner.profile.nation)

    def _warn(self) -> None:
        self.warning.setText(working_day_warning(self._calendar(), self.new_date.value()))

    def selected_key(self) -> str | None:
        row = self.table.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def show_conference(self, conference: Conference) -> None:
        from cpmeeting.domain.rules import due_dates

        chosen = self.selected_key()
        dates = due_dates(conference, self.runner.profile)
        self.keys = [d.key for d in dates]
        self.table.setRowCount(len(dates))
        for row, due in enumerate(dates):
            applies = format_day(due.effective)
            if due.override is not None:
                applies = _("{day} (overridden: {reason})").format(
                    day=applies, reason=due.override.reason)
            cells = (due.render_title(_), format_day(due.due), applies, due.render_basis(_, plural=ngettext))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, due.key)
                self.table.setItem(row, column, item)
        if chosen in self.keys:
            self.table.setCurrentCell(self.keys.index(chosen), 0)
        self.table.resizeRowsToContents()

    def due_dates(self):
        from cpmeeting.domain.rules import due_dates

        return {d.key: d for d in due_dates(self.runner.conference, self.runner.profile)}

    def override(self) -> None:
        key, day, reason = self.selected_key(), self.new_date.value(), self.reason.text().strip()
        if key is None or day is None or not reason:
            self.warning.setText(_("Choose a date, a new date and give the reason."))
            return
        self.runner.apply(set_date_override(self.runner.conference, key, day, reason,
                                            label=_("Override a date")))

    def clear_override(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.runner.apply(set_date_override(self.runner.conference, key, None, "",
                                                label=_("Use the computed date")))
