"""The minute entries as a table model: one row per entry, edited through operations."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyle

from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import SetFields
from cpmeeting.gui.labels import person_label, short_label, stage_title
from cpmeeting.gui.live_view import touches_only_minutes
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


_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_ROLES_ANSWERED = _TEXT_ROLES | {int(Qt.ItemDataRole.EditRole), int(Qt.ItemDataRole.ToolTipRole),
                                 int(Qt.ItemDataRole.DecorationRole)}


def brief_label(person) -> str:
    """'Father of Zofia and Leo': the short label up to any qualifying clause after ';'."""
    return short_label(person).split(";")[0].strip() or person.name


def cell_label(person) -> str:
    """'Father': the brief label without whose relative, for a narrow table cell."""
    return brief_label(person).split(" of ")[0].strip() or person.name


class MinutesModel(QAbstractTableModel):
    """Reads conference.minutes from the runner; never keeps its own copy of the entries."""

    def __init__(self, runner, parent=None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._restricted_icon = None
        # The entry ids the view was last told about: an added entry becomes one inserted
        # row rather than a reset, which keeps Enter quick in a long meeting.
        self._ids: list[str] = [entry.id for entry in runner.conference.minutes]
        self._texts: dict[int, tuple[str, ...]] = {}  # row: what each column shows

    @property
    def entries(self) -> list[MinuteEntry]:
        return self._runner.conference.minutes

    def refresh(self) -> None:
        """The record changed: insert, update or (for anything else) reset the rows."""
        ids = [entry.id for entry in self.entries]
        old = self._ids
        appended = len(ids) == len(old) + 1 and ids[:len(old)] == old
        # A new entry leaves the rows above it as they were: their texts stay cached, so the
        # repaint that follows Enter reads them at once.
        runner = self._runner
        if not (appended and touches_only_minutes(runner.last_operation, runner.conference)):
            self._texts.clear()
        if appended:
            self.beginInsertRows(QModelIndex(), len(old), len(old))
            self._ids = ids
            self.endInsertRows()
        elif ids == old:
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(Column) - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()

    def entry(self, row: int) -> MinuteEntry:
        return self.entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[Column(section)])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == Column.TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Painting asks for about eight roles per cell; most are answered here at once.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self._ids):
            return None
        if role in _TEXT_ROLES:
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = self._row_texts(self.entries[row])
            if column == Column.AUDIENCE and role == Qt.ItemDataRole.AccessibleTextRole:
                return self.audience_text(self.entries[row])
            return texts[column]
        entry = self.entries[row]
        if role == Qt.ItemDataRole.EditRole:
            return entry.text if column == Column.TEXT else None
        if role == Qt.ItemDataRole.DecorationRole:
            restricted = column == Column.AUDIENCE and (entry.not_for or entry.third_party_confidential)
            return self._icon() if restricted else None
        if column == Column.AUDIENCE:
            names = self._audience_names(entry)
            return "\n".join(part for part in (self.audience_text(entry), names) if part) or None
        if column == Column.SPEAKER:
            speaker = self._runner.conference.invitee(entry.speaker_id)
            return person_label(speaker) if speaker else None
        if column == Column.TEXT:
            return entry.text  # rows are one line high; the whole entry on hover
        return None

    def _row_texts(self, entry: MinuteEntry) -> tuple[str, ...]:
        return tuple(self._text(entry, column) for column in Column)

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.TEXT:
            return False
        entry = self.entries[index.row()]
        text = str(value).strip()
        if not text or text == entry.text:
            return False
        operation = SetFields(_("Edit minute entry"), {"text": text}, record_id=entry.id)
        # Applying resets this model; do it after the view has closed its editor.
        QTimer.singleShot(0, lambda: self._runner.apply(operation))
        return True

    def _text(self, entry: MinuteEntry, column: Column) -> str:
        conference = self._runner.conference
        if column == Column.TIME:
            return entry.at.strftime("%H:%M")
        if column == Column.STAGE:
            return stage_title(entry.stage)
        if column == Column.SPEAKER:
            speaker = conference.invitee(entry.speaker_id)
            return speaker.name if speaker else ""
        if column == Column.TEXT:
            return entry.text
        return self.audience_cell(entry)

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
