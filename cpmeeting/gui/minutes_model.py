"""The minute entries as a table model: one row per entry, edited through operations.

The rows live in Qt's own QStandardItemModel, filled at refresh: painting reads them in C++,
so the repaint after Enter makes no Python call per cell.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import SetFields
from cpmeeting.gui.labels import person_label, short_label, stage_title
from cpmeeting.i18n import N_, _

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The entry itself comes before the stage, so a narrow pane still shows what was said."""

    TIME = 0
    SPEAKER = 1
    TEXT = 2
    AUDIENCE = 3
    STAGE = 4


HEADERS = {
    Column.TIME: N_("Time"),
    Column.STAGE: N_("Stage"),
    Column.SPEAKER: N_("Speaker"),
    Column.TEXT: N_("Entry"),
    Column.AUDIENCE: N_("Not for"),
}

_DISPLAY = Qt.ItemDataRole.DisplayRole  # QStandardItem keeps EditRole as the same value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
# As a table model's cells: no drag and drop, no children; only the entry's text is edited.
_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
          | Qt.ItemFlag.ItemNeverHasChildren)
_TEXT_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable

# One cell as shown: (display text, accessible text, tooltip or None, restricted icon?).
_Cell = tuple[str, str, "str | None", bool]


def brief_label(person) -> str:
    """'Father of Zofia and Leo': the short label up to any qualifying clause after ';'."""
    return short_label(person).split(";")[0].strip() or person.name


def cell_label(person) -> str:
    """'Father': the brief label without whose relative, for a narrow table cell."""
    return brief_label(person).split(" of ")[0].strip() or person.name


def _entry_key(entry: MinuteEntry) -> tuple:
    """The fields an entry's cells are made from: a row is worked out again only if they change."""
    return (entry.text, entry.stage, entry.at, entry.speaker_id, tuple(sorted(entry.not_for)),
            entry.third_party_confidential)


def _removed_row(old: list[str], ids: list[str]) -> int | None:
    """The row whose entry alone is gone from old, if that is the only difference."""
    if len(ids) != len(old) - 1:
        return None
    row = next((i for i, (was, now) in enumerate(zip(old, ids, strict=False)) if was != now),
               len(ids))
    return row if old[:row] + old[row + 1:] == ids else None


def _moved_row(old: list[str], ids: list[str]) -> tuple[int, int] | None:
    """(from, to) when one entry alone moved to another place."""
    if len(ids) != len(old) or ids == old:
        return None
    first = next(i for i, (was, now) in enumerate(zip(old, ids, strict=True)) if was != now)
    last = next(i for i in range(len(ids) - 1, -1, -1) if old[i] != ids[i])
    if ids[last] == old[first] and old[first + 1:last + 1] == ids[first:last]:
        return first, last
    if ids[first] == old[last] and old[first:last] == ids[first + 1:last + 1]:
        return last, first
    return None


