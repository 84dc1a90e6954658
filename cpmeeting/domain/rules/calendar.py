"""Working days: Monday to Friday without the bank holidays of the authority's nation."""

from __future__ import annotations

import calendar as _calendar
import importlib.util
import sys
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from ..profile import Nation
from ..text import N_

# England and Wales share a calendar; the holidays package still has a code for each.
_SUBDIVISIONS: dict[Nation, str] = {
    Nation.ENGLAND: "ENG",
    Nation.WALES: "WLS",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}

CALENDAR_NAMES: dict[Nation, str] = {
    Nation.ENGLAND: N_("England and Wales"),
    Nation.WALES: N_("England and Wales"),
    Nation.SCOTLAND: N_("Scotland"),
    Nation.NORTHERN_IRELAND: N_("Northern Ireland"),
}

_ONE_DAY = timedelta(days=1)


UK_MODULE = "holidays.countries.united_kingdom"


@cache
def _bank_holidays(nation: Nation) -> Any:
    return united_kingdom_holidays()(subdiv=_SUBDIVISIONS[nation])


def united_kingdom_holidays() -> type:
    """The holidays package's UnitedKingdom class, loaded without its 200-odd sister countries.

    Importing any module under holidays.countries first runs that package's __init__, which
    imports every country (about 350 modules); the UK module needs only the package's core.
    Imported here, not at the top, so that loading the domain stays cheap.
    """
    module = sys.modules.get(UK_MODULE)
    if module is None:
        import holidays

        source = Path(holidays.__path__[0], "countries", "united_kingdom.py")
        spec = importlib.util.spec_from_file_location(UK_MODULE, source)
        if spec is None or spec.loader is None or not source.is_file():
            from holidays.countries import UnitedKingdom  # another layout: the slow way

            return UnitedKingdom
        module = importlib.util.module_from_spec(spec)
        sys.modules[UK_MODULE] = module  # one class, even if holidays.countries loads later
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[UK_MODULE]
            raise
    return module.UnitedKingdom


class WorkingCalendar:
    """Counts working days for one nation's bank holidays."""

    def __init__(self, nation: Nation) -> None:
        self.nation = Nation(nation)
        self._holidays = _bank_holidays(self.nation)

    @property
    def name(self) -> str:
        """Whose bank holidays these are, as an English msgid ("England and Wales")."""
        return CALENDAR_NAMES[self.nation]

    def holiday_name(self, day: date) -> str | None:
        """The bank holiday on this day, if any ("Boxing Day (observed)")."""
        return self._holidays.get(day)

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and not a bank holiday."""
        return day.weekday() < 5 and day not in self._holidays

    def add_working_days(self, day: date, n: int) -> date:
        """The nth working day after day (before it when n < 0); n = 0 gives day itself."""
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        remaining = abs(n)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after start up to and including end; negative when end is earlier.

        The inverse of add_working_days: working_days_between(d, add_working_days(d, n)) == n.
        """
        if end >= start:
            return sum(1 for day in _days(start + _ONE_DAY, end) if self.is_working_day(day))
        return -sum(1 for day in _days(end, start - _ONE_DAY) if self.is_working_day(day))


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def add_months(day: date, months: int) -> date:
    """The same day of the month, months later, clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
