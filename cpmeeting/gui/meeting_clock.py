"""Elapsed time for the meeting and for each stage, with the optional budget per stage."""

from __future__ import annotations

from datetime import datetime, timedelta

from cpmeeting.domain.conference import Conference
from cpmeeting.domain.stages import Stage
from cpmeeting.gui.labels import stage_title
from cpmeeting.i18n import _


class MeetingClock:
    """Counts time spent in each stage while the live view is open.

    The meeting started at its first minute entry if there is one (so a reopened window keeps
    counting), else when the live view opened. The time per stage starts from `spent`, the
    seconds kept from before a reopen (the time the window was closed does not count).
    """

    def __init__(self, conference: Conference, now: datetime,
                 spent: dict[str, int] | None = None) -> None:
        first_entry = min((entry.at for entry in conference.minutes), default=now)
        self.started = min(first_entry, now)
        known = {stage.value: stage for stage in Stage}
        self._spent: dict[Stage, timedelta] = {
            known[name]: timedelta(seconds=max(seconds, 0))
            for name, seconds in (spent or {}).items() if name in known}
        self._stage = conference.current_stage
        self._entered = now

    def times(self, now: datetime) -> dict[str, int]:
        """Whole seconds spent in each stage so far, by stage name: what is kept on disk."""
        stages = set(self._spent) | {self._stage}
        return {stage.value: int(self.stage_elapsed(stage, now).total_seconds())
                for stage in stages}

    @property
    def stage(self) -> Stage:
        return self._stage

    def enter(self, stage: Stage, now: datetime) -> None:
        """The chair moved to another stage."""
        if stage is self._stage:
            return
        self._spent[self._stage] = self.stage_elapsed(self._stage, now)
        self._stage, self._entered = stage, now

    def stage_elapsed(self, stage: Stage, now: datetime) -> timedelta:
        spent = self._spent.get(stage, timedelta())
        if stage is self._stage:
            spent += max(now - self._entered, timedelta())
        return spent

    def meeting_elapsed(self, now: datetime) -> timedelta:
        return max(now - self.started, timedelta())

    def describe(self, conference: Conference, now: datetime) -> str:
        """'Meeting 1 h 05 min · Analysis 12 of 15 min', with a warning in words when over."""
        stage = self._stage
        minutes = int(self.stage_elapsed(stage, now).total_seconds() // 60)
        budget = conference.stage_budgets_minutes.get(stage)
        if budget:
            stage_text = _("{stage}: {minutes} of {budget} min").format(
                stage=stage_title(stage), minutes=minutes, budget=budget)
            if minutes > budget:
                stage_text += " " + _("(over the budget by {over} min)").format(over=minutes - budget)
        else:
            stage_text = _("{stage}: {minutes} min").format(stage=stage_title(stage), minutes=minutes)
        return _("Meeting {elapsed}").format(elapsed=format_duration(self.meeting_elapsed(now))) + \
            "  ·  " + stage_text


def format_duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _("{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)
    return _("{minutes} min").format(minutes=minutes)
