"""The list of conferences grouped by case (domain/summary.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.domain.kinds import ConferenceKind, ConferenceStatus
from cpmeeting.domain.summary import (
    ConferenceSummary,
    case_places,
    grouped_by_case,
    upcoming_first,
)

TODAY = date(2027, 1, 15)


def summary(n: int, day_offset: int, case: int | None) -> ConferenceSummary:
    return ConferenceSummary(
        f"c{n}", ConferenceKind.REVIEW, TODAY + timedelta(days=day_offset),
        ConferenceStatus.SCHEDULED, f"Child {n}", "", datetime(2027, 1, 1),
        case_id="" if case is None else f"case{case}")


lists = st.lists(st.tuples(st.integers(-400, 400), st.none() | st.integers(0, 3)),
                 max_size=12).map(lambda rows: [summary(n, d, c) for n, (d, c) in enumerate(rows)])


@given(lists)
def test_every_conference_is_listed_once_and_each_case_is_one_block(summaries):
    ordered = grouped_by_case(summaries, TODAY)
    assert sorted(s.id for s in ordered) == sorted(s.id for s in summaries)
    cases = [s.case for s in ordered]
    blocks = [c for i, c in enumerate(cases) if i == 0 or cases[i - 1] != c]
    assert len(blocks) == len(set(cases))


@given(lists)
def test_without_chains_the_order_is_upcoming_first(summaries):
    alone = [s for s in summaries if not s.case_id]
    assert grouped_by_case(alone, TODAY) == upcoming_first(alone, TODAY)


@given(lists)
def test_places_count_the_case_earliest_first(summaries):
    places = case_places(summaries)
    for s in summaries:
        place, count = places[s.id]
        members = [m for m in summaries if m.case == s.case]
        assert count == len(members)
        assert place - 1 == sum(1 for m in members if m.date < s.date) or \
            any(m.date == s.date and m is not s for m in members)


def test_a_case_reads_as_the_review_to_come_then_its_history():
    initial, review, next_review = summary(1, -200, 1), summary(2, -20, 1), summary(3, 30, 1)
    other = summary(4, 5, None)
    ordered = grouped_by_case([initial, other, review, next_review], TODAY)
    assert [s.id for s in ordered] == ["c4", "c3", "c2", "c1"]
    assert case_places(ordered)["c3"] == (3, 3)
