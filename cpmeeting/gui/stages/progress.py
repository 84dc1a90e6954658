"""Progress since the last conference (reviews only): each action and outcome of the last plan,
the core group meetings held against those due, what the child has said since, and the
scaling of the case over time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import AddRecord, SetFields
from cpmeeting.domain.progress import (
    ACTION_STATUS_TITLES,
    CoreGroupMeeting,
    OutcomeStatus,
    status_text,
)
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.domain.rules.progress_checks import core_group_tally
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.fields import Choice, TextBox, TextLine, refill
from cpmeeting.gui.stages.forms import RecordForm, Responsive, add_row, form_layout, scrolled
from cpmeeting.gui.stages.names import enum_options
from cpmeeting.gui.stages.scaling_chart import ScalingOverTime
from cpmeeting.i18n import _

ACTION, OUTCOME = "action", "outcome"


def outcome_options() -> list[tuple[OutcomeStatus, str]]:
    """Each status with its symbol and words: never colour alone."""
    return [(status, status_text(status, _)) for status in OutcomeStatus]


class ProgressPage(StagePage):
    stage = Stage.PROGRESS

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("progress_page")
        self.items = QListWidget(objectName="progress_items")
        self.items.setAccessibleName(_("Actions and outcomes of the last plan"))
        self.items.setWordWrap(True)
        self.items.currentRowChanged.connect(lambda _r: self._show_forms(runner.conference))
        items_label = QLabel(_("&The last plan, item by item:"))
        items_label.setBuddy(self.items)
        items_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(items_label)
        left.addWidget(self.items, 1)

        self.heading = QLabel(objectName="progress_heading", wordWrap=True)
        self.action_box = QGroupBox(_("Action of the last plan"))
        a = self.action_form = RecordForm(
            runner, lambda c: self._chosen(c, ACTION))
        action_layout = form_layout(self.action_box)
        add_row(action_layout, _("Stat&us:"), a.bind("status", Choice(
            _("How far the action got"), enum_options(ACTION_STATUS_TITLES)),
            _("How far the action got")))
        add_row(action_layout, _("Evi&dence:"), a.bind(
            "evidence", TextBox(_("Evidence"), lines=3), _("Evidence")))
        add_row(action_layout, _("Reported &by:"), a.bind(
            "reported_by", TextLine(_("Reported by")), _("Reported by")))
        self.outcome_box = QGroupBox(_("Outcome of the last plan"))
        o = self.outcome_form = RecordForm(runner, lambda c: self._chosen(c, OUTCOME))
        outcome_layout = form_layout(self.outcome_box)
        add_row(outcome_layout, _("St&atus (red, amber, green):"), o.bind(
            "status", Choice(_("Outcome status"), outcome_options()), _("Outcome status")))
        add_row(outcome_layout, _("What sho&ws it:"), o.bind(
            "comment", TextBox(_("What shows the outcome's status"), lines=3),
            _("What shows the outcome's status")))

        core_box = QGroupBox(_("Core group meetings since the last conference"))
        core = QVBoxLayout(core_box)
        self.core_tally = QLabel(objectName="core_group_tally", wordWrap=True)
        self.core_list = QListWidget(objectName="core_group_meetings")
        self.core_list.setAccessibleName(_("Core group meetings held"))
        self.core_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.meeting_date = QDateEdit(objectName="core_group_meeting_date", calendarPopup=True)
        self.meeting_date.setDisplayFormat("d MMM yyyy")
        self.meeting_date.setAccessibleName(_("Date of a core group meeting held"))
        add_meeting = QPushButton(_("Add a meeting he&ld on this date"),
                                  objectName="add_core_group_meeting")
        add_meeting.clicked.connect(self._add_meeting)
        adding = QHBoxLayout()
        adding.addWidget(self.meeting_date)
        adding.addWidget(add_meeting)
        core.addWidget(self.core_tally)
        core.addWidget(self.core_list)
        core.addLayout(adding)

        said_box = QGroupBox(_("What the child has said since the last conference"))
        said = form_layout(said_box)
        self.said_child = QComboBox(objectName="said_child")
        self.said_child.setAccessibleName(_("Child"))
        self.said_child.currentIndexChanged.connect(lambda _i: self._show_said())
        add_row(said, _("&Child:"), self.said_child)
        self.said = TextBox(_("What the child has said since"), lines=4)
        self.said.committed.connect(self._said_committed)
        add_row(said, _("In their &own words:"), self.said)

        self.chart = ScalingOverTime()

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.action_box)
        right.addWidget(self.outcome_box)
        right.addWidget(core_box)
        right.addWidget(said_box)
        right.addWidget(self.chart)
        right.addStretch(1)
        # The list above the forms unless the page is wide (beside the minutes pane it is not).
        self.sides = Responsive((scrolled(left), 0, 1), (scrolled(right), 2, 3), wide_chars=120)
        QVBoxLayout(self).addWidget(self.sides)

    # Which item of the last plan is chosen

    def _choice(self) -> tuple[str, str] | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _chosen(self, conference: Conference, kind: str):
        choice = self._choice()
        if choice is None or choice[0] != kind:
            return None
        records = conference.action_progress if kind == ACTION else conference.outcome_progress
        return next((r for r in records if r.id == choice[1]), None)

    def show_conference(self, conference: Conference) -> None:
        chosen = self._choice()
        self.items.blockSignals(True)
        self.items.clear()
        for number, item in enumerate(conference.action_progress, start=1):
            status = _(item.status.title) if item.status else _("to do")
            self._add_item(_("Action {number}: {text} ({status})").format(
                number=number, text=item.description, status=status), (ACTION, item.id), chosen)
        for number, item in enumerate(conference.outcome_progress, start=1):
            self._add_item(_("Outcome {number}: {text} ({status})").format(
                number=number, text=item.what_must_change, status=status_text(item.status, _)),
                (OUTCOME, item.id), chosen)
        if self.items.currentRow() < 0 and self.items.count():
            self.items.setCurrentRow(0)
        self.items.blockSignals(False)
        self._show_forms(conference)
        self._show_core_group(conference)
        refill(self.said_child, [(c.display_name, c.id) for c in conference.children])
        self._show_said()
        self.chart.show_case(conference)

    def _add_item(self, text: str, data: tuple[str, str], chosen) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.items.addItem(item)
        if data == chosen:
            self.items.setCurrentItem(item)

    def _show_forms(self, conference: Conference) -> None:
        choice = self._choice()
        action = self._chosen(conference, ACTION)
        outcome = self._chosen(conference, OUTCOME)
        if action is not None:
            self.heading.setText(action.description + "\n" + _("Owner: {owner}").format(
                owner=action.owner or _("not named")))
        elif outcome is not None:
            self.heading.setText(outcome.what_must_change)
        else:
            self.heading.setText(_("The last plan had no actions or outcomes to review."))
        self.action_box.setVisible(choice is None or choice[0] == ACTION)
        self.outcome_box.setVisible(choice is not None and choice[0] == OUTCOME)
        self.action_form.show(conference)
        self.outcome_form.show(conference)

    # Core group meetings

    def _show_core_group(self, conference: Conference) -> None:
        tally = core_group_tally(conference, self.runner.profile)
        text = _("{held} held of {due} due since the last conference.").format(
            held=len(tally.held), due=len(tally.due))
        if tally.short_by:
            text += " ⚠ " + _("{count} fewer than were due.").format(count=tally.short_by)
        if tally.due:
            text += " " + _("Due by: {dates}.").format(
                dates=", ".join(format_day(d) for d in tally.due))
        self.core_tally.setText(text)
        if conference.previous_conference_date is not None:
            self.meeting_date.setMinimumDate(conference.previous_conference_date)
        self.core_list.clear()
        for meeting in sorted(conference.core_group_meetings, key=lambda m: m.held_on):
            self.core_list.addItem(format_day(meeting.held_on))

    def _add_meeting(self) -> None:
        day = self.meeting_date.date().toPython()
        self.runner.apply(AddRecord(_("Add a core group meeting"), "core_group_meetings",
                                    CoreGroupMeeting(day)))

    # What the child has said since

    def _show_said(self) -> None:
        child_id = self.said_child.currentData()
        self.said.setEnabled(child_id is not None)
        self.said.show_value(self.runner.conference.child_said_since.get(child_id, ""))

    def _said_committed(self, text: str) -> None:
        child_id = self.said_child.currentData()
        if child_id is None:
            return
        said = dict(self.runner.conference.child_said_since)
        if text.strip():
            said[child_id] = text
        else:
            said.pop(child_id, None)
        self.runner.apply(SetFields(_("Change what the child has said since"),
                                    {"child_said_since": said}))
