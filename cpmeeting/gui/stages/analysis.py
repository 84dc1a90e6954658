"""Analysis: the authority's framework headings, each with its points, and the scaling grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.analysis import FRAMEWORK_HEADINGS, AnalysisHeading, AnalysisItem
from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import AddRecord, RemoveRecord, SetFields
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages.base import StagePage
from cpmeeting.gui.stages.fields import pick_mnemonic
from cpmeeting.gui.stages.scaling import ScalingGrid
from cpmeeting.i18n import _


class PointList(QListWidget):
    """Points under one heading: F2 edits in place, Delete removes."""

    def __init__(self, heading: AnalysisHeading, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading, self.runner = heading, runner
        self.setAccessibleName(_(heading.title))
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setWordWrap(True)
        self.itemChanged.connect(self._edited)

    def show_points(self, items: list[AnalysisItem]) -> None:
        row = self.currentRow()
        self.blockSignals(True)
        self.clear()
        for point in items:
            item = QListWidgetItem(point.text)
            item.setData(Qt.ItemDataRole.UserRole, point.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.addItem(item)
        self.setCurrentRow(min(row, self.count() - 1))
        self.blockSignals(False)

    def remove_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            self.runner.apply(RemoveRecord(_("Remove point"), "analysis",
                                           item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_current()
            return
        super().keyPressEvent(event)

    def _edited(self, item: QListWidgetItem) -> None:
        text = item.text().strip()
        record_id = item.data(Qt.ItemDataRole.UserRole)
        if not text:
            self.runner.apply(RemoveRecord(_("Remove point"), "analysis", record_id))
        else:
            self.runner.apply(SetFields(_("Edit point"), {"text": text}, record_id=record_id))


class HeadingBox(QGroupBox):
    """One heading: its points and a line to add another (Enter adds)."""

    def __init__(self, heading: AnalysisHeading, runner, used: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(_(heading.title), parent)
        self.heading, self.runner = heading, runner
        self.points = PointList(heading, runner)
        self.new_point = QLineEdit()
        self.new_point.setAccessibleName(_("New point under: {heading}").format(
            heading=_(heading.title)))
        self.new_point.setPlaceholderText(_("Type a point and press Enter"))
        self.new_point.returnPressed.connect(self.add_point)
        label = QLabel(_("Add a point: {heading}").format(
            heading=pick_mnemonic(_(heading.title), used)))
        label.setWordWrap(True)
        label.setBuddy(self.new_point)
        remove = QPushButton(_("Remove selected point"))
        remove.clicked.connect(self.points.remove_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.points)
        layout.addWidget(label)
        layout.addWidget(self.new_point)
        layout.addWidget(remove)

    def add_point(self) -> None:
        text = self.new_point.text().strip()
        if text:
            self.runner.apply(AddRecord(_("Add point"), "analysis", AnalysisItem(self.heading, text)))
            self.new_point.clear()


class AnalysisPage(StagePage):
    stage = Stage.ANALYSIS

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("analysis_page")
        self.boxes: dict[AnalysisHeading, HeadingBox] = {}
        self._framework = None
        self._columns = 0
        self.headings = QWidget()
        self.grid = QGridLayout(self.headings)
        self.scaling = ScalingGrid(runner)
        scaling_label = QLabel(_("S&caling (0: certain harm; 10: safe enough to close the case):"))
        scaling_label.setBuddy(self.scaling)
        scaling_label.setWordWrap(True)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.headings)
        inner.addWidget(scaling_label)
        inner.addWidget(self.scaling)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

    def _build_headings(self, conference: Conference) -> None:
        self._framework = conference.analysis_framework
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes.clear()
        used = {"c", "e", "f", "h", "m", "s", "v"}  # Scaling; the menus and minutes pane
        for heading in FRAMEWORK_HEADINGS[conference.analysis_framework]:
            self.boxes[heading] = HeadingBox(heading, self.runner, used)
        self._place_boxes()

    def _wanted_columns(self) -> int:
        """Two columns of headings when there is room, one when the page is narrow."""
        return 2 if self.width() >= self.fontMetrics().averageCharWidth() * 100 else 1

    def _place_boxes(self) -> None:
        columns = self._wanted_columns()
        for box in self.boxes.values():
            self.grid.removeWidget(box)
        for index, box in enumerate(self.boxes.values()):
            self.grid.addWidget(box, index // columns, index % columns)
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.boxes and self._wanted_columns() != self._columns:
            self._place_boxes()

    def show_conference(self, conference: Conference) -> None:
        if conference.analysis_framework != self._framework:
            self._build_headings(conference)
        for heading, box in self.boxes.items():
            box.points.show_points([p for p in conference.analysis if p.heading is heading])
        self.scaling.show_conference(conference)
