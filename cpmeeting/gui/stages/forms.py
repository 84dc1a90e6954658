"""Binds field editors to one record, so every finished edit becomes one undoable operation."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QSplitter,
    QWidget,
)

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.operations import AddRecord, SetFields
from cpmeeting.i18n import _


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose long rows wrap under their label, so 200% text still fits."""
    layout = QFormLayout(parent)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return layout


def add_row(layout: QFormLayout, text: str, editor: QWidget) -> QWidget:
    """A row with a label whose mnemonic (&) moves focus to the editor."""
    label = QLabel(text)
    label.setBuddy(editor)
    # Only long labels wrap: Qt gives short wrapping labels too little height in a form.
    label.setWordWrap(len(text) > 30)
    layout.addRow(label, editor)
    if not editor.accessibleName():
        editor.setAccessibleName(text.replace("&", ""))
    return editor


class RecordForm:
    """Editors for the fields of one record found by `find`.

    With `create`, the first edit adds the record (a child's views, say) as one operation;
    `create` gives None when there is nothing to add it to (no child chosen), and the editors
    are disabled. With `path`, the record is a singleton such as the plan.
    """

    def __init__(
        self,
        runner,
        find: Callable[[Conference], Any],
        collection: str = "",
        create: Callable[[Conference], Any] | None = None,
        path: str | None = None,
    ) -> None:
        self.runner = runner
        self._find = find
        self._collection = collection
        self._create = create
        self._path = path
        self.editors: dict[str, QWidget] = {}
        self._titles: dict[str, str] = {}
        self._also: dict[str, Callable[[Any], dict[str, Any]]] = {}

    def bind(self, name: str, editor: QWidget, title: str,
             also: Callable[[Any], dict[str, Any]] | None = None) -> QWidget:
        """Tie an editor (with show_value and committed) to the field `name`; `also` gives
        fields that change with it in the same step (significant harm with the outcome)."""
        self.editors[name] = editor
        self._titles[name] = title.replace("&", "")
        if also is not None:
            self._also[name] = also
        editor.committed.connect(lambda value, field=name: self.commit(field, value))
        return editor

    def record(self) -> Any:
        return self._find(self.runner.conference)

    def show(self, conference: Conference) -> None:
        """Fill every editor from the record (or clear them when there is none yet)."""
        record = self._find(conference)
        enabled = record is not None or (self._create is not None
                                         and self._create(conference) is not None)
        for name, editor in self.editors.items():
            editor.setEnabled(enabled)
            editor.show_value(getattr(record, name) if record is not None else None)

    def commit(self, name: str, value: Any) -> None:
        """Record one field's new value as one operation."""
        label = _("Change {what}").format(what=self._titles[name])
        changes = {name: value, **(self._also[name](value) if name in self._also else {})}
        record = self._find(self.runner.conference)
        if record is None and self._create is None:
            return
        if record is None:
            record = self._create(self.runner.conference)
            if record is None:
                return
            for field, new in changes.items():
                setattr(record, field, copy.deepcopy(new))
            self.runner.apply(AddRecord(label, self._collection, record))
        elif self._path is not None:
            self.runner.apply(SetFields(label, changes, path=self._path))
        else:
            self.runner.apply(SetFields(label, changes, record_id=record.id))


def scrolled(content: QWidget | QLayout) -> QScrollArea:
    """Content that scrolls rather than being squeezed when text is large (200%)."""
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        content = holder
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class Responsive(QSplitter):
    """Parts side by side when the page is wide, stacked when it is narrow (beside the
    minutes pane, or at 200% text), in a splitter the chair can drag.

    Each part is (widget, stretch) or (widget, stretch, stacked_stretch). A part whose stretch
    is 0 keeps its natural size (up to a third of the page), so a short list is never
    squeezed to a sliver by a long form beneath it.
    """

    def __init__(self, *parts: tuple, wide_chars: int = 110,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wide_chars = wide_chars
        self.setChildrenCollapsible(False)
        self._stretches: list[tuple[int, int]] = []
        # Shared out again on every resize until the chair drags a handle.
        self._dragged = False
        self.splitterMoved.connect(self._drag)
        for part in parts:
            widget, stretch = part[0], part[1]
            self.addWidget(widget)
            self._stretches.append((stretch, part[2] if len(part) > 2 else stretch))

    def is_wide(self) -> bool:
        return self.orientation() is Qt.Orientation.Horizontal

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * self.wide_chars
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.orientation() != orientation:
            self.setOrientation(orientation)
            self._dragged = False
        super().resizeEvent(event)
        if not self._dragged:
            self._share(event.size())

    def _drag(self) -> None:
        self._dragged = True

    def _share(self, size: QSize) -> None:
        """Stretch factors and first sizes for the current orientation."""
        wide = self.is_wide()
        total = size.width() if wide else size.height()
        total -= self.handleWidth() * (self.count() - 1)
        sizes = [0] * self.count()
        flexible = 0
        for index, (across, stacked) in enumerate(self._stretches):
            stretch = across if wide else stacked
            self.setStretchFactor(index, stretch)
            if stretch == 0:
                sizes[index] = min(natural_size(self.widget(index), wide), total // 3)
            flexible += stretch
        left = max(total - sum(sizes), 0)
        for index, (across, stacked) in enumerate(self._stretches):
            stretch = across if wide else stacked
            if stretch:
                sizes[index] = left * stretch // max(flexible, 1)
        self.setSizes(sizes)


def natural_size(widget: QWidget, wide: bool) -> int:
    """The width (side by side) or height (stacked) a part wants: for a scroll area, that of
    what it holds."""
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        hint = widget.widget().sizeHint() + QSize(2, 2) * widget.frameWidth()
    else:
        hint = widget.sizeHint()
    return hint.width() if wide else hint.height()
