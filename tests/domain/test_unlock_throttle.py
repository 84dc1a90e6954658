"""Wrong PINs and passphrases earn a wait: the rule, with no Qt and no database."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.domain.unlock_throttle import LONGEST_WAIT, UnlockThrottle, wait_after

NOON = datetime(2026, 11, 20, 12, 0)


def wrong_tries(count: int, now: datetime = NOON) -> UnlockThrottle:
    throttle = UnlockThrottle()
    for _ in range(count):
        throttle = throttle.after_wrong_try(now)
    return throttle


def test_five_wrong_tries_earn_30_seconds_then_the_wait_doubles_up_to_15_minutes():
    waits = [wait_after(n).total_seconds() for n in range(1, 12)]
    assert waits == [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert wrong_tries(4).remaining(NOON) == timedelta(0)
    assert wrong_tries(5).remaining(NOON) == timedelta(seconds=30)
    assert wrong_tries(5).remaining(NOON + timedelta(seconds=2)) == timedelta(seconds=28)
    assert wrong_tries(5).remaining(NOON + timedelta(minutes=1)) == timedelta(0)


def test_a_right_answer_ends_the_wait_and_the_count():
    assert wrong_tries(7).after_right_try() == UnlockThrottle()
    assert UnlockThrottle().after_wrong_try(NOON).remaining(NOON) == timedelta(0)


@given(st.integers(min_value=0, max_value=200))
def test_the_wait_never_shrinks_with_more_wrong_tries_and_never_passes_15_minutes(count):
    assert wait_after(count) <= wait_after(count + 1) <= LONGEST_WAIT


@given(failures=st.integers(min_value=0, max_value=60),
       jump=st.timedeltas(min_value=timedelta(days=-3650), max_value=timedelta(days=3650)))
def test_a_clock_moved_either_way_never_makes_the_wait_longer_than_the_rule(failures, jump):
    throttle = wrong_tries(failures)
    left = throttle.remaining(NOON + jump)
    assert timedelta(0) <= left <= wait_after(failures)
    if jump >= timedelta(0):
        assert left == max(timedelta(0), wait_after(failures) - jump)


@given(st.lists(st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=1)),
                min_size=1, max_size=30))
def test_each_wrong_try_earns_exactly_the_rules_wait_from_when_it_was_made(gaps):
    throttle, now = UnlockThrottle(), NOON
    for count, gap in enumerate(gaps, start=1):
        now += gap
        throttle = throttle.after_wrong_try(now)
        assert throttle.failures == count
        assert throttle.remaining(now) == wait_after(count)
