"""View > Language switches the window at once, back at the same conference, stage and draft."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from cpmeeting.domain.stages import Stage
from cpmeeting.gui import window_reload
from cpmeeting.gui.actions import ActionId
from cpmeeting.gui.appearance import Theme, apply_appearance, saved_language
from cpmeeting.gui.language import current_language, set_language
from cpmeeting.i18n import _


@pytest.fixture
def old_window(qtbot, archive, conference, clock):
    """The sample conference open; not given to qtbot, since the switch deletes it."""
    from cpmeeting.gui.main_window import MainWindow

    main = MainWindow(archive, clock=clock)
    main.show()
    qtbot.waitExposed(main)
    main.open_conference(conference.id)
    yield main
    rebuilt = window_reload.current_window()
    window_reload.forget_window()
    for shown in (main, rebuilt):
        if shown is not None and shiboken6.isValid(shown):
            shown.close()
            shown.deleteLater()
    set_language("en", QApplication.instance())
    apply_appearance(QApplication.instance(), Theme.LIGHT, 100)


@pytest.fixture
def asked(monkeypatch):
    """Records each question; answers with the button whose text holds `answer[0]`."""
    questions: list[str] = []
    answer = ["Cancel"]

    def exec_(box: QMessageBox) -> int:
        questions.append(box.text())
        next(b for b in box.buttons() if answer[0] in b.text().replace("&", "")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return questions, answer


def choose(window, code: str):
    """Pick a language from the window's own View > Language menu; the window now showing."""
    language = next(m for m in window.findChildren(QMenu) if m.title() == _("&Language"))
    language.aboutToShow.emit()  # fills it, as opening it does
    next(a for a in language.actions() if a.objectName() == f"language_{code}").trigger()
    return window_reload.current_window() or window


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_welsh_applies_at_once_at_the_same_stage_with_the_draft_kept(qtbot, old_window, asked):
    questions = asked[0]
    old_window.resize(1000, 700)
    old_window.actions[ActionId.TEXT_150].trigger()
    old_window.go_to_stage(Stage.ANALYSIS)
    qtbot.keyClicks(old_window.pane.entry_box, "Half-typed by the chair")
    conference_id = old_window.runner.conference.id

    welsh = choose(old_window, "cy")

    assert welsh is not old_window and welsh.isVisible() and not old_window.isVisible()
    assert questions == []  # nothing would be lost, so nothing is asked
    assert "&Ffeil" in menu_titles(welsh) and "G&weld" in menu_titles(welsh)
    assert welsh.runner.conference.id == conference_id and welsh.live.stage is Stage.ANALYSIS
    assert welsh.pane.entry_box.toPlainText() == "Half-typed by the chair"
    assert welsh.size().toTuple() == (1000, 700)
    assert welsh.actions[ActionId.TEXT_150].isChecked()
    assert saved_language() == "cy" and current_language() == "cy"
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_window))  # one window, not two

    english = choose(welsh, "en")
    assert "&File" in menu_titles(english) and "&View" in menu_titles(english)
    assert english.live.stage is Stage.ANALYSIS
    assert english.pane.entry_box.toPlainText() == "Half-typed by the chair"
    assert saved_language() == "en"


def test_the_start_screen_comes_back_with_its_search(qtbot, old_window, asked, archive):
    old_window.close_conference()
    qtbot.keyClicks(old_window.start_screen.search, "Zz")

    welsh = choose(old_window, "cy")

    assert welsh.runner is None and welsh.central.currentWidget() is welsh.start_screen
    assert welsh.start_screen.search.text() == "Zz"
    assert archive.last_opened() == (None, None)


def test_with_undo_steps_the_user_is_asked_and_may_put_it_off(qtbot, old_window, asked):
    questions, answer = asked
    old_window.set_stage_budget(Stage.ANALYSIS, 10)  # one undo step

    assert choose(old_window, "cy") is old_window  # cancelled: nothing changes
    assert "Undo" in questions[0]
    assert saved_language() == "en" and "&File" in menu_titles(old_window)

    answer[0] = "From the next start"
    assert choose(old_window, "cy") is old_window
    assert saved_language() == "cy" and "&File" in menu_titles(old_window)

    answer[0] = "Change now"
    welsh = choose(old_window, "cy")
    assert welsh is not old_window and "&Ffeil" in menu_titles(welsh)
    assert welsh.runner.conference.stage_budgets_minutes == {Stage.ANALYSIS: 10}  # saved
    assert not welsh.actions[ActionId.UNDO].isEnabled()  # the history went with the old window


def test_an_open_translation_workspace_opens_again_in_the_new_window(qtbot, old_window, asked):
    old_window.actions[ActionId.TRANSLATE_COPY].trigger()

    welsh = choose(old_window, "cy")

    shown = [w for w in QApplication.topLevelWidgets()
             if type(w).__name__ == "TranslationWorkspace" and w.isVisible()]
    assert [w.runner for w in shown] == [welsh.runner]
