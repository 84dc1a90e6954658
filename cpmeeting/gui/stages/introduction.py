"""Introduction: the authority's script filled with this conference, and the points covered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.conference import Conference, IntroductionPoint
from cpmeeting.domain.meeting_ops import cover_introduction_point
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.labels import person_label
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.case_timeline import CaseTimelineBox
from cpmeeting.gui.stages.fields import with_mnemonic
from cpmeeting.gui.stages.forms import scrolled
from cpmeeting.i18n import _

READING_SIZE_PERCENT = 150
MNEMONICS = {
    IntroductionPoint.PURPOSE: "p", IntroductionPoint.AGENDA: "a",
    IntroductionPoint.CONFIDENTIALITY: "c", IntroductionPoint.EQUAL_OPPORTUNITIES: "q",
    IntroductionPoint.NOT_A_COURT: "n", IntroductionPoint.COMPLAINTS: "l",
    IntroductionPoint.INTRODUCTIONS: "i",
}


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return _("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def script_values(conference: Conference) -> dict[str, str]:
    """The values the introduction script's placeholders take for this conference."""
    chair, minute_taker = conference.chair, conference.minute_taker
    present = [person_label(p) for p in conference.invitees if p.is_in_room]
    return {
        "chair": chair.name if chair else _("the chair"),
        "kind_lower": _(conference.kind.title).lower(),
        "children": join_names([c.display_name for c in conference.children]),
        "children_short": join_names([c.given_name or c.display_name for c in conference.children]),
        "is_or_are": _("is") if len(conference.children) == 1 else _("are"),
        "minute_taker": minute_taker.name if minute_taker else _("The minute-taker"),
        "present": ", ".join(present) if present else _("nobody has been marked present yet"),
    }


def fill_script(template: str, conference: Conference) -> str:
    """The script with this conference's facts; an unknown placeholder is left visible."""
    values = script_values(conference)

    class _Keep(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return template.format_map(_Keep(values))


class IntroductionPage(StagePage):
    """The chair reads the script aloud and ticks each point as it is covered."""

    stage = Stage.INTRODUCTION

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("introduction_page")
        self.script = QTextBrowser(objectName="introduction_script")
        self.script.setAccessibleName(_("Introduction script"))
        self.script.setReadOnly(True)
        self.zoom = QSpinBox(objectName="script_zoom")
        self.zoom.setRange(100, 300)
        self.zoom.setSingleStep(25)
        self.zoom.setSuffix("%")
        self.zoom.setValue(READING_SIZE_PERCENT)
        self.zoom.setAccessibleName(_("Script text size"))
        self.zoom.valueChanged.connect(self._apply_zoom)
        zoom_label = QLabel(_("Script text si&ze:"))
        zoom_label.setBuddy(self.zoom)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(zoom_label)
        zoom_row.addWidget(self.zoom)
        zoom_row.addStretch(1)

        points = QGroupBox(_("Points covered"))
        points_layout = QGridLayout(points)
        self.point_boxes: dict[IntroductionPoint, QCheckBox] = {}
        for index, point in enumerate(IntroductionPoint):
            box = QCheckBox(with_mnemonic(_(point.title), MNEMONICS[point]))
            box.setAccessibleName(_(point.title))
            box.clicked.connect(lambda checked, p=point: self._tick(p, checked))
            points_layout.addWidget(box, index // 2, index % 2)
            self.point_boxes[point] = box
        self.progress = QLabel(objectName="introduction_progress")
        self.progress.setWordWrap(True)
        points_layout.addWidget(self.progress, len(IntroductionPoint) // 2 + 1, 0, 1, 2)

        # At a review the chair first sees the case so far and what is due next.
        self.timeline = CaseTimelineBox(runner)
        # The script above the ticks: the page is often narrow beside the minutes pane.
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline)
        layout.addLayout(zoom_row)
        layout.addWidget(self.script, 1)
        layout.addWidget(scrolled(points))
        self._base_point_size = max(self.script.font().pointSizeF(), 10.0)
        self._apply_zoom(self.zoom.value())
        QWidget.setTabOrder(self.timeline.events, self.zoom)
        QWidget.setTabOrder(self.zoom, self.script)
        QWidget.setTabOrder(self.script, self.point_boxes[IntroductionPoint.PURPOSE])

    def show_conference(self, conference: Conference) -> None:
        self.timeline.show_conference(conference)
        text = fill_script(_(self.runner.profile.introduction_script), conference)
        if text != self.script.toPlainText():
            # Keep the chair's place: minutes are added while the script is being read.
            bar = self.script.verticalScrollBar()
            place = bar.value()
            self.script.setPlainText(text)
            bar.setValue(place)
        for point, box in self.point_boxes.items():
            box.setChecked(point in conference.introduction_covered)
        done, total = len(conference.introduction_covered), len(IntroductionPoint)
        self.progress.setText(_("{done} of {total} points covered.").format(done=done, total=total))

    def _apply_zoom(self, percent: int) -> None:
        font = self.script.font()
        font.setPointSizeF(self._base_point_size * percent / 100)
        self.script.setFont(font)

    def _tick(self, point: IntroductionPoint, covered: bool) -> None:
        minute = _("Chair covered: {point}").format(point=_(point.title))
        operation = cover_introduction_point(
            self.runner.conference, point, covered, self.runner.now(), minute,
            label=_("Introduction: {point}").format(point=_(point.title)))
        if operation is not None:
            self.runner.apply(operation)
