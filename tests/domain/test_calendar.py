"""Working days with real bank holidays, and month arithmetic that clamps (domain.md §3)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.domain.profile import Nation
from cpmeeting.domain.rules.calendar import WorkingCalendar, add_months

ENGLAND = WorkingCalendar(Nation.ENGLAND)
SCOTLAND = WorkingCalendar(Nation.SCOTLAND)
CALENDARS = [WorkingCalendar(nation) for nation in Nation]

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
calendars = st.sampled_from(CALENDARS)


@pytest.mark.parametrize("day, name", [
    (date(2026, 12, 25), "Christmas Day"),
    (date(2026, 12, 28), "Boxing Day (observed)"),  # Boxing Day 2026 is a Saturday
    (date(2027, 1, 1), "New Year's Day"),
    (date(2027, 3, 26), "Good Friday"),
    (date(2027, 3, 29), "Easter Monday"),
])
def test_english_bank_holidays_are_not_working_days(day, name):
    assert ENGLAND.holiday_name(day) == name
    assert not ENGLAND.is_working_day(day)


def test_england_and_wales_share_a_calendar():
    wales = WorkingCalendar(Nation.WALES)
    for day in (date(2026, 12, 28), date(2027, 3, 29), date(2027, 1, 4), date(2026, 11, 30)):
        assert wales.is_working_day(day) == ENGLAND.is_working_day(day)


def test_scotland_keeps_st_andrews_day_and_2_january_but_not_easter_monday():
    assert not SCOTLAND.is_working_day(date(2026, 11, 30))  # St Andrew's Day, a Monday
    assert ENGLAND.is_working_day(date(2026, 11, 30))
    assert not SCOTLAND.is_working_day(date(2027, 1, 4))  # 2 January falls on a Saturday
    assert ENGLAND.is_working_day(date(2027, 1, 4))
    assert SCOTLAND.is_working_day(date(2027, 3, 29))  # no Easter Monday in Scotland
    assert ENGLAND.holiday_name(date(2027, 3, 29)) == "Easter Monday"


def test_weekends_are_not_working_days_and_ordinary_weekdays_are():
    assert not ENGLAND.is_working_day(date(2026, 12, 5))
    assert not ENGLAND.is_working_day(date(2026, 12, 6))
    assert ENGLAND.is_working_day(date(2026, 12, 7))
    assert ENGLAND.holiday_name(date(2026, 12, 7)) is None


def test_fifteen_working_days_over_christmas_differ_between_england_and_scotland():
    strategy = date(2026, 12, 14)
    # England: 15 to 24 Dec (8), 29 to 31 Dec (3), 4 to 7 Jan (4).
    assert ENGLAND.add_working_days(strategy, 15) == date(2027, 1, 7)
    # Scotland also loses 4 January (New Year Holiday, observed).
    assert SCOTLAND.add_working_days(strategy, 15) == date(2027, 1, 8)


def test_within_n_working_days_is_the_nth_working_day_after():
    friday = date(2026, 12, 4)
    assert ENGLAND.add_working_days(friday, 1) == date(2026, 12, 7)
    assert ENGLAND.add_working_days(friday, 0) == friday
    assert ENGLAND.add_working_days(date(2026, 12, 7), -1) == friday
    assert ENGLAND.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)


def test_working_days_between_counts_after_start_up_to_end():
    assert ENGLAND.working_days_between(date(2026, 12, 24), date(2026, 12, 29)) == 1
    assert ENGLAND.working_days_between(date(2026, 12, 18), date(2027, 1, 4)) == 8
    assert ENGLAND.working_days_between(date(2027, 1, 4), date(2026, 12, 18)) == -8
    assert ENGLAND.working_days_between(date(2026, 12, 2), date(2026, 12, 2)) == 0


@pytest.mark.parametrize("day, months, expected", [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 8, 31), 3, date(2026, 11, 30)),
    (date(2026, 12, 2), 3, date(2027, 3, 2)),
    (date(2026, 12, 15), 6, date(2027, 6, 15)),
    (date(2027, 3, 31), -1, date(2027, 2, 28)),
])
def test_add_months_clamps_to_the_end_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


@given(calendars, days, st.integers(min_value=1, max_value=80))
def test_adding_working_days_never_lands_on_a_weekend_or_bank_holiday(cal, day, n):
    result = cal.add_working_days(day, n)
    assert result.weekday() < 5
    assert cal.holiday_name(result) is None
    assert result > day


@given(calendars, days, st.integers(min_value=-60, max_value=60))
def test_adding_working_days_is_monotone_in_n(cal, day, n):
    assert cal.add_working_days(day, n) < cal.add_working_days(day, n + 1)


@given(calendars, days)
def test_adding_zero_working_days_is_identity(cal, day):
    assert cal.add_working_days(day, 0) == day


@given(calendars, days, st.integers(min_value=-60, max_value=60))
def test_working_days_between_inverts_add_working_days(cal, day, n):
    assert cal.working_days_between(day, cal.add_working_days(day, n)) == n


@given(calendars, days, days)
def test_working_days_between_two_working_days_is_antisymmetric(cal, start, end):
    start, end = cal.add_working_days(start, 1), cal.add_working_days(end, 1)
    assert cal.working_days_between(start, end) == -cal.working_days_between(end, start)


@given(st.dates(max_value=date(9000, 12, 31)), st.integers(min_value=-1000, max_value=1000))
def test_add_months_lands_in_the_right_month_and_never_overflows_it(day, months):
    try:
        result = add_months(day, months)
    except ValueError:  # before year 1: outside what a date can hold
        assert day.year * 12 + day.month + months < 13
        return
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day
    assert result.day == day.day or (result + (date(2000, 1, 2) - date(2000, 1, 1))).day == 1
