"""The first core group meeting: a deadline, and the date the plan sets for the meeting."""

from __future__ import annotations

from datetime import date

from factories import profile, rules_conference

from cpmeeting.domain.plan import DateOverride
from cpmeeting.domain.rules import due_dates

ENGLAND = profile()
DEADLINE = date(2026, 12, 16)  # 10 working days after the factory's conference


def core_group(conf):
    return next(d for d in due_dates(conf, ENGLAND) if d.key == "core_group")


def test_without_a_meeting_date_the_row_is_the_latest_date():
    core = core_group(rules_conference())
    assert core.render_applies_title() == core.render_title() == (
        "First core group meeting, at the latest")
    assert core.applies == core.due == DEADLINE and not core.late


def test_a_meeting_set_before_the_deadline_is_the_date_that_applies():
    conf = rules_conference()
    conf.plan.core_group.first_meeting = date(2026, 12, 14)
    core = core_group(conf)
    assert core.render_applies_title() == "First core group meeting"
    assert core.render_title() == "First core group meeting, at the latest"  # with .due
    assert core.applies == date(2026, 12, 14) and not core.late
    assert core.effective == DEADLINE  # the deadline itself is unchanged, and so is its basis
    assert core.render_basis().startswith("10 working days after the conference")


def test_a_meeting_set_after_the_deadline_or_a_changed_deadline_is_late():
    conf = rules_conference()
    conf.plan.core_group.first_meeting = date(2026, 12, 17)
    assert core_group(conf).late
    conf.plan.date_overrides = [DateOverride("core_group", date(2026, 12, 18), "Holiday cover")]
    assert not core_group(conf).late
