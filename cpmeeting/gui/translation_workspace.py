"""The translation workspace: a family copy's free text beside its translation (issue 5).

One copy (a family member) and one language at a time. Each row is a piece of free text the
copy prints; the translation is edited in place, the status set by keystroke (Ctrl+1 to do,
Ctrl+2 translated, Ctrl+3 checked). Every change goes through the window's OperationRunner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.domain.copies import Audience
from cpmeeting.domain.copy_text import (
    NOTHING_CHANGED,
    TranslationMismatch,
    WorkItem,
    count,
    edit_operation,
    import_operation,
    imported_changes,
    work_items,
)
from cpmeeting.domain.translation import TranslationStatus
from cpmeeting.i18n import N_, _
from cpmeeting.interchange.po_units import read_translation_file, to_po
from cpmeeting.interchange.xliff import to_xliff

from .runner import OperationRunner
from .table_model import ColumnTableModel, TextColumn

COLUMNS = (
    TextColumn(N_("Where"), lambda item: f"{_(item.piece.section)}: {_(item.piece.label)}"),
    TextColumn(N_("English"), lambda item: item.piece.text),
    TextColumn(N_("Translation"), lambda item: item.unit.text),
    TextColumn(N_("Status"), lambda item: status_text(item)),
)
SECTION, ENGLISH, TRANSLATION, STATUS = range(len(COLUMNS))
FILTERS = ("all", "to_do", "translated", "checked", "stale")
TO_DO_SHADE = QColor("#fff4e0")


def status_text(item: WorkItem) -> str:
    """'Checked', or 'Translated (the English has changed)' for a stale one."""
    text = _(item.unit.status.title)
    return _("{status} (the English has changed)").format(status=text) if item.stale else text


class TranslationTable(ColumnTableModel):
    """The copy's work items; edits become operations on the runner."""

    text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                  Qt.ItemDataRole.ToolTipRole)

    def __init__(self, workspace: TranslationWorkspace) -> None:
        super().__init__(COLUMNS, workspace)
        self.workspace = workspace

    @property
    def items(self) -> list[WorkItem]:
        return self.rows

    def reload(self, items: list[WorkItem]) -> None:
        self.set_rows(items)

    def row_data(self, row: int, column: int, role: int):
        item = self.items[row]
        if role == Qt.ItemDataRole.BackgroundRole and not item.ready:
            return TO_DO_SHADE
        if role == Qt.ItemDataRole.UserRole:  # what the status filter matches
            return "stale" if item.stale else item.unit.status.value
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TRANSLATION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != TRANSLATION:
            return False
        item = self.items[index.row()]
        text = str(value)
        if text == item.unit.text:
            return False
        status = item.unit.status
        if not text:
            status = TranslationStatus.TO_DO
        elif status is TranslationStatus.TO_DO or item.stale:
            status = TranslationStatus.TRANSLATED
        elif status is TranslationStatus.CHECKED:
            status = TranslationStatus.TRANSLATED  # a changed text needs checking again
        self.workspace.change(item, {"text": text, "status": status,
                                     "source_text": item.piece.text}, _("Edit translation"))
        return True


class StatusFilter(QSortFilterProxyModel):
    """Rows whose status (or staleness) matches the chosen filter."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.wanted = "all"

    def choose(self, wanted: str) -> None:
        self.wanted = wanted
        self.beginFilterChange()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if self.wanted == "all":
            return True
        index = self.sourceModel().index(row, STATUS, parent)
        return self.sourceModel().data(index, Qt.ItemDataRole.UserRole) == self.wanted


def catalog_status_text(language: str) -> str:
    """Who translated the documents' fixed text (headings, grounds...) and whether it is checked."""
    from cpmeeting.i18n.catalogs import catalog_status

    status = catalog_status("documents", language)
    if status is None:
        return _("The fixed text of the documents has no translation into this language yet: "
                 "headings would print in English.")
    text = _("Fixed text of the documents: {translated} of {total} translated; produced by "
             "{who}.").format(translated=status.translated, total=status.total,
                              who=status.produced_by or _("unknown"))
    if status.checked:
        return text + " " + _("Checked by {name}.").format(name=status.checked_by)
    return text + " " + _("Not yet checked by a qualified translator; the copy says so.")


