"""End to end: the real window on an empty encrypted archive, the blank demo conference walked
through every stage with the keyboard until it is ready to sign, then read back from disk."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cpmeeting.demo import blank_demo_conference
from cpmeeting.domain.conference import IntroductionPoint
from cpmeeting.domain.decision import Category, Outcome
from cpmeeting.domain.exclusion import ExclusionGround, ViewsRepresentation
from cpmeeting.domain.people import AttendanceStatus
from cpmeeting.domain.rules import check_quoracy, check_readiness
from cpmeeting.domain.stages import Stage
from cpmeeting.domain.voice import ParticipationCode, ViewsRoute
from cpmeeting.gui.main_window import MainWindow
from cpmeeting.store.archive import Archive

TODAY = date(2026, 11, 23)
NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Clock:
    """The meeting's time; the walk moves it on instead of sleeping."""

    def __init__(self, day: date) -> None:
        self.day, self.current = day, datetime.combine(day, time(9, 55))

    def __call__(self) -> datetime:
        return self.current

    def at(self, hour: int, minute: int) -> None:
        self.current = datetime.combine(self.day, time(hour, minute))


class Keyboard:
    """What the chair's fingers do: keys to the focused widget, typing, shortcuts."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window

    def focused(self) -> QWidget:
        return QApplication.focusWidget() or self.window

    def key(self, key: Qt.Key, modifier=NO, widget: QWidget | None = None) -> None:
        QTest.keyClick(widget or self.focused(), key, modifier)

    def mnemonic(self, letter: str) -> QWidget:
        """Alt+letter, as a label's or button's underlined letter; returns the new focus."""
        QTest.keyClick(self.focused(), getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
        return self.focused()

    def focus(self, widget: QWidget) -> None:
        """Tab to a control that has no mnemonic of its own (a checkbox in a list, say)."""
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(widget.hasFocus)

    def type(self, text: str, widget: QWidget | None = None) -> None:
        target = widget or self.focused()
        for ch in text:  # non-ASCII one character at a time: keyClicks aborts on it
            if ch.isascii():
                QTest.keyClicks(target, ch)
            else:
                QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, NO)

    def down(self, times: int = 1) -> None:
        """Arrow down through a list or choice (typing a letter twice in quick succession
        would search for the two letters together)."""
        for _ in range(times):
            self.key(Qt.Key.Key_Down)

    def tick(self, box: QWidget) -> None:
        self.focus(box)
        self.key(Qt.Key.Key_Space)

    def press(self, button: QWidget) -> None:
        self.focus(button)
        self.key(Qt.Key.Key_Space)

    def stage(self, number: int) -> QWidget:
        """Ctrl+number jumps to a stage; returns its page."""
        QTest.keyClick(self.focused(), getattr(Qt.Key, f"Key_{number}"), CTRL)
        live = self.window.live
        self.qtbot.waitUntil(lambda: live.pages.currentIndex() == number - 1)
        return live.pages.currentWidget()


def write_contributions(keys: Keyboard, page: QWidget, words: str) -> None:
    """On the contributions page: a summary typed for each agency in its list, in turn."""
    keys.mnemonic("a")
    for row in range(page.agencies.count()):
        keys.key(Qt.Key.Key_Home if row == 0 else Qt.Key.Key_Down)
        keys.mnemonic("u")
        keys.type(f"Contribution {row + 1}: {words}")
        keys.key(Qt.Key.Key_Tab)
        keys.mnemonic("a")


def test_a_conference_walked_with_the_keyboard_is_ready_and_saved(qtbot):
    archive = Archive.open()
    assert archive.list_conferences() == []
    blank = blank_demo_conference(TODAY)
    archive.save(blank)
    clock = Clock(blank.date)
    window = MainWindow(archive, clock=clock)
    window.restore()  # as the app starts: nothing opened before, so the start screen
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    keys = Keyboard(qtbot, window)

    # Open it from the start screen: the list, Enter.
    keys.focus(window.start_screen.table)
    window.start_screen.table.selectRow(0)
    keys.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.live is not None)
    runner = window.runner
    conference = runner.conference
    person = {p.name: p for p in conference.invitees}
    father, police = person["Daniel Hartfield"], person["DC Nadia Frost"]

    # Attendance: arrivals in one keystroke each; the GP sent a written report instead.
    page = keys.stage(2)
    keys.focus(page.table)
    for row, invitee in enumerate(conference.invitees):
        page.table.setCurrentCell(row, 0)
        if invitee.name != "Dr Owen Castellan":
            keys.key(Qt.Key.Key_Space)
    page.table.setCurrentCell(page.table.rowCount() - 1, 0)
    page.select(person["Dr Owen Castellan"].id)
    keys.mnemonic("t")
    keys.type("W")  # "Written report only"
    assert person["Dr Owen Castellan"].attendance is AttendanceStatus.REPORT_ONLY
    assert all(p.attendance is not AttendanceStatus.NOT_RECORDED for p in conference.invitees)
    assert page.quoracy.explanation.text().startswith("Quorate")

    # Introduction: the chair reads the script and ticks each point as it is covered.
    clock.at(10, 0)
    page = keys.stage(1)
    assert "Helen Ashcombe" in page.script.toPlainText()
    for point in IntroductionPoint:
        keys.tick(page.point_boxes[point])
    assert conference.introduction_covered == set(IntroductionPoint)

    # The father's exclusion for part of the conference, recorded in full.
    page = keys.stage(3)
    keys.mnemonic("y")
    keys.type("D")  # Daniel Hartfield
    keys.press(page.add_button)
    for ground in (ExclusionGround.CONFIDENTIAL_INFORMATION, ExclusionGround.FAMILY_CONFLICT):
        keys.tick(page.grounds.boxes[ground])
    keys.mnemonic("q")
    keys.type("Example Police Public Protection Unit")
    keys.key(Qt.Key.Key_Tab)
    page.form.editors["requested_on"].set_value(date(2026, 11, 20))
    keys.mnemonic("d")
    keys.type("A police investigation that cannot be shared with him; Ms Kowalska fears "
              "to speak in front of him.")
    keys.key(Qt.Key.Key_Tab)
    keys.mnemonic("i")
    keys.type("Police information; Ms Kowalska's account")
    keys.key(Qt.Key.Key_Tab)
    keys.focus(page.form.editors["views_represented_by"])
    keys.type("A")  # "An advocate"
    keys.mnemonic("u")
    keys.type("A letter from the chair, and his advocate")
    keys.key(Qt.Key.Key_Tab)
    page.form.editors["told_in_writing_on"].set_value(date(2026, 11, 23))
    keys.tick(page.form.editors["complaints_procedure_given"])
    clock.at(10, 50)
    keys.press(page.out_button)
    assert page.findings.text() == "✓ Recorded in full."

    # The minute-taker records while he is out: the entry is kept from his copy.
    clock.at(10, 55)
    keys.key(Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.pane.entry_box.hasFocus())
    keys.type("Ms Kowalska described the incidents in October.")
    keys.key(Qt.Key.Key_Return)
    entry = conference.minutes[-1]
    assert entry.text == "Ms Kowalska described the incidents in October."
    assert entry.not_for == {father.id}

    # The police officer leaves after giving information.
    clock.at(11, 5)
    page = keys.stage(2)
    page.select(police.id)
    keys.focus(page.table)
    keys.key(Qt.Key.Key_L)
    assert police.presence[-1].left == clock()

    clock.at(11, 20)
    page = keys.stage(3)
    keys.press(page.back_button)
    assert conference.exclusions[0].end == clock()

    # The children's views.
    page = keys.stage(4)
    keys.mnemonic("p")
    keys.down(7)  # PN6: conveys views by a facilitative medium
    for route in (ViewsRoute.DRAWING, ViewsRoute.SOCIAL_WORKER):
        keys.tick(page.routes.boxes[route])
    keys.mnemonic("o")
    keys.type("Chcę, żeby w domu było cicho. I want it to be quiet at home.")
    keys.key(Qt.Key.Key_Tab)
    keys.mnemonic("c")
    keys.key(Qt.Key.Key_Down)  # Leo
    keys.mnemonic("p")
    keys.down()  # PN0: under 4
    keys.tick(page.routes.boxes[ViewsRoute.OTHER_PRACTITIONER])
    keys.mnemonic("l")
    keys.type("Leo is quiet at nursery after weekends at home.")
    keys.key(Qt.Key.Key_Tab)

    # Agency contributions: one for each agency present or reporting.
    write_contributions(keys, keys.stage(5), "what this agency knows of the children.")

    # Analysis: points under the framework's first headings, and a score.
    page = keys.stage(6)
    for box, text in zip(page.boxes.values(), (
            "Ms Kowalska has been hurt at home; the children heard it.",
            "Zofia is at school every day.",
            "A safety plan the whole family knows."), strict=False):
        keys.focus(box.new_point)
        keys.type(text)
        keys.key(Qt.Key.Key_Return)
    zofia, leo = conference.children
    score = page.scaling.scores[(person["Amara Okonjo"].id, zofia.id)]
    keys.focus(score)
    score.selectAll()
    keys.type("3")
    keys.key(Qt.Key.Key_Return)

    # Decision: every participant's view in a keystroke or two, then the chair decides.
    page = keys.stage(7)
    for child in (zofia, leo):
        keys.mnemonic("p")
        keys.key(Qt.Key.Key_Home)
        for _row in range(page.views.rowCount()):
            family = page.views.selected_id() in {p.id for p in conference.family}
            keys.key(Qt.Key.Key_N if family else Qt.Key.Key_P)
            if not family:
                keys.key(Qt.Key.Key_1)
            keys.key(Qt.Key.Key_Down)
        keys.mnemonic("o")
        keys.down()  # from "Not chosen" to "Child protection plan"
        keys.tick(page.form.editors["categories"].boxes[Category.NEGLECT])
        keys.mnemonic("r")
        keys.type(f"{child.given_name} is likely to suffer significant harm through neglect.")
        keys.key(Qt.Key.Key_Tab)
        clock.at(12, 10)
        keys.mnemonic("d")  # a button's mnemonic clicks it after a short animation
        decision = conference.decision_for(child.id)
        qtbot.waitUntil(lambda d=decision: d.decided_at is not None)
        assert decision.outcome is Outcome.CHILD_PROTECTION_PLAN
        assert decision.quorate_when_decided is True and decision.decided_at == clock()
        keys.mnemonic("c")
        keys.key(Qt.Key.Key_Down)
    assert check_quoracy(conference, runner.profile, clock()).quorate

    # The plan: an outcome, actions with owners and dates, leads, core group.
    page = keys.stage(8)
    keys.mnemonic("u")
    keys.type("The children live free from domestic abuse at home.")
    keys.key(Qt.Key.Key_Return)
    for child in (zofia, leo):
        keys.tick(page.outcomes.children.boxes[child.id])
    for text, due in (("Written safety plan with Ms Kowalska.", date(2026, 12, 3)),
                      ("Refer Ms Kowalska to the women's aid outreach service.",
                       date(2026, 12, 4))):
        keys.mnemonic("t")
        keys.type(text)
        keys.key(Qt.Key.Key_Return)
        keys.mnemonic("w")
        keys.down()  # the first who may own an action: Amara Okonjo
        page.actions.due.set_value(due)
    keys.mnemonic("l")  # the "Leads and core group" tab
    keys.focus(page.lead_worker)
    keys.type("A")
    keys.mnemonic("g")
    keys.type("An application to court will be considered if the safety plan breaks down.")
    keys.key(Qt.Key.Key_Tab)
    for name in ("Amara Okonjo", "Marta Kowalska", "Laura Fenwick", "Joanne Mbatha"):
        keys.tick(page.members.boxes[person[name].id])

    # Close: nothing is missing.
    page = keys.stage(9)
    readiness = check_readiness(conference, runner.profile)
    assert readiness.missing == [], [f.render() for f in readiness.missing]
    assert page.verdict.text().startswith("✓ Ready for sign-off")
    assert window.live.stage is Stage.CLOSE

    # Reopen the archive from disk: everything was saved as it was typed.
    conference_id = conference.id
    window.close()
    archive.close()
    reopened = Archive.open()
    stored = reopened.load(conference_id)
    try:
        assert check_readiness(stored, reopened.load_profile()).ready
        assert stored.exclusions[0].grounds == {ExclusionGround.CONFIDENTIAL_INFORMATION,
                                                ExclusionGround.FAMILY_CONFLICT}
        assert stored.exclusions[0].views_represented_by is ViewsRepresentation.ADVOCATE
        assert stored.childs_view_for(zofia.id).participation is ParticipationCode.PN6
        assert "cicho" in stored.childs_view_for(zofia.id).own_words
        assert stored.invitee(police.id).presence[-1].left == datetime.combine(
            blank.date, time(11, 5))
        assert [e.not_for for e in stored.minutes if e.at.time() == time(10, 55)] == [
            {father.id}]
        assert stored.decision_for(leo.id).categories == {Category.NEGLECT}
    finally:
        reopened.close()
