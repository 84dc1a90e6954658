"""Scaling over time: a chart drawn with QPainter and, beside it, a table of the same numbers
(readable by a screen reader, and in black and white). Each participant's line has its own
dash and marker shape, so no line is told apart by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.analysis import SCALE_MAX, SCALE_MIN
from cpmeeting.domain.conference import Conference
from cpmeeting.domain.rules.explain import format_day
from cpmeeting.domain.scaling_history import ScalingSeries, scaling_over_time
from cpmeeting.gui.stages.forms import Responsive
from cpmeeting.i18n import _

DASHES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
          Qt.PenStyle.DashDotDotLine)
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "plus")


def draw_marker(painter: QPainter, at: QPointF, shape: str, size: float) -> None:
    """A marker shape, so a line is known by its shape as well as its dash."""
    half = size / 2
    if shape == "circle":
        painter.drawEllipse(at, half, half)
    elif shape == "square":
        painter.drawRect(QRectF(at.x() - half, at.y() - half, size, size))
    elif shape in ("triangle", "diamond"):
        path = QPainterPath()
        if shape == "triangle":
            path.moveTo(at.x(), at.y() - half)
            path.lineTo(at.x() + half, at.y() + half)
            path.lineTo(at.x() - half, at.y() + half)
        else:
            path.moveTo(at.x(), at.y() - half)
            path.lineTo(at.x() + half, at.y())
            path.lineTo(at.x(), at.y() + half)
            path.lineTo(at.x() - half, at.y())
        path.closeSubpath()
        painter.drawPath(path)
    elif shape == "plus":
        painter.drawLine(QPointF(at.x() - half, at.y()), QPointF(at.x() + half, at.y()))
        painter.drawLine(QPointF(at.x(), at.y() - half), QPointF(at.x(), at.y() + half))
    else:
        painter.drawLine(QPointF(at.x() - half, at.y() - half), QPointF(at.x() + half, at.y() + half))
        painter.drawLine(QPointF(at.x() - half, at.y() + half), QPointF(at.x() + half, at.y() - half))


class ScalingChart(QWidget):
    """One child's scaling across the conferences of the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaling_chart")
        self.series: ScalingSeries | None = None
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_series(self, series: ScalingSeries | None) -> None:
        self.series = series
        self.setAccessibleName(_("Scaling over time"))
        self.setAccessibleDescription(describe(series))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        series = self.series
        if series is None:
            painter.setPen(ink)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             _("No scaling recorded in this case yet."))
            return
        names = [name for name, _scores in series.participants] + [_("Overall")]
        legend_height = line * ((len(names) + 1) // 2) + line // 2
        left = metrics.horizontalAdvance("10") + line
        plot = QRectF(left, line / 2, self.width() - left - line,
                      self.height() - legend_height - 2.5 * line)
        painter.setPen(QPen(ink, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for score in range(SCALE_MIN, SCALE_MAX + 1, 2):
            y = self._y(plot, score)
            painter.drawText(QRectF(0, y - line / 2, left - 4, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(score))
            painter.setPen(QPen(ink, 0.3, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QPen(ink, 1))
        xs = self._xs(plot, len(series.dates))
        for x, day in zip(xs, series.dates, strict=True):
            painter.drawText(QRectF(x - 60, plot.bottom() + 2, 120, line),
                             Qt.AlignmentFlag.AlignCenter, format_day(day))
        lines = [(scores, QPen(ink, 1.2, DASHES[i % len(DASHES)]), MARKERS[i % len(MARKERS)])
                 for i, (_name, scores) in enumerate(series.participants)]
        lines.append((series.overall, QPen(ink, 3), "circle"))
        for scores, pen, marker in lines:
            points = [QPointF(x, self._y(plot, s)) for x, s in zip(xs, scores, strict=True)
                      if s is not None]
            painter.setPen(pen)
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
            painter.setPen(QPen(ink, 1.2))
            painter.setBrush(ink if pen.width() > 2 else Qt.BrushStyle.NoBrush)
            for point in points:
                draw_marker(painter, point, marker, line * 0.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        top = plot.bottom() + 1.5 * line
        half = self.width() / 2
        for index, (name, (_scores, pen, marker)) in enumerate(zip(names, lines, strict=True)):
            x = left + (index % 2) * half
            y = top + (index // 2) * line + line / 2
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 2 * line, y))
            painter.setPen(QPen(ink, 1.2))
            painter.setBrush(ink if pen.width() > 2 else Qt.BrushStyle.NoBrush)
            draw_marker(painter, QPointF(x + line, y), marker, line * 0.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(ink)
            painter.drawText(QRectF(x + 2.5 * line, y - line / 2, half - 3 * line, line),
                             Qt.AlignmentFlag.AlignVCenter, name)

    @staticmethod
    def _y(plot: QRectF, score: float) -> float:
        return plot.bottom() - (score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * plot.height()

    @staticmethod
    def _xs(plot: QRectF, count: int) -> list[float]:
        if count == 1:
            return [plot.center().x()]
        margin = 40.0
        step = (plot.width() - 2 * margin) / (count - 1)
        return [plot.left() + margin + i * step for i in range(count)]


def describe(series: ScalingSeries | None) -> str:
    """The chart in words, for a screen reader."""
    if series is None:
        return _("No scaling recorded in this case yet.")
    parts = [f"{format_day(d)}: {_('overall')} {o if o is not None else '-'}"
             for d, o in zip(series.dates, series.overall, strict=True)]
    return "; ".join(parts)


class ScalingOverTime(QGroupBox):
    """A child picker, the chart, and the table of numbers beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Scaling over time (0 to 10)"), parent)
        self.setObjectName("scaling_over_time")
        self._series: list[ScalingSeries] = []
        self.child = QComboBox(objectName="scaling_child")
        self.child.setAccessibleName(_("Child whose scaling is shown"))
        self.child.currentIndexChanged.connect(lambda _i: self._show())
        child_label = QLabel(_("Scali&ng for:"))
        child_label.setBuddy(self.child)
        self.chart = ScalingChart()
        self.table = QTableWidget(objectName="scaling_table")
        self.table.setAccessibleName(_("Scaling over time, the numbers"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        picker = QHBoxLayout()
        picker.addWidget(child_label)
        picker.addWidget(self.child, 1)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        # Beside each other when there is room, the table under the chart when not.
        body = Responsive((self.chart, 3), (self.table, 2), wide_chars=100)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(body)

    def show_case(self, conference: Conference) -> None:
        self._series = scaling_over_time(conference)
        chosen = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        for series in self._series:
            child = conference.child(series.child_id)
            self.child.addItem(child.display_name if child else "", series.child_id)
        self.child.setCurrentIndex(max(self.child.findData(chosen), 0))
        self.child.blockSignals(False)
        self._show()

    def _show(self) -> None:
        series = next((s for s in self._series if s.child_id == self.child.currentData()), None)
        self.chart.set_series(series)
        self.table.clear()
        if series is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        rows = [*series.participants, (_("Overall"), series.overall)]
        self.table.setColumnCount(len(series.dates))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([format_day(d) for d in series.dates])
        self.table.setVerticalHeaderLabels([name for name, _scores in rows])
        for row, (_name, scores) in enumerate(rows):
            for column, score in enumerate(scores):
                self.table.setItem(row, column, QTableWidgetItem(
                    "-" if score is None else str(score)))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
