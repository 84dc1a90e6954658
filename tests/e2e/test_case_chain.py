"""End to end: a case of three conferences, from the command line and the window to signed
PDFs read back. The initial conference; a review started from it and held in the window; a
second review that ends the plan for one child and continues it for the other. Each review
goes through every stage's page until it is ready, so the chair signs without a waiver.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from test_walkthrough import CTRL, Clock, Keyboard, write_contributions

from cpmeeting.cli import main
from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.documents.signing import Verdict, verify_pdf
from cpmeeting.domain.conference import ConferenceKind, IntroductionPoint
from cpmeeting.domain.decision import DiscontinueReason, Outcome, ReviewAction
from cpmeeting.domain.people import AttendanceStatus
from cpmeeting.domain.progress import ActionStatus, OutcomeStatus
from cpmeeting.domain.rules import check_readiness
from cpmeeting.domain.rules.calendar import add_months
from cpmeeting.domain.stages import Stage, stage_number
from cpmeeting.domain.voice import ParticipationCode, ViewsRoute
from cpmeeting.gui.main_window import MainWindow
from cpmeeting.store.archive import Archive

HELD = date(2026, 11, 23)
CHAIR = "Helen Ashcombe"
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _ids(capsys) -> list[str]:
    return capsys.readouterr().out.split()


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _export(conference_id: str, out: Path, capsys) -> dict[str, str]:
    """Sign and write the pack from the command line, with no readiness waiver: the record
    must be complete. Every file verifies; name -> text."""
    code = main(["export", conference_id, "--out", str(out), "--sign-as", CHAIR])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    texts = {}
    for path in sorted(out.glob("*.pdf")):
        assert verify_pdf(path.read_bytes()).verdict is Verdict.VALID, path.name
        texts[path.name] = _pdf_text(path)
    assert any("minutes" in name for name in texts) and any("plan" in name for name in texts)
    return texts


def _minutes(texts: dict[str, str]) -> str:
    return next(text for name, text in texts.items() if "minutes" in name)


def _plan(texts: dict[str, str]) -> str:
    return next(text for name, text in texts.items() if "plan" in name)


def _choose(choice, value) -> None:
    """Pick a value in a choice box, as a person does (the box commits on activation)."""
    choice.setCurrentIndex(choice.index_of(value))
    choice.activated.emit(choice.currentIndex())


def _write(keys: Keyboard, box, text: str) -> None:
    """Type into a field and leave it (Tab): the field commits when it loses focus."""
    keys.focus(box)
    box.selectAll()
    keys.type(text)
    keys.key(Qt.Key.Key_Tab)


def _go(qtbot, keys: Keyboard, window: MainWindow, stage: Stage):
    """The stage's shortcut (Ctrl+number; Ctrl+Shift+P for 5a); returns its page."""
    number = stage_number(stage)
    if number == "5a":
        keys.key(Qt.Key.Key_P, CTRL | SHIFT)
    else:
        keys.key(getattr(Qt.Key, f"Key_{number}"), CTRL)
    qtbot.waitUntil(lambda: window.live.stage is stage)
    return window.live.pages.currentWidget()


