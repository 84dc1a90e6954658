"""Under the pseudo-locale, every piece of text the window shows comes from a catalog."""

from __future__ import annotations

import pytest
from factories import sample_conference
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from test_pseudo import _data_strings, leftover_english

from cpmeeting.domain.stages import STAGE_ORDER
from cpmeeting.gui.language import set_language

# Qt names keys itself (QKeySequence.NativeText, translated by qtbase).
KEY_NAMES = {"Alt", "Ctrl", "Shift", "Meta", "PgUp", "PgDown", "Up", "Down", "Del", "Delete"}
# Any English word left in the window makes this test fail.
KNOWN_LEAKS: set[str] = set()


@pytest.fixture
def pseudo_interface(qapp):
    set_language("xx", qapp)
    yield
    set_language("en", qapp)


def _menu_texts(menu: QMenu, found: list[str]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action.text())
        if action.menu() is not None:
            _menu_texts(action.menu(), found)


def shown_texts(window: QWidget) -> list[str]:
    """The text a user can see now: menus, labels, buttons, titles, placeholders, headers."""
    found = [window.windowTitle()]
    for action in window.menuBar().actions():
        found.append(action.text())
        if action.menu() is not None:
            _menu_texts(action.menu(), found)
    return [t for t in found if t and t.strip()] + widget_texts(window)


def widget_texts(window: QWidget) -> list[str]:
    """The text a user can see now in the window's widgets (a dialog's too: it has no menus)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount()
            except TypeError:  # a list model: no header to show
                columns = 0
            for section in range(columns):
                found.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
        if widget.toolTip():
            found.append(widget.toolTip())
    return [t for t in found if t and t.strip()]


def test_the_window_shows_no_text_that_bypasses_the_catalogs(qtbot, pseudo_interface,
                                                             gui_sample, archive):
    from cpmeeting.gui.main_window import MainWindow

    conference = sample_conference()
    archive.save(conference)
    window = MainWindow(archive, clock=gui_sample.Clock(gui_sample.MEETING_START))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    data = _data_strings(conference, set()) | {"cpmeeting"}
    leaks: dict[str, set[str]] = {}
    leaks["start screen"] = leftover_english(" ".join(shown_texts(window)), data)
    window.open_conference(conference.id)
    for stage in STAGE_ORDER:
        window.go_to_stage(stage)
        words = leftover_english(" ".join(shown_texts(window)), data)
        leaks[str(stage)] = words
    found = {where: words - KEY_NAMES - KNOWN_LEAKS for where, words in leaks.items()}
    assert {where: words for where, words in found.items() if words} == {}
