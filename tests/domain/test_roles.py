"""Who may do what on a shared conference."""

from __future__ import annotations

from datetime import date

import pytest

from cpmeeting.demo import demo_conference
from cpmeeting.domain.decision import Decision, Outcome
from cpmeeting.domain.journal import AuthorRole
from cpmeeting.domain.minutes import MinuteEntry
from cpmeeting.domain.operations import AddRecord, SetFields, Several
from cpmeeting.domain.roles import refusal
from cpmeeting.domain.stages import Stage

CONFERENCE = demo_conference(date(2026, 12, 7))
MINUTE = AddRecord("Add", "minutes", MinuteEntry("Said", Stage.PLAN, None))
STAGE = SetFields("Move", {"current_stage": Stage.ANALYSIS})


@pytest.mark.parametrize("operation, says", [
    (STAGE, "Only the chair moves the meeting to another stage."),
    (SetFields("Sign", {"sign_offs": [], "status": "signed"}), "Only the chair signs the record."),
    (AddRecord("Decide", "decisions", Decision(CONFERENCE.children[0].id, True,
                                               Outcome.CHILD_PROTECTION_PLAN)),
     "Only the chair records the conference's decision."),
    (SetFields("Decide", {"reasons": "x"}, record_id=CONFERENCE.decisions[0].id),
     "Only the chair records the conference's decision."),
    (Several("Both", [MINUTE, STAGE]), "Only the chair moves the meeting to another stage."),
])
def test_the_minute_taker_is_told_what_only_the_chair_does(operation, says):
    assert refusal(AuthorRole.MINUTE_TAKER, operation, CONFERENCE) == says
    assert refusal(AuthorRole.CHAIR, operation, CONFERENCE) is None


@pytest.mark.parametrize("operation", [
    MINUTE, SetFields("Venue", {"venue": "Room 4"}),
    SetFields("Arrived", {"attendance": "present"}, record_id=CONFERENCE.invitees[2].id),
])
def test_both_record_minutes_attendance_and_the_rest(operation):
    assert refusal(AuthorRole.MINUTE_TAKER, operation, CONFERENCE) is None
    assert refusal(AuthorRole.BUSINESS_SUPPORT, operation, CONFERENCE) is None
