"""Close page: the readiness list; each missing item takes the chair to its stage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from stage_helpers import focus, press

from cpmeeting.domain.conference import IntroductionPoint
from cpmeeting.domain.operations import SetFields
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.stages.close import ClosePage


def items(page) -> list[str]:
    return [page.missing.item(r).text() for r in range(page.missing.count())]


def test_a_complete_record_is_plainly_ready(demo, open_page):
    page = open_page(ClosePage, demo)
    assert page.verdict.text().startswith("✓ Ready for sign-off")
    assert items(page) == [] and not page.missing.isVisibleTo(page)


def test_each_missing_item_takes_the_chair_to_its_stage(demo, open_page, qtbot):
    page = open_page(ClosePage, demo)
    covered = set(IntroductionPoint) - {IntroductionPoint.COMPLAINTS}
    demo.runner.apply(SetFields("untick", {"introduction_covered": covered}, path=""))
    assert page.verdict.text() == "✗ Not ready for sign-off: 1 thing is missing."
    assert items(page) == [
        "→ Introduction: The chair has not yet explained the complaints procedure."]
    focus(qtbot, page.missing)
    with qtbot.waitSignal(page.stageRequested) as signal:
        press(qtbot, page.missing, Qt.Key.Key_Return)
    assert signal.args == [Stage.INTRODUCTION]
    demo.runner.undo_stack.undo()
    assert page.verdict.text().startswith("✓ Ready")


def test_a_blank_record_lists_what_is_missing_across_the_stages(blank, open_page, qtbot):
    page = open_page(ClosePage, blank)
    stages = {text[2:].split(":")[0] for text in items(page)}
    assert {"Introduction", "Attendance and quoracy", "Decision"} <= stages
    row = next(r for r, text in enumerate(items(page)) if text.startswith("→ Decision"))
    with qtbot.waitSignal(page.stageRequested) as signal:
        qtbot.mouseClick(page.missing.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.missing.visualItemRect(page.missing.item(row)).center())
    assert signal.args == [Stage.DECISION]
