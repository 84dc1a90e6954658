"""What is owed after the meeting: the plan within 1 working day, the minutes within the
profile's working days (domain.md §3, §10), and the window for asking for corrections.

The due dates are the deadlines' own (rules/deadlines.py, with any date the chair set); a
document stops being owed once its first sending is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..circulation import Circulation
from ..conference import Conference
from ..kinds import HELD_STATUSES
from ..profile import AuthorityProfile
from ..text import N_, N_plural
from .calendar import WorkingCalendar
from .deadlines import plan_expected

PLAN, MINUTES = "plan", "minutes"
_DEADLINE_KEYS = {PLAN: "plan_circulation", MINUTES: "minutes"}


@dataclass(frozen=True)
class Owed:
    """A document still to send (sent_on None) or sent, against its due date."""

    what: str  # PLAN or MINUTES
    due: date
    sent_on: date | None = None

    @property
    def outstanding(self) -> bool:
        return self.sent_on is None


def first_sent(conference: Conference, what: str) -> date | None:
    """The day the plan (or the minutes) first went to anyone."""
    days = [c.sent_on for c in conference.circulations if _covers(c, what)]
    return min(days) if days else None


def _covers(circulation: Circulation, what: str) -> bool:
    document = circulation.document
    return document.includes_plan if what == PLAN else document.includes_minutes


def circulation_due(conference: Conference, profile: AuthorityProfile) -> list[Owed]:
    """The plan (when one is expected) and the minutes, once the conference is held."""
    if conference.status not in HELD_STATUSES:
        return []
    times = profile.timescales
    wanted = [(PLAN, times.plan_circulation_working_days)] if plan_expected(conference) else []
    wanted.append((MINUTES, times.minutes_working_days))
    return [Owed(what, _deadline(conference, profile, what, days), first_sent(conference, what))
            for what, days in wanted]


def _deadline(conference: Conference, profile: AuthorityProfile, what: str, days: int) -> date:
    """The same date as the deadlines' list gives (rules/deadlines.py), the chair's date if
    set; worked out alone, since the archive asks at every save."""
    override = conference.plan.override_for(_DEADLINE_KEYS[what])
    if override is not None:
        return override.on
    return WorkingCalendar(profile.nation).add_working_days(conference.date, days)


def owed_dates(conference: Conference, profile: AuthorityProfile
               ) -> tuple[date | None, date | None]:
    """(plan, minutes) due dates of what is still to send; None when sent or not owed."""
    owed = {o.what: o.due for o in circulation_due(conference, profile) if o.outstanding}
    return owed.get(PLAN), owed.get(MINUTES)


_DUE_IN: dict[str, tuple[str, str]] = {
    PLAN: N_plural("Plan due in 1 day", "Plan due in {count} days"),
    MINUTES: N_plural("Minutes due in 1 day", "Minutes due in {count} days"),
}
_DUE_TODAY = {PLAN: N_("Plan due today"), MINUTES: N_("Minutes due today")}
_LATE = {PLAN: N_("Plan LATE"), MINUTES: N_("Minutes LATE")}


def owed_words(what: str, due: date, today: date,
               translate: Callable[[str], str] = lambda s: s,
               plural: Callable[[str, str, int], str] | None = None) -> str:
    """'Minutes due in 3 days', 'Plan due today', 'Minutes LATE', in words, not colour."""
    days = (due - today).days
    if days < 0:
        return translate(_LATE[what])
    if days == 0:
        return translate(_DUE_TODAY[what])
    one, many = _DUE_IN[what]
    chosen = plural(one, many, days) if plural else translate(one if days == 1 else many)
    return chosen.format(count=days)


def correction_window_closes(conference: Conference, profile: AuthorityProfile) -> date | None:
    """The last day to ask for a correction: N working days after the minutes first went out
    (None until they have)."""
    sent = first_sent(conference, MINUTES)
    if sent is None:
        return None
    days = profile.timescales.correction_window_working_days
    return WorkingCalendar(profile.nation).add_working_days(sent, days)
