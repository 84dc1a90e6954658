"""Checks on an authority profile before it is stored: errors block saving, warnings do not."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from string import Formatter

from ..analysis import AnalysisFramework
from ..logo import logo_problem
from ..profile import AuthorityProfile, Nation, QuoracySettings, Timescales
from ..text import N_
from .explain import Finding, finding
from .labels import GROUP_TITLES

# The values the introduction script may use; the introduction page fills exactly these.
SCRIPT_PLACEHOLDERS: tuple[str, ...] = (
    "chair", "kind_lower", "children", "children_short", "is_or_are", "minute_taker", "present",
)
NATION_TITLES: dict[Nation, str] = {
    Nation.ENGLAND: N_("England"),
    Nation.WALES: N_("Wales"),
    Nation.SCOTLAND: N_("Scotland"),
    Nation.NORTHERN_IRELAND: N_("Northern Ireland"),
}
FRAMEWORK_TITLES: dict[AnalysisFramework, str] = {
    AnalysisFramework.SIGNS_OF_SAFETY: N_("Signs of Safety"),
    AnalysisFramework.STRENGTHENING_FAMILIES: N_("Strengthening Families"),
}


@dataclass(frozen=True)
class TimescaleTerm:
    """How one timescale reads: its title, its unit, and whether the default is statutory."""

    title: str
    months: bool
    statutory: bool


# Statutory: Working Together and the procedures in domain.md §2-§3; the rest are local.
TIMESCALE_TERMS: dict[str, TimescaleTerm] = {
    "initial_working_days": TimescaleTerm(
        N_("Initial conference, after the strategy discussion"), False, True),
    "transfer_in_working_days": TimescaleTerm(
        N_("Transfer-in conference, after notification"), False, True),
    "first_review_months": TimescaleTerm(
        N_("First review, after the initial conference"), True, True),
    "later_review_months": TimescaleTerm(N_("Later reviews, between reviews"), True, True),
    "pre_birth_first_review_months": TimescaleTerm(
        N_("First review after a pre-birth conference"), True, False),
    "core_group_working_days": TimescaleTerm(
        N_("First core group, after the initial conference"), False, True),
    "plan_circulation_working_days": TimescaleTerm(
        N_("Written plan to parents and participants"), False, True),
    "minutes_working_days": TimescaleTerm(N_("Minutes circulated"), False, False),
    "exclusion_notice_working_days": TimescaleTerm(
        N_("Notice of a request to exclude, before the conference"), False, True),
    "inquorate_reconvene_working_days": TimescaleTerm(
        N_("Reconvene an inquorate conference"), False, False),
    "correction_window_working_days": TimescaleTerm(
        N_("Corrections asked for, after the minutes are sent"), False, False),
}
TIMESCALE_RANGE = (0, 366)
AGENCIES_RANGE = (0, 20)

_UNKNOWN_PLACEHOLDER = N_("The introduction script uses {placeholder}, which is not a "
                          "placeholder; the script may use {known}.")
_UNPAIRED_BRACE = N_("The introduction script has a curly bracket without its partner; "
                     "to show a bracket as text, type it twice.")
_BAD_SPEC = N_("The introduction script cannot be filled in: {placeholder} has a format "
               "that cpmeeting cannot apply.")
_NO_NAME = N_("Give the authority's name; it heads every document.")
_NO_LEAD = N_("Choose the lead agency that quoracy requires.")
_AGENCIES_RANGE = N_("The minimum number of other agencies must be {low} to {high}, not {value}.")
_TIMESCALE_RANGE = N_("The timescale {name} must be {low} to {high}, not {value}.")
_NO_OTHER_AGENCY = N_("With 0 other agencies, a conference is quorate with the lead agency "
                      "alone; the usual rule is at least two others.")
_NO_MARKING = N_("Documents will carry no protective marking; they are usually marked "
                 "OFFICIAL-SENSITIVE.")


def known_placeholders() -> str:
    """The placeholders as a script writes them: {chair}, {kind_lower}, ..."""
    return ", ".join("{" + name + "}" for name in SCRIPT_PLACEHOLDERS)


def check_introduction_script(template: str) -> Finding | None:
    """Why this script cannot be filled in for a conference, or None when it can."""
    field = "introduction_script"
    try:
        parts = list(Formatter().parse(template))
    except ValueError:
        return finding(_UNPAIRED_BRACE, record_id=field)
    for _literal, name, _spec, _conversion in parts:
        if name is None:
            continue
        if name not in SCRIPT_PLACEHOLDERS:
            return finding(_UNKNOWN_PLACEHOLDER, record_id=field, placeholder="{" + name + "}",
                           known=known_placeholders())
    try:
        template.format(**{name: "x" for name in SCRIPT_PLACEHOLDERS})
    except (ValueError, TypeError):
        # Python's own message is not for a chair: name the placeholder with a format instead.
        wrong = next((n for _l, n, s, c in parts if n and (s or c)), "")
        return finding(_BAD_SPEC, record_id=field, placeholder="{" + wrong + "}")
    return None


def profile_errors(profile: AuthorityProfile) -> list[Finding]:
    """What must be put right before the profile is stored; record_id names the field."""
    errors: list[Finding] = []
    if not profile.name.strip():
        errors.append(finding(_NO_NAME, record_id="name"))
    if not profile.quoracy.required_groups:
        errors.append(finding(_NO_LEAD, record_id="quoracy.required_groups"))
    low, high = AGENCIES_RANGE
    agencies = profile.quoracy.min_other_agencies
    if not low <= agencies <= high:
        errors.append(finding(_AGENCIES_RANGE, record_id="quoracy.min_other_agencies",
                              low=low, high=high, value=agencies))
    low, high = TIMESCALE_RANGE
    for item in dataclasses.fields(Timescales):
        value = getattr(profile.timescales, item.name)
        if not low <= value <= high:
            errors.append(finding(_TIMESCALE_RANGE, record_id=f"timescales.{item.name}",
                                  name=item.name, low=low, high=high, value=value))
    script = check_introduction_script(profile.introduction_script)
    if script is not None:
        errors.append(script)
    refused = logo_problem(profile.logo)
    if refused is not None:
        errors.append(finding(refused.template, record_id="logo", **refused.values))
    return errors


def profile_warnings(profile: AuthorityProfile) -> list[Finding]:
    """What is allowed but unusual enough to say so before saving."""
    warnings: list[Finding] = []
    if profile.quoracy.min_other_agencies == 0:
        warnings.append(finding(_NO_OTHER_AGENCY, record_id="quoracy.min_other_agencies"))
    if not profile.marking.strip():
        warnings.append(finding(_NO_MARKING, record_id="marking"))
    return warnings


_RULE_MANY = N_("Quorate when {lead} and at least {count} other agencies with direct contact "
                "with the child take part.")
_RULE_ONE = N_("Quorate when {lead} and at least 1 other agency with direct contact with the "
               "child take part.")
_RULE_NONE = N_("Quorate when {lead} takes part; no other agency is needed.")
_LEAD_OR = N_("{lead} (or {alternatives})")
_VIDEO_COUNTS = N_("A video link counts when the chair agreed it beforehand.")
_VIDEO_NOT = N_("A video link does not count.")
_REPORT_COUNTS = N_("A written report counts as taking part.")
_REPORT_NOT = N_("A written report does not count.")
_ALSO_REQUIRED = N_("{group} must also take part.")


def describe_quoracy(settings: QuoracySettings,
                     translate: Callable[[str], str] = lambda text: text) -> str:
    """The rule these settings make, in plain words, as the quoracy check applies it."""
    names = [translate(GROUP_TITLES[group]) for group in settings.required_groups[:1]]
    lead = names[0] if names else "-"
    alternatives = [translate(GROUP_TITLES[g]) for g in settings.lead_alternatives
                    if g not in settings.required_groups[:1]]
    if alternatives:
        lead = translate(_LEAD_OR).format(lead=lead, alternatives=", ".join(alternatives))
    count = settings.min_other_agencies
    rule = _RULE_NONE if count == 0 else _RULE_ONE if count == 1 else _RULE_MANY
    sentences = [translate(rule).format(lead=lead, count=count)]
    for group in settings.required_groups[1:]:
        sentences.append(translate(_ALSO_REQUIRED).format(group=translate(GROUP_TITLES[group])))
    sentences.append(translate(_VIDEO_COUNTS if settings.count_video else _VIDEO_NOT))
    sentences.append(translate(_REPORT_COUNTS if settings.count_written_reports else _REPORT_NOT))
    return " ".join(sentences)
