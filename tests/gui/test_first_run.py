"""The set-up assistant on a first run: import a profile, set one up by keyboard, skip it all;
bad files get a clear message and nothing is half set up."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget, QWizard

from cpmeeting.domain.profile import AuthorityProfile, Nation
from cpmeeting.gui.chair_settings import saved_chair
from cpmeeting.gui.first_run import SetUpWizard
from cpmeeting.gui.first_run_pages import ARCHIVE, CHAIR, DEMO, KEY, PROFILE, SET_UP
from cpmeeting.interchange.profile_file import profile_to_json

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def wizard(qtbot, archive):
    shown = SetUpWizard(archive, first_run=True)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def button(wizard, which) -> QWidget:
    return wizard.button(which)


def click(qtbot, wizard, which) -> None:
    qtbot.mouseClick(button(wizard, which), Qt.MouseButton.LeftButton)


def skip(qtbot, wizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.CustomButton1)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def mnemonic(qtbot, wizard, field: QWidget) -> None:
    """Alt+the letter of the label whose buddy is field, as a keyboard user reaches it."""
    (label,) = [lab for lab in wizard.currentPage().findChildren(QLabel) if lab.buddy() is field]
    text = label.text()
    letter = text[text.index("&") + 1]
    QTest.keyClick(QApplication.focusWidget() or wizard, getattr(Qt.Key, f"Key_{letter.upper()}"),
                   Qt.KeyboardModifier.AltModifier)
    assert wizard.focusWidget() is field, text


def press(wizard, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or wizard, key, modifier)


def png(path, size=(200, 60)):
    out = io.BytesIO()
    Image.new("RGB", size, (31, 78, 121)).save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return path


def nothing_stored(archive, data_folder) -> None:
    assert archive.awaits_set_up()  # no profile row, no conference
    assert saved_chair() == ("", "")
    assert not list((data_folder / "signing").glob("*.p12")) if (data_folder / "signing").exists() \
        else True


def opens_with(archive, qtbot, name: str):
    """The app's window as run_window builds it after the assistant, on the stored profile."""
    from cpmeeting.gui.app import build_window

    assert not archive.awaits_set_up()
    window = build_window(archive)
    qtbot.addWidget(window)
    assert window.profile.name == name
    return window


