"""The earlier conferences of a case, read back from a real encrypted archive for the case
timeline (store/case.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cpmeeting.demo import demo_conference, demo_profile
from cpmeeting.domain.decision import Outcome
from cpmeeting.domain.review import start_review
from cpmeeting.domain.signoff import sign
from cpmeeting.store.case import earlier_conferences


def _signed(conference):
    """Signed with every child's plan going on, so a review can follow it."""
    for decision in conference.decisions:
        decision.outcome = decision.outcome or Outcome.CHILD_PROTECTION_PLAN
    sign(conference, demo_profile(), "Helen Ashcombe", "Chair",
         datetime.combine(conference.date, datetime.min.time()), waiver_reason="Test")
    return conference


def test_the_chain_is_read_back_earliest_first_and_nothing_else(archive):
    initial = _signed(demo_conference(date(2026, 11, 23)))
    first = _signed(start_review(initial, initial.date + timedelta(days=80)))
    second = start_review(first, first.date + timedelta(days=170))
    other = demo_conference(date(2026, 12, 1))  # another case in the same archive
    archive.save_many([initial, first, second, other])
    assert [c.id for c in earlier_conferences(archive, second)] == [initial.id, first.id]
    assert [c.id for c in earlier_conferences(archive, first)] == [initial.id]
    assert earlier_conferences(archive, initial) == []
    assert earlier_conferences(archive, other) == []


def test_a_conference_deleted_from_the_archive_ends_the_chain_there(archive):
    initial = _signed(demo_conference(date(2026, 11, 23)))
    first = _signed(start_review(initial, initial.date + timedelta(days=80)))
    second = start_review(first, first.date + timedelta(days=170))
    archive.save_many([initial, first, second])
    archive.delete(first.id)
    assert earlier_conferences(archive, second) == []
