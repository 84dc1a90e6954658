"""Checks on the authority profile: the introduction script and the quoracy rule in words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cpmeeting.domain.people import PractitionerGroup
from cpmeeting.domain.profile import AuthorityProfile, QuoracySettings
from cpmeeting.domain.rules.profile_checks import (
    SCRIPT_PLACEHOLDERS,
    check_introduction_script,
    describe_quoracy,
    profile_errors,
    profile_warnings,
)

literal = st.text(st.characters(exclude_characters="{}"), max_size=20)
known = st.sampled_from(SCRIPT_PLACEHOLDERS).map(lambda name: "{" + name + "}")
unknown = st.from_regex(r"[a-z_]{1,12}", fullmatch=True).filter(
    lambda name: name not in SCRIPT_PLACEHOLDERS)


@given(st.lists(st.one_of(literal, known), max_size=12))
def test_a_script_of_known_placeholders_and_text_always_fills(parts):
    assert check_introduction_script("".join(parts)) is None


@given(st.lists(st.one_of(literal, known), max_size=6), unknown,
       st.lists(st.one_of(literal, known), max_size=6))
def test_an_unknown_placeholder_is_named(before, name, after):
    problem = check_introduction_script("".join(before) + "{" + name + "}" + "".join(after))
    assert problem is not None
    assert "{" + name + "}" in problem.render()
    assert problem.record_id == "introduction_script"


def test_a_lone_bracket_or_bad_format_is_caught():
    assert "partner" in check_introduction_script("Dear {chair").render()
    assert "{chair}" in check_introduction_script("{chair:d}").render()
    assert check_introduction_script("Use {{braces}} for {chair}") is None


def test_the_default_profile_has_no_problems():
    assert profile_errors(AuthorityProfile()) == []
    assert profile_warnings(AuthorityProfile()) == []


def test_out_of_range_timescale_and_blank_name_are_errors_naming_the_field():
    profile = AuthorityProfile(name="  ")
    profile.timescales.core_group_working_days = 367
    fields = [item.record_id for item in profile_errors(profile)]
    assert fields == ["name", "timescales.core_group_working_days"]


def test_the_rule_in_words_follows_the_settings():
    assert describe_quoracy(QuoracySettings()).startswith(
        "Quorate when Children's social care (or NSPCC) and at least 2 other agencies")
    strict = QuoracySettings(
        required_groups=[PractitionerGroup.CHILDRENS_SOCIAL_CARE, PractitionerGroup.PAEDIATRICS],
        lead_alternatives=[], min_other_agencies=1, count_video=False,
        count_written_reports=True)
    text = describe_quoracy(strict)
    assert "NSPCC" not in text
    assert "at least 1 other agency" in text
    assert "Paediatrics must also take part." in text
    assert "A video link does not count." in text
    assert "A written report counts" in text
