"""The minutes pane, driven by the keyboard the way a minute-taker uses it."""

from __future__ import annotations

from datetime import datetime

from gui_sample import MEETING_START, person_id
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from cpmeeting.domain.exclusion import Exclusion, ExclusionGround, ExclusionScope
from cpmeeting.domain.operations import AddRecord, SetFields
from cpmeeting.domain.people import Invitee, Role
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.minutes_model import Column
from cpmeeting.gui.minutes_pane import matches


def type_entry(qtbot, pane, text: str) -> None:
    pane.focus_entry()
    qtbot.keyClicks(pane.entry_box, text)
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)


def stored(qtbot, window, archive):
    """The record as the archive holds it, once the save that follows a change has run."""
    qtbot.waitUntil(lambda: not window.runner.save_pending)
    return archive.load(window.runner.conference.id)


def test_enter_adds_an_entry_stamped_with_stage_time_and_speaker_chosen_by_alt_number(
        qtbot, window, archive, clock):
    pane = window.pane
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Exclusions
    clock.advance(7)
    pane.focus_entry()
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    type_entry(qtbot, pane, "School attendance has improved since September.")

    entry = stored(qtbot, window, archive).minutes[-1]
    second_speaker = pane.speakers()[1]
    assert entry.text == "School attendance has improved since September."
    assert entry.speaker_id == second_speaker.id
    assert entry.stage is Stage.EXCLUSIONS
    assert entry.at == datetime(2026, 11, 23, 10, 7)
    assert pane.entry_box.toPlainText() == ""
    row = pane.model.rowCount() - 1
    assert pane.model.index(row, Column.TIME).data() == "10:07"
    assert pane.model.index(row, Column.STAGE).data() == "Exclusions"
    assert second_speaker.name in pane.model.index(row, Column.SPEAKER).data()


def test_typed_letters_choose_the_speaker_and_shift_enter_keeps_one_entry(qtbot, window, archive):
    pane = window.pane
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert pane.speaker_field.hasFocus()
    qtbot.keyClicks(pane.speaker_field, "pri")
    qtbot.keyClick(pane.speaker_field, Qt.Key.Key_Return)
    assert pane.entry_box.hasFocus()
    qtbot.keyClicks(pane.entry_box, "First line")
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(pane.entry_box, "second line")
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)

    minutes = stored(qtbot, window, archive).minutes
    assert [m.text for m in minutes] == ["First line\nsecond line"]
    assert minutes[0].speaker_id == person_id(window, "Priya Hillside")


def test_an_entry_made_while_the_father_is_excluded_is_not_for_him(qtbot, window, archive, clock):
    father = person_id(window, "Owen Testwood")
    window.runner.apply(AddRecord("Exclude", "exclusions", Exclusion(
        father, grounds={ExclusionGround.FAMILY_CONFLICT}, scope=ExclusionScope.PART,
        start=MEETING_START)))
    pane = window.pane
    box = pane.findChild(type(pane.confidential), f"not_for_{father}")
    assert box is not None and box.isChecked() and "Father" in box.text()

    type_entry(qtbot, pane, "Police shared information about the incident.")
    entry = stored(qtbot, window, archive).minutes[-1]
    assert entry.not_for == {father}
    row = pane.model.rowCount() - 1
    cell = pane.model.index(row, Column.AUDIENCE)
    assert cell.data().startswith("Father")  # the header says "Not for"
    assert "not for: Father" in cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "not for: Father" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert pane.model.index(row, Column.AUDIENCE).data(Qt.ItemDataRole.DecorationRole) is not None

    box.setChecked(False)  # the minute-taker decides this one may be shared
    type_entry(qtbot, pane, "The parents agree with the plan.")
    assert stored(qtbot, window, archive).minutes[-1].not_for == set()

    # He comes back in: the box goes, and entries are for everyone again.
    exclusion_id = window.runner.conference.exclusions[0].id
    clock.advance(20)
    window.runner.apply(SetFields("Back", {"end": clock()}, record_id=exclusion_id))
    qtbot.waitUntil(lambda: pane.findChild(type(pane.confidential), f"not_for_{father}") is None)
    type_entry(qtbot, pane, "Father returned to the meeting.")
    assert stored(qtbot, window, archive).minutes[-1].not_for == set()


