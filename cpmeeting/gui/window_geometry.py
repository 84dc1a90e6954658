"""The main window's first size and place: the last one used if it is still on a screen, else
1280x800 fitted to the screen (maximised on a laptop too small for that)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from cpmeeting.gui.appearance import settings

DEFAULT_SIZE = QSize(1280, 800)
GEOMETRY_KEY = "window/geometry"
VISIBLE_SHARE = 0.5  # of a restored window that must be on one screen, else it is placed anew


def fitted(available: QRect, wanted: QSize = DEFAULT_SIZE) -> tuple[QRect, bool]:
    """The normal geometry (wanted, cut to the screen, centred) and whether to maximise: on a
    1366x768 laptop with a taskbar, 800 px is taller than the room, so the window takes it all."""
    size = wanted.boundedTo(available.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    too_small = available.width() < wanted.width() or available.height() < wanted.height()
    return rect, too_small


def place(window: QWidget) -> None:
    """Give the window its first geometry, before it is shown."""
    saved = settings().value(GEOMETRY_KEY)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        if on_a_screen(window.geometry()):
            return
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    screen = window.screen() or QGuiApplication.primaryScreen()
    rect, maximise = fitted(screen.availableGeometry())
    window.setGeometry(rect)
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def on_a_screen(rect: QRect) -> bool:
    """Whether most of the rect is on one of the screens now connected (a saved geometry may
    be on a monitor unplugged since, or larger than the screen now)."""
    area = rect.width() * rect.height()
    if area <= 0:
        return False
    for screen in QGuiApplication.screens():
        available = screen.availableGeometry()
        seen = available.intersected(rect)
        if (seen.width() * seen.height() >= VISIBLE_SHARE * area
                and rect.width() <= available.width() and rect.height() <= available.height()):
            return True
    return False


def remember(window: QWidget) -> None:
    """Keep the window's geometry (and whether it was maximised) for the next start."""
    settings().setValue(GEOMETRY_KEY, window.saveGeometry())