class TranslationWorkspace(QDialog):
    """Translate the free text of one family copy into one language."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None,
                 invitee_id: str | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(_("Translation of a family copy"))
        self.resize(1000, 620)
        family = runner.conference.family
        self.person = QComboBox()
        self.person.setAccessibleName(_("Copy for"))
        for person in family:
            self.person.addItem(person.name, person.id)
        if invitee_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(invitee_id)))
        self.language = QLineEdit()
        self.language.setAccessibleName(_("Language"))
        self.language.setMaximumWidth(80)
        chosen = runner.conference.invitee(self.person.currentData())
        self.language.setText(language or (chosen.language if chosen else "") or "")
        self.translator = QLineEdit()
        self.translator.setAccessibleName(_("Translator"))
        self.translator.setPlaceholderText(_("Name of the translator"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(_("Show"))
        for key, label in zip(FILTERS, (_("All"), _("To do"), _("Translated"), _("Checked"),
                                        _("English changed since translated")), strict=True):
            self.filter.addItem(label, key)
        self.counts = QLabel()
        self.catalog = QLabel(objectName="catalog_status", wordWrap=True)
        self.catalog.setAccessibleName(_("Fixed text of the documents"))
        self._catalog_language: str | None = None  # whose status the label shows
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = TranslationTable(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SECTION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SECTION, 170)
        header.setSectionResizeMode(ENGLISH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TRANSLATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self._build_layout()
        self._add_status_keys()
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.language.editingFinished.connect(self.refresh)
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        runner.conferenceChanged.connect(self.refresh)
        self.refresh()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(_("Copy for"), self.person)
        form.addRow(_("Language"), self.language)
        form.addRow(_("Translator"), self.translator)
        form.addRow(_("Show"), self.filter)
        buttons = QHBoxLayout()
        for label, slot in ((_("Export XLIFF..."), lambda: self._export_dialog("xliff")),
                            (_("Export PO..."), lambda: self._export_dialog("po")),
                            (_("Import..."), self._import_dialog)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.catalog)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(_("Ctrl+1: to do, Ctrl+2: translated, Ctrl+3: checked.")))
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _add_status_keys(self) -> None:
        for number, status in enumerate(TranslationStatus, start=1):
            action = QAction(_(status.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.addAction(action)

    # What the dialog shows.

    @property
    def audience(self) -> Audience:
        return Audience.family(self.person.currentData() or "", self.language.text().strip())

    def _filter_chosen(self) -> None:
        self.proxy.choose(self.filter.currentData())
        self.table.resizeRowsToContents()

    def _person_chosen(self) -> None:
        person = self.runner.conference.invitee(self.person.currentData())
        if person is not None and person.language not in ("", "en"):
            self.language.setText(person.language)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the rows from the record (after any change, here or elsewhere)."""
        row = self.table.currentIndex().row()
        audience = self.audience
        ready = audience.translates_free_text
        items = work_items(self.runner.conference, audience, self.runner.profile) if ready else []
        self.model.reload(items)
        self.table.resizeRowsToContents()  # the whole entry shows, wrapped, beside its translation
        if 0 <= row < self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, TRANSLATION))
        done = count(items)
        self.counts.setText(_("{translated} of {total} translated, {checked} checked, "
                              "{stale} with changed English").format(
            translated=done.translated, total=done.total, checked=done.checked, stale=done.stale)
            if ready else _("Choose a family member and a language other than English."))
        # Reading the catalog parses a whole .po file: only when the language changes, not
        # at every change to the record (an Enter in the minutes while this is open).
        language = audience.language if ready else ""
        if language != self._catalog_language:
            self._catalog_language = language
            self.catalog.setText(catalog_status_text(language) if language else "")

    def current_item(self) -> WorkItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.items[self.proxy.mapToSource(index).row()]

    # Changes, all through the runner.

    def change(self, item: WorkItem, changes: dict[str, object], label: str) -> None:
        name = self.translator.text().strip()
        if name and "text" in changes:
            changes = {**changes, "translator": name}
        self.runner.apply(edit_operation(item, changes, label))

    def set_status(self, status: TranslationStatus) -> None:
        """Set the current row's status (the keystrokes Ctrl+1, Ctrl+2, Ctrl+3)."""
        item = self.current_item()
        if item is None:
            return
        if status is not TranslationStatus.TO_DO and not item.unit.text:
            self.message.setText(_("Type a translation before marking it {status}.").format(
                status=_(status.title).lower()))
            return
        changes: dict[str, object] = {"status": status}
        if status is not TranslationStatus.TO_DO:
            changes["source_text"] = item.piece.text  # the translator confirms it still fits
        self.change(item, changes, _("Set translation status"))

    # Exchange with a translation service.

    def export_to(self, path: Path, file_format: str) -> None:
        """Write the copy's units as XLIFF 2.0 ("xliff") or PO ("po")."""
        write = to_xliff if file_format == "xliff" else to_po
        from cpmeeting.file_modes import write_private

        try:  # (whole or not at all; private, as it holds what was said at the meeting)
            write_private(path, write(self.model.items, self.audience.language))
        except OSError as error:  # a full disk, a folder that cannot be written
            self.message.setText(_("Could not write {file}: {problem}").format(
                file=path.name, problem=error.strerror or error))
            return
        self.message.setText(_("Wrote {count} units to {file}.").format(
            count=len(self.model.items), file=path.name))

    def import_from(self, path: Path) -> bool:
        """Apply a translated file; on any problem nothing changes and the message says why."""
        try:
            language, units = read_translation_file(path.read_bytes())
            changes = imported_changes(self.model.items, self.audience.language, units,
                                       self.translator.text().strip())
        except OSError as error:
            self.message.setText(_("Could not read {file}: {problem}").format(
                file=path.name, problem=error.strerror))
            return False
        except TranslationMismatch as error:
            self.message.setText(_("Nothing imported: {problem}").format(
                problem=error.render(_)))
            return False
        if not changes:
            self.message.setText(_(NOTHING_CHANGED))
            return True
        if not self.runner.apply(import_operation(changes, _("Import translations"))):
            return False  # refused (a read-only window, a role): the runner said why
        self.message.setText(_("{count} of {total} units changed.").format(
            count=len(changes), total=len(units)))
        return True

    def _export_dialog(self, file_format: str) -> None:
        suffix = "xlf" if file_format == "xliff" else "po"
        name, _chosen = QFileDialog.getSaveFileName(
            self, _("Export for translation"), f"copy-{self.audience.language}.{suffix}",
            f"{file_format.upper()} (*.{suffix})")
        if name:
            self.export_to(Path(name), file_format)

    def _import_dialog(self) -> None:
        name, _chosen = QFileDialog.getOpenFileName(
            self, _("Import translations"), "", _("Translation files (*.xlf *.xliff *.po)"))
        if name:
            self.import_from(Path(name))


def open_translation_workspace(runner: OperationRunner, parent: QWidget | None = None
                               ) -> TranslationWorkspace:
    """Show the workspace for the open conference (the main window's menu entry calls this)."""
    dialog = TranslationWorkspace(runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
