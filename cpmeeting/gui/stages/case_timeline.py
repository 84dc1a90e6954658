"""At the top of a review: the case timeline, from the strategy discussion to what is due
next, each line with where it stands in words and a shape (domain/timeline.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference, ConferenceKind
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.domain.timeline import TimelineEvent, case_timeline, due_next
from cpmeeting.i18n import _, ngettext


def event_lines(event: TimelineEvent) -> tuple[str, str]:
    """The two lines of one event: when and what; where it stands and why that date."""
    detail = event.render_detail(_, day=format_day, plural=ngettext)
    first = f"{format_day(event.on)}: {event.render_title(_)}"
    second = event.render_state(_) + (f". {detail}" if detail else "")
    return first, second


class CaseTimelineBox(QGroupBox):
    """The events of the case, earliest first; shown at reviews only."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(_("Case timeline"), parent)
        self.setObjectName("case_timeline_box")
        self.runner = runner
        self.events = QListWidget(objectName="case_timeline")
        self.events.setAccessibleName(_("Case timeline"))
        self.events.setAccessibleDescription(_(
            "The strategy discussion, each conference of the case, the core group meetings "
            "and what is due next, earliest first."))
        self.events.setWordWrap(True)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # What is due next stays in sight however far the list is scrolled.
        self.due_next = QLabel(objectName="case_due_next", wordWrap=True)
        self.due_next.setAccessibleName(_("Due next"))
        self.due_next.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                              | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due_next.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.events)
        layout.addWidget(self.due_next)

    def show_conference(self, conference: Conference) -> None:
        is_review = conference.kind is ConferenceKind.REVIEW
        self.setVisible(is_review)
        if not is_review:
            return
        events = case_timeline([*self.runner.case, conference], self.runner.profile,
                               today=self.runner.now().date())
        lines = [event_lines(e) for e in events]
        ahead = [f"{e.render_state(_)}: {e.render_title(_)}, {format_day(e.on)}"
                 for e in due_next(events)]
        self.due_next.setText(_("Due next:") + " " + "; ".join(ahead) if ahead else "")
        self.due_next.setVisible(bool(ahead))
        if lines == [self.events.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.events.count())]:
            return  # unchanged: keep the chair's place in the list
        self.events.clear()
        for first, second in lines:
            item = QListWidgetItem(f"{first}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, (first, second))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{first}. {second}")
            self.events.addItem(item)
        current = next((i for i, e in enumerate(events) if e.conference_id == conference.id), 0)
        self.events.setCurrentRow(current)
        self._show_current()

    def _show_current(self) -> None:
        """The chosen event (this conference, at first) in the middle of the list."""
        item = self.events.currentItem()
        if item is not None:
            self.events.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Larger text lays the items out again; once it has, bring the choice back.
            QTimer.singleShot(0, self, self._show_current)
