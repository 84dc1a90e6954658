"""The record-wide menu actions: the authority profile, and amending a signed record."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.profile import Nation
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.actions import ActionId


def test_an_edit_to_a_signed_record_offers_an_amendment_and_then_goes_through(
        qtbot, window, archive, monkeypatch):
    runner = window.runner
    sign(runner.conference, runner.profile, "Chair", "Chair", runner.now(), waiver_reason="Test")
    archive.save(runner.conference)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Clare Chairwell", True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("A wrong date", True))
    seen = []

    def choose_amend() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        amend = next(b for b in box.buttons() if "Amend" in b.text())
        amend.click()

    entry = MinuteEntry("After signing", Stage.CLOSE, runner.now())
    QTimer.singleShot(0, choose_amend)
    runner.apply(AddRecord("Add", "minutes", entry))
    assert "signed" in seen[0]
    assert entry.id not in {e.id for e in runner.conference.minutes}  # refused the first time

    stored = archive.load(runner.conference.id)
    assert [a.reason for a in stored.amendments] == ["A wrong date"]
    assert stored.amendments[0].made_by == "Clare Chairwell"
    runner.apply(AddRecord("Add", "minutes", entry))
    qtbot.waitUntil(lambda: entry.id in {e.id for e in archive.load(runner.conference.id).minutes})


def test_the_authority_profile_from_the_menu_reaches_the_open_conference(
        window, archive, monkeypatch):
    def saved_scotland(archive_, parent) -> bool:
        profile = archive_.load_profile()
        profile.nation = Nation.SCOTLAND
        archive_.save_profile(profile)
        return True

    monkeypatch.setattr("cpmeeting.gui.profile_dialog.open_profile_dialog", saved_scotland)
    window.actions[ActionId.AUTHORITY_PROFILE].trigger()
    assert window.profile.nation is Nation.SCOTLAND
    assert window.runner.profile.nation is Nation.SCOTLAND


def test_the_translation_workspace_opens_for_the_open_conference(qtbot, window):
    window.actions[ActionId.TRANSLATE_COPY].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if type(w).__name__ == "TranslationWorkspace" and w.isVisible()]
    assert dialogs and dialogs[0].runner is window.runner
    dialogs[0].close()


def test_the_language_menu_names_each_language_and_the_next_start_uses_the_saved_one(
        qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from cpmeeting.gui.app import start_in_chosen_language
    from cpmeeting.gui.appearance import save_language
    from cpmeeting.gui.language import set_language
    from cpmeeting.gui.record_actions import fill_language_menu
    from cpmeeting.i18n import _

    menu = QMenu(window)
    fill_language_menu(window, menu)
    welsh = next(a for a in menu.actions() if a.objectName() == "language_cy")
    assert "Cymraeg" in welsh.text() and "Welsh" in welsh.text()
    assert next(a for a in menu.actions() if a.isChecked()).objectName() == "language_en"
    # Choosing from the menu switches at once (test_language_switch.py); the choice is also
    # saved, so the next start is in it.
    save_language("cy")

    monkeypatch.delenv("CPMEETING_LANGUAGE", raising=False)
    try:
        start_in_chosen_language(QApplication.instance())
        assert _("&File") != "&File"  # the interface catalog is Welsh now
    finally:
        set_language("en", QApplication.instance())


def test_a_conference_whose_history_was_altered_warns_when_it_opens(qtbot, archive, conference,
                                                                     clock):
    from sqlalchemy import update

    from cpmeeting.gui.main_window import MainWindow
    from cpmeeting.store import schema

    with archive.engine.begin() as connection:
        connection.execute(update(schema.journal).where(
            schema.journal.c.conference_id == conference.id).values(author="Someone else"))
    main = MainWindow(archive, clock=clock)
    qtbot.addWidget(main)
    main.open_conference(conference.id)
    qtbot.waitUntil(lambda: main.findChild(QMessageBox, "broken_history") is not None)
    box = main.findChild(QMessageBox, "broken_history")
    assert "entry 1 was altered after it was written" in box.text()


def test_an_intact_history_opens_without_a_word(qtbot, window):
    QApplication.processEvents()
    assert window.findChild(QMessageBox, "broken_history") is None