def test_confidential_toggle_marks_entries_until_switched_off(qtbot, window, archive):
    pane = window.pane
    pane.focus_entry()
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert pane.confidential.isChecked()
    type_entry(qtbot, pane, "Information from a neighbour.")
    entry = stored(qtbot, window, archive).minutes[-1]
    assert entry.third_party_confidential
    assert "confidential" in pane.model.index(0, Column.AUDIENCE).data()


def test_undo_removes_the_entry_and_redo_restores_it(qtbot, window, archive):
    pane = window.pane
    type_entry(qtbot, pane, "Mother says the children are happier at school.")
    assert len(stored(qtbot, window, archive).minutes) == 1

    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(qtbot, window, archive).minutes == []
    assert pane.model.rowCount() == 0

    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [m.text for m in stored(qtbot, window, archive).minutes] == [
        "Mother says the children are happier at school."]
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert pane.model.rowCount() == 1


def test_entries_move_with_alt_arrows_and_delete_with_undo(qtbot, window, archive):
    pane = window.pane
    for text in ("one", "two", "three"):
        type_entry(qtbot, pane, text)
    pane.table.setFocus()
    pane.select_row(2)
    qtbot.keyClick(pane.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [m.text for m in stored(qtbot, window, archive).minutes] == ["one", "three", "two"]
    assert pane.selected_row() == 1
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [m.text for m in stored(qtbot, window, archive).minutes] == ["one", "two", "three"]

    pane.select_row(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [m.text for m in stored(qtbot, window, archive).minutes] == ["two", "three"]
    window.runner.undo_stack.undo()
    assert [m.text for m in stored(qtbot, window, archive).minutes] == ["one", "two", "three"]


def test_an_entry_is_edited_in_place_with_f2(qtbot, window, archive):
    pane = window.pane
    type_entry(qtbot, pane, "Teh social worker")
    pane.table.setFocus()
    pane.select_row(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "The social worker")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a line break inside the entry
    qtbot.keyClicks(editor, "and her manager")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the box saves the edit
    qtbot.waitUntil(lambda: stored(qtbot, window, archive).minutes[0].text
                    == "The social worker\nand her manager")
    window.runner.undo_stack.undo()
    assert stored(qtbot, window, archive).minutes[0].text == "Teh social worker"


def test_non_ascii_text_is_typed_and_kept(qtbot, window, archive):
    from PySide6.QtTest import QTest

    pane = window.pane
    pane.focus_entry()
    for ch in "Zażółć – Siân":
        QTest.sendKeyEvent(QTest.KeyAction.Click, pane.entry_box, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)
    assert stored(qtbot, window, archive).minutes[-1].text == "Zażółć – Siân"


def test_the_draft_is_saved_after_a_pause(qtbot, window, archive):
    pane = window.pane
    pane.focus_entry()
    qtbot.keyClicks(pane.entry_box, "Half a thought")
    conference_id = window.runner.conference.id
    qtbot.waitUntil(lambda: archive.load_drafts(conference_id).get("minutes") == "Half a thought")
    qtbot.keyClick(pane.entry_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "minutes" not in archive.load_drafts(conference_id))


def test_typing_that_never_pauses_is_kept_while_it_goes_on(qtbot, window, archive):
    # A key every 100 ms never leaves the pause before a draft is kept; a crash mid-sentence
    # must still find what was typed (the kill soak found this).
    pane = window.pane
    pane.focus_entry()
    sentence = "The health visitor has seen the baby every week since the last conference"
    keys = iter(sentence)
    typing = QTimer(interval=100)
    typing.timeout.connect(lambda: qtbot.keyClicks(pane.entry_box, next(keys, "")))
    typing.start()
    conference_id = window.runner.conference.id
    qtbot.waitUntil(lambda: bool(archive.load_drafts(conference_id).get("minutes")))
    typing.stop()
    kept = archive.load_drafts(conference_id)["minutes"]
    assert sentence.startswith(kept) and len(kept) < len(sentence)


@given(name=st.text(alphabet="abcdefghijklmnopqrstuvwxyzÀÉß ", min_size=1, max_size=20),
       cut=st.integers(min_value=1, max_value=20))
def test_any_start_of_any_word_of_a_name_picks_that_person(name, cut):
    person = Invitee(name=name, role=Role.PRACTITIONER, agency="Agency")
    for word in name.split():
        assert matches(person, word[:cut])
        assert matches(person, word[:cut].upper())
    assert not matches(person, "   ")
