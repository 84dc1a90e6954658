"""The tables of the window declare their columns once: the headers a user reads, the text of
each cell for every role that shows text, nothing below the top level."""

from __future__ import annotations

from datetime import date, timedelta

from factories import sample_conference
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from cpmeeting.gui.start_screen import Column, StartScreen
from cpmeeting.gui.table_model import ColumnTableModel, TextColumn

COLUMNS = (TextColumn("Name", lambda row: row[0]), TextColumn("Count", lambda row: str(row[1])))


@given(rows=st.lists(st.tuples(st.text(max_size=8), st.integers()), max_size=12))
def test_a_column_model_shows_every_row_through_every_column(qapp, rows):
    model = ColumnTableModel(COLUMNS)
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    assert model.columnCount() == 2
    shown = [tuple(model.index(r, c).data() for c in range(2)) for r in range(len(rows))]
    assert shown == [(name, str(count)) for name, count in rows]
    top = model.index(0, 0) if rows else QModelIndex()
    assert model.rowCount(top) == 0 if rows else model.rowCount(top) == len(rows)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_start_screen_headers_and_cells_read_the_same_to_a_screen_reader(qtbot, archive):
    today = date.today()
    late = sample_conference(today + timedelta(days=1))
    late.strategy_discussion_date = today - timedelta(days=60)  # its due date has passed
    archive.save(late)
    screen = StartScreen(archive.list_conferences)
    qtbot.addWidget(screen)
    screen.reload()
    model = screen.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Children", "Kind", "Date", "Status", "Due by", "Still to send", "Case"]
    row = [model.index(0, c) for c in Column]
    assert [cell.data() for cell in row] == [
        cell.data(Qt.ItemDataRole.AccessibleTextRole) for cell in row]
    assert row[Column.CHILDREN].data() == "Amira Testwood, Kit Testwood"
    assert row[Column.DUE].data().endswith("LATE")  # in words, not only in red
    assert row[Column.DUE].data(Qt.ItemDataRole.ForegroundRole) is not None
    assert row[Column.KIND].data(Qt.ItemDataRole.ForegroundRole) is None
    assert row[Column.DATE].data(Qt.ItemDataRole.UserRole) == late.id
