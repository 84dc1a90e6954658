"""The export dialog refuses an unready unsigned record until a waiver, then signs and writes."""

from __future__ import annotations

import re
from datetime import datetime

from pdf_text import all_text

from cpmeeting.documents.signing import Verdict, verify_pdf
from cpmeeting.gui.export_dialog import ExportDialog
from cpmeeting.gui.runner import OperationRunner


def _runner(conference, profile, saved):
    return OperationRunner(conference, profile, lambda c, _changes: saved.append(c),
                           clock=lambda: datetime(2026, 11, 20, 12, 30))


def test_unready_record_is_refused_until_a_waiver_reason(qtbot, conference, profile, tmp_path):
    conference.decisions.clear()
    saved = []
    dialog = ExportDialog(_runner(conference, profile, saved), None)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    assert "not ready for sign-off" in dialog.readiness.text()
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.waiver, "Decisions recorded at the reconvened meeting.")
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    assert conference.is_signed and saved
    assert conference.sign_offs[-1].readiness_waiver.startswith("Decisions recorded")
    assert "signed files" in dialog.message.text()
    assert all(verify_pdf(p.read_bytes()).verdict is Verdict.VALID for p in dialog.result.files)


def test_ready_record_signs_as_the_chair_and_writes_chosen_copies(qtbot, conference, profile,
                                                                  tmp_path):
    saved = []
    dialog = ExportDialog(_runner(conference, profile, saved), None)
    qtbot.addWidget(dialog)
    assert "ready" in dialog.readiness.text() and not dialog.waiver.isEnabled()
    assert dialog.signer.text() == "Imogen Castellane"
    boxes = {o.box.text(): o.box for o in dialog.family_copies}
    assert "Plan only for Caspar Thornbury" in boxes  # excluded, no minutes by chair's decision
    boxes["Family copy for Delphine Thornbury"].setChecked(True)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export_button.click()
    names = sorted(p.name for p in dialog.result.files)
    assert len(names) == 4 and any("delphine" in n for n in names)
    assert conference.sign_offs[-1].signed_at == datetime(2026, 11, 20, 12, 30)
    assert not dialog.sign_group.isVisibleTo(dialog)
    assert "Version 1 signed by Imogen Castellane" in dialog.status.text()


def _options(dialog, name):
    return next(o for o in dialog.family_copies if o.person.name == name)


def _polish_reader(conference):
    delphine = next(p for p in conference.family if p.name == "Delphine Thornbury")
    delphine.language = "pl"
    return delphine


def test_a_family_copy_defaults_to_their_language_and_refuses_untranslated_text(
        qtbot, conference, profile, tmp_path):
    from cpmeeting.domain.copies import Untranslated

    _polish_reader(conference)
    saved = []
    dialog = ExportDialog(_runner(conference, profile, saved), None)
    qtbot.addWidget(dialog)
    options = _options(dialog, "Delphine Thornbury")
    assert options.language.currentData() == "pl"
    assert not options.form.isEnabled()  # nothing to choose until the copy is ticked
    options.box.setChecked(True)
    audience = options.audience()
    assert (audience.language, audience.bilingual) == ("pl", False)
    assert audience.untranslated is Untranslated.REFUSE
    folder = tmp_path / "pack"
    dialog.folder.setText(str(folder))
    dialog.export_button.click()
    message = dialog.message.text()
    assert "Delphine Thornbury" in message and "File > Translate a family copy" in message
    assert re.search(r"\b\d+ pieces of free text", message)
    assert not conference.is_signed and not saved  # refused before signing anything
    assert not folder.exists()


def test_mark_writes_the_copy_with_untranslated_text_marked(qtbot, conference, profile,
                                                            tmp_path):
    _polish_reader(conference)
    dialog = ExportDialog(_runner(conference, profile, []), None)
    qtbot.addWidget(dialog)
    options = _options(dialog, "Delphine Thornbury")
    options.box.setChecked(True)
    options.untranslated.setCurrentIndex(options.untranslated.findText("Mark untranslated text"))
    dialog.professionals.setChecked(False)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export_button.click()
    minutes = next(p for p in dialog.result.files if p.name.startswith("minutes-"))
    assert "-pl-" in minutes.name
    from cpmeeting.i18n import document_translations

    mark = document_translations("pl").gettext("Not yet translated")
    assert f"[{mark}]" in " ".join(all_text(minutes.read_bytes()).split())
    assert conference.is_signed


