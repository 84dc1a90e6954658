"""The decision at a review (domain.md §2, §8): the plan continues (categories may change, with
reasons) or ends with a recorded reason and a step-down; a transfer out to another authority;
and who must be told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..conference import Conference, ConferenceKind
from ..decision import Outcome, ReviewAction
from ..people import Role
from ..profile import AuthorityProfile
from ..stages import Stage
from ..text import N_
from .calendar import WorkingCalendar
from .explain import Finding, finding

# What a plan steps down to when it ends (domain.md §8: "No" -> these).
STEP_DOWNS = (Outcome.CHILD_IN_NEED_PLAN, Outcome.EARLY_HELP_PLAN, Outcome.NO_FURTHER_ACTION)


def plan_ends(conference: Conference, child_id: str) -> bool:
    """At a review: the child protection plan for this child ends."""
    decision = conference.decision_for(child_id)
    return (conference.kind is ConferenceKind.REVIEW and decision is not None
            and (decision.review_action is ReviewAction.DISCONTINUE
                 or decision.outcome in STEP_DOWNS))


def transfer_in_due(conference: Conference, profile: AuthorityProfile) -> date | None:
    """When the receiving authority's transfer-in conference is due: the working days after
    it was notified of the transfer (domain.md §2)."""
    if conference.transfer_out_date is None:
        return None
    return WorkingCalendar(profile.nation).add_working_days(
        conference.transfer_out_date, profile.timescales.transfer_in_working_days)


@dataclass(frozen=True)
class ToBeTold:
    """Someone who must be told of the review's decision, and why: (msgid, params) pairs."""

    who: str
    why: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]

    def render_why(self, translate=lambda text: text) -> str:
        return "; ".join(translate(template).format(**dict(params))
                         for template, params in self.why)


def who_must_be_told(conference: Conference) -> list[ToBeTold]:
    """Who must hear of a plan ending or the case transferring: the family, every agency
    invited (so each can stop or change its part of the plan), and the receiving authority."""
    ending = [c.display_name for c in conference.children if plan_ends(conference, c.id)]
    authority = conference.transfer_out_authority.strip()
    reasons = []
    if ending:
        reasons.append((N_("the plan ends for {children}"), (("children", ", ".join(ending)),)))
    if authority:
        reasons.append((N_("the case transfers to {authority}"), (("authority", authority),)))
    if not reasons:
        return []
    told = [ToBeTold(f"{p.name} ({p.agency})" if p.agency else p.name, tuple(reasons))
            for p in conference.invitees if p.role in _TOLD_ROLES]
    if authority:
        told.append(ToBeTold(authority, (
            (N_("it holds the transfer-in conference"), ()),)))
    return told


_TOLD_ROLES = frozenset({Role.PARENT, Role.CARER, Role.FAMILY_NETWORK, Role.CHILD,
                         Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.PRACTITIONER,
                         Role.SPECIALIST})


def review_decision(conference: Conference, profile: AuthorityProfile) -> list[Finding]:
    """What the decision stage of a review still needs, beyond the decision itself."""
    if conference.kind is not ConferenceKind.REVIEW:
        return []
    found: list[Finding] = []
    for child in conference.children:
        made = conference.decision_for(child.id)
        if made is None or made.outcome is None:
            continue
        changed = (made.outcome is Outcome.CHILD_PROTECTION_PLAN and made.previous_categories
                   and made.categories != made.previous_categories)
        if changed and not made.category_change_reasons.strip():
            found.append(finding(N_("The categories for {child} differ from the last "
                                    "conference's: record why they changed."),
                                 Stage.DECISION, made.id, child=child.display_name))
    if bool(conference.transfer_out_authority.strip()) != (conference.transfer_out_date
                                                            is not None):
        found.append(finding(N_("A transfer out needs both the receiving authority and the "
                                "date it was told."), Stage.DECISION))
    return found
