"""Export the signed minutes, plan and chosen copies to a folder, signing off first if needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.copies import Audience, copies_allowed
from cpmeeting.domain.signoff import sign_off_operation
from cpmeeting.gui.family_copy_options import FamilyCopyOptions
from cpmeeting.gui.runner import OperationRunner
from cpmeeting.gui.write_refusal import refused_or_raise
from cpmeeting.i18n import _, ngettext
from cpmeeting.store.write_faults import export_not_noted


class ExportDialog(QDialog):
    """Choose a folder and copies; sign off if the record is not signed; write the pack."""

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner  # which saves the sign-off through the archive
        self.result = None
        self.setWindowTitle(_("Export minutes and plan"))
        conference = runner.conference
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(conference.title, wordWrap=True))
        self.status = QLabel(wordWrap=True, objectName="status")
        layout.addWidget(self.status)

        self.folder = QLineEdit(objectName="folder")
        self.folder.setAccessibleName(_("Folder"))
        browse = QPushButton(_("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        # The field is a row of two, so the label needs its buddy named to show "&" as Alt+F.
        folder_label = QLabel(_("&Folder:"), objectName="folder_label")
        folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(folder_label, row)
        layout.addLayout(form)

        copies = QGroupBox(_("Copies"))
        copies_layout = QVBoxLayout(copies)
        self.professionals = QCheckBox(_("Professionals' copy (minutes and plan)"), checked=True)
        copies_layout.addWidget(self.professionals)
        self.family_copies: list[FamilyCopyOptions] = []
        for person in conference.family:
            permission = copies_allowed(conference, Audience.family(person.id))
            label = (_("Family copy for {name}") if permission.allowed
                     else _("Plan only for {name}")).format(name=person.name)
            options = FamilyCopyOptions(person, label,
                                        "" if permission.allowed else permission.render(_))
            copies_layout.addWidget(options)
            self.family_copies.append(options)
        layout.addWidget(copies)
        layout.addWidget(self._easy_read_group(conference))

        self.sign_group = QGroupBox(_("Sign-off"))
        sign_form = QFormLayout(self.sign_group)
        self.readiness = QLabel(wordWrap=True, objectName="readiness")
        self.readiness.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sign_form.addRow(self.readiness)
        chair = conference.chair
        from cpmeeting.gui.chair_settings import saved_chair  # as given in the set-up assistant

        given_name, given_role = saved_chair()
        self.signer = QLineEdit(chair.name if chair else given_name, objectName="signer")
        self.role = QLineEdit(given_role or _("Independent chair"), objectName="role")
        self.waiver = QLineEdit(objectName="waiver")
        self.waiver.setPlaceholderText(_("Why sign-off need not wait for the missing items"))
        sign_form.addRow(_("Chair's &name:"), self.signer)
        sign_form.addRow(_("&Role:"), self.role)
        sign_form.addRow(_("&Waiver reason:"), self.waiver)
        layout.addWidget(self.sign_group)

        self.key_passphrase = QLineEdit(objectName="key_passphrase",
                                        echoMode=QLineEdit.EchoMode.Password)
        self.key_passphrase_label = QLabel(_("Signing &passphrase:"))
        self.key_passphrase_label.setBuddy(self.key_passphrase)
        pass_row = QFormLayout()
        pass_row.addRow(self.key_passphrase_label, self.key_passphrase)
        layout.addLayout(pass_row)
        self.key_passphrase.hide()
        self.key_passphrase_label.hide()

        self.message = QLabel(wordWrap=True, objectName="message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(_("&Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        # Who the copies went to can be recorded here, once written, or later (File menu).
        self.circulation_button = self.buttons.addButton(
            _("Record the &circulation…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.circulation_button.setObjectName("record_circulation")
        self.circulation_button.clicked.connect(self._record_circulation)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.folder, self.signer, self.waiver):
            edit.textChanged.connect(self._refresh)
        self._refresh()

    def _easy_read_group(self, conference: Conference) -> QGroupBox:
        """The easy-read plan for each family member (in their copy's language) and a letter
        for each child who can read; nothing here is ticked until the chair chooses it."""
        from cpmeeting.domain.child_letter import NoLetter, letter_facts

        group = QGroupBox(_("Easy read"))
        box = QVBoxLayout(group)
        self.easy_read: list[tuple[QCheckBox, FamilyCopyOptions]] = []
        for options in self.family_copies:
            tick = QCheckBox(_("Easy-read plan for {name}, in the language of their copy")
                             .format(name=options.person.name),
                             objectName=f"easy_read_{options.person.id}")
            box.addWidget(tick)
            self.easy_read.append((tick, options))
        self.letters: list[tuple[QCheckBox, str]] = []
        for child in conference.children:
            tick = QCheckBox(_("Letter to {name} (a child who can read)").format(
                name=child.display_name), objectName=f"letter_{child.id}")
            try:
                letter_facts(conference, child.id)
            except NoLetter as refused:
                tick.setEnabled(False)
                tick.setToolTip(_(refused.template).format(**refused.params))
                tick.setText(tick.text() + " — " + tick.toolTip())
            box.addWidget(tick)
            self.letters.append((tick, child.id))
        return group

    def _missing(self) -> list:
        from cpmeeting.domain.rules.readiness import check_readiness

        return list(check_readiness(self.runner.conference, self.runner.profile).missing)

    def _refresh(self) -> None:
        conference = self.runner.conference
        self.sign_group.setVisible(not conference.is_signed)
        if conference.is_signed:
            done = conference.sign_offs[-1]
            self.status.setText(_("Version {version} signed by {name} ({role}) on {when}.").format(
                version=done.version, name=done.signed_by, role=done.role,
                when=done.signed_at.strftime("%d/%m/%Y %H:%M")))
        else:
            self.status.setText(_("Version {version}, not signed yet.").format(
                version=conference.version))
        can_export = bool(self.folder.text().strip())
        if not conference.is_signed:
            missing = self._missing()
            if missing:
                items = "\n".join(f"• {f.render(_)}" for f in missing[:8])
                more = len(missing) - 8
                if more > 0:
                    items += "\n" + _("and {count} more").format(count=more)
                self.readiness.setText(_(
                    "The record is not signed, and it is not ready for sign-off. Complete "
                    "these items, or give a reason why sign-off need not wait:") + "\n" + items)
                can_export = can_export and bool(self.waiver.text().strip())
            else:
                self.readiness.setText(_("The record is ready. Exporting signs it off as the "
                                         "chair named below and locks it."))
            self.waiver.setEnabled(bool(missing))
            can_export = can_export and bool(self.signer.text().strip())
        self.export_button.setEnabled(can_export)

    def _record_circulation(self) -> None:
        from cpmeeting.gui.circulation_dialog import CirculationDialog

        CirculationDialog(self.runner, self).exec()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("Folder for the PDF files"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_copies(self) -> list:
        from cpmeeting.documents.pack import ChildLetterCopy, EasyReadCopy

        chosen = [Audience.professionals()] if self.professionals.isChecked() else []
        chosen += [o.audience() for o in self.family_copies if o.box.isChecked()]
        chosen += [EasyReadCopy(o.audience()) for tick, o in self.easy_read if tick.isChecked()]
        return chosen + [ChildLetterCopy(child_id) for tick, child_id in self.letters
                         if tick.isChecked() and tick.isEnabled()]

    def _untranslated_refusal(self) -> str:
        """Why a chosen copy cannot be written yet (free text to translate), or ''."""
        from cpmeeting.documents.pack import check_copies
        from cpmeeting.documents.translated import UntranslatedText

        chosen = [options for options in self.family_copies if options.box.isChecked()]
        chosen += [options for tick, options in self.easy_read
                   if tick.isChecked() and options not in chosen]
        for options in chosen:
            try:
                check_copies(self.runner.conference, self.runner.profile, [options.audience()])
            except UntranslatedText as refused:
                return ngettext(
                    "The copy for {name} in {language} is not written: {count} piece of free "
                    "text is still to translate. Translate it with File > Translate a family "
                    "copy, or choose \u201cMark untranslated text\u201d.",
                    "The copy for {name} in {language} is not written: {count} pieces of free "
                    "text are still to translate. Translate them with File > Translate a family "
                    "copy, or choose \u201cMark untranslated text\u201d.",
                    refused.to_do).format(name=options.person.name,
                                          language=options.language.currentText(),
                                          count=refused.to_do)
        return ""

    def export(self) -> None:
        """Sign off if needed, then write the pack with one progress bar for all of it."""
        from cpmeeting.documents.pack import build_pack
        from cpmeeting.documents.signing import chair_key
        from cpmeeting.store.secrets import KeyringUnavailable

        runner = self.runner
        refusal = self._untranslated_refusal()  # before signing: nothing changes if refused
        if refusal:
            self.message.setText(refusal)
            return
        # The key and the folder first: a record is signed only when its files can be written.
        signer = (runner.conference.sign_offs[-1].signed_by if runner.conference.is_signed
                  else self.signer.text().strip())
        try:
            key = chair_key(signer, runner.profile.name, self.key_passphrase.text() or None)
        except KeyringUnavailable as error:
            self.key_passphrase.show()
            self.key_passphrase_label.show()
            self.message.setText(str(error))
            self._refresh()
            return
        except ValueError:
            self.message.setText(_("That signing passphrase does not open the chair's key."))
            return
        except OSError as error:  # the key made on first use could not be kept
            self.message.setText(refused_or_raise(error))
            return
        folder = Path(self.folder.text().strip())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.message.setText(_("Could not write the files: {error}").format(
                error=error.strerror or error))
            return
        if not runner.conference.is_signed:
            runner.apply_quietly(sign_off_operation(
                runner.conference, runner.profile, signer, self.role.text().strip(),
                runner.now(), self.waiver.text().strip(), label=_("Sign off")))
        progress = QProgressDialog(_("Writing the signed PDF files…"), "", 0, 1, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def step(done: int, total: int, _name: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        try:
            self.result = build_pack(runner.conference, runner.profile,
                                     folder, self.chosen_copies(), key,
                                     progress=step, case=runner.case)
        except OSError as error:
            self.message.setText(_("Could not write the files: {error}").format(
                error=error.strerror or error))
            return
        finally:
            progress.close()
        lines = [_("{count} signed files ({pages} pages) written to {folder}.").format(
            count=len(self.result.files), pages=self.result.pages, folder=self.folder.text())]
        try:
            runner.record_event(_("Exported the signed minutes and plan"),
                                self.result.details())
        except (OSError, SQLAlchemyError) as error:
            lines.append(refused_or_raise(error, export_not_noted))
        lines += [_("Not written: {reason}").format(reason=r.render(_)) for r in self.result.refused]
        self.message.setText("\n".join(lines))
        self._refresh()
