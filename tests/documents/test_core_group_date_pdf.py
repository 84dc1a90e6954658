"""The plan and minutes give one date for the first core group meeting, and the deadline as one."""

from __future__ import annotations

import re
from datetime import date

from pdf_text import all_text

from cpmeeting.documents.minutes import build_minutes
from cpmeeting.documents.plan import build_plan
from cpmeeting.domain.copies import Audience

# The factory's conference is on 20 November 2026: 10 working days on is 4 December.
FIRST_MEETING_ROW = re.compile(r"First core group meeting(, at the latest)? (\d+ \w+ \d{4})")


def test_a_meeting_before_the_deadline_is_the_one_date_and_the_deadline_is_labelled(
        conference, profile):
    conference.plan.core_group.first_meeting = date(2026, 12, 2)
    mother = next(p for p in conference.family if p.name.startswith("Delphine"))
    for pdf in (build_plan(conference, profile).pdf, build_minutes(conference, profile).pdf,
                build_plan(conference, profile, Audience.family(mother.id)).pdf):
        text = all_text(pdf)
        assert "First meeting: 2 December 2026." in text
        assert FIRST_MEETING_ROW.findall(text) == [("", "2 December 2026")]
        assert "Set in the plan. The latest date is 4 December 2026: 10 working days after" in text
        assert "(late)" not in text


def test_a_meeting_after_the_deadline_is_flagged_late(conference, profile):
    conference.plan.core_group.first_meeting = date(2026, 12, 8)
    text = all_text(build_plan(conference, profile).pdf)
    assert "First core group meeting 8 December 2026 (late) Set in the plan, after the latest " \
           "date. The latest date is 4 December 2026" in text


def test_without_a_meeting_date_the_row_says_it_is_the_latest_date(conference, profile):
    conference.plan.core_group.first_meeting = None
    text = all_text(build_plan(conference, profile).pdf)
    assert FIRST_MEETING_ROW.findall(text) == [(", at the latest", "4 December 2026")]
