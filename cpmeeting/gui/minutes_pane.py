"""The minutes pane: type, pick the speaker by keystroke, press Enter; the entry is stamped.

Typing touches only the text box. The record is changed once per entry (AddRecord on
"minutes"); the half-typed text reaches the store as a draft after a short pause, after a
little more while typing goes on without one, or when the box loses focus, so a crash loses
at most the last few hundred milliseconds of typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord, MoveRecord, RemoveRecord
from cpmeeting.domain.people import Invitee, Role
from cpmeeting.gui.labels import person_label, short_label
from cpmeeting.gui.live_view import touches_only_minutes
from cpmeeting.gui.minutes_model import Column, MinutesModel, brief_label, cell_label
from cpmeeting.i18n import _

DRAFT_PAUSE_MS = 400
DRAFT_LONGEST_MS = 600  # typing that never pauses is kept this often (the kill soak found it)
EXCLUSION_CHECK_MS = 15_000
ENTRY_MIN_EM = 26  # the entry column's least width, in widths of M, before the stage goes


class EntryBox(QPlainTextEdit):
    """Multi-line text: Enter adds the entry, Shift+Enter starts a new line."""

    submitted = Signal()
    focusLost = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # With nothing of its own to undo, the box lets Ctrl+Z reach the window: the
        # minute-taker who just pressed Enter means "take that entry back".
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            document = self.document()
            if ((event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable())
                    or (event.matches(QKeySequence.StandardKey.Redo)
                        and not document.isRedoAvailable())):
                event.ignore()
                return False
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_height()

    def fit_height(self) -> None:
        """Four lines of the current font: the box grows with the text size."""
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class EntryTextDelegate(QStyledItemDelegate):
    """Edits an entry's text in a multi-line box, so line breaks survive an edit.

    Enter makes a new line; Tab or Ctrl+Enter (or leaving the box) saves; Escape cancels.
    """

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            saving_keys = event.key() == Qt.Key.Key_Tab or (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if saving_keys:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor)
                return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setAccessibleName(_("Edit minute entry"))
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4))
        editor.setGeometry(rect)


def matches(person: Invitee, typed: str) -> bool:
    """Whether typed text is the start of the person's name, of a word in it, or of their capacity."""
    typed = typed.strip().casefold()
    if not typed:
        return False
    label = person_label(person).casefold()
    words = label.replace("(", " ").replace(")", " ").split()
    return label.startswith(typed) or any(word.startswith(typed) for word in words)


