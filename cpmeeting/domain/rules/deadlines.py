"""When things are due: the conference itself and everything after it (domain.md §2, §3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..conference import Conference, ConferenceKind
from ..decision import Outcome
from ..plan import DateOverride
from ..profile import AuthorityProfile
from ..summary import late_against
from ..text import N_, N_plural
from .calendar import WorkingCalendar, add_months
from .explain import _identity, fill, format_value

TITLES: dict[str, str] = {
    "conference": N_("Conference"),
    "plan_circulation": N_("Written plan to parents and participants"),
    # A deadline, not the meeting: the plan sets the meeting's own date (domain.md §3).
    "core_group": N_("First core group meeting, at the latest"),
    "review": N_("Next review conference"),
    "minutes": N_("Minutes circulated"),
    "exclusion_notice": N_("Latest request to exclude a family member"),
    "reconvene": N_("Reconvened conference"),
    "review_reports": N_("Reports to parents before the review"),
    "eighteenth_birthday": N_("Review around the 18th birthday"),
}

# Titles once the event itself has a date set: the row then shows that date.
ARRANGED_TITLES: dict[str, str] = {
    "core_group": N_("First core group meeting"),
}

# Review reports reach parents 3 (calendar) days before the review [003].
REVIEW_REPORT_DAYS = 3
_REVIEW_REPORTS_BASIS = N_plural("1 day before the review conference on {date}",
                                 "{count} days before the review conference on {date}")
_EIGHTEENTH_BASIS = N_("{child} turns 18 on {date}; a plan ends at 18, so the review is held "
                       "around the birthday")

# (one, many) templates per event, so translators get whole sentences.
_WORKING_DAY_BASIS: dict[str, tuple[str, str]] = {
    "strategy": N_plural(
        "1 working day after the strategy discussion on {date} (bank holidays of {calendar})",
        "{count} working days after the strategy discussion on {date} "
           "(bank holidays of {calendar})",
    ),
    "notification": N_plural(
        "1 working day after the transfer was notified on {date} (bank holidays of {calendar})",
        "{count} working days after the transfer was notified on {date} "
           "(bank holidays of {calendar})",
    ),
    "conference": N_plural(
        "1 working day after the conference on {date} (bank holidays of {calendar})",
        "{count} working days after the conference on {date} (bank holidays of {calendar})",
    ),
    "before_conference": N_plural(
        "1 working day before the conference on {date} (bank holidays of {calendar})",
        "{count} working days before the conference on {date} (bank holidays of {calendar})",
    ),
}

_MONTH_BASIS: dict[ConferenceKind, tuple[str, str]] = {
    ConferenceKind.INITIAL: N_plural(
        "1 month after the initial conference on {date}",
        "{count} months after the initial conference on {date}",
    ),
    ConferenceKind.PRE_BIRTH: N_plural(
        "1 month after the pre-birth conference on {date}",
        "{count} months after the pre-birth conference on {date}",
    ),
    ConferenceKind.TRANSFER_IN: N_plural(
        "1 month after the transfer-in conference on {date}",
        "{count} months after the transfer-in conference on {date}",
    ),
    ConferenceKind.REVIEW: N_plural(
        "1 month after the review conference on {date}",
        "{count} months after the review conference on {date}",
    ),
}



@dataclass(frozen=True)
class DueDate:
    """A computed deadline, why it falls when it does, and the chair's override if any."""

    key: str
    title: str
    due: date
    basis_template: str
    override: DateOverride | None = None
    basis_params: tuple[tuple[str, str], ...] = ()
    basis_forms: tuple[str, str] = ()  # (singular, plural) msgids when the basis counts
    basis_count: int = 1
    arranged: date | None = None  # the date set for the event itself (the first core group)

    @property
    def effective(self) -> date:
        """The deadline that applies: the override if the chair set one."""
        return self.override.on if self.override is not None else self.due

    @property
    def applies(self) -> date:
        """The date a reader should keep: the event's own date once set, else the deadline."""
        return self.arranged if self.arranged is not None else self.effective

    @property
    def late(self) -> bool:
        """The event is set for after its deadline."""
        return self.arranged is not None and self.arranged > self.effective

    @property
    def basis(self) -> str:
        """Why the date falls when it does, in English."""
        return self.render_basis()

    def render_title(self, translate: Callable[[str], str] = _identity) -> str:
        """The deadline's name (goes with `due` and `effective`)."""
        return translate(self.title)

    def render_applies_title(self, translate: Callable[[str], str] = _identity) -> str:
        """The name that goes with `applies`: the event's once its date is set."""
        if self.arranged is not None and self.key in ARRANGED_TITLES:
            return translate(ARRANGED_TITLES[self.key])
        return translate(self.title)

    def render_basis(self, translate: Callable[[str], str] = _identity,
                     day: Callable[[date], str] | None = None,
                     plural: Callable[[str, str, int], str] | None = None) -> str:
        """Why the date falls when it does, with the template translated first.

        With `plural` (a catalog's ngettext) a counted template takes the language's own
        form for the count (Polish: 2-4 and 5+ differ); without it, English one/many.
        """
        if plural is not None and self.basis_forms:
            chosen = plural(*self.basis_forms, self.basis_count)
            # Already translated: looking it up again in the catalog returns it unchanged.
            return fill(chosen, self.basis_params, translate, day)
        return fill(self.basis_template, self.basis_params, translate, day)


