"""The scaling grid: each participant's 0 to 10 score per child, with a comment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cpmeeting.domain.analysis import SCALE_MAX, SCALE_MIN, Scaling
from cpmeeting.domain.conference import Conference
from cpmeeting.domain.meeting_ops import participants
from cpmeeting.domain.operations import AddRecord, RemoveRecord, SetFields
from cpmeeting.gui.labels import person_label
from cpmeeting.gui.stages.fields import TextLine
from cpmeeting.i18n import _

NO_SCORE = SCALE_MIN - 1


class ScoreBox(QSpinBox):
    """A score that may be unset ('—'); commits when editing finishes."""

    committed = Signal(object)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_SCORE, SCALE_MAX)
        self.setSpecialValueText("—")
        self.setAccessibleName(accessible_name)
        self._shown: int | None = None
        self.editingFinished.connect(self._finish)

    def show_value(self, value: int | None) -> None:
        self._shown = value
        if not self.hasFocus():
            self.setValue(NO_SCORE if value is None else value)

    def _finish(self) -> None:
        value = None if self.value() == NO_SCORE else self.value()
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)


def scaling_for(conference: Conference, invitee_id: str, child_id: str) -> Scaling | None:
    return next((s for s in conference.scaling
                 if s.invitee_id == invitee_id and s.child_id == child_id), None)


class ScalingGrid(QTableWidget):
    """One row per participant and child; rebuilt only when who is in it changes."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.runner = runner
        self.setObjectName("scaling_grid")
        self.setAccessibleName(_("Scaling: each participant's score for each child"))
        self.setHorizontalHeaderLabels([_("Participant"), _("Child"), _("Score (0 to 10)"),
                                        _("Comment")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setTabKeyNavigation(False)
        self._keys: list[tuple[str, str]] = []
        self.scores: dict[tuple[str, str], ScoreBox] = {}
        self.comments: dict[tuple[str, str], TextLine] = {}

    def show_conference(self, conference: Conference) -> None:
        keys = [(p.id, c.id) for p in participants(conference) for c in conference.children]
        if keys != self._keys:
            self._rebuild(conference, keys)
        for key in keys:
            record = scaling_for(conference, *key)
            self.scores[key].show_value(record.score if record else None)
            self.comments[key].show_value(record.comment if record else "")

    def _rebuild(self, conference: Conference, keys: list[tuple[str, str]]) -> None:
        self._keys = keys
        self.scores.clear()
        self.comments.clear()
        self.setRowCount(len(keys))
        previous: QWidget | None = None
        for row, (person_id, child_id) in enumerate(keys):
            person, child = conference.invitee(person_id), conference.child(child_id)
            who = person_label(person)
            self.setItem(row, 0, QTableWidgetItem(who))
            self.setItem(row, 1, QTableWidgetItem(child.display_name))
            score = ScoreBox(_("Score from {who} for {child}").format(
                who=who, child=child.display_name))
            score.committed.connect(lambda value, k=(person_id, child_id): self.set_score(k, value))
            comment = TextLine(_("Comment from {who} for {child}").format(
                who=who, child=child.display_name))
            comment.committed.connect(
                lambda text, k=(person_id, child_id): self.set_comment(k, text))
            self.setCellWidget(row, 2, score)
            self.setCellWidget(row, 3, comment)
            self.scores[(person_id, child_id)] = score
            self.comments[(person_id, child_id)] = comment
            for widget in (score, comment):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def set_score(self, key: tuple[str, str], score: int | None) -> None:
        conference = self.runner.conference
        record = scaling_for(conference, *key)
        label = _("Scaling score")
        if record is None and score is not None:
            self.runner.apply(AddRecord(label, "scaling", Scaling(key[0], key[1], score)))
        elif record is not None and score is None:
            self.runner.apply(RemoveRecord(label, "scaling", record.id))
        elif record is not None:
            self.runner.apply(SetFields(label, {"score": score}, record_id=record.id))

    def set_comment(self, key: tuple[str, str], text: str) -> None:
        record = scaling_for(self.runner.conference, *key)
        label = _("Scaling comment")
        if record is not None:
            self.runner.apply(SetFields(label, {"comment": text}, record_id=record.id))
        elif text:
            self.scores[key].setFocus()  # a comment needs a score first
