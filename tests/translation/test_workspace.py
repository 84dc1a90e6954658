"""The translation workspace: edit beside the English, status by keystroke, files in and out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from translating import polish, translate_all

from cpmeeting.domain.copy_text import work_items
from cpmeeting.domain.translation import TranslationStatus
from cpmeeting.gui.runner import OperationRunner
from cpmeeting.gui.translation_workspace import (
    ENGLISH,
    STATUS,
    TRANSLATION,
    TranslationWorkspace,
    open_translation_workspace,
)


def _workspace(qtbot, conference, profile, mother, saved=None):
    saved = saved if saved is not None else []
    runner = OperationRunner(conference, profile, save=lambda c, _changes: saved.append(c))
    dialog = TranslationWorkspace(runner, invitee_id=mother.id, language="pl")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return runner, dialog


def _type(widget, text: str) -> None:
    for ch in text:  # one at a time: keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def test_rows_show_the_english_and_the_counts(qtbot, conference, profile, mother, polish_copy):
    translate_all(conference, polish_copy, skip=2)
    _runner, dialog = _workspace(qtbot, conference, profile, mother)
    total = len(work_items(conference, polish_copy, profile))
    assert dialog.proxy.rowCount() == total
    first = work_items(conference, polish_copy)[0]
    assert dialog.proxy.index(0, ENGLISH).data() == first.piece.text
    assert dialog.proxy.index(2, TRANSLATION).data() == polish(2)
    assert dialog.counts.text().startswith(f"{total - 2} of {total} translated, 0 checked")
    dialog.filter.setCurrentIndex(dialog.filter.findData("to_do"))
    assert dialog.proxy.rowCount() == 2


def test_typing_a_translation_and_checking_it(qtbot, conference, profile, mother, polish_copy):
    saved = []
    runner, dialog = _workspace(qtbot, conference, profile, mother, saved)
    dialog.translator.setText("Ewa Nowicka")
    index = dialog.proxy.index(0, TRANSLATION)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.focusWidget()
    _type(editor, "Matka Zofii i Leona, żółw")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(conference.translations) == 1)
    unit = conference.translations[0]
    assert unit.text == "Matka Zofii i Leona, żółw" and unit.translator == "Ewa Nowicka"
    assert unit.status is TranslationStatus.TRANSLATED
    qtbot.waitUntil(lambda: bool(saved))
    dialog.table.setCurrentIndex(dialog.proxy.index(0, STATUS))
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert conference.translations[0].status is TranslationStatus.CHECKED
    assert "1 checked" in dialog.counts.text()
    runner.undo_stack.undo()
    assert conference.translations[0].status is TranslationStatus.TRANSLATED


def test_checking_an_empty_row_is_refused(qtbot, conference, profile, mother):
    _runner, dialog = _workspace(qtbot, conference, profile, mother)
    dialog.table.setCurrentIndex(dialog.proxy.index(1, STATUS))
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert conference.translations == []
    assert "Type a translation" in dialog.message.text()


def test_export_and_import_through_the_dialog(qtbot, signed, profile, mother, polish_copy,
                                              tmp_path):
    saved: list = []
    runner, dialog = _workspace(qtbot, signed, profile, mother, saved)  # signed: translatable
    path = tmp_path / "copy-pl.po"
    dialog.export_to(path, "po")
    text = path.read_text(encoding="utf-8")
    first = work_items(signed, polish_copy)[0]
    filled = text.replace(f'msgctxt "{first.unit.id}"\nmsgid "{first.piece.text}"\nmsgstr ""',
                          f'msgctxt "{first.unit.id}"\nmsgid "{first.piece.text}"\nmsgstr "Matka"')
    assert filled != text
    path.write_text(filled, encoding="utf-8")
    assert dialog.import_from(path)
    assert [u.text for u in signed.translations] == ["Matka"]
    assert dialog.proxy.index(0, TRANSLATION).data() == "Matka"
    runner.flush()
    steps, saves = runner.undo_stack.count(), len(saved)
    assert dialog.import_from(path)  # the same file again
    assert dialog.message.text() == ("Nothing changed: every translation in the file is "
                                     "already in the record.")
    assert (runner.undo_stack.count(), len(saved)) == (steps, saves)
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(b"<xliff")
    assert not dialog.import_from(bad)
    assert "Nothing imported" in dialog.message.text()
    assert [u.text for u in signed.translations] == ["Matka"]


def test_the_menu_entry_opens_it(qtbot, conference, profile, mother):
    runner = OperationRunner(conference, profile, save=lambda c, _changes: None)
    dialog = open_translation_workspace(runner)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.person.currentData() == mother.id
    assert dialog.language.text() == "pl"


def test_the_workspace_says_who_made_the_fixed_text_catalog_and_that_it_is_unchecked(
        qtbot, conference, profile, mother):
    _runner, dialog = _workspace(qtbot, conference, profile, mother)
    text = dialog.catalog.text()
    assert "produced by" in text and "Not yet checked by a qualified translator" in text
    dialog.language.setText("xh")  # no catalog for isiXhosa
    dialog.refresh()
    assert "no translation into this language" in dialog.catalog.text()


def test_the_columns_are_named_and_only_the_translation_is_edited(qtbot, conference, profile,
                                                                   mother, polish_copy):
    translate_all(conference, polish_copy, skip=1)
    _runner, dialog = _workspace(qtbot, conference, profile, mother)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Where", "English", "Translation", "Status"]
    for column in range(model.columnCount()):
        cell = model.index(1, column)
        assert cell.data() == cell.data(Qt.ItemDataRole.EditRole) \
            == cell.data(Qt.ItemDataRole.ToolTipRole)
        editable = bool(cell.flags() & Qt.ItemFlag.ItemIsEditable)
        assert editable == (column == TRANSLATION)
    assert model.index(1, TRANSLATION).data() == polish(1)
    assert model.index(1, STATUS).data() == "Translated"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.UserRole) == "to_do"
    assert model.index(0, ENGLISH).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, ENGLISH).data(Qt.ItemDataRole.BackgroundRole) is None


def test_an_import_a_read_only_window_refuses_is_not_reported_as_made(
        qtbot, conference, profile, mother, tmp_path):
    runner, dialog = _workspace(qtbot, conference, profile, mother)
    path = tmp_path / "copy-pl.xlf"
    dialog.export_to(path, "xliff")
    first = dialog.model.items[0]
    path.write_text(path.read_text(encoding="utf-8").replace(
        "<target xml:space=\"preserve\" />", "<target xml:space=\"preserve\">Matka</target>", 1),
        encoding="utf-8")
    runner.read_only_reason = "The archive is open in another window."
    with qtbot.waitSignal(runner.readOnlyRefused):
        assert not dialog.import_from(path)
    assert "changed" not in dialog.message.text()
    assert conference.translations == [] and first.unit.text == ""


def test_a_file_written_to_a_full_disk_is_said_and_written_once_freed(
        qtbot, conference, profile, mother, polish_copy, tmp_path):
    import os

    from mounts import fill, mount_tmpfs, unmount

    _runner, dialog = _workspace(qtbot, conference, profile, mother)
    stick = tmp_path / "stick"
    mount_tmpfs(stick, "1m")
    try:
        filler = fill(stick)
        path = stick / "copy-pl.xlf"
        dialog.export_to(path, "xliff")
        assert dialog.message.text().startswith("Could not write copy-pl.xlf: No space left")
        assert list(stick.iterdir()) == [filler]  # nothing half-written
        os.remove(filler)
        dialog.export_to(path, "xliff")
        assert "Wrote" in dialog.message.text() and b"<xliff" in path.read_bytes()
    finally:
        unmount(stick)
