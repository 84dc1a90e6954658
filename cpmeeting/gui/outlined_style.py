"""Fusion, with the edges of small controls visible on a dark palette and tick boxes that grow
with the text. Loaded only when needed (dark theme, larger text): see appearance.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from cpmeeting.gui.text_size import text_scale

OUTLINE_ON_DARK = QColor(150, 150, 150)


class OutlinedStyle(QProxyStyle):
    """Fusion, with tick boxes, radio buttons and text fields outlined on a dark palette:
    Fusion draws their edges darker than the window, which on dark grey cannot be seen
    (WCAG asks 3:1 for the edge of a control)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
                QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                QStyle.PrimitiveElement.PE_FrameLineEdit,
                QStyle.PrimitiveElement.PE_Frame)

    SCALED = (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
              QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
              QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        # Tick boxes grow with the text: a 13-pixel box beside 200% text is hard to hit.
        value = super().pixelMetric(metric, option, widget)
        if metric in self.SCALED:
            app = QApplication.instance()
            if app is not None:
                value = round(value * max(text_scale(app), 1.0))
        return value

    def drawPrimitive(self, element, option, painter: QPainter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self.OUTLINED:
            return
        if option.palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              element is QStyle.PrimitiveElement.PE_IndicatorRadioButton)
        painter.setPen(QPen(OUTLINE_ON_DARK, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(0, 0, -1, -1)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        else:
            painter.drawRect(rect)
        painter.restore()