def _due(conference: Conference, key: str, due: date, template: str | tuple[str, str],
         **params: object) -> DueDate:
    """A due date; a (singular, plural) template is chosen by params['count']."""
    values = tuple((name, format_value(value)) for name, value in params.items())
    forms: tuple[str, str] = ()
    count = 1
    if isinstance(template, tuple):
        forms, count = template, int(params["count"])  # type: ignore[call-overload]
        template = forms[0] if count == 1 else forms[1]
    return DueDate(
        key=key, title=TITLES[key], due=due, basis_template=template,
        override=conference.plan.override_for(key), basis_params=values,
        basis_forms=forms, basis_count=count,
    )


def _working_days(conference: Conference, profile: AuthorityProfile, key: str, event: str,
                  start: date, count: int) -> DueDate:
    cal = WorkingCalendar(profile.nation)
    sign = -1 if event == "before_conference" else 1
    due = cal.add_working_days(start, sign * count)
    return _due(conference, key, due, _WORKING_DAY_BASIS[event],
                count=count, date=start, calendar=cal.name)


def _months(conference: Conference, key: str, after: ConferenceKind, start: date,
            count: int) -> DueDate:
    return _due(conference, key, add_months(start, count), _MONTH_BASIS[after],
                count=count, date=start)


def conference_due_date(conference: Conference, profile: AuthorityProfile) -> DueDate | None:
    """When this conference must be held by, or None when the date it counts from is unknown."""
    times = profile.timescales
    kind = conference.kind
    if kind in (ConferenceKind.INITIAL, ConferenceKind.PRE_BIRTH):
        # Pre-birth timing is local; by default it follows the initial rule when a strategy
        # discussion date is known.
        if conference.strategy_discussion_date is None:
            return None
        return _working_days(conference, profile, "conference", "strategy",
                             conference.strategy_discussion_date, times.initial_working_days)
    if kind is ConferenceKind.TRANSFER_IN:
        if conference.transfer_notified_date is None:
            return None
        return _working_days(conference, profile, "conference", "notification",
                             conference.transfer_notified_date, times.transfer_in_working_days)
    if conference.previous_conference_date is None:
        return None
    previous = conference.previous_conference_kind or ConferenceKind.REVIEW
    return _months(conference, "conference", previous, conference.previous_conference_date,
                   _review_months(previous, profile))


def _review_months(after: ConferenceKind, profile: AuthorityProfile) -> int:
    times = profile.timescales
    if after is ConferenceKind.PRE_BIRTH:
        return times.pre_birth_first_review_months
    if after is ConferenceKind.REVIEW:
        return times.later_review_months
    return times.first_review_months


def plan_expected(conference: Conference) -> bool:
    """False once every child has a decision and none of them is a child protection plan."""
    decisions = [conference.decision_for(child.id) for child in conference.children]
    if not decisions or any(d is None or d.outcome is None for d in decisions):
        return True
    return any(d.outcome is Outcome.CHILD_PROTECTION_PLAN for d in decisions if d is not None)


def reconvene_due(conference: Conference, profile: AuthorityProfile) -> DueDate:
    """The latest date for reconvening an inquorate conference (local; 10 working days)."""
    return _working_days(conference, profile, "reconvene", "conference", conference.date,
                         profile.timescales.inquorate_reconvene_working_days)


def exclusion_notice_due(conference: Conference, profile: AuthorityProfile) -> DueDate:
    """The last day an agency should ask to exclude a family member."""
    return _working_days(conference, profile, "exclusion_notice", "before_conference",
                         conference.date, profile.timescales.exclusion_notice_working_days)


def eighteenth_birthdays(conference: Conference, before: date) -> list[DueDate]:
    """Children who turn 18 on or before a date: their plan ends then [000 4.1]."""
    result = []
    for child in conference.children:
        if child.date_of_birth is None:
            continue
        birthday = add_months(child.date_of_birth, 18 * 12)
        if conference.date < birthday <= before:
            result.append(_due(conference, "eighteenth_birthday", birthday, _EIGHTEENTH_BASIS,
                               child=child.display_name, date=birthday))
    return result


def due_dates(conference: Conference, profile: AuthorityProfile) -> list[DueDate]:
    """Everything due after the conference (and the few things due before it), in date order."""
    times = profile.timescales
    held = conference.date
    result: list[DueDate] = []
    if conference.kind is ConferenceKind.REVIEW:
        result.append(_due(conference, "review_reports", held - timedelta(days=REVIEW_REPORT_DAYS),
                           _REVIEW_REPORTS_BASIS, count=REVIEW_REPORT_DAYS, date=held))
    if conference.exclusions:
        result.append(exclusion_notice_due(conference, profile))
    if conference.inquorate is not None:
        result.append(reconvene_due(conference, profile))
    if plan_expected(conference):
        result.append(_working_days(conference, profile, "plan_circulation", "conference", held,
                                    times.plan_circulation_working_days))
        if conference.kind.starts_a_plan:
            core = _working_days(conference, profile, "core_group", "conference", held,
                                 times.core_group_working_days)
            result.append(replace(core, arranged=conference.plan.core_group.first_meeting))
        review = _months(conference, "review", conference.kind, held,
                         _review_months(conference.kind, profile))
        result.append(review)
        result.extend(eighteenth_birthdays(conference, review.effective))
    result.append(_working_days(conference, profile, "minutes", "conference", held,
                                times.minutes_working_days))
    return sorted(result, key=lambda d: d.applies)


def all_due_dates(conference: Conference, profile: AuthorityProfile) -> list[DueDate]:
    """The conference's own due date (when known) followed by due_dates."""
    own = conference_due_date(conference, profile)
    return ([own] if own is not None else []) + due_dates(conference, profile)


def is_late(conference: Conference, profile: AuthorityProfile, today: date) -> bool:
    """Held or scheduled after its due date, or still not held when the due date has passed."""
    own = conference_due_date(conference, profile)
    if own is None:
        return False
    return late_against(own.effective, conference.date, conference.status, today)