def test_bilingual_copy_in_another_language_and_english_copy(qtbot, conference, profile,
                                                             tmp_path):
    _polish_reader(conference)
    dialog = ExportDialog(_runner(conference, profile, []), None)
    qtbot.addWidget(dialog)
    options = _options(dialog, "Delphine Thornbury")
    options.box.setChecked(True)
    options.form.setCurrentIndex(1)
    assert not options.untranslated.isEnabled()  # bilingual prints the English anyway
    assert options.audience().bilingual
    options.language.setCurrentIndex(options.language.findData("en"))
    assert not options.form.isEnabled()
    assert options.audience().language == "en" and not options.audience().bilingual
    options.language.setCurrentIndex(options.language.findData("pl"))
    dialog.professionals.setChecked(False)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export_button.click()
    assert any(p.name.startswith("plan-") and "-pl-bilingual-" in p.name
               for p in dialog.result.files)


def test_without_a_key_the_record_is_not_signed(qtbot, conference, profile, tmp_path, no_keyring):
    saved = []
    dialog = ExportDialog(_runner(conference, profile, saved), None)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export_button.click()
    # No keyring and no signing passphrase yet: the dialog asks for one, and nothing is signed.
    assert dialog.key_passphrase.isVisibleTo(dialog)
    assert not conference.is_signed and not saved
    qtbot.keyClicks(dialog.key_passphrase, "a signing passphrase")
    dialog.export_button.click()
    assert conference.is_signed and "signed files" in dialog.message.text()


def test_who_was_sent_the_copies_can_be_recorded_from_the_export_dialog(qtbot, conference,
                                                                        profile, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cpmeeting.gui.circulation_dialog import CirculationDialog

    saved = []
    dialog = ExportDialog(_runner(conference, profile, saved), None)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export_button.click()
    assert conference.is_signed
    seen = []

    def record_one() -> None:
        circulation = QApplication.activeModalWidget()
        assert isinstance(circulation, CirculationDialog)
        circulation.recipient.setEditText("Delphine Thornbury")
        circulation.address.setText("d.thornbury@example.org")
        seen.append(circulation.record())
        circulation.reject()

    QTimer.singleShot(0, record_one)
    dialog.circulation_button.click()
    assert seen == [True]
    (sent,) = conference.circulations
    assert sent.recipient == "Delphine Thornbury" and sent.invitee_id is not None


def test_the_easy_read_plan_and_a_childs_letter_are_offered_and_written(qtbot, conference,
                                                                       profile, tmp_path):
    dialog = ExportDialog(_runner(conference, profile, []), None)
    qtbot.addWidget(dialog)
    easy = {tick.text(): tick for tick, _options in dialog.easy_read}
    letters = {child_id: tick for tick, child_id in dialog.letters}
    ava, leo = conference.children
    assert not any(tick.isChecked() for tick in [*easy.values(), *letters.values()])
    assert letters[ava.id].isEnabled()
    assert not letters[leo.id].isEnabled() and "is 5" in letters[leo.id].toolTip()
    easy["Easy-read plan for Delphine Thornbury, in the language of their copy"].setChecked(True)
    letters[ava.id].setChecked(True)
    dialog.professionals.setChecked(False)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export_button.click()
    names = sorted(p.name for p in dialog.result.files)
    assert [n.split("-2026")[0] for n in names] == ["easy-read-plan-for-delphine-thornbury",
                                                    "letter-for-ava"]
    texts = {p.name: all_text(p.read_bytes()) for p in dialog.result.files}
    assert any("Your plan: easy read" in t for t in texts.values())
    assert any("Dear Ava," in t for t in texts.values())
