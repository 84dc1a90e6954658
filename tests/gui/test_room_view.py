"""The room view: what the family sees on the wall at each stage, blanking, following the chair."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from gui_sample import person_id
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from cpmeeting.domain.decision import Decision, Outcome
from cpmeeting.domain.exclusion import Exclusion, ExclusionScope
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord
from cpmeeting.domain.plan import PlanAction
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.room import PLAIN_STAGE_WORDS
from cpmeeting.domain.stages import STAGE_ORDER, Stage
from cpmeeting.gui.room_view import RoomView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "domain"))
from room_records import conferences, forbidden  # noqa: E402


def widget_texts(view: RoomView) -> str:
    """Every text any widget of the room view holds, shown or not."""
    texts = [view.windowTitle()]
    texts += [label.text() for label in view.findChildren(QLabel)]
    texts += [button.text() for button in view.findChildren(QAbstractButton)]
    for combo in view.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    texts += [w.toolTip() for w in view.findChildren(QLabel)]
    return "\n".join(texts)


def settled(qtbot, room: RoomView) -> None:
    """The room refreshes on the turn after a change (the chair's window paints first)."""
    qtbot.waitUntil(lambda: not room._refresh_soon.isActive())


@pytest.fixture
def room(window, qtbot):
    view = window.show_room_view()
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    return view


def test_view_room_view_opens_a_second_window_that_follows_the_chair(window, room, qtbot, clock):
    assert room.isWindow() and room is not window
    assert PLAIN_STAGE_WORDS[Stage.INTRODUCTION] in room.stage_label.text()
    clock.advance(12)
    window.go_to_stage(Stage.ANALYSIS)
    settled(qtbot, room)
    assert PLAIN_STAGE_WORDS[Stage.ANALYSIS] in room.stage_label.text()
    assert "▶ 6." in room.agenda_label.text()
    assert "1. Welcome, and why we are here: 12 min" in room.agenda_label.text()
    window.set_stage_budget(Stage.ANALYSIS, 10)
    settled(qtbot, room)
    clock.advance(11)
    room._tick.timeout.emit()
    assert "11 of 10 min: over time" in room.agenda_label.text()


@pytest.mark.parametrize("stage", STAGE_ORDER)
def test_what_the_room_sees_at_each_stage(window, room, qtbot, stage):
    window.go_to_stage(stage)
    settled(qtbot, room)
    assert room.stage_label.text() == f"Now: {PLAIN_STAGE_WORDS[stage]}"
    people = room.people_label.text()
    assert "Dana Testwood: Mother" in people and "Clare Chairwell: Chair" in people
    assert "Gil Surgery" not in widget_texts(room)  # sent apologies: not in the room
    assert room.agreed_label.text() == "Nothing has been agreed yet."


def test_a_decision_reaches_the_room_once_announced_and_actions_as_agreed(window, room, qtbot, clock):
    runner = window.runner
    child = runner.conference.children[0]
    runner.apply(AddRecord("Decide", "decisions", Decision(
        child.id, outcome=Outcome.CHILD_PROTECTION_PLAN, reasons="Private reasons")))
    window.go_to_stage(Stage.DECISION)
    settled(qtbot, room)
    assert "Child protection plan" not in room.agreed_label.text()
    page = window.live.pages.currentWidget()
    page.announce.click()
    settled(qtbot, room)
    assert "• Amira: Child protection plan" in room.agreed_label.text()
    runner.apply(AddRecord("Act", "plan.actions", PlanAction(
        "Attend the parenting course", owner_id=person_id(window, "Dana Testwood"),
        due=clock.current.date() + timedelta(days=30))))
    runner.apply(AddRecord("Act", "plan.actions", PlanAction(
        "Secret safety plan", owner_id=person_id(window, "Dana Testwood"),
        not_for={person_id(window, "Owen Testwood")})))
    settled(qtbot, room)
    text = room.agreed_label.text()
    assert "• Dana Testwood: Attend the parenting course (by 23 December 2026)" in text
    assert "Secret" not in widget_texts(room) and "Private" not in widget_texts(room)
    page.announce.click()  # taken back off the screen
    settled(qtbot, room)
    assert "Amira" not in room.agreed_label.text()


def test_while_a_parent_is_excluded_only_the_stage_is_shown(window, room, qtbot, clock):
    runner = window.runner
    runner.apply(AddRecord("Exclude", "exclusions", Exclusion(
        person_id(window, "Owen Testwood"), scope=ExclusionScope.PART, start=clock.current,
        end=clock.current + timedelta(minutes=20), evidence="Threats to a teacher")))
    runner.apply(AddRecord("Minute", "minutes", MinuteEntry(
        "Police shared the charge", Stage.CONTRIBUTIONS, clock.current)))
    window.go_to_stage(Stage.CONTRIBUTIONS)
    settled(qtbot, room)
    assert room.stage_label.text() == f"Now: {PLAIN_STAGE_WORDS[Stage.CONTRIBUTIONS]}"
    assert room.people_label.isHidden() and room.agenda_label.isHidden()
    texts = widget_texts(room)
    assert "Dana Testwood" not in texts and "Threats" not in texts and "Police shared" not in texts
    clock.advance(21)
    room._tick.timeout.emit()
    assert "Dana Testwood" in room.people_label.text() and "Owen Testwood" in room.people_label.text()


def test_ctrl_shift_b_blanks_the_room_at_once_from_either_window(window, room, qtbot):
    qtbot.keyClick(room, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert room.blanked and room.pages.currentWidget() is room.blank
    assert window.actions["room_blank"].isChecked()
    window.actions["room_blank"].trigger()  # the chair's window: Ctrl+Shift+B there
    assert not room.blanked and room.pages.currentWidget() is room.content
    room.set_blanked(True)  # what the lock screen calls
    window.go_to_stage(Stage.DECISION)
    settled(qtbot, room)
    assert room.blanked and PLAIN_STAGE_WORDS[Stage.DECISION] not in room.stage_label.text()
    room.set_blanked(False)
    assert PLAIN_STAGE_WORDS[Stage.DECISION] in room.stage_label.text()


def test_f11_goes_full_screen_on_the_chosen_screen_and_remembers_it(window, room, qtbot):
    from cpmeeting.gui.appearance import settings as stored

    qtbot.keyClick(room, Qt.Key.Key_F11)
    qtbot.waitUntil(room.isFullScreen)
    assert room.controls.isHidden()
    assert stored().value("room_view/screen") == room.chosen_screen().name()
    qtbot.keyClick(room, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not room.isFullScreen())
    assert not room.controls.isHidden()


def test_the_room_speaks_the_familys_language_or_english_then_it(window, room):
    room.set_language("pl")
    people = room.people_label.text()
    assert "Clare Chairwell: Przewodnicząc" in people  # the role from the Polish catalog
    room.set_language("pl", bilingual=True)
    assert "Clare Chairwell: Chair\nPrzewodniczący\nMina Notesby" in room.people_label.text()
    room.set_language("ur")
    assert room.content.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_closing_the_conference_closes_its_room_view(window, room):
    window.close_conference()
    assert window.room is None


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawn=conferences())
def test_no_widget_of_the_room_view_ever_holds_forbidden_text(qtbot, drawn):
    from cpmeeting.gui.runner import OperationRunner

    conference, moment = drawn
    runner = OperationRunner(conference, AuthorityProfile(), lambda _c: None, clock=lambda: moment)
    view = RoomView(runner, lambda: {"introduction": 120})
    qtbot.addWidget(view)
    for language, bilingual in (("en", False), ("pl", True)):
        view.set_language(language, bilingual)
        assert forbidden(conference, moment, widget_texts(view)) == []
        if conference.excluded_at(moment):
            assert view.people_label.text() == view.agreed_label.text() == ""
    view.close()


def test_locking_the_window_blanks_the_room_and_unlocking_puts_it_back(window, room, qtbot):
    settled(qtbot, room)
    assert not room.blanked
    window.screen_lock.lock()
    assert room.blanked and room.pages.currentWidget() is room.blank
    window.screen_lock._unlock()  # what a right passphrase or PIN ends in
    assert not room.blanked
    room.set_blanked(True)  # blanked by the chair before locking: stays blank after
    window.screen_lock.lock()
    window.screen_lock._unlock()
    assert room.blanked
