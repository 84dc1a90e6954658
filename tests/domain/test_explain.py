"""Findings carry a translatable template and its values, formatted for a chair."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.domain.rules.explain import Finding, finding, format_day
from cpmeeting.domain.stages import Stage


def test_values_are_formatted_as_a_chair_writes_them():
    item = finding("{name} left at {time} on {day}", Stage.ATTENDANCE, "abc",
                   name="DC Sam Okafor", time=datetime(2026, 12, 2, 11, 5),
                   day=date(2026, 12, 2))
    assert item.render() == "DC Sam Okafor left at 11:05 on 2 Dec 2026"
    assert item.params == (("name", "DC Sam Okafor"), ("time", "11:05"), ("day", "2 Dec 2026"))
    assert (item.stage, item.record_id, item.ok) == (Stage.ATTENDANCE, "abc", False)


def test_the_template_is_translated_before_the_values_go_in():
    item = finding("{name} sent apologies.", name="Owen Teague")
    welsh = {"{name} sent apologies.": "Anfonodd {name} ymddiheuriadau."}
    assert item.render(lambda s: welsh.get(s, s)) == "Anfonodd Owen Teague ymddiheuriadau."


@given(st.text(), st.text())
def test_any_value_renders_verbatim_even_with_braces(name, agency):
    item = Finding("{agency}: {name}", (("agency", agency), ("name", name)))
    assert item.render() == f"{agency}: {name}"


@given(st.dates())
def test_every_date_has_day_month_and_year(day):
    text = format_day(day)
    assert text.split()[0] == str(day.day) and text.split()[-1] == str(day.year)
