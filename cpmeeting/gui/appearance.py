"""Light or dark theme and text size, applied to the whole application and remembered."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from cpmeeting.paths import data_dir

TEXT_SCALES: tuple[int, ...] = (100, 150, 200)
_BASE_SIZE = "cpmeeting_base_point_size"


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


def settings() -> QSettings:
    """Non-secret preferences, in an INI file in the data folder."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_appearance() -> tuple[Theme, int]:
    store = settings()
    try:
        theme = Theme(str(store.value("appearance/theme", Theme.LIGHT.value)))
    except ValueError:
        theme = Theme.LIGHT
    scale = int(store.value("appearance/text_scale", 100) or 100)
    return theme, scale if scale in TEXT_SCALES else 100


def save_appearance(theme: Theme, scale: int) -> None:
    store = settings()
    store.setValue("appearance/theme", theme.value)
    store.setValue("appearance/text_scale", scale)


def apply_appearance(app: QApplication, theme: Theme, scale: int) -> None:
    """Fusion style with a light or dark palette, and the text scaled from its start size."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme is Theme.DARK else app.style().standardPalette())
    base = app.property(_BASE_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base)
    font = app.font()
    font.setPointSizeF(float(base) * scale / 100)
    app.setFont(font)


def dark_palette() -> QPalette:
    """A dark palette with contrast kept above WCAG AA for text."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: QColor(37, 37, 38),
        QPalette.ColorRole.WindowText: QColor(235, 235, 235),
        QPalette.ColorRole.Base: QColor(25, 25, 26),
        QPalette.ColorRole.AlternateBase: QColor(45, 45, 48),
        QPalette.ColorRole.ToolTipBase: QColor(50, 50, 52),
        QPalette.ColorRole.ToolTipText: QColor(235, 235, 235),
        QPalette.ColorRole.PlaceholderText: QColor(165, 165, 165),
        QPalette.ColorRole.Text: QColor(235, 235, 235),
        QPalette.ColorRole.Button: QColor(50, 50, 52),
        QPalette.ColorRole.ButtonText: QColor(235, 235, 235),
        QPalette.ColorRole.BrightText: QColor(255, 120, 120),
        QPalette.ColorRole.Link: QColor(120, 180, 255),
        QPalette.ColorRole.Highlight: QColor(60, 120, 200),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 130, 130))
    return palette
