"""Findings: the reasons a rule gives, as translatable templates with their values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from ..stages import Stage
from ..text import Msgid

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class Finding:
    """One reason shown to a chair: a template, its values, and where to fix it."""

    message: str
    params: tuple[tuple[str, str], ...] = ()
    stage: Stage | None = None
    record_id: str | None = None
    ok: bool = False

    def render(self, translate: Callable[[str], str] = _identity,
               day: Callable[[date], str] | None = None) -> str:
        """The text, with the template translated before the values go in.

        Values marked with N_ (group titles, calendar names) are translated too; with `day`,
        dates are written the reader's way (e.g. Babel for the family's locale).
        """
        return fill(self.message, self.params, translate, day)

    def __str__(self) -> str:
        return self.render()


def fill(template: str, params: tuple[tuple[str, str], ...],
         translate: Callable[[str], str] = _identity,
         day: Callable[[date], str] | None = None) -> str:
    """A template translated, then filled; N_-marked values translated, dates rewritten by day."""
    values = {}
    for name, value in params:
        if isinstance(value, Msgid):
            value = translate(value)
        elif day is not None and isinstance(value, DayText):
            value = day(value.day)
        values[name] = value
    return translate(template).format(**values)


def finding(message: str, stage: Stage | None = None, record_id: str | None = None,
            ok: bool = False, **params: object) -> Finding:
    """Build a Finding, turning every value into text (dates and times formatted)."""
    values = tuple((name, format_value(value)) for name, value in params.items())
    return Finding(message, values, stage, record_id, ok)


def format_day(day: date) -> str:
    """A date as a chair writes it: 2 Nov 2026 (locale-neutral so the core needs no Babel)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_time(moment: datetime) -> str:
    """A time of day as 11:05."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


class DayText(str):
    """A date written as 2 Nov 2026 that remembers the date, so a reader's locale can rewrite it."""

    day: date

    def __new__(cls, day: date) -> DayText:
        text = super().__new__(cls, format_day(day))
        text.day = day
        return text

    def __reduce__(self) -> tuple:
        return DayText, (self.day,)  # copies and pickles rebuild it from the date


def format_value(value: object) -> str:
    """Text for a template value: dates as 2 Nov 2026, times as 11:05, the rest as str()."""
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, date):
        return DayText(value)
    if isinstance(value, Msgid):
        return value  # kept marked, so render() can translate it
    return str(value)
