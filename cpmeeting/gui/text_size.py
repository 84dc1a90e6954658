"""The application's text size as a share of its start size; read by the style and the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# The point size the application started with, kept on the application itself.
_BASE_SIZE = "cpmeeting_base_point_size"


def scale_text(app: QApplication, scale: int) -> None:
    """The application's font at scale percent of the size it started with."""
    base = app.property(_BASE_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base)
    font = app.font()
    font.setPointSizeF(float(base) * scale / 100)
    app.setFont(font)


def text_scale(app: QApplication) -> float:
    """The text size now as a multiple of the start size (1.0 at 100%, 2.0 at 200%)."""
    base = app.property(_BASE_SIZE)
    return app.font().pointSizeF() / float(base) if base else 1.0
