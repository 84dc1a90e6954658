"""The pages of the set-up assistant (gui/first_run.py), one step each.

Each page checks what was typed when Next is pressed and keeps what it found in the wizard's
SetUpChoices; nothing is stored until Finish. A page the user skips leaves its choice empty.
Files are named in a text field (typed, or filled by Browse…), so every step works by keyboard.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cpmeeting.domain.logo import MAX_LOGO_BYTES, TOO_LARGE, LogoRefused, checked_logo
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.gui.profile_dialog import ProfileDialog
from cpmeeting.i18n import _

PROFILE, SET_UP, CHAIR, KEY, ARCHIVE, DEMO = range(6)
MAX_KEY_FILE_BYTES = 1024 * 1024  # a PKCS#12 key file is a few kilobytes


@dataclass
class SetUpChoices:
    """What the assistant will store at Finish; None (or False) where a step was skipped."""

    profile: AuthorityProfile | None = None
    chair_name: str = ""
    chair_role: str = ""
    make_key: bool = False
    key: object | None = None  # a SigningKey read from the authority's PKCS#12 file
    data_folder: Path | None = None
    demo: bool = False


def plain(text: str) -> str:
    return text.replace("&", "")


class FileField(QWidget):
    """A path typed or chosen with Browse…; the text field carries the accessible name."""

    def __init__(self, name: str, label: str, caption: str, filters: str = "",
                 folder: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption, self.filters, self.folder = caption, filters, folder
        self.edit = QLineEdit(objectName=name)
        self.edit.setAccessibleName(plain(label))
        self.browse = QPushButton(_("Bro&wse…"), objectName=f"{name}_browse")
        self.browse.setAccessibleName(_("Browse for: {what}").format(what=plain(label)))
        self.browse.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, stretch=1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.edit)

    def _choose(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.caption, self.edit.text())
        else:
            chosen, _filter = QFileDialog.getOpenFileName(self, self.caption, self.edit.text(),
                                                          self.filters)
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class StepPage(QWizardPage):
    """A step that can be skipped (the wizard's Skip button) and says what is wrong in words."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.skipped = False
        self.setTitle(title)
        # The explanation as a label of the page (a subtitle is cut off after two lines).
        self.intro = QLabel(subtitle, objectName="intro", wordWrap=True)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet("font-weight: bold")
        self.message.setAccessibleName(_("Problem"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

    @property
    def choices(self) -> SetUpChoices:
        return self.wizard().choices

    def say(self, text: str) -> bool:
        """Show what is wrong (empty: nothing); False, for validatePage to return."""
        self.message.setText(f"\u26a0 {text}" if text else "")  # a sign, not colour alone
        self.message.setVisible(bool(text))
        return False

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self.say("")
        if self.skipped:
            self.forget()
            return True
        return self.check()

    def check(self) -> bool:
        """Keep this page's choice in self.choices; False (with a message) if it is wrong."""
        return True

    def forget(self) -> None:
        """Skipped: this step's choice is left empty."""


def _radio(text: str, name: str, group: QButtonGroup) -> QRadioButton:
    button = QRadioButton(text, objectName=name)
    button.setAccessibleName(plain(text))
    group.addButton(button)
    return button


class ProfilePage(StepPage):
    """Import the authority's profile file, or set one up on the next page."""

    def __init__(self, current: AuthorityProfile) -> None:
        super().__init__(
            _("Your authority's profile"),
            _("The profile holds your authority's variants of the rules: its name and logo, "
              "the nation whose bank holidays count, quoracy, timescales, the introduction "
              "script and the documents' marking. Your authority may have given you a profile "
              "file to import."))
        group = QButtonGroup(self)
        self.import_choice = _radio(_("&Import the profile file from my authority"),
                                    "import_profile", group)
        self.set_up_choice = _radio(_("Set &up the profile here"), "set_up_profile", group)
        self.import_choice.setChecked(True)
        self.file = FileField("profile_file", _("Profile &file"), _("The authority's profile file"),
                              _("Profile files (*.json);;All files (*)"))
        label = QLabel(_("Profile &file:"))
        label.setBuddy(self.file.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.import_choice)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(label)
        row.addWidget(self.file, stretch=1)
        layout.addLayout(row)
        layout.addWidget(self.set_up_choice)
        layout.addWidget(self.message)
        layout.addStretch()
        self.import_choice.toggled.connect(self.file.setEnabled)

    def check(self) -> bool:
        if self.set_up_choice.isChecked():
            return True  # the next page
        from cpmeeting.interchange.codec import FormatError
        from cpmeeting.interchange.profile_file import read_profile_file

        path = self.file.path()
        if path is None:
            return self.say(_("Type or browse for the profile file, choose to set the profile "
                              "up here, or skip this step."))
        try:
            profile = read_profile_file(path)
        except FormatError as error:
            return self.say(_("{file} is not a profile that cpmeeting can read: {problem}")
                            .format(file=path.name, problem=error))
        except OSError as error:
            return self.say(_("{file} cannot be read: {problem}").format(
                file=path.name, problem=error.strerror or error))
        self.choices.profile = profile
        return True

    def forget(self) -> None:
        self.choices.profile = None

    def nextId(self) -> int:  # noqa: N802
        wants_set_up = self.set_up_choice.isChecked() and not self.skipped
        return SET_UP if wants_set_up else CHAIR


class ProfileEditor(ProfileDialog):
    """The profile dialog's editor inside a page: Enter and Escape go to the assistant (Next,
    Cancel), not to the dialog it would otherwise be."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        QWidget.keyPressEvent(self, event)


class SetUpPage(StepPage):
    """The profile typed in: the logo, then the profile editor of Settings > Authority profile."""

    def __init__(self, current: AuthorityProfile) -> None:
        super().__init__(
            _("Set up the profile"),
            _("Give the authority's name, and change whatever differs from the usual rules. "
              "All of it can be changed later in File > Authority profile."))
        start = dataclasses.replace(current, name="") if current == AuthorityProfile() \
            else current
        # Its access keys keep clear of the assistant's buttons and this page's logo field.
        self.editor = ProfileEditor(start, self, reserved="sbnflw")
        self.editor.setWindowFlags(Qt.WindowType.Widget)  # a part of the page, not a window
        self.editor.buttons.hide()
        self.editor.messages.hide()
        self.logo = FileField("logo_file", _("&Logo (PNG or JPEG)"), _("The authority's logo"),
                              _("Images (*.png *.jpg *.jpeg);;All files (*)"))
        self.logo.edit.setPlaceholderText(_("none: the documents are headed by the name alone"))
        self.logo.edit.textChanged.connect(self._preview)
        self.preview = QLabel(objectName="logo_preview")
        self.preview.setAccessibleName(_("The logo as chosen"))
        label = QLabel(_("&Logo (PNG or JPEG):"))
        label.setBuddy(self.logo.edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.logo, stretch=1)
        row.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.editor, stretch=1)
        layout.addWidget(self.message)
        self._logo_text = current.logo

    def _preview(self) -> None:
        self.preview.clear()
        path = self.logo.path()
        if path is not None and path.is_file() and path.stat().st_size <= MAX_LOGO_BYTES:
            picture = QPixmap(str(path))
            if not picture.isNull():
                self.preview.setPixmap(picture.scaledToHeight(32))

    def read_logo(self) -> str:
        """The chosen logo as profile text; LogoRefused or OSError when it cannot be one."""
        path = self.logo.path()
        if path is None:
            return self._logo_text
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:  # refused before reading 50 MB into memory
            raise LogoRefused(TOO_LARGE, size=-(-size // 1024), limit=MAX_LOGO_BYTES // 1024)
        return checked_logo(path.read_bytes())

    def check(self) -> bool:
        from cpmeeting.domain.rules.profile_checks import profile_errors

        try:
            logo = self.read_logo()
        except LogoRefused as refused:
            return self.say(refused.render(_))
        except OSError as error:
            return self.say(_("The logo cannot be read: {problem}").format(
                problem=error.strerror or error))
        profile = dataclasses.replace(self.editor.profile(), logo=logo)
        errors = profile_errors(profile)
        if errors:
            return self.say("\n".join(item.render(_) for item in errors))
        self.choices.profile = profile
        return True

    def forget(self) -> None:
        self.choices.profile = None

    def nextId(self) -> int:  # noqa: N802
        return CHAIR


class ChairPage(StepPage):
    """Who chairs: the name and role on the sign-off and the signing key."""

    def __init__(self, name: str, role: str) -> None:
        super().__init__(
            _("The chair"),
            _("Your name and role as they appear when you sign the minutes."))
        form = QFormLayout(self)
        form.addRow(self.intro)
        self.name = QLineEdit(name, objectName="chair_name")
        self.role = QLineEdit(role, objectName="chair_role")
        self.role.setPlaceholderText(_("for example: Independent child protection chair"))
        for text, field in ((_("Your na&me:"), self.name), (_("Your &role:"), self.role)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(plain(text).rstrip(":"))
            form.addRow(label, field)
        form.addRow(self.message)

    def check(self) -> bool:
        name = " ".join(self.name.text().split())
        if not name:
            return self.say(_("Give your name, or skip this step."))
        self.choices.chair_name = name
        self.choices.chair_role = " ".join(self.role.text().split())
        return True

    def forget(self) -> None:
        self.choices.chair_name = self.choices.chair_role = ""


class KeyPage(StepPage):
    """The chair's signing key: made here, or the authority's PKCS#12 file."""

    def __init__(self) -> None:
        super().__init__(
            _("Your signing key"),
            _("The minutes are signed with your key. cpmeeting can make one for you, or you "
              "can use the key file (PKCS#12, .p12 or .pfx) your authority issued. It is kept "
              "in the data folder, protected by a passphrase in this computer's keyring."))
        group = QButtonGroup(self)
        self.make_choice = _radio(_("&Make a new signing key for me"), "make_key", group)
        self.import_choice = _radio(_("&Import my key file from the authority"), "import_key",
                                    group)
        self.make_choice.setChecked(True)
        self.file = FileField("key_file", _("Key &file"), _("The key file from the authority"),
                              _("Key files (*.p12 *.pfx);;All files (*)"))
        self.password = QLineEdit(objectName="key_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_("Key file password"))
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        for text, field, buddy in ((_("Key &file:"), self.file, self.file.edit),
                                   (_("Key file &password:"), self.password, self.password)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.make_choice)
        layout.addWidget(self.import_choice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        self.import_choice.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, importing: bool) -> None:
        self.file.setEnabled(importing)
        self.password.setEnabled(importing)

    def check(self) -> bool:
        if not self.choices.chair_name:
            return self.say(_("The key carries the chair's name: give it on the previous page "
                              "(Back), or skip this step."))
        if self.make_choice.isChecked():
            self.choices.make_key, self.choices.key = True, None
            return True
        from cpmeeting.documents.signing import KeyFileRefused, load_pkcs12

        path = self.file.path()
        if path is None:
            return self.say(_("Type or browse for your key file, or choose to make a new key."))
        try:
            if path.stat().st_size > MAX_KEY_FILE_BYTES:
                raise KeyFileRefused(KeyFileRefused.NOT_PKCS12)
            key = load_pkcs12(path.read_bytes(), self.password.text())
        except OSError as error:
            return self.say(_("{file} cannot be read: {problem}").format(
                file=path.name, problem=error.strerror or error))
        except KeyFileRefused as refused:
            messages = {
                KeyFileRefused.NOT_PKCS12: _(
                    "{file} is not a PKCS#12 key file, or it is damaged. Ask your authority "
                    "for the key file again (it ends in .p12 or .pfx)."),
                KeyFileRefused.WRONG_PASSWORD: _(
                    "That password does not open {file}. Type the password your authority "
                    "gave you with the key file; capitals count."),
                KeyFileRefused.NO_KEY: _(
                    "{file} holds no signing key with its certificate. Ask your authority for "
                    "the key file that includes your private key."),
            }
            self.password.selectAll()
            return self.say(messages[refused.reason].format(file=path.name))
        self.choices.make_key, self.choices.key = False, key
        return True

    def forget(self) -> None:
        self.choices.make_key, self.choices.key = False, None


class ArchivePage(StepPage):
    """Where the encrypted archive lives: the user data folder, or a folder chosen here."""

    def __init__(self, can_move: bool) -> None:
        from cpmeeting.paths import DATA_DIR_ENV, data_dir

        super().__init__(
            _("Where the archive lives"),
            _("Every conference is kept in one encrypted file on this computer. Keep it in a "
              "folder that only you can read; a backup of it is of no use without the key in "
              "your keyring."))
        self.here = QLineEdit(str(data_dir()), objectName="archive_folder", readOnly=True)
        self.here.setAccessibleName(_("The archive's folder now"))
        here_label = QLabel(_("The archive is &kept in:"))
        here_label.setBuddy(self.here)
        group = QButtonGroup(self)
        self.keep_choice = _radio(_("Keep it &there"), "keep_folder", group)
        self.move_choice = _radio(_("Keep it in an&other folder"), "other_folder", group)
        self.keep_choice.setChecked(True)
        self.folder = FileField("new_folder", _("F&older"), _("The archive's folder"),
                                folder=True)
        note = ""
        if os.environ.get(DATA_DIR_ENV):
            can_move = False
            note = _("The folder is set by CPMEETING_DATA_DIR, so it is not chosen here.")
        elif not can_move:
            note = _("The folder can be chosen only before the first conference is kept.")
        self.note = QLabel(note, objectName="archive_note", wordWrap=True)
        self.note.setVisible(bool(note))
        self.move_choice.setEnabled(can_move)
        self.folder.setEnabled(False)
        self.move_choice.toggled.connect(self.folder.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(here_label)
        layout.addWidget(self.here)
        layout.addWidget(self.keep_choice)
        layout.addWidget(self.move_choice)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.folder)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch()

    def check(self) -> bool:
        from cpmeeting.store.layout import DATABASE_FILE

        if not self.move_choice.isChecked():
            self.choices.data_folder = None
            return True
        folder = self.folder.path()
        if folder is None or not folder.is_absolute():
            return self.say(_("Give the whole path of the folder, or keep the archive where "
                              "it is."))
        if (folder / DATABASE_FILE).exists():
            return self.say(_("{folder} already holds an archive. Choose an empty folder.")
                            .format(folder=folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".cpmeeting-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            return self.say(_("cpmeeting cannot write in {folder}: {problem}").format(
                folder=folder, problem=error.strerror or error))
        self.choices.data_folder = folder
        return True

    def forget(self) -> None:
        self.choices.data_folder = None


class DemoPage(StepPage):
    """An invented conference to practise on."""

    def __init__(self) -> None:
        super().__init__(
            _("A conference to practise on"),
            _("The demonstration conference is invented: the family, the practitioners and "
              "everything said are made up. Walk through the stages with it before a real "
              "meeting, and delete it when you no longer need it."))
        self.add = QCheckBox(_("&Add the demonstration conference"), objectName="add_demo")
        self.add.setAccessibleName(plain(self.add.text()))
        self.add.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.add)
        layout.addWidget(self.message)
        layout.addStretch()
        self.setFinalPage(True)

    def check(self) -> bool:
        self.choices.demo = self.add.isChecked()
        return True

    def forget(self) -> None:
        self.choices.demo = False


__all__ = ["ARCHIVE", "CHAIR", "DEMO", "KEY", "PROFILE", "SET_UP", "ArchivePage", "ChairPage",
           "DemoPage", "KeyPage", "ProfilePage", "SetUpChoices", "SetUpPage"]
