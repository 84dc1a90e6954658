"""When the conference and everything after it is due (domain.md §2, §3)."""

from __future__ import annotations

from datetime import date

from factories import complete_exclusion, named, profile, rules_conference

from cpmeeting.domain.conference import (
    ConferenceKind,
    ConferenceStatus,
    InquoratePath,
    InquorateRecord,
)
from cpmeeting.domain.decision import Decision, Outcome
from cpmeeting.domain.plan import DateOverride
from cpmeeting.domain.profile import Nation
from cpmeeting.domain.rules.deadlines import (
    all_due_dates,
    conference_due_date,
    due_dates,
    is_late,
)

ENGLAND = profile()


def dates_of(conf, prof=ENGLAND):
    return {d.key: d.effective for d in due_dates(conf, prof)}


def test_initial_conference_is_due_15_working_days_after_the_strategy_discussion():
    conf = rules_conference(strategy_discussion_date=date(2026, 12, 14))
    due = conference_due_date(conf, ENGLAND)
    assert due.due == date(2027, 1, 7)  # Christmas, Boxing Day (observed), New Year
    assert due.render_basis() == ("15 working days after the strategy discussion on 14 Dec 2026 "
                                  "(bank holidays of England and Wales)")
    assert due.basis == due.render_basis()


def test_scottish_authority_counts_the_second_of_january():
    conf = rules_conference(strategy_discussion_date=date(2026, 12, 14))
    due = conference_due_date(conf, profile(Nation.SCOTLAND))
    assert due.due == date(2027, 1, 8)
    assert "Scotland" in due.render_basis()


def test_transfer_in_is_due_15_working_days_after_notification():
    conf = rules_conference(ConferenceKind.TRANSFER_IN, strategy_discussion_date=None,
                      transfer_notified_date=date(2027, 3, 19))
    # Good Friday 26 March and Easter Monday 29 March 2027 are not working days.
    assert conference_due_date(conf, ENGLAND).due == date(2027, 4, 13)
    assert "notified on 19 Mar 2027" in conference_due_date(conf, ENGLAND).render_basis()


def test_first_review_within_3_months_of_the_initial_then_6_months():
    first = rules_conference(ConferenceKind.REVIEW, previous_conference_date=date(2026, 11, 30),
                       previous_conference_kind=ConferenceKind.INITIAL)
    assert conference_due_date(first, ENGLAND).due == date(2027, 2, 28)
    later = rules_conference(ConferenceKind.REVIEW, previous_conference_date=date(2027, 2, 26),
                       previous_conference_kind=ConferenceKind.REVIEW)
    assert conference_due_date(later, ENGLAND).due == date(2027, 8, 26)
    assert conference_due_date(later, ENGLAND).render_basis() == (
        "6 months after the review conference on 26 Feb 2027")


def test_review_after_a_31st_clamps_to_the_month_end():
    conf = rules_conference(ConferenceKind.REVIEW, previous_conference_date=date(2026, 11, 30),
                      previous_conference_kind=ConferenceKind.INITIAL)
    conf.previous_conference_date = date(2026, 10, 31)
    assert conference_due_date(conf, ENGLAND).due == date(2027, 1, 31)
    conf.previous_conference_date = date(2027, 1, 31)
    conf.previous_conference_kind = ConferenceKind.REVIEW
    assert conference_due_date(conf, ENGLAND).due == date(2027, 7, 31)


def test_pre_birth_follows_the_initial_rule_only_when_the_strategy_date_is_known():
    conf = rules_conference(ConferenceKind.PRE_BIRTH, strategy_discussion_date=date(2026, 11, 12))
    assert conference_due_date(conf, ENGLAND).due == date(2026, 12, 3)
    conf.strategy_discussion_date = None
    assert conference_due_date(conf, ENGLAND) is None


def test_unknown_starting_date_gives_no_due_date_and_is_never_late():
    conf = rules_conference(strategy_discussion_date=None)
    assert conference_due_date(conf, ENGLAND) is None
    assert not is_late(conf, ENGLAND, date(2030, 1, 1))
    assert [d.key for d in all_due_dates(conf, ENGLAND)][0] != "conference"


def test_after_an_initial_conference_plan_core_group_review_and_minutes_are_due():
    conf = rules_conference()  # held Wednesday 2 Dec 2026
    assert dates_of(conf) == {
        "plan_circulation": date(2026, 12, 3),
        "core_group": date(2026, 12, 16),
        "minutes": date(2026, 12, 23),
        "review": date(2027, 3, 2),
    }


def test_a_review_has_no_first_core_group_and_the_next_review_is_6_months_on():
    conf = rules_conference(ConferenceKind.REVIEW, previous_conference_date=date(2026, 9, 1),
                      previous_conference_kind=ConferenceKind.INITIAL)
    due = dates_of(conf)
    assert "core_group" not in due
    assert due["review"] == date(2027, 6, 2)


