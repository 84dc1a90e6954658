"""The pages of the set-up assistant (gui/first_run.py), one step each.

Each page checks what was typed when Next is pressed and keeps what it found in the wizard's
SetUpChoices; nothing is stored until Finish. A page the user skips leaves its choice empty.
Files are named in a text field (typed, or filled by Browse…), so every step works by keyboard.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from cpmeeting.domain.logo import MAX_LOGO_BYTES, TOO_LARGE, LogoRefused, checked_logo
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.gui.forms import build_form
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


class FileField:
    """A path typed or chosen with Browse…, on a field of a form (its text field and button);
    the text field carries the accessible name."""

    def __init__(self, container: QWidget, edit: QLineEdit, browse: QPushButton, label: str,
                 caption: str, filters: str = "", folder: bool = False) -> None:
        self.container, self.edit, self.browse = container, edit, browse
        self.caption, self.filters, self.folder = caption, filters, folder
        self.edit.setAccessibleName(plain(label))
        self.browse.setAccessibleName(_("Browse for: {what}").format(what=plain(label)))
        self.browse.clicked.connect(self._choose)
        container.setFocusProxy(self.edit)

    @classmethod
    def on(cls, form: SimpleNamespace, name: str, label: str, caption: str, filters: str = "",
           folder: bool = False) -> FileField:
        """The field `name` of a form (ui/first_run_*.ui: NAME_field holding NAME, NAME_browse)."""
        return cls(getattr(form, f"{name}_field"), getattr(form, name),
                   getattr(form, f"{name}_browse"), label, caption, filters, folder)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 (as the widget's, for signals)
        self.container.setEnabled(enabled)

    def isEnabled(self) -> bool:  # noqa: N802
        return self.container.isEnabled()

    def _choose(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self.container, self.caption,
                                                      self.edit.text())
        else:
            chosen, _filter = QFileDialog.getOpenFileName(self.container, self.caption,
                                                          self.edit.text(), self.filters)
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class StepPage(QWizardPage):
    """A step that can be skipped (the wizard's Skip button) and says what is wrong in words."""

    def __init__(self, form_name: str, made_first: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.skipped = False
        if made_first is not None:  # widgets that come before the form's in the Tab order
            made_first()
        # ui/<form_name>.ui: the title, the explanation as a label of the page (a subtitle is
        # cut off after two lines), the step's fields and the message saying what is wrong.
        self.form = build_form(form_name, self)
        self.intro, self.message = self.form.intro, self.form.message
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


def _named(*buttons: QAbstractButton) -> None:
    """Each choice is named by its own words, without the access key's marker."""
    for button in buttons:
        button.setAccessibleName(plain(button.text()))


class ProfilePage(StepPage):
    """Import the authority's profile file, or set one up on the next page."""

    def __init__(self, current: AuthorityProfile) -> None:
        super().__init__("first_run_profile_page")
        self.import_choice, self.set_up_choice = self.form.import_profile, self.form.set_up_profile
        _named(self.import_choice, self.set_up_choice)
        self.import_choice.setChecked(True)
        self.file = FileField.on(self.form, "profile_file", _("Profile &file"),
                                 _("The authority's profile file"),
                                 _("Profile files (*.json);;All files (*)"))
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
        start = dataclasses.replace(current, name="") if current == AuthorityProfile() \
            else current

        def make_editor() -> None:
            # Its access keys keep clear of the assistant's buttons and this page's logo field.
            self.editor = ProfileEditor(start, self, reserved="sbnflw")
            self.editor.setWindowFlags(Qt.WindowType.Widget)  # a part of the page, not a window

        super().__init__("first_run_set_up_page", make_editor)
        self.editor.buttons.hide()
        self.editor.messages.hide()
        self.form.layout.insertWidget(2, self.editor, stretch=1)  # between the logo and message
        self.logo = FileField.on(self.form, "logo_file", _("&Logo (PNG or JPEG)"),
                                 _("The authority's logo"),
                                 _("Images (*.png *.jpg *.jpeg);;All files (*)"))
        self.logo.edit.setPlaceholderText(_("none: the documents are headed by the name alone"))
        self.logo.edit.textChanged.connect(self._preview)
        self.preview = self.form.logo_preview
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
        super().__init__("first_run_chair_page")
        self.name, self.role = self.form.chair_name, self.form.chair_role
        self.name.setText(name)
        self.role.setText(role)
        for label in (self.form.chair_name_label, self.form.chair_role_label):
            label.buddy().setAccessibleName(plain(label.text()).rstrip(":"))

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
        super().__init__("first_run_key_page")
        self.make_choice, self.import_choice = self.form.make_key, self.form.import_key
        _named(self.make_choice, self.import_choice)
        self.make_choice.setChecked(True)
        self.file = FileField.on(self.form, "key_file", _("Key &file"),
                                 _("The key file from the authority"),
                                 _("Key files (*.p12 *.pfx);;All files (*)"))
        self.password = self.form.key_password
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

        super().__init__("first_run_archive_page")
        self.here = self.form.archive_folder
        self.here.setText(str(data_dir()))
        self.keep_choice, self.move_choice = self.form.keep_folder, self.form.other_folder
        _named(self.keep_choice, self.move_choice)
        self.keep_choice.setChecked(True)
        self.folder = FileField.on(self.form, "new_folder", _("F&older"),
                                   _("The archive's folder"), folder=True)
        note = ""
        if os.environ.get(DATA_DIR_ENV):
            can_move = False
            note = _("The folder is set by CPMEETING_DATA_DIR, so it is not chosen here.")
        elif not can_move:
            note = _("The folder can be chosen only before the first conference is kept.")
        self.note = self.form.archive_note
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.move_choice.setEnabled(can_move)
        self.folder.setEnabled(False)
        self.move_choice.toggled.connect(self.folder.setEnabled)

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
        super().__init__("first_run_demo_page")
        self.add = self.form.add_demo
        _named(self.add)
        self.setFinalPage(True)

    def check(self) -> bool:
        self.choices.demo = self.add.isChecked()
        return True

    def forget(self) -> None:
        self.choices.demo = False


__all__ = ["ARCHIVE", "CHAIR", "DEMO", "KEY", "PROFILE", "SET_UP", "ArchivePage", "ChairPage",
           "DemoPage", "KeyPage", "ProfilePage", "SetUpChoices", "SetUpPage"]