class MinutesPane(QWidget):
    """Entry box, speaker picker, confidentiality and the list of entries."""

    draftChanged = Signal(str)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_pane")
        self.runner = runner
        self.speaker_id: str | None = None
        self._not_for_choice: dict[str, bool] = {}
        self._excluded_ids: tuple[str, ...] = ()
        self._saved_draft = ""
        self._natural: dict[Column, int] = {}
        self._natural_key: tuple = ()
        self._numbered: list[Invitee] = []
        self._build()
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._draft_deadline = QTimer(self, singleShot=True, interval=DRAFT_LONGEST_MS)
        self._draft_deadline.timeout.connect(self.flush_draft)
        self.entry_box.textChanged.connect(self._draft_typed)
        self.entry_box.focusLost.connect(self.flush_draft)
        self.entry_box.submitted.connect(self.commit)
        runner.conferenceChanged.connect(self.show_conference)
        # A part exclusion can end by the clock alone; look again now and then.
        self._exclusion_tick = QTimer(self, interval=EXCLUSION_CHECK_MS)
        self._exclusion_tick.timeout.connect(self.refresh_exclusions)
        self._exclusion_tick.start()
        self.show_conference()

    def _build(self) -> None:
        self.speaker_field = QLineEdit(objectName="speaker_field")
        self.speaker_field.setPlaceholderText(_("Type the first letters of a name"))
        self.speaker_field.setAccessibleName(_("Speaker"))
        self._speaker_names = QStringListModel(self)
        completer = QCompleter(self._speaker_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_field.setCompleter(completer)
        self.speaker_field.returnPressed.connect(self._speaker_typed)
        speaker_label = QLabel(_("&Speaker:"))
        speaker_label.setBuddy(self.speaker_field)
        self.speaker_hint = QLabel(objectName="speaker_hint", wordWrap=True)
        self.speaker_hint.setAccessibleName(_("Speakers by number"))

        self.entry_box = EntryBox(objectName="entry_box")
        self.entry_box.setAccessibleName(_("Minute entry"))
        self.entry_box.setAccessibleDescription(
            _("Enter adds the entry with the time, stage and speaker; Shift+Enter starts a new line.")
        )
        self.entry_box.setTabChangesFocus(True)
        self.entry_box.fit_height()

        self.confidential = QCheckBox(_("Confidential (third party)"), objectName="confidential")
        self.confidential.setAccessibleName(_("Confidential, third party: kept out of family copies"))
        # Who is out of the room gets a line of its own: a long label there must never
        # widen the pane and squeeze the stage page.
        self.not_for_row = QVBoxLayout()
        self.add_button = QPushButton(_("Add entry"), objectName="add_entry")
        self.add_button.setAccessibleName(_("Add entry"))
        self.add_button.clicked.connect(self.commit)

        self.model = MinutesModel(self.runner, self)
        self.table = QTableView(objectName="minutes_table")
        self.table.setAccessibleName(_("Minute entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)  # rows stay one line; the whole entry shows on hover
        self.table.setItemDelegateForColumn(Column.TEXT, EntryTextDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self._size_columns()

        speaker_row = QHBoxLayout()
        speaker_row.addWidget(speaker_label)
        speaker_row.addWidget(self.speaker_field, 1)
        options_row = QHBoxLayout()
        options_row.addWidget(self.confidential)
        options_row.addStretch(1)
        options_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(speaker_row)
        layout.addWidget(self.speaker_hint)
        layout.addWidget(self.entry_box)
        layout.addLayout(options_row)
        layout.addLayout(self.not_for_row)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.entry_box, self.speaker_field)
        QWidget.setTabOrder(self.speaker_field, self.confidential)
        QWidget.setTabOrder(self.confidential, self.add_button)
        QWidget.setTabOrder(self.add_button, self.table)

    def _size_columns(self) -> None:
        """Natural widths from the font and the invitees' names, not ResizeToContents, which
        measures every row after every entry; worked out again when the text size or the
        invitees change, then fitted to the pane."""
        metrics = self.table.fontMetrics()
        names = tuple(p.name for p in self.runner.conference.invitees)
        key = (names, metrics.height())
        if key == self._natural_key:
            return
        self._natural_key = key
        style = self.table.style()
        em = metrics.horizontalAdvance("M")
        pad = em + 2 * style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin)
        family = [p for p in self.runner.conference.invitees if p.role.is_family]
        # Speaker: the longest name, so nobody shows as "Helen Ashco..."; capped for a long one.
        speaker = max((metrics.horizontalAdvance(name) for name in names), default=6 * em)
        # Not for: the icon and the longest family label ("Father").
        audience = max((metrics.horizontalAdvance(cell_label(p)) for p in family),
                       default=6 * em)
        icon = style.pixelMetric(style.PixelMetric.PM_SmallIconSize)
        self._natural = {
            Column.TIME: metrics.horizontalAdvance("00:00") + pad,
            Column.SPEAKER: min(speaker + pad, 11 * em),
            Column.AUDIENCE: min(audience + icon + pad, 9 * em),
            Column.STAGE: 8 * em,
        }
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
            self._show_speaker_hint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._show_speaker_hint()

    def _show_speaker_hint(self) -> None:
        """'Alt+1 Helen Ashcombe  Alt+2 ...'; when that would take more than two lines (a
        narrow pane, large text), surnames only. No-break spaces inside each item, so a
        wrapped line never parts a key from its person."""
        people = self._numbered
        full = [p.name for p in people]
        surnames = [name.split()[-1] if name.split() else name for name in full]
        if len(set(surnames)) < len(surnames):
            surnames = full  # two of a family: the surname alone would be ambiguous

        def text(names: list[str]) -> str:
            return "   ".join(f"Alt+{n} {name}".replace(" ", "\u00a0")
                              for n, name in enumerate(names, start=1))

        chosen = text(full)
        width = max(self.contentsRect().width() - 20, 1)
        if self.speaker_hint.fontMetrics().horizontalAdvance(chosen) > 2 * width:
            chosen = text(surnames)
        if self.speaker_hint.text() != chosen:
            self.speaker_hint.setText(chosen)
            self.speaker_hint.setToolTip(text(full).replace("   ", "\n"))

    def _fit_columns(self) -> None:
        """In a narrow pane (or at large text) the stage column goes first, then the speaker
        and "not for" columns narrow (their full text on hover), so the entry stays readable."""
        if not self._natural:
            return
        em = self.table.fontMetrics().horizontalAdvance("M")
        room = self.table.viewport().width()
        shares = {Column.SPEAKER: 0.25, Column.AUDIENCE: 0.2}
        widths = {column: min(width, max(int(room * shares[column]), 3 * em))
                  if column in shares else int(width)
                  for column, width in self._natural.items()}
        # The entry keeps room for about 30 characters; the stage column gives way first.
        self.table.setColumnHidden(Column.STAGE, room - sum(widths.values()) < ENTRY_MIN_EM * em)
        for column, width in widths.items():
            if self.table.columnWidth(column) != width:
                self.table.setColumnWidth(column, width)

    # What the record says.

    def show_conference(self) -> None:
        """Refresh the entries, the numbered speakers and who is out of the room."""
        self.model.refresh()
        if touches_only_minutes(self.runner.last_operation, self.runner.conference):
            return  # an entry changes neither the speakers nor who is out of the room
        people = self.speakers()
        self._speaker_names.setStringList([person_label(p) for p in people])
        self._numbered = people[:9]
        self._show_speaker_hint()
        self._size_columns()
        if self.runner.conference.invitee(self.speaker_id) is None:
            self._set_speaker(None)
        self.refresh_exclusions()

    def speakers(self) -> list[Invitee]:
        """People who may speak, numbered for Alt+1..9: those present, or all invited before
        attendance is taken. The minute-taker is not a speaker."""
        people = [p for p in self.runner.conference.invitees if p.role is not Role.MINUTE_TAKER]
        present = [p for p in people if p.is_in_room]
        return present or people

    def refresh_exclusions(self) -> None:
        """Show who is excluded now; new entries are not for them unless the box is unticked."""
        excluded = self.runner.conference.excluded_at(self.runner.now())
        ids = tuple(p.id for p in excluded)
        if ids == self._excluded_ids:
            return
        self._excluded_ids = ids
        # A choice holds while that exclusion lasts; a later exclusion starts ticked again.
        self._not_for_choice = {pid: on for pid, on in self._not_for_choice.items() if pid in ids}
        while self.not_for_row.count():
            widget = self.not_for_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for person in excluded:
            box = QCheckBox(_("Not for {person} (excluded now)").format(person=brief_label(person)))
            box.setObjectName(f"not_for_{person.id}")
            box.setAccessibleName(
                _("Not for {person} (excluded now)").format(person=short_label(person)))
            box.setToolTip(box.accessibleName())
            # In a narrow pane the text is cut rather than the pane made wider.
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.setChecked(self._not_for_choice.setdefault(person.id, True))
            box.toggled.connect(lambda on, pid=person.id: self._not_for_choice.__setitem__(pid, on))
            self.not_for_row.addWidget(box)

    # Keystrokes from the window's actions.

    def pick_speaker(self, number: int) -> None:
        """Alt+number: the nth person in the numbered list speaks."""
        people = self.speakers()
        if 1 <= number <= len(people):
            self._set_speaker(people[number - 1])

    def choose_speaker(self, typed: str) -> bool:
        """The first person whose name (or a word of it) starts with the typed letters."""
        found = next((p for p in self.speakers() if matches(p, typed)), None)
        if found is None:
            found = next((p for p in self.runner.conference.invitees if matches(p, typed)), None)
        if found is not None:
            self._set_speaker(found)
        return found is not None

    def _speaker_typed(self) -> None:
        if self.choose_speaker(self.speaker_field.text()):
            self.focus_entry()

    def _set_speaker(self, person: Invitee | None) -> None:
        self.speaker_id = person.id if person else None
        self.speaker_field.setText(person_label(person) if person else "")
        self.speaker_field.setCursorPosition(0)  # the name, not the end of the capacity

    def toggle_confidential(self) -> None:
        self.confidential.toggle()

    def focus_entry(self) -> None:
        self.entry_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_speaker(self) -> None:
        self.speaker_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.speaker_field.selectAll()

    # Changing the record.

    def commit(self) -> None:
        """Add the typed entry, stamped with the time, the current stage and the speaker."""
        text = self.entry_box.toPlainText().strip()
        if not text or self.runner.refuses_read_only():
            return  # (refused, the text stays in the box)
        now = self.runner.now()
        excluded = {p.id for p in self.runner.conference.excluded_at(now)}
        entry = MinuteEntry(
            text=text,
            stage=self.runner.conference.current_stage,
            at=now,
            speaker_id=self.speaker_id,
            not_for={pid for pid in excluded if self._not_for_choice.get(pid, True)},
            third_party_confidential=self.confidential.isChecked(),
        )
        # Cleared only once added: a refused entry (a signed record, a role that may not)
        # stays in the box and in its draft, to be added after an amendment or kept.
        if self.runner.apply(AddRecord(_("Add minute entry"), "minutes", entry)):
            self.entry_box.clear()
            self.table.scrollToBottom()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def move_selected(self, delta: int) -> None:
        """Alt+Up / Alt+Down: move the selected entry one place."""
        row = self.selected_row()
        if row is None or not 0 <= row + delta < self.model.rowCount():
            return
        entry = self.model.entry(row)
        self.runner.apply(MoveRecord(_("Move minute entry"), "minutes", entry.id, row + delta))
        self.select_row(row + delta)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        entry = self.model.entry(row)
        self.runner.apply(RemoveRecord(_("Delete minute entry"), "minutes", entry.id))
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.table.edit(self.model.index(row, Column.TEXT))

    # The draft.

    def show_read_only(self) -> None:
        """A window that cannot save: no entry can be typed, and the box says so."""
        self.entry_box.setReadOnly(True)
        self.entry_box.setPlaceholderText(_("This window is read-only: entries cannot be "
                                            "added here."))
        self.add_button.setEnabled(False)

    def restore_draft(self, text: str) -> None:
        """Put back the half-typed entry found after a crash."""
        self.entry_box.setPlainText(text)
        self.entry_box.moveCursor(self.entry_box.textCursor().MoveOperation.End)
        self._draft_timer.stop()
        self._draft_deadline.stop()
        self._saved_draft = text

    def _draft_typed(self) -> None:
        # The pause restarts with every key; the deadline runs from the first key not kept.
        self._draft_timer.start()
        if not self._draft_deadline.isActive():
            self._draft_deadline.start()

    def flush_draft(self) -> None:
        """Hand the current text to whoever keeps drafts (the window saves it)."""
        self._draft_timer.stop()
        self._draft_deadline.stop()
        text = self.entry_box.toPlainText()
        if text != self._saved_draft:
            self._saved_draft = text
            self.draftChanged.emit(text)
