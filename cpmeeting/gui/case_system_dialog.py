"""File > Export for the case system: the SSD CSV and JSON files, for the authority to load.

A child without a case-management id is named before anything is written, and the export
button stays off until each has one (typed on the child's views page).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpmeeting.gui.runner import OperationRunner
from cpmeeting.i18n import _


class CaseSystemExportDialog(QDialog):
    """Choose a folder; write the feed; list the files written."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        from cpmeeting.interchange.ssd_export import missing_case_ids

        super().__init__(parent)
        self.setObjectName("case_system_export")
        self.runner = runner
        self.written: list[Path] = []
        self.setWindowTitle(_("Export for the case system"))
        conference = runner.conference
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(conference.title, wordWrap=True))
        layout.addWidget(QLabel(_(
            "Writes the Standard Safeguarding Dataset tables as CSV files (one row per child) "
            "and the same data as one JSON file, for the authority's case-management system."),
            wordWrap=True))
        self.missing = QLabel(wordWrap=True, objectName="missing_ids")
        missing = missing_case_ids(conference)
        if missing:
            self.missing.setText(_(
                "Not ready: no case-management id for {children}. Type each child's id (the "
                "authority's person id) on the child's views page first.").format(
                    children=", ".join(child.display_name for child in missing)))
        layout.addWidget(self.missing)
        self.missing.setVisible(bool(missing))

        self.folder = QLineEdit(objectName="ssd_folder")
        self.folder.setAccessibleName(_("Folder for the case-system files"))
        browse = QPushButton(_("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        label = QLabel(_("&Folder:"))
        label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(label, row)
        layout.addLayout(form)
        self.files = QListWidget(objectName="ssd_files")
        self.files.setAccessibleName(_("Files written"))
        self.files.hide()
        layout.addWidget(self.files)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(_("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("ssd_export")
        self.export_button.setEnabled(not missing)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.folder.setFocus()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("Folder for the case-system files"))
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> bool:
        """Write the files; say what is wrong (and write nothing) when it cannot."""
        from cpmeeting.interchange.ssd_export import (
            MISSING_CASE_IDS,
            MissingCaseIds,
            build_ssd_export,
        )
        from cpmeeting.interchange.ssd_files import write_export

        folder = self.folder.text().strip()
        if not folder:
            QMessageBox.warning(self, self.windowTitle(), _("Choose a folder first."))
            self.folder.setFocus()
            return False
        self.runner.flush()
        try:
            export = build_ssd_export(self.runner.conference, self.runner.profile)
            self.written = write_export(export, Path(folder))
        except MissingCaseIds as refused:
            QMessageBox.warning(self, self.windowTitle(), _(MISSING_CASE_IDS).format(
                children=", ".join(child.display_name for child in refused.children)))
            return False
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), _(
                "Could not write the files: {error}. Nothing was written.").format(
                    error=error.strerror or error))
            return False
        self.files.clear()
        self.files.addItems([path.name for path in self.written])
        self.files.show()
        self.files.setFocus()
        return True


def export_for_case_system(window) -> None:
    """The dialog for the open conference."""
    if window.runner is not None:
        window.runner.flush()
        CaseSystemExportDialog(window.runner, window).exec()
