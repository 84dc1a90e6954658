"""What is owed after the meeting, in words, and the window for corrections (domain.md §3, §10)."""

from __future__ import annotations

from datetime import date, timedelta

from factories import rules_conference
from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.domain.circulation import (
    CirculatedDocument,
    Circulation,
    Delivery,
    circulation_problem,
)
from cpmeeting.domain.conference import ConferenceStatus
from cpmeeting.domain.profile import AuthorityProfile
from cpmeeting.domain.rules.calendar import WorkingCalendar
from cpmeeting.domain.rules.circulation_due import (
    MINUTES,
    PLAN,
    circulation_due,
    correction_window_closes,
    owed_dates,
    owed_words,
)

HELD = date(2026, 12, 23)  # a Wednesday before Christmas


def held():
    record = rules_conference(status=ConferenceStatus.SIGNED)
    record.date = HELD
    return record


def sent(document, on, delivery=Delivery.EMAIL, address="a.parent@example.org"):
    return Circulation("A Parent", document, delivery, on, address=address)


def test_plan_within_1_working_day_and_minutes_within_the_profiles_days():
    profile = AuthorityProfile()
    owed = {o.what: o for o in circulation_due(held(), profile)}
    assert owed[PLAN].due == date(2026, 12, 24)
    calendar = WorkingCalendar(profile.nation)
    assert owed[MINUTES].due == calendar.add_working_days(HELD, 15) == date(2027, 1, 18)
    assert owed_dates(held(), profile) == (date(2026, 12, 24), date(2027, 1, 18))


def test_a_scheduled_conference_owes_nothing_yet():
    record = held()
    record.status = ConferenceStatus.SCHEDULED
    assert circulation_due(record, AuthorityProfile()) == []


def test_a_sending_settles_what_it_contains():
    record = held()
    record.circulations = [sent(CirculatedDocument.PLAN, date(2026, 12, 24))]
    assert owed_dates(record, AuthorityProfile()) == (None, date(2027, 1, 18))
    record.circulations.append(sent(CirculatedDocument.MINUTES_AND_PLAN, date(2027, 1, 4)))
    assert owed_dates(record, AuthorityProfile()) == (None, None)
    owed = {o.what: o for o in circulation_due(record, AuthorityProfile())}
    assert owed[MINUTES].sent_on == date(2027, 1, 4)


def test_words_not_colour():
    due = date(2027, 1, 18)
    assert owed_words(MINUTES, due, due - timedelta(days=3)) == "Minutes due in 3 days"
    assert owed_words(PLAN, due, due - timedelta(days=1)) == "Plan due in 1 day"
    assert owed_words(MINUTES, due, due) == "Minutes due today"
    assert owed_words(PLAN, due, due + timedelta(days=1)) == "Plan LATE"


def test_the_correction_window_opens_when_the_minutes_go_out():
    profile = AuthorityProfile()
    record = held()
    assert correction_window_closes(record, profile) is None
    record.circulations = [sent(CirculatedDocument.MINUTES, date(2027, 1, 4))]
    assert correction_window_closes(record, profile) == date(2027, 1, 18)  # 10 working days
    profile.timescales.correction_window_working_days = 5
    assert correction_window_closes(record, profile) == date(2027, 1, 11)


def test_a_sending_says_what_is_missing():
    assert circulation_problem(sent(CirculatedDocument.PLAN, HELD, address="")) is not None
    assert "address" in circulation_problem(
        sent(CirculatedDocument.PLAN, HELD, address="not an address"))
    assert "postal" in circulation_problem(
        sent(CirculatedDocument.PLAN, HELD, Delivery.POST, address=""))
    assert circulation_problem(sent(CirculatedDocument.PLAN, HELD, Delivery.BY_HAND,
                                    address="")) is None
    assert circulation_problem(sent(CirculatedDocument.PLAN, HELD)) is None


@given(st.integers(min_value=0, max_value=40), st.integers(min_value=-30, max_value=60))
def test_owed_words_always_say_late_after_the_day(days_to_due, offset):
    due = date(2027, 2, 1) + timedelta(days=days_to_due)
    today = due + timedelta(days=offset)
    words = owed_words(MINUTES, due, today)
    assert ("LATE" in words) == (today > due)


def test_the_dates_owed_are_the_deadlines_own():
    from cpmeeting.domain.plan import DateOverride
    from cpmeeting.domain.rules.deadlines import due_dates

    record = held()
    profile = AuthorityProfile()
    record.plan.date_overrides.append(DateOverride("minutes", date(2027, 1, 29), "Agreed late"))
    deadlines = {d.key: d.effective for d in due_dates(record, profile)}
    owed = {o.what: o.due for o in circulation_due(record, profile)}
    assert owed == {PLAN: deadlines["plan_circulation"], MINUTES: deadlines["minutes"]}
    assert owed[MINUTES] == date(2027, 1, 29)
