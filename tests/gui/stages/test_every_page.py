"""What holds for every page: names for screen readers, mnemonics, and 200% text."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)

from cpmeeting.domain.stages import STAGE_ORDER
from cpmeeting.gui.stages import STAGE_PAGES

# Alt+letter already taken everywhere: the menus (File, Edit, Meeting, View, Help) and the
# minutes pane's Speaker field.
WINDOW_MNEMONICS = set("femvhs")


def controls(page: QWidget) -> list[QWidget]:
    """The controls a keyboard user can reach on the page as shown."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QScrollBar | QTabBar | QScrollArea):
            continue  # parts of a control, or a frame around a form
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the line edit inside a spin box or date field
        found.append(widget)
    return found


def test_pages_are_registered_in_meeting_order():
    assert [page.stage for page in STAGE_PAGES] == list(STAGE_ORDER)


@pytest.mark.parametrize("page_type", STAGE_PAGES, ids=lambda p: p.__name__)
def test_every_control_has_an_accessible_name(page_type, demo, open_page):
    page = open_page(page_type, demo)
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}" for w in controls(page)
        if not w.accessibleName().strip()
        and not (isinstance(w, QAbstractButton) and w.text().strip())
    ]
    assert nameless == []


@pytest.mark.parametrize("page_type", STAGE_PAGES, ids=lambda p: p.__name__)
def test_mnemonics_leave_the_windows_own_letters_alone(page_type, demo, open_page):
    page = open_page(page_type, demo)
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    letters = {m.lower() for text in texts for m in re.findall(r"(?<!&)&([^&\s])", text)}
    assert not letters & WINDOW_MNEMONICS


@pytest.fixture
def large_text():
    """Text at 200%, as the View menu sets it."""
    app = QApplication.instance()
    normal = app.font()
    large = app.font()
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    yield
    app.setFont(normal)


@pytest.mark.parametrize("page_type", STAGE_PAGES, ids=lambda p: p.__name__)
def test_at_200_percent_a_page_fits_beside_the_navigator_and_minutes(
        page_type, demo, large_text, open_page):
    page = open_page(page_type, demo)
    need = page.minimumSizeHint()
    # A 1280x800 window less the navigator, the minutes pane, menus and status bar.
    assert need.width() <= 900 and need.height() <= 700, (need.width(), need.height())
