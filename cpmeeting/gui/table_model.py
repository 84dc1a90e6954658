"""A table model whose columns are declared once: a header and the text each row shows there.

The item models of the window (the start screen's conferences, the translation workspace's
pieces of text) were each writing the same rowCount, columnCount and headerData around a
list of rows. Here that is said once; a model declares its columns and adds what is its own
(colours, flags, editing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cpmeeting.i18n import _

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class TextColumn:
    """A column: its header (marked with N_, translated when shown) and a row's text in it."""

    header: str
    text: Callable[[Any], str]


class ColumnTableModel(QAbstractTableModel):
    """A flat list of rows shown through declared columns.

    The texts are worked out once per reset: a view asks for each cell many times (sizing
    columns to their contents, painting, filtering as the user types). `text_roles` are the
    roles that answer with a cell's text; `row_data` answers the others.
    """

    text_roles: tuple[Qt.ItemDataRole, ...] = (Qt.ItemDataRole.DisplayRole,)

    def __init__(self, columns: Sequence[TextColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Show these rows instead, in a reset the views follow."""
        self.beginResetModel()
        self.fill(rows)
        self.endResetModel()

    def fill(self, rows: Iterable[Any]) -> None:
        """Take the rows and their texts; only between beginResetModel and endResetModel."""
        self.rows = list(rows)
        self._texts = [tuple(column.text(row) for column in self.columns) for row in self.rows]

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in self.text_roles:
            return self._texts[index.row()][index.column()]
        return self.row_data(index.row(), index.column(), role)

    def row_data(self, row: int, column: int, role: int):
        """What a role other than the text roles gives for a cell; nothing by default."""
        return None
