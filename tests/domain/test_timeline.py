"""The case timeline at the top of a review (domain/timeline.py): what happened, in order, and
what is due next, each with where it stands in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from factories import profile, ready_conference
from hypothesis import given, settings
from hypothesis import strategies as st

from cpmeeting.domain.conference import ConferenceKind
from cpmeeting.domain.ids import new_id
from cpmeeting.domain.progress import CoreGroupMeeting
from cpmeeting.domain.review import start_review
from cpmeeting.domain.rules.calendar import WorkingCalendar, add_months
from cpmeeting.domain.rules.progress_checks import core_group_tally
from cpmeeting.domain.signoff import sign
from cpmeeting.domain.timeline import (
    EventKind,
    EventState,
    case_timeline,
    due_next,
    met_core_groups,
)

INITIAL = date(2026, 11, 26)


def _initial(on: date = INITIAL):
    conf = ready_conference()
    conf.date = on
    conf.strategy_discussion_date = WorkingCalendar(profile().nation).add_working_days(on, -12)
    return conf


def _review_after(previous, on: date, meetings: list[date] = ()):
    """The next conference of the case, as start_review links it (built without signing)."""
    return replace(previous, id=new_id(), kind=ConferenceKind.REVIEW, date=on,
                   strategy_discussion_date=None, previous_conference_date=previous.date,
                   previous_conference_kind=previous.kind, previous_conference_id=previous.id,
                   case_id=previous.case_id or previous.id, sign_offs=[],
                   core_group_meetings=[CoreGroupMeeting(d) for d in meetings])


def _lines(events):
    return [(e.on, e.render_title(), e.render_state()) for e in events]


def test_a_first_review_shows_the_case_so_far_and_what_is_due_next():
    initial = _initial()
    sign(initial, profile(), "Priya Castellano", "Chair", datetime(2026, 11, 26, 13, 0),
         waiver_reason="test")
    review = start_review(initial, date(2027, 2, 10))
    review.core_group_meetings = [CoreGroupMeeting(date(2026, 12, 5))]
    events = case_timeline([initial, review], profile(), today=date(2027, 2, 1))
    assert _lines(events) == [
        (date(2026, 11, 10), "Strategy discussion", "✓ Done"),
        (INITIAL, "Initial child protection conference", "✓ Done"),
        (date(2026, 12, 5), "Core group meeting", "✓ Done"),
        # 10 working days after the conference the first was due (met on 5 Dec); a month
        # after that, another: none was held.
        (date(2027, 1, 10), "Core group meeting due; none held by then", "✗ Overdue"),
        (date(2027, 2, 10), "Review child protection conference", "● This conference"),
        (date(2027, 3, 10), "Next core group meeting", "○ Upcoming"),
        (date(2027, 8, 10), "Next review conference", "○ Upcoming"),
    ]
    assert events[1].render_detail() == (
        "Due by 1 Dec 2026: 15 working days after the strategy discussion on 10 Nov 2026 "
        "(bank holidays of England and Wales)")
    assert events[4].render_detail() == \
        "Due by 26 Feb 2027: 3 months after the initial conference on 26 Nov 2026"
    assert [e.kind for e in due_next(events)] == [EventKind.NEXT_CORE_GROUP,
                                                   EventKind.NEXT_REVIEW]


def test_a_review_held_after_its_due_date_says_so_in_words():
    initial = _initial()
    late = _review_after(initial, add_months(INITIAL, 3) + timedelta(days=4))
    events = case_timeline([initial, late], profile(), today=late.date)
    [this] = [e for e in events if e.conference_id == late.id]
    assert this.state is EventState.THIS_LATE
    assert this.render_state() == "● This conference, held later than due"
    second = _review_after(late, add_months(late.date, 5))
    [earlier] = [e for e in case_timeline([initial, late, second], profile(), second.date)
                 if e.conference_id == late.id]
    assert earlier.render_state() == "◐ Held late"


def test_the_first_core_group_counts_working_days_past_the_christmas_bank_holidays():
    initial = _initial(date(2026, 12, 21))  # a Monday
    [core] = [e for e in case_timeline([initial], profile(), today=initial.date)
              if e.kind is EventKind.NEXT_CORE_GROUP]
    # 25 Dec, 28 Dec (Boxing Day, observed) and 1 Jan are not working days.
    assert core.on == date(2027, 1, 7)
    assert "10 working days after the conference on 21 Dec 2026" in core.render_detail()
    [review] = [e for e in case_timeline([initial], profile(), initial.date)
                if e.kind is EventKind.NEXT_REVIEW]
    assert review.on == date(2027, 3, 21)


def test_when_the_plan_ends_for_every_child_no_review_is_due():
    from cpmeeting.domain.decision import Outcome, ReviewAction

    initial = _initial()
    review = _review_after(initial, date(2027, 2, 10))
    review.decisions = [replace(d, outcome=Outcome.NO_FURTHER_ACTION,
                                review_action=ReviewAction.DISCONTINUE)
                        for d in review.decisions]
    review.transfer_out_authority = "Northshire Council"
    events = case_timeline([initial, review], profile(), today=review.date)
    kinds = [e.kind for e in events]
    assert EventKind.NEXT_REVIEW not in kinds and EventKind.PLAN_ENDS in kinds
    assert events[-1].render_title() == "The plan ends for every child: no further review"


def test_a_transfer_out_shows_when_the_receiving_conference_is_due():
    initial = _initial()
    review = _review_after(initial, date(2027, 2, 10))
    review.transfer_out_authority = "Northshire Council"
    review.transfer_out_date = date(2027, 2, 11)
    [there] = [e for e in case_timeline([initial, review], profile(), review.date)
               if e.kind is EventKind.TRANSFER_IN_DUE]
    assert there.render_title() == "Transfer-in conference at Northshire Council"
    assert there.on == date(2027, 3, 4)  # 15 working days after it was told
    assert there.render_state() == "○ Upcoming"


@given(st.lists(st.integers(min_value=0, max_value=40), max_size=6),
       st.lists(st.integers(min_value=0, max_value=40), max_size=6))
def test_each_core_group_meeting_counts_for_one_due_date_at_most(due_days, held_days):
    start = date(2027, 1, 1)
    due = [start + timedelta(days=d) for d in due_days]
    held = [start + timedelta(days=d) for d in held_days]
    met = met_core_groups(due, held)
    assert len(met) == len(due) and sum(met) <= len(held)
    # Met dates had as many meetings on or before them as dates met so far.
    for index, day in enumerate(sorted(due)):
        if met[index]:
            assert sum(h <= day for h in held) >= sum(met[:index + 1])
    if held and max(held) <= min(due, default=start):
        assert sum(met) == min(len(held), len(due))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(min_value=40, max_value=200), min_size=0, max_size=3),
       st.lists(st.integers(min_value=1, max_value=200), max_size=8),
       st.integers(min_value=-60, max_value=120),
       st.sampled_from([ConferenceKind.INITIAL, ConferenceKind.PRE_BIRTH,
                        ConferenceKind.TRANSFER_IN]))
def test_the_timeline_is_in_order_and_its_due_dates_follow_the_rules(gaps, meeting_days,
                                                                     today_offset, first_kind):
    rules = profile()
    first = _initial()
    first.kind = first_kind
    first.transfer_notified_date = first.strategy_discussion_date
    chain = [first]
    for gap in gaps:
        on = chain[-1].date + timedelta(days=gap)
        meetings = [chain[-1].date + timedelta(days=d) for d in meeting_days if d < gap]
        chain.append(_review_after(chain[-1], on, meetings))
    last = chain[-1]
    today = last.date + timedelta(days=today_offset)
    events = case_timeline(chain, rules, today)

    assert [e.on for e in events] == sorted(e.on for e in events)
    if first.strategy_discussion_date is not None:
        assert events[0].kind is EventKind.STRATEGY_DISCUSSION
    conferences = [e for e in events if e.kind is EventKind.CONFERENCE]
    assert [e.conference_id for e in conferences] == [c.id for c in chain]
    assert [e.state for e in conferences if e.state in (EventState.THIS, EventState.THIS_LATE)] \
        and all(e.state in (EventState.THIS, EventState.THIS_LATE)
                for e in conferences if e.conference_id == last.id)
    for event in events:  # due and overdue are said against today, never the other way
        if event.state is EventState.DUE:
            assert event.on >= today
        if event.state is EventState.OVERDUE:
            assert event.on < today
    # A review is late exactly when held after 3 months from the first conference, 6 after
    # a review (pre-birth: the profile's own first interval).
    months = {ConferenceKind.PRE_BIRTH: rules.timescales.pre_birth_first_review_months,
              ConferenceKind.REVIEW: rules.timescales.later_review_months}
    for before, conference, event in zip(chain, chain[1:], conferences[1:], strict=False):
        due = add_months(before.date, months.get(before.kind, 3))
        assert (event.state in (EventState.LATE, EventState.THIS_LATE)) == (conference.date > due)
    [review] = [e for e in events if e.kind is EventKind.NEXT_REVIEW]
    assert review.on == add_months(last.date, months.get(last.kind, 3))
    # Every core group date due and missed in an interval: at least the shortfall.
    for conference in chain[1:]:
        missed = [e for e in events if e.kind is EventKind.CORE_GROUP_DUE
                  and conference.previous_conference_date < e.on < conference.date]
        assert len(missed) >= core_group_tally(conference, rules).short_by
    held = sorted(m.held_on for c in chain for m in c.core_group_meetings)
    assert [e.on for e in events if e.kind is EventKind.CORE_GROUP] == held


def test_a_review_alone_still_shows_the_conference_before_it():
    initial = _initial()
    review = _review_after(initial, date(2027, 2, 10))
    events = case_timeline([review], profile(), today=review.date)
    conferences = [line for line, e in zip(_lines(events), events, strict=True)
                   if e.kind is EventKind.CONFERENCE]
    assert conferences == [
        (INITIAL, "Initial child protection conference", "✓ Done"),
        (date(2027, 2, 10), "Review child protection conference", "● This conference"),
    ]


def test_opened_before_the_review_a_core_group_still_ahead_is_due_next_not_missed():
    initial = _initial()
    review = _review_after(initial, date(2027, 2, 24))
    events = case_timeline([initial, review], profile(), today=date(2027, 2, 3))
    ahead = due_next(events)
    assert (ahead[0].on, ahead[0].render_title(), ahead[0].render_state()) == (
        date(2027, 2, 10), "Next core group meeting", "○ Upcoming")
    missed = [e for e in events if e.kind is EventKind.CORE_GROUP_DUE and e.on < date(2027, 2, 3)]
    assert missed and all(e.render_title() == "Core group meeting due; none held by then"
                          and e.render_state() == "✗ Overdue" for e in missed)
