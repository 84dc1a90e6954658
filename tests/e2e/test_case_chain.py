"""End to end: a case of three conferences, from the command line and the window to signed
PDFs read back. The initial conference; a review started from it (its progress recorded in
the window); a second review that ends the plan for one child and continues it for the other.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from cpmeeting.cli import main
from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.documents.signing import Verdict, verify_pdf
from cpmeeting.domain.analysis import Scaling
from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.decision import DiscontinueReason, Outcome, ReviewAction
from cpmeeting.domain.operations import SetFields
from cpmeeting.domain.people import AttendanceStatus
from cpmeeting.domain.progress import ActionStatus, OutcomeStatus
from cpmeeting.domain.rules.calendar import add_months
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.main_window import MainWindow
from cpmeeting.store.archive import Archive

HELD = date(2026, 11, 23)
CHAIR = "Helen Ashcombe"


def _ids(capsys) -> list[str]:
    return capsys.readouterr().out.split()


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _export(conference_id: str, out: Path, capsys) -> dict[str, str]:
    """Sign and write the pack from the command line; every file verifies; name -> text."""
    code = main(["export", conference_id, "--out", str(out), "--sign-as", CHAIR,
                 "--waiver", "Test of a case chain: some stages are not recorded in full."])
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


def _record_the_meeting(archive: Archive, conference_id: str, scores: int, decide) -> None:
    """What the minute-taker records at the review: attendance, scaling, decisions."""
    conference = archive.load(conference_id)
    for person in conference.invitees:
        person.attendance = AttendanceStatus.PRESENT
    conference.scaling = [Scaling(p.id, c.id, scores) for p in conference.family
                          for c in conference.children]
    for child, decision in zip(conference.children, conference.decisions, strict=True):
        decide(child, decision)
        decision.reasons = decision.reasons or "Reasons given by the chair at the meeting."
        decision.decided_at = datetime.combine(conference.date, time(11, 30))
    archive.save(conference)


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

        # Its progress recorded in the window, through the stage page's own controls.
        window = MainWindow(archive, clock=lambda: datetime.combine(first_date, time(10, 40)))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        window.open_conference(review_id)
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        assert window.live.stage is Stage.PROGRESS
        page = window.live.pages.currentWidget()
        runner = window.runner
        for row in range(page.items.count()):
            page.items.setCurrentRow(row)
            kind, _record = page.items.item(row).data(Qt.ItemDataRole.UserRole)
            form = page.action_form if kind == "action" else page.outcome_form
            choice = form.editors["status"]
            wanted = ActionStatus.DONE if kind == "action" else OutcomeStatus.AMBER
            choice.setCurrentIndex(choice.index_of(wanted))
            choice.activated.emit(choice.currentIndex())
        for item in runner.conference.action_progress:
            runner.apply(SetFields("Evidence", {"evidence": "Confirmed by the social worker.",
                                                "reported_by": "Amara Okonjo"},
                                   record_id=item.id))
        page.meeting_date.setDate(QDate(initial.date + timedelta(days=10)))
        page.findChild(QPushButton, "add_core_group_meeting").click()
        assert all(p.status is ActionStatus.DONE for p in runner.conference.action_progress)
        runner.flush()
        window.close_conference()
        window.close()
        _record_the_meeting(archive, review_id, 6, lambda child, d: (
            setattr(d, "outcome", Outcome.CHILD_PROTECTION_PLAN),
            setattr(d, "significant_harm", True),
            setattr(d, "review_action", ReviewAction.CONTINUE)))
    first_review = _export(review_id, tmp_path / "review-1", capsys)
    minutes = _minutes(first_review)
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

        def decide(child, decision):
            if child.id == ending.id:
                decision.outcome = Outcome.CHILD_IN_NEED_PLAN  # the step-down
                decision.significant_harm = False
                decision.review_action = ReviewAction.DISCONTINUE
                decision.discontinue_reason = DiscontinueReason.NO_LONGER_AT_RISK
            else:
                decision.outcome = Outcome.CHILD_PROTECTION_PLAN
                decision.significant_harm = True
                decision.review_action = ReviewAction.CONTINUE

        _record_the_meeting(archive, second_id, 8, decide)
    second_pack = _export(second_id, tmp_path / "review-2", capsys)
    minutes = _minutes(second_pack)
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
