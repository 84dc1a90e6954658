"""The authority profile dialog: edited with the keyboard, checked as typed, stored only on OK."""

from __future__ import annotations

import dataclasses

import pytest
from factories import practitioner, sample_conference
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel

from cpmeeting.domain.people import PractitionerGroup
from cpmeeting.domain.profile import AuthorityProfile, Nation
from cpmeeting.domain.rules.quoracy import check_quoracy
from cpmeeting.gui.profile_dialog import ProfileDialog, open_profile_dialog
from cpmeeting.store.archive import Archive


def alt(qtbot, dialog, letter: str) -> None:
    """Press Alt+letter in the focused field, as a user reaching a field by its mnemonic."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, getattr(Qt.Key, f"Key_{letter.upper()}"),
                   Qt.KeyboardModifier.AltModifier)


def mnemonic_of(dialog, field) -> str:
    """The Alt+letter shown on the label that leads to this field."""
    label = next(lab for lab in dialog.findChildren(QLabel) if lab.buddy() is field)
    text = label.text()
    return text[text.index("&") + 1]


def run_modal(qtbot, archive, interact) -> bool:
    """Open the dialog as the main window would, let `interact` drive it, return the result."""
    problems: list[BaseException] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, ProfileDialog)
            interact(dialog)
        except BaseException as error:  # a failure must close the dialog, not hang the test
            problems.append(error)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, drive)
    saved = open_profile_dialog(archive)
    if problems:
        raise problems[0]
    return saved


def conference_with_two_other_agencies():
    conference = sample_conference()
    conference.invitees.append(practitioner("Dev Constable", PractitionerGroup.POLICE,
                                            "Parkside Police"))
    return conference


def test_keyboard_changes_are_stored_and_change_the_quoracy_verdict(qtbot, archive):
    conference = conference_with_two_other_agencies()
    assert check_quoracy(conference, archive.load_profile()).quorate

    def interact(dialog: ProfileDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        alt(qtbot, dialog, mnemonic_of(dialog, dialog.nation))
        assert dialog.nation.hasFocus()
        qtbot.keyClicks(dialog.nation, "S")
        assert dialog.profile().nation is Nation.SCOTLAND
        assert "Scotland" in dialog.calendar_note.text()
        alt(qtbot, dialog, "Q")  # the Quoracy tab
        alt(qtbot, dialog, mnemonic_of(dialog, dialog.min_agencies))
        assert dialog.min_agencies.hasFocus()
        qtbot.keyClick(dialog.min_agencies, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.min_agencies, "3")
        assert "at least 3 other agencies" in dialog.quoracy_rule.text()
        qtbot.keyClick(dialog.min_agencies, Qt.Key.Key_Return)

    assert run_modal(qtbot, archive, interact) is True
    archive.close()
    with Archive.open() as reopened:
        profile = reopened.load_profile()
    assert profile.nation is Nation.SCOTLAND
    assert profile.quoracy.min_other_agencies == 3
    verdict = check_quoracy(conference, profile)
    assert not verdict.quorate
    assert "only 2 other agencies" in verdict.summary


def test_an_unknown_placeholder_disables_ok_and_is_named(qtbot):
    dialog = ProfileDialog(AuthorityProfile())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.script.parentWidget())
    dialog.script.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.script, " Welcome, {chiar}.")
    assert not dialog.ok_button.isEnabled()
    assert "{chiar}" in dialog.messages.text()
    assert "{chiar}" in dialog.script_check.text()
    assert dialog.messages.isVisible()

    for _ in range(len("chiar}.")):
        qtbot.keyClick(dialog.script, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.script, "chair}.")
    assert dialog.ok_button.isEnabled()
    assert dialog.script_check.text() == "The script fills in correctly."
    assert dialog.profile().introduction_script.endswith("Welcome, {chair}.")


def test_cancel_leaves_the_stored_profile_unchanged(qtbot, archive):
    stored = dataclasses.replace(AuthorityProfile(), name="Testshire County Council",
                                 marking="OFFICIAL")
    archive.save_profile(stored)

    def interact(dialog: ProfileDialog) -> None:
        assert dialog.name.text() == "Testshire County Council"
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Changed Council")
        dialog.timescales["minutes_working_days"].setValue(20)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert run_modal(qtbot, archive, interact) is False
    assert archive.load_profile() == stored


def test_zero_agencies_is_allowed_with_a_warning(qtbot):
    dialog = ProfileDialog(AuthorityProfile())
    qtbot.addWidget(dialog)
    dialog.min_agencies.setValue(0)
    assert dialog.ok_button.isEnabled()
    assert "0 other agencies" in dialog.messages.text()
    assert "no other agency is needed" in dialog.quoracy_rule.text()


def test_an_empty_name_blocks_ok(qtbot):
    dialog = ProfileDialog(AuthorityProfile())
    qtbot.addWidget(dialog)
    dialog.name.clear()
    assert not dialog.ok_button.isEnabled()
    assert "authority's name" in dialog.messages.text()


def test_restore_defaults_keeps_the_name(qtbot):
    custom = AuthorityProfile(name="Testshire County Council", nation=Nation.WALES)
    custom.quoracy.min_other_agencies = 4
    custom.quoracy.count_video = False
    custom.timescales.minutes_working_days = 20
    dialog = ProfileDialog(custom)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.profile() == AuthorityProfile(name="Testshire County Council")


def test_lead_without_stand_in_drops_the_nspcc(qtbot):
    dialog = ProfileDialog(AuthorityProfile())
    qtbot.addWidget(dialog)
    assert "NSPCC" in dialog.quoracy_rule.text()
    dialog.lead_stand_in.setChecked(False)
    quoracy = dialog.profile().quoracy
    assert quoracy.required_groups == [PractitionerGroup.CHILDRENS_SOCIAL_CARE]
    assert quoracy.lead_alternatives == []
    assert "NSPCC" not in dialog.quoracy_rule.text()


def test_every_field_has_an_accessible_name_and_a_distinct_mnemonic_per_tab(qtbot):
    dialog = ProfileDialog(AuthorityProfile())
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    buttons = [dialog.ok_button.text(), dialog.restore_button.text(),
               dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text()]
    shared = {t[t.index("&") + 1].lower() for t in tabs + buttons}
    assert len(shared) == len(tabs) + len(buttons)
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        letters = [lab.text()[lab.text().index("&") + 1].lower()
                   for lab in page.findChildren(QLabel) if lab.buddy() is not None]
        letters += [box.text()[box.text().index("&") + 1].lower()
                    for box in page.findChildren(type(dialog.count_video))]
        assert len(letters) == len(set(letters)), tabs[index]
        assert not set(letters) & shared, tabs[index]
        for label in page.findChildren(QLabel):
            if label.buddy() is not None:
                assert label.buddy().accessibleName() == label.text().replace("&", "")


@pytest.mark.parametrize("months, value, suffix", [(False, 1, " working day"),
                                                    (False, 15, " working days"),
                                                    (True, 6, " months")])
def test_timescales_read_in_their_unit(qtbot, months, value, suffix):
    dialog = ProfileDialog(AuthorityProfile())
    qtbot.addWidget(dialog)
    name = "first_review_months" if months else "minutes_working_days"
    spin = dialog.timescales[name]
    spin.setValue(value)
    assert spin.suffix() == suffix
    assert dialog.profile().timescales.__dict__[name] == value


def test_the_idle_lock_minutes_are_reached_by_their_access_key_and_stored(qtbot, archive):
    stored = dataclasses.replace(archive.load_profile(), lock_after_idle_minutes=5)
    archive.save_profile(stored)

    def interact(dialog: ProfileDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.idle_lock.value() == 5
        assert dialog.idle_lock.accessibleName() == "Lock after idle (minutes)"
        alt(qtbot, dialog, mnemonic_of(dialog, dialog.idle_lock))
        assert dialog.idle_lock.hasFocus()
        qtbot.keyClick(dialog.idle_lock, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.idle_lock, "12")
        qtbot.keyClick(dialog.idle_lock, Qt.Key.Key_Return)

    assert run_modal(qtbot, archive, interact) is True
    archive.close()
    with Archive.open() as reopened:
        assert reopened.load_profile().lock_after_idle_minutes == 12


def test_an_idle_lock_beyond_a_day_from_a_profile_file_is_kept(qtbot):
    # The form's spin box must not quietly cut down what an authority's file says.
    profile = AuthorityProfile(name="Northmoor", lock_after_idle_minutes=100_000)
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    assert dialog.profile().lock_after_idle_minutes == 100_000
