"""Light or dark theme and text size, applied to the whole application and remembered."""

from __future__ import annotations

import contextlib
from enum import StrEnum

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from cpmeeting.file_modes import create_private
from cpmeeting.paths import data_dir

from .text_size import scale_text

TEXT_SCALES: tuple[int, ...] = (100, 150, 200)


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


def settings() -> QSettings:
    """Non-secret preferences, in an INI file in the data folder (private like the rest)."""
    path = data_dir() / "settings.ini"
    if not path.exists():
        # A read-only or full data folder keeps no preferences: the defaults serve, and
        # QSettings drops what it cannot write.
        with contextlib.suppress(OSError):
            create_private(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


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
    from cpmeeting.gui.outlined_style import OutlinedStyle

    if not isinstance(app.style(), OutlinedStyle):
        app.setStyle(OutlinedStyle())
    app.setPalette(dark_palette() if theme is Theme.DARK else light_palette(app))
    scale_text(app, scale)


# Given to a new QApplication ("-style fusion"), so that a start in the light theme at normal
# text size needs no Python style: a Python QStyle costs tens of milliseconds of start-up
# (PySide6 makes every QStyle enum on first use) and a call into Python for every metric.
START_ARGUMENTS = ("-style", "fusion")


def start_appearance(app: QApplication, theme: Theme, scale: int) -> None:
    """The saved appearance on an application made with START_ARGUMENTS."""
    if theme is Theme.LIGHT and scale == 100:
        # Nothing set yet: the application's palette is still Fusion's standard one.
        app.setPalette(light_palette(app, standard=app.palette()))
        scale_text(app, scale)
    else:
        apply_appearance(app, theme, scale)


def light_palette(app: QApplication, standard: QPalette | None = None) -> QPalette:
    """Fusion's light palette, with a selection dark enough for white text (WCAG AA) and
    greyed-out text that can still be read (Fusion's own is 1.6:1)."""
    palette = QPalette(standard if standard is not None else app.style().standardPalette())
    palette.setColor(QPalette.ColorRole.Highlight, QColor(38, 110, 170))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(115, 115, 115))
    return palette


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
        QPalette.ColorRole.Highlight: QColor(45, 100, 170),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 130, 130))
    return palette


def saved_language() -> str:
    """The interface language chosen in the View menu ("en" until one is chosen)."""
    return str(settings().value("appearance/language", "en") or "en")


def save_language(code: str) -> None:
    settings().setValue("appearance/language", code)