def _hold_the_review(qtbot, archive: Archive, review_id: str, scores: int, decide,
                     core_group: date | None = None) -> None:
    """The review held in the window, stage by stage through the pages' own controls, until
    the close stage finds nothing missing. `decide(child)` gives (outcome, review action,
    reason to discontinue or None)."""
    conference = archive.load(review_id)
    clock = Clock(conference.date)
    window = MainWindow(archive, clock=clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.open_conference(review_id)
    qtbot.waitUntil(window.isActiveWindow)
    keys = Keyboard(qtbot, window)
    runner = window.runner
    conference = runner.conference

    # The review opens with the case so far and what is due next.
    page = _go(qtbot, keys, window, Stage.INTRODUCTION)
    timeline = page.timeline.events
    assert page.timeline.isVisible()
    assert "This conference" in timeline.currentItem().text()
    assert "Initial child protection conference" in timeline.item(1).text()
    assert page.timeline.due_next.text().startswith("Due next:")

    # Everyone arrives, in one keystroke each.
    page = _go(qtbot, keys, window, Stage.ATTENDANCE)
    keys.focus(page.table)
    for row in range(len(conference.invitees)):
        page.table.setCurrentCell(row, 0)
        keys.key(Qt.Key.Key_Space)
    assert all(p.attendance is AttendanceStatus.PRESENT for p in conference.invitees)
    assert page.quoracy.explanation.text().startswith("Quorate")

    clock.at(10, 0)
    page = _go(qtbot, keys, window, Stage.INTRODUCTION)
    for point in IntroductionPoint:
        keys.tick(page.point_boxes[point])

    page = _go(qtbot, keys, window, Stage.CHILDS_VIEWS)
    for index, child in enumerate(conference.children):
        page.child.setCurrentIndex(index)
        young = child.age_on(conference.date) < 4
        _choose(page.form.editors["participation"],
                ParticipationCode.PN0 if young else ParticipationCode.PN6)
        keys.tick(page.routes.boxes[ViewsRoute.SOCIAL_WORKER])
        _write(keys, page.own_words, f"{child.given_name}'s words, relayed by the social worker.")
    assert all(conference.childs_view_for(c.id) for c in conference.children)

    write_contributions(keys, _go(qtbot, keys, window, Stage.CONTRIBUTIONS),
                        "the work done since the last conference.")

    # Progress since the last conference, item by item of the last plan.
    page = _go(qtbot, keys, window, Stage.PROGRESS)
    for row in range(page.items.count()):
        page.items.setCurrentRow(row)
        kind, _record = page.items.item(row).data(Qt.ItemDataRole.UserRole)
        if kind == "action":
            _choose(page.action_form.editors["status"], ActionStatus.DONE)
            _write(keys, page.action_form.editors["evidence"], "Confirmed by the social worker.")
            _write(keys, page.action_form.editors["reported_by"], "Amara Okonjo")
        else:
            _choose(page.outcome_form.editors["status"], OutcomeStatus.AMBER)
    if core_group is not None:
        page.meeting_date.setDate(QDate(core_group))
        keys.press(page.findChild(QPushButton, "add_core_group_meeting"))
    assert all(p.status is ActionStatus.DONE and p.evidence for p in conference.action_progress)

    page = _go(qtbot, keys, window, Stage.ANALYSIS)
    for box, text in zip(page.boxes.values(), (
            "Arguments at home still frighten the children.", "Zofia is at school every day.",
            "The safety plan kept up by the whole family."), strict=False):
        keys.focus(box.new_point)
        keys.type(text)
        keys.key(Qt.Key.Key_Return)
    for person in conference.family:
        for child in conference.children:
            score = page.scaling.scores[(person.id, child.id)]
            keys.focus(score)
            score.selectAll()
            keys.type(str(scores))
            keys.key(Qt.Key.Key_Return)

    page = _go(qtbot, keys, window, Stage.DECISION)
    clock.at(11, 30)
    for index, child in enumerate(conference.children):
        page.child.setCurrentIndex(index)
        outcome, action, reason = decide(child)
        _choose(page.form.editors["outcome"], outcome)
        _choose(page.form.editors["review_action"], action)
        if reason is not None:
            _choose(page.form.editors["discontinue_reason"], reason)
        _write(keys, page.form.editors["reasons"], "Reasons given by the chair at the meeting.")
        keys.press(page.decide)
        decision = conference.decision_for(child.id)
        qtbot.waitUntil(lambda d=decision: d.decided_at is not None)
        assert decision.outcome is outcome and decision.review_action is action

    page = _go(qtbot, keys, window, Stage.CLOSE)
    readiness = check_readiness(conference, runner.profile)
    assert readiness.missing == [], [f.render() for f in readiness.missing]
    assert page.verdict.text().startswith("✓ Ready for sign-off")
    runner.flush()
    window.close_conference()
    window.close()


def test_three_conferences_of_a_case_from_the_command_line_and_the_window(
        qtbot, tmp_path, capsys):
    profile = demo_profile()
    with Archive.open() as archive:
        archive.save_profile(profile)
        initial = demo_conference(HELD)
        archive.save(initial)

    # 1. The initial conference: signed and sent from the command line.
    first_pack = _export(initial.id, tmp_path / "initial", capsys)
    assert "Progress since the last conference" not in _minutes(first_pack)

    # 2. The first review, started from it on the command line.
    first_date = initial.date + timedelta(days=80)
    assert main(["new-review", initial.id, "--date", first_date.isoformat(),
                 "--time", "10:00"]) == 0
    review_id = _ids(capsys)[0]
    with Archive.open() as archive:
        review = archive.load(review_id)
        assert review.kind is ConferenceKind.REVIEW and review.previous_conference_id == initial.id
        assert [c.id for c in review.children] == [c.id for c in initial.children]
        listed = {s.id: s for s in archive.list_conferences()}
        assert listed[review_id].due_by == add_months(initial.date, 3)

        _hold_the_review(qtbot, archive, review_id, 6, lambda child: (
            Outcome.CHILD_PROTECTION_PLAN, ReviewAction.CONTINUE, None),
            core_group=initial.date + timedelta(days=10))
    first_review = _export(review_id, tmp_path / "review-1", capsys)
    minutes = _minutes(first_review)
    assert "Signed before every item was complete" not in minutes  # no waiver was needed
    assert "Case timeline" in minutes and "This conference" in minutes
    assert "Progress since the last conference" in minutes
    assert "Confirmed by the social worker." in minutes and "Amber: some progress" in minutes
    assert "1 held of" in minutes
    assert "Scaling over time (0 to 10)" in minutes
    assert "Progress since the last conference" in _plan(first_review)

    # 3. The second review ends the plan for one child and continues it for the other.
    second_date = first_date + timedelta(days=150)
    assert main(["new-review", review_id, "--date", second_date.isoformat()]) == 0
    second_id = _ids(capsys)[0]
    with Archive.open() as archive:
        second = archive.load(second_id)
        assert second.case_id == initial.id
        assert archive.list_conferences()[0].due_by == add_months(first_date, 6)
        ending, going_on = second.children
        # One child's plan ends (the step-down: a child in need plan); the other's goes on.
        _hold_the_review(qtbot, archive, second_id, 8, lambda child: (
            (Outcome.CHILD_IN_NEED_PLAN, ReviewAction.DISCONTINUE,
             DiscontinueReason.NO_LONGER_AT_RISK) if child.id == ending.id
            else (Outcome.CHILD_PROTECTION_PLAN, ReviewAction.CONTINUE, None)))
    second_pack = _export(second_id, tmp_path / "review-2", capsys)
    minutes = _minutes(second_pack)
    assert "Signed before every item was complete" not in minutes
    # The timeline holds the whole case: both earlier conferences, read from the archive.
    timeline = minutes[minutes.index("Case timeline"):]
    assert timeline.index("Initial child protection conference") < timeline.index(
        f"{first_date.day} {first_date:%B %Y} Review child protection conference") \
        < timeline.index("● This conference") < timeline.index("Next review conference")
    assert "No longer at risk of significant harm" in minutes
    assert "Child in need plan" in minutes
    assert "Who must be told" in minutes and f"the plan ends for {ending.display_name}" in minutes
    # The scaling of the whole case: three conferences, the overall figure at each.
    assert "Overall" in minutes and "6.0" in minutes and "8.0" in minutes

    # The case on the list, in order; a further review carries only the child still on a plan.
    assert main(["list", "--search", initial.id[:6]]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(listed) == 3 and all("Hartfield" in line for line in listed)
    reference = initial.id[:6].upper()
    assert [f"(case {reference}, {n} of 3)" in line for n, line in zip((3, 2, 1), listed,
                                                                        strict=True)] == [True] * 3
    assert main(["new-review", second_id, "--date", (second_date + timedelta(days=170))
                 .isoformat()]) == 0
    with Archive.open() as archive:
        third = archive.load(_ids(capsys)[0])
    assert [c.id for c in third.children] == [going_on.id]