def test_import_the_authoritys_profile_file(qtbot, wizard, archive, tmp_path):
    given = AuthorityProfile(name="Eastmarsh County Council", nation=Nation.WALES,
                             marking="OFFICIAL")
    file = tmp_path / "eastmarsh.json"
    file.write_text(profile_to_json(given), encoding="utf-8")
    type_into(qtbot, wizard.page(PROFILE).file.edit, str(file))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == CHAIR  # the set-up page is only for setting one up
    for _step in (CHAIR, KEY, ARCHIVE, DEMO):
        skip(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert archive.load_profile() == given
    assert archive.list_conferences() == []  # the demo step was skipped
    opens_with(archive, qtbot, "Eastmarsh County Council")


def test_set_up_a_profile_by_keyboard_alone(qtbot, wizard, archive, tmp_path, data_folder):
    logo = png(tmp_path / "logo.png")
    press(wizard, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # to "Set &up the profile here"
    press(wizard, Qt.Key.Key_Space)
    assert wizard.page(PROFILE).set_up_choice.isChecked()
    press(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == SET_UP
    page = wizard.page(SET_UP)
    editor = page.editor
    mnemonic(qtbot, wizard, editor.name)
    qtbot.keyClicks(editor.name, "Northmoor Borough Council")
    mnemonic(qtbot, wizard, page.logo.edit)
    qtbot.keyClicks(page.logo.edit, str(logo))
    mnemonic(qtbot, wizard, editor.nation)
    press(wizard, Qt.Key.Key_Down)  # England -> Wales
    mnemonic(qtbot, wizard, editor.marking)
    editor.marking.selectAll()
    qtbot.keyClicks(editor.marking, "OFFICIAL")
    press(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == CHAIR, page.message.text()
    chair = wizard.page(CHAIR)
    mnemonic(qtbot, wizard, chair.name)
    qtbot.keyClicks(chair.name, "Helen Ashcombe")
    mnemonic(qtbot, wizard, chair.role)
    qtbot.keyClicks(chair.role, "Independent chair")
    press(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == KEY
    press(wizard, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # to "&Make a new signing key"
    press(wizard, Qt.Key.Key_Space)
    press(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == ARCHIVE
    press(wizard, Qt.Key.Key_Return)  # keep it where it is
    assert wizard.currentId() == DEMO
    press(wizard, Qt.Key.Key_Return)  # Finish, with the demo
    assert wizard.result() == QWizard.DialogCode.Accepted
    profile = archive.load_profile()
    assert (profile.name, profile.nation, profile.marking) == (
        "Northmoor Borough Council", Nation.WALES, "OFFICIAL")
    assert profile.logo  # the image, kept in the profile
    assert saved_chair() == ("Helen Ashcombe", "Independent chair")
    assert list((data_folder / "signing").glob("*.p12"))  # the chair's key was made
    assert len(archive.list_conferences()) == 1  # the demo to practise on
    window = opens_with(archive, qtbot, "Northmoor Borough Council")
    assert len(window.start_screen.visible_rows()) == 1


def test_skip_everything_opens_on_the_default_profile(qtbot, wizard, archive, data_folder):
    for step in (PROFILE, CHAIR, KEY, ARCHIVE, DEMO):
        assert wizard.currentId() == step
        skip(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert archive.load_profile() == AuthorityProfile()
    assert archive.list_conferences() == []
    assert saved_chair() == ("", "")
    assert not (data_folder / "signing").exists() or not list(
        (data_folder / "signing").glob("*.p12"))
    opens_with(archive, qtbot, AuthorityProfile().name)


def test_an_archive_with_a_profile_or_conferences_opens_straight_to_the_window(archive):
    from cpmeeting.demo.seed import ensure_demo

    assert archive.awaits_set_up()
    archive.save_profile(AuthorityProfile(name="Westleigh Council"))
    assert not archive.awaits_set_up()
    ensure_demo(archive)  # as an archive kept before the assistant: conferences, no profile
    assert not archive.awaits_set_up()


def test_the_quick_start_index_knows_a_first_run_too(archive, memory_keyring):
    from cpmeeting.store.index import ArchiveIndex
    from cpmeeting.store.secrets import KEY_NAME, SERVICE

    key = memory_keyring.passwords[(SERVICE, KEY_NAME)]  # as the desktop's keyring gives it
    index = ArchiveIndex.open(key=key)
    assert index is not None and index.awaits_set_up()
    index.close()
    archive.save_profile(AuthorityProfile())
    index = ArchiveIndex.open(key=key)
    assert not index.awaits_set_up()
    index.close()


# Bad input: a clear message on the step, and nothing stored when the user then cancels.

def cancel_and_check_nothing_stored(qtbot, wizard, archive, data_folder) -> None:
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    nothing_stored(archive, data_folder)


def test_a_profile_file_from_a_newer_version_is_refused(qtbot, wizard, archive, tmp_path,
                                                        data_folder):
    document = json.loads(profile_to_json(AuthorityProfile(name="Futureshire")))
    document["version"] = 7
    file = tmp_path / "newer.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    type_into(qtbot, wizard.page(PROFILE).file.edit, str(file))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PROFILE
    message = wizard.page(PROFILE).message
    assert message.isVisible()
    assert "newer version of cpmeeting" in message.text()
    assert "format 7" in message.text() and "Update cpmeeting" in message.text()
    cancel_and_check_nothing_stored(qtbot, wizard, archive, data_folder)


def refused_logo(qtbot, wizard, logo) -> str:
    """Set a profile up with this logo file; the message on the step (which must stay)."""
    wizard.page(PROFILE).set_up_choice.setChecked(True)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.page(SET_UP)
    type_into(qtbot, page.editor.name, "Northmoor Borough Council")
    type_into(qtbot, page.logo.edit, str(logo))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == SET_UP
    return page.message.text()


def test_a_50_mb_logo_is_refused(qtbot, wizard, archive, tmp_path, data_folder):
    huge = tmp_path / "huge.png"
    with huge.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.truncate(50 * 1024 * 1024)
    message = refused_logo(qtbot, wizard, huge)
    assert "The logo is 51200 KB; a logo can be at most 512 KB" in message
    cancel_and_check_nothing_stored(qtbot, wizard, archive, data_folder)


def test_a_logo_that_is_not_an_image_is_refused(qtbot, wizard, tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    assert "not a PNG or JPEG image" in refused_logo(qtbot, wizard, text)


def to_key_page(qtbot, wizard) -> None:
    skip(qtbot, wizard)  # the profile
    type_into(qtbot, wizard.page(CHAIR).name, "Helen Ashcombe")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == KEY
    wizard.page(KEY).import_choice.setChecked(True)


def offer_key(qtbot, wizard, file, password: str) -> str:
    """Import this key file with this password; the message if the step refuses it."""
    page = wizard.page(KEY)
    page.file.edit.clear()
    page.password.clear()
    type_into(qtbot, page.file.edit, str(file))
    type_into(qtbot, page.password, password)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    return page.message.text() if wizard.currentId() == KEY else ""


def authority_key_file(path, password: bytes):
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from cpmeeting.documents.signing import _self_signed

    key = _self_signed("Helen Ashcombe", "Northmoor Borough Council")
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"chair", key.key, key.certificate, None, BestAvailableEncryption(password)))
    return path


def test_a_corrupt_pkcs12_file_is_refused(qtbot, wizard, archive, tmp_path, data_folder):
    good = authority_key_file(tmp_path / "good.p12", b"from the authority")
    broken = tmp_path / "chair.p12"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    to_key_page(qtbot, wizard)
    message = offer_key(qtbot, wizard, broken, "from the authority")
    assert "chair.p12 is not a PKCS#12 key file, or it is damaged" in message
    cancel_and_check_nothing_stored(qtbot, wizard, archive, data_folder)


def test_a_wrong_pkcs12_password_is_refused_then_the_right_one_kept(qtbot, wizard, archive,
                                                                     tmp_path, data_folder):
    file = authority_key_file(tmp_path / "chair.p12", b"from the authority")
    to_key_page(qtbot, wizard)
    assert "That password does not open chair.p12" in offer_key(qtbot, wizard, file,
                                                                 "From the authority")
    nothing_stored(archive, data_folder)
    assert offer_key(qtbot, wizard, file, "from the authority") == ""
    assert wizard.currentId() == ARCHIVE
    skip(qtbot, wizard)
    skip(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    from cpmeeting.documents.signing import chair_key

    kept = chair_key("Helen Ashcombe", archive.load_profile().name)
    assert kept.certificate.subject.rfc4514_string().find("Northmoor Borough Council") >= 0


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.mark.parametrize("step", [PROFILE, SET_UP, CHAIR, KEY, ARCHIVE, DEMO])
def test_every_control_on_every_step_has_a_name_and_a_tab_stop(qtbot, archive, step):
    wizard = SetUpWizard(archive, first_run=True)
    qtbot.addWidget(wizard)
    wizard.setStartId(step)
    wizard.restart()
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    for widget in page.findChildren(QWidget):
        if not (widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(widget, QComboBox):
            assert any(lab.buddy() is widget for lab in page.findChildren(QLabel)), \
                widget.objectName()
        elif widget.metaObject().className() not in ("QTabBar", "QScrollBar"):
            assert accessible_name(widget).strip(), widget.objectName() or widget
    for which in (QWizard.WizardButton.CustomButton1, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CancelButton):
        assert accessible_name(wizard.button(which)).strip()


def test_the_archive_can_be_kept_in_another_folder(qtbot, monkeypatch, tmp_path):
    from cpmeeting.paths import data_dir
    from cpmeeting.store.archive import Archive

    monkeypatch.delenv("CPMEETING_DATA_DIR")  # the user's own folders, here in tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    usual = data_dir()
    archive = Archive.open()
    wizard = SetUpWizard(archive, first_run=True)
    qtbot.addWidget(wizard)
    wizard.show()
    for _step in (PROFILE, CHAIR, KEY):
        skip(qtbot, wizard)
    page = wizard.page(ARCHIVE)
    assert page.here.text() == str(usual)
    page.move_choice.setChecked(True)
    chosen = tmp_path / "Records" / "cpmeeting"
    type_into(qtbot, page.folder.edit, str(chosen))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == DEMO, page.message.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    moved = wizard.archive
    try:
        assert data_dir() == chosen
        assert (chosen / "cpmeeting.db").is_file() and not (usual / "cpmeeting.db").exists()
        assert len(moved.list_conferences()) == 1
    finally:
        moved.close()
    # The next start opens the archive where it now lives, with nothing more to set up.
    with Archive.open() as reopened:
        assert not reopened.awaits_set_up()
        assert len(reopened.list_conferences()) == 1


def test_a_folder_that_already_holds_an_archive_is_refused(qtbot, wizard, tmp_path, monkeypatch):
    page = wizard.page(ARCHIVE)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "cpmeeting.db").write_bytes(b"someone's archive")
    page.move_choice.setEnabled(True)  # as where CPMEETING_DATA_DIR is not set
    for _step in (PROFILE, CHAIR, KEY):
        skip(qtbot, wizard)
    page.move_choice.setChecked(True)
    type_into(qtbot, page.folder.edit, str(taken))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ARCHIVE
    assert "already holds an archive. Choose an empty folder." in page.message.text()


FIRST_START = """
import sys
import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

class Memory(KeyringBackend):
    priority = 1
    store = {}
    def get_password(self, service, name): return self.store.get((service, name))
    def set_password(self, service, name, value): self.store[(service, name)] = value
    def delete_password(self, service, name): self.store.pop((service, name), None)

keyring.set_keyring(Memory())
from cpmeeting.gui.app import run_window
from cpmeeting.gui.first_run import SetUpWizard
from cpmeeting.gui.main_window import MainWindow

def drive():
    modal = QApplication.activeModalWidget()
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
               and w.isVisible()]
    if isinstance(modal, SetUpWizard):
        print("assistant", flush=True)
        modal.page(0).file.edit.setText(sys.argv[1])
        modal.next()
        for _step in range(4):
            modal.skip_step()
    elif windows:
        print("window:", windows[0].profile.name, flush=True)
        windows[0].close()
        return
    QTimer.singleShot(50, drive)

QTimer.singleShot(0, drive)
sys.exit(run_window())
"""


def test_a_first_start_runs_the_assistant_then_opens_the_window(tmp_path, data_folder):
    """cpmeeting with no archive yet (run_window, in its own process): the assistant, then the
    window on the profile imported."""
    import os
    import subprocess
    import sys

    file = tmp_path / "westleigh.json"
    file.write_text(profile_to_json(AuthorityProfile(name="Westleigh Council")), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "CPMEETING_DATA_DIR": str(data_folder)}
    result = subprocess.run([sys.executable, "-c", FIRST_START, str(file)], env=environment,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["assistant", "window: Westleigh Council"]


def test_file_menu_brings_the_steps_back_later(qtbot, window, tmp_path):
    from PySide6.QtCore import QTimer

    from cpmeeting.gui.actions import ActionId

    file = tmp_path / "eastmarsh.json"
    file.write_text(profile_to_json(AuthorityProfile(name="Eastmarsh County Council")),
                    encoding="utf-8")
    seen = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, SetUpWizard):
            QTimer.singleShot(20, drive)
            return
        seen.append(modal.page(ARCHIVE).move_choice.isEnabled())
        modal.page(PROFILE).file.edit.setText(str(file))
        modal.next()
        for _step in (CHAIR, KEY, ARCHIVE, DEMO):
            modal.skip_step()

    QTimer.singleShot(0, drive)
    window.actions[ActionId.SET_UP_ASSISTANT].trigger()
    assert seen == [False]  # the archive stays where it is once conferences are kept
    assert window.profile.name == "Eastmarsh County Council"
    assert window.runner.profile.name == "Eastmarsh County Council"
