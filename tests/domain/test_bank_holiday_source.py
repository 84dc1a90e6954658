"""The UK bank holidays, loaded on their own, are the holidays package's own dates and names."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from cpmeeting.domain.profile import Nation
from cpmeeting.domain.rules.calendar import _SUBDIVISIONS, WorkingCalendar

YEARS = range(1995, 2061)


def in_fresh_process(script: str) -> str:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture(scope="module")
def package_dates() -> dict[str, dict[str, str]]:
    """What holidays.country_holidays gives, computed in a process that never saw our loader."""
    script = (
        "import json, holidays\n"
        f"years = range({YEARS.start}, {YEARS.stop})\n"
        "print(json.dumps({s: {d.isoformat(): n for d, n in holidays.country_holidays("
        f"'GB', subdiv=s, years=years).items()}} for s in {sorted(set(_SUBDIVISIONS.values()))!r}}}))"
    )
    return json.loads(in_fresh_process(script))


@pytest.mark.parametrize("nation", list(Nation))
def test_same_bank_holidays_as_the_holidays_package(nation, package_dates):
    calendar = WorkingCalendar(nation)
    expected = package_dates[_SUBDIVISIONS[nation]]
    ours = {}
    for year in YEARS:
        day = date(year, 1, 1)
        while day.year == year:
            name = calendar.holiday_name(day)
            if name is not None:
                ours[day.isoformat()] = name
            day = day.fromordinal(day.toordinal() + 1)
    assert ours == expected


def test_counting_working_days_does_not_load_every_country():
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from cpmeeting.domain.profile import Nation\n"
        "from cpmeeting.domain.rules.calendar import WorkingCalendar\n"
        "assert WorkingCalendar(Nation.ENGLAND).add_working_days(date(2026, 12, 24), 1)"
        " == date(2026, 12, 29)\n"
        "print(sum(m.startswith('holidays.countries.') for m in sys.modules))\n"
    )
    assert int(in_fresh_process(script)) == 1
