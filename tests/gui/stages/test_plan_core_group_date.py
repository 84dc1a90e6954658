"""The plan page's footer and dates table agree with the plan PDF on the first core group."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from cpmeeting.documents.plan import build_plan
from cpmeeting.gui.stages.plan import PlanPage


def all_text(pdf: bytes) -> str:
    """The PDF's words read back, whitespace collapsed so wrapped phrases still match."""
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def core_group_row(page) -> list[str]:
    table = page.dates.table
    row = page.dates.keys.index("core_group")
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_the_footer_table_and_plan_give_the_meeting_date_set_and_the_deadline_as_such(
        blank, open_page):
    page = open_page(PlanPage, blank)
    page.actions.new_item.setText("Keep a diary of bedtimes.")
    page.actions.add()
    hint = page.actions.due_hint
    # Not set yet: the deadline, called the latest date (the demo meets on 26 November).
    assert "First core group meeting, at the latest: 10 Dec 2026" in hint.text()

    page.first_meeting.set_value(date(2026, 12, 8))
    assert blank.conference.plan.core_group.first_meeting == date(2026, 12, 8)
    assert ("First core group meeting: 8 Dec 2026, set in the plan; the latest date is "
            "10 Dec 2026") in hint.text()
    assert "First core group meeting: 10 Dec" not in hint.text()
    title, due, applies, _basis = core_group_row(page)
    assert title == "First core group meeting"
    assert due == "10 Dec 2026" and applies.startswith("8 Dec 2026, set in the plan")
    text = all_text(build_plan(blank.conference, blank.runner.profile).pdf)
    assert "First meeting: 8 December 2026." in text
    assert "First core group meeting 8 December 2026 Set in the plan. The latest date is " \
           "10 December 2026" in text

    page.first_meeting.set_value(date(2026, 12, 14))
    assert "⚠ 14 Dec 2026, set in the plan: after the latest date, 10 Dec 2026" in hint.text()
    assert core_group_row(page)[2].startswith("⚠ 14 Dec 2026")