class MinutesModel(QStandardItemModel):
    """Mirrors conference.minutes (read from the runner) in items; refresh() keeps them current."""

    def __init__(self, runner, parent=None) -> None:
        super().__init__(0, len(Column), parent)
        self._runner = runner
        self._restricted_icon = None
        self.setHorizontalHeaderLabels([_(HEADERS[column]) for column in Column])
        # New cells are copies of these: one clone is cheaper than setting the flags each time.
        self._prototypes = [QStandardItem() for _column in Column]
        for column, prototype in enumerate(self._prototypes):
            prototype.setFlags(_TEXT_FLAGS if column == Column.TEXT else _FLAGS)
        # What the items show, and what it was worked out from (each entry's fields and the
        # invitees' labels): a change elsewhere in the record then costs no row.
        self._ids: list[str] = []
        self._keys: list[tuple] = []
        self._cells: list[tuple[_Cell, ...]] = []
        self._people = self._people_key()
        self._rebuild([entry.id for entry in self.entries])

    @property
    def entries(self) -> list[MinuteEntry]:
        return self._runner.conference.minutes

    def refresh(self) -> None:
        """The record changed: append, update in place, remove one or rebuild the rows."""
        ids = [entry.id for entry in self.entries]
        old = self._ids
        people = self._people_key()
        relabelled, self._people = people != self._people, people
        if len(ids) == len(old) + 1 and ids[:len(old)] == old:
            # Enter: the rows above stay as they are unless an invitee's label changed too.
            self._update(len(old), relabelled)
            entry = self.entries[-1]
            cells = self._row_cells(entry)
            self._ids = ids
            self._keys.append(_entry_key(entry))
            self._cells.append(cells)
            self.appendRow(self._row_items(cells))
        elif ids == old:
            self._update(len(ids), relabelled)
        elif (row := _removed_row(old, ids)) is not None and not relabelled:
            # Undo of Enter, or a deletion: that row alone goes, and the view keeps its place.
            self._ids = ids
            del self._keys[row], self._cells[row]
            self.removeRow(row)
            self._update(len(ids), False)
        elif (move := _moved_row(old, ids)) is not None and not relabelled:
            # Alt+Up / Alt+Down: the row's items move, rather than every row being made again.
            source, target = move
            self._ids = ids
            self._keys.insert(target, self._keys.pop(source))
            self._cells.insert(target, self._cells.pop(source))
            self.insertRow(target, self.takeRow(source))
            self._update(len(ids), False)
        else:
            self._rebuild(ids)

    def entry(self, row: int) -> MinuteEntry:
        return self.entries[row]

    def _rebuild(self, ids: list[str]) -> None:
        """Every row anew, announced as one reset rather than a signal per row."""
        self._ids = ids
        self._keys = [_entry_key(entry) for entry in self.entries]
        self._cells = [self._row_cells(entry) for entry in self.entries]
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            for cells in self._cells:
                self.appendRow(self._row_items(cells))
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def _update(self, rows: int, relabelled: bool) -> None:
        """Set the cells that changed in the first `rows` rows, then one dataChanged for them;
        only entries whose fields changed are looked at, unless an invitee's label changed."""
        entries = self.entries
        changed = []
        for row in range(rows):
            entry = entries[row]
            key = _entry_key(entry)
            if key == self._keys[row] and not relabelled:
                continue
            self._keys[row] = key
            cells = self._row_cells(entry)
            if cells != self._cells[row]:
                changed.append((row, cells))
        if not changed:
            return
        self.blockSignals(True)
        try:
            for row, cells in changed:
                old = self._cells[row]
                self._cells[row] = cells
                for column, cell in enumerate(cells):
                    if cell != old[column]:
                        self._fill(self.item(row, column), cell)
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(changed[0][0], 0),
                              self.index(changed[-1][0], len(Column) - 1))

    def _row_items(self, cells: tuple[_Cell, ...]) -> list[QStandardItem]:
        items = []
        for prototype, cell in zip(self._prototypes, cells, strict=True):
            display, accessible, tooltip, restricted = cell
            item = prototype.clone()
            item.setData(display, _DISPLAY)
            item.setData(accessible, _ACCESSIBLE)
            # A new item has no tooltip or icon to clear: setting None would store an empty value.
            if tooltip is not None:
                item.setData(tooltip, _TOOLTIP)
            if restricted:
                item.setData(self._icon(), _DECORATION)
            items.append(item)
        return items

    def _fill(self, item: QStandardItem, cell: _Cell) -> None:
        """Set an item to a changed cell; None clears a tooltip or icon it had."""
        display, accessible, tooltip, restricted = cell
        item.setData(display, _DISPLAY)
        item.setData(accessible, _ACCESSIBLE)
        item.setData(tooltip, _TOOLTIP)
        item.setData(self._icon() if restricted else None, _DECORATION)

    def _people_key(self) -> tuple:
        """The invitees' labels the cells are made from."""
        return tuple((p.id, person_label(p), short_label(p))
                     for p in self._runner.conference.invitees)

    def _row_cells(self, entry: MinuteEntry) -> tuple[_Cell, ...]:
        """What each column shows, says to a screen reader and shows on hover."""
        speaker = self._runner.conference.invitee(entry.speaker_id)
        audience = self.audience_text(entry)
        names = self._audience_names(entry)
        audience_tip = "\n".join(part for part in (audience, names) if part) or None
        restricted = bool(entry.not_for or entry.third_party_confidential)
        time = f"{entry.at.hour:02d}:{entry.at.minute:02d}"
        speaker_name = speaker.name if speaker else ""
        cell = self.audience_cell(entry)
        stage = stage_title(entry.stage)
        return (
            (time, time, None, False),
            (speaker_name, speaker_name, person_label(speaker) if speaker else None, False),
            # Rows are one line high; the whole entry on hover.
            (entry.text, entry.text, entry.text, False),
            (cell, audience, audience_tip, restricted),
            (stage, stage, None, False),
        )

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.TEXT:
            return False
        entry = self.entries[index.row()]
        text = str(value).strip()
        if not text or text == entry.text:
            return False
        operation = SetFields(_("Edit minute entry"), {"text": text}, record_id=entry.id)
        # Applying updates this row; do it after the view has closed its editor.
        QTimer.singleShot(0, lambda: self._runner.apply(operation))
        return True

    def audience_cell(self, entry: MinuteEntry) -> str:
        """The "Not for" cell, short because the header already says it: "Father; confidential".
        A screen reader and the tooltip get the full sentence (audience_text)."""
        parts = [cell_label(p) for p in
                 (self._runner.conference.invitee(pid) for pid in sorted(entry.not_for))
                 if p is not None]
        if entry.third_party_confidential:
            parts.append(_("confidential"))
        return "; ".join(parts)

    def audience_text(self, entry: MinuteEntry) -> str:
        """Who may not see the entry, in words (never by colour or icon alone)."""
        parts = []
        if entry.third_party_confidential:
            parts.append(_("confidential (third party): not in family copies"))
        people = [self._runner.conference.invitee(pid) for pid in sorted(entry.not_for)]
        named = [p for p in people if p is not None]
        if named:
            parts.append(self.audience_label(named))
        return "; ".join(parts)

    @staticmethod
    def audience_label(people) -> str:
        """'not for: Father': the people an entry is kept from."""
        return _("not for: {people}").format(people=", ".join(short_label(p) for p in people))

    def _audience_names(self, entry: MinuteEntry) -> str:
        people = [self._runner.conference.invitee(pid) for pid in sorted(entry.not_for)]
        return ", ".join(person_label(p) for p in people if p is not None)

    def _icon(self):
        if self._restricted_icon is None:
            style = QApplication.style()
            self._restricted_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._restricted_icon
