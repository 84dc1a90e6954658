"""Every control a keyboard user reaches in the whole window, at every stage, has a name a
screen reader can say; and both themes keep text readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QScrollArea,
    QScrollBar,
    QSplitterHandle,
    QStyle,
    QTabBar,
    QTabWidget,
    QWidget,
)

from cpmeeting.demo import demo_conference
from cpmeeting.domain.stages import STAGE_ORDER
from cpmeeting.gui.appearance import dark_palette, light_palette


@pytest.fixture
def demo_window(qtbot, archive, clock):
    """The main window with the full demo conference open, as a chair would have it."""
    from cpmeeting.gui.main_window import MainWindow

    conference = demo_conference(clock().date())
    archive.save(conference)
    main = MainWindow(archive, clock=clock)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.open_conference(conference.id)
    return main


def buddies(root: QWidget) -> set[int]:
    """The widgets some visible label names (by its buddy), by identity."""
    return {id(label.buddy()) for label in root.findChildren(QLabel)
            if label.buddy() is not None and label.text().strip()}


def focusable(root: QWidget) -> list[QWidget]:
    """Visible widgets that take keyboard focus, leaving out the parts of a control."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QScrollBar | QScrollArea | QSplitterHandle):
            continue
        parent = widget.parent()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box, date field or editable combo
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    named_by_label = buddies(root)
    missing = []
    for widget in focusable(root):
        if widget.accessibleName().strip() or id(widget) in named_by_label:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QTabBar) and all(
                widget.tabText(i).strip() for i in range(widget.count())):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                       f"in {type(widget.parent()).__name__}")
    return missing


def test_every_focusable_control_in_the_window_is_named_at_every_stage(qtbot, demo_window):
    assert unnamed(demo_window) == []  # the start of the live view
    for stage in STAGE_ORDER:
        demo_window.go_to_stage(stage)
        qtbot.waitUntil(lambda s=stage: demo_window.live.stage is s)
        assert (stage, unnamed(demo_window)) == (stage, [])
        for tabs in demo_window.findChildren(QTabWidget):
            if tabs.isVisibleTo(demo_window):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    assert (stage, index, unnamed(demo_window)) == (stage, index, [])


def test_the_start_screen_and_its_dialogs_are_named(qtbot, archive):
    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.gui.new_conference_dialog import NewConferenceDialog
    from cpmeeting.gui.shortcuts_dialog import ShortcutsDialog

    main = MainWindow(archive)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert unnamed(main) == []
    for dialog in (NewConferenceDialog(archive, main), ShortcutsDialog(main)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert (type(dialog).__name__, unnamed(dialog)) == (type(dialog).__name__, [])


def contrast(one: QColor, two: QColor) -> float:
    """The WCAG contrast ratio of two colours."""
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp) -> QPalette:
    qapp.setStyle("Fusion")
    return dark_palette() if request.param == "dark" else light_palette(qapp)


@pytest.mark.parametrize(("text", "background", "least"), [
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase, 4.5),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window, 4.5),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button, 4.5),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight, 4.5),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase, 4.5),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base, 4.5),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base, 4.5),
])
def test_text_meets_wcag_aa_in_both_themes(palette, text, background, least):
    assert contrast(palette.color(text), palette.color(background)) >= least


def test_greyed_out_text_is_still_legible_in_both_themes(palette):
    disabled = QPalette.ColorGroup.Disabled
    for text, background in ((QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                             (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                             (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button)):
        assert contrast(palette.color(disabled, text), palette.color(disabled, background)) >= 3


def test_tick_boxes_grow_with_the_text(qapp):
    from cpmeeting.gui.appearance import Theme, apply_appearance

    metric = QStyle.PixelMetric.PM_IndicatorWidth
    apply_appearance(qapp, Theme.LIGHT, 100)
    normal = qapp.style().pixelMetric(metric)
    try:
        apply_appearance(qapp, Theme.LIGHT, 200)
        assert qapp.style().pixelMetric(metric) >= 2 * normal - 1
    finally:
        apply_appearance(qapp, Theme.LIGHT, 100)
    assert qapp.style().pixelMetric(metric) == normal