def test_plan_circulation_over_christmas_is_the_next_working_day():
    conf = rules_conference()
    conf.date = date(2026, 12, 24)
    assert dates_of(conf)["plan_circulation"] == date(2026, 12, 29)


def test_no_plan_dates_when_no_child_has_a_protection_plan():
    conf = rules_conference()
    conf.decisions = [Decision(child.id, significant_harm=False,
                               outcome=Outcome.CHILD_IN_NEED_PLAN) for child in conf.children]
    assert set(dates_of(conf)) == {"minutes"}
    conf.decisions[0].outcome = Outcome.CHILD_PROTECTION_PLAN
    assert "review" in dates_of(conf)


def test_inquorate_conference_must_reconvene_within_10_working_days():
    conf = rules_conference()
    conf.inquorate = InquorateRecord(InquoratePath.INTERIM_PLAN, "Police and school absent")
    assert dates_of(conf)["reconvene"] == date(2026, 12, 16)


def test_exclusion_requests_are_due_3_working_days_before():
    conf = rules_conference()
    conf.date = date(2027, 1, 6)
    conf.exclusions = [complete_exclusion(conf, named(conf, "Dean Thornbury"))]
    assert dates_of(conf)["exclusion_notice"] == date(2026, 12, 31)


def test_a_chairs_override_changes_the_effective_date_and_keeps_the_computed_one():
    conf = rules_conference()
    conf.plan.date_overrides = [DateOverride("core_group", date(2026, 12, 18), "Holiday cover")]
    core = next(d for d in due_dates(conf, ENGLAND) if d.key == "core_group")
    assert core.due == date(2026, 12, 16)
    assert core.effective == date(2026, 12, 18)
    assert core.override.reason == "Holiday cover"


def test_due_dates_are_in_date_order_with_translatable_titles_and_bases():
    conf = rules_conference()
    dates = due_dates(conf, ENGLAND)
    assert [d.effective for d in dates] == sorted(d.effective for d in dates)
    welsh = {"1 working day after the conference on {date} (bank holidays of {calendar})":
             "1 diwrnod gwaith ar ôl y gynhadledd ar {date} ({calendar})"}
    assert dates[0].render_basis(lambda s: welsh.get(s, s)) == (
        "1 diwrnod gwaith ar ôl y gynhadledd ar 2 Dec 2026 (England and Wales)")
    assert all("{" not in d.render_basis() for d in dates)
    assert dates[0].render_title() == "Written plan to parents and participants"
    assert dates[0].render_basis() == ("1 working day after the conference on 2 Dec 2026 "
                                       "(bank holidays of England and Wales)")


def test_lateness():
    conf = rules_conference(strategy_discussion_date=date(2026, 11, 12))  # due 3 Dec 2026
    assert not is_late(conf, ENGLAND, today=date(2026, 11, 20))
    conf.date = date(2026, 12, 4)
    assert is_late(conf, ENGLAND, today=date(2026, 11, 20))  # scheduled after the due date
    conf.date = date(2026, 12, 3)
    assert is_late(conf, ENGLAND, today=date(2026, 12, 7))  # due date passed, not held
    conf.status = ConferenceStatus.SIGNED
    assert not is_late(conf, ENGLAND, today=date(2026, 12, 7))  # held on time
    conf.plan.date_overrides = [DateOverride("conference", date(2026, 12, 2), "Typo fix")]
    assert is_late(conf, ENGLAND, today=date(2026, 12, 7))


def test_review_reports_reach_parents_3_days_before_a_review():
    conf = rules_conference(ConferenceKind.REVIEW, previous_conference_date=date(2026, 9, 1),
                      previous_conference_kind=ConferenceKind.INITIAL)
    reports = next(d for d in due_dates(conf, ENGLAND) if d.key == "review_reports")
    assert reports.due == date(2026, 11, 29)
    assert reports.render_basis() == "3 days before the review conference on 2 Dec 2026"
    assert "review_reports" not in dates_of(rules_conference())


def test_a_child_turning_18_before_the_next_review_gets_a_review_around_the_birthday():
    conf = rules_conference()
    maisie = conf.children[0]
    maisie.date_of_birth = date(2009, 1, 20)
    birthday = next(d for d in due_dates(conf, ENGLAND) if d.key == "eighteenth_birthday")
    assert birthday.due == date(2027, 1, 20)
    assert birthday.render_basis().startswith("Maisie Thornbury turns 18 on 20 Jan 2027")
    maisie.date_of_birth = date(2009, 6, 20)  # after the review due on 2 Mar 2027
    assert "eighteenth_birthday" not in dates_of(conf)
