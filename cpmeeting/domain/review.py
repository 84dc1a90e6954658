"""A case is a chain of conferences: a review starts from the signed conference before it.

The review carries forward what the meeting works from (domain.md §2, §8, §9): the children
whose plan goes on, the family and the practitioners (attendance reset), the plan's outcomes
and actions, the core group, the categories, the lead social worker and the analysis
framework. Its own due date then follows from the rules (rules/deadlines.py): three months
after an initial conference, six after a review.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, time

from .conference import Conference, ConferenceKind, ConferenceStatus
from .decision import Decision, Outcome, ReviewAction
from .people import AttendanceStatus, Invitee, Role
from .plan import CoreGroup, PlanAction, ProtectionPlan
from .progress import ActionProgress, OutcomeProgress, ScalingPoint
from .text import N_

# Who comes to the next meeting of the case as well: the chair (usually the same independent
# reviewing officer), the family and the practitioners. Minute-takers, observers,
# interpreters and supporters are invited afresh for each meeting.
CARRIED_ROLES = frozenset({Role.CHAIR, Role.PARENT, Role.CARER, Role.FAMILY_NETWORK, Role.CHILD,
                           Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.PRACTITIONER,
                           Role.SPECIALIST})


class ReviewRefused(ValueError):
    """A review cannot start from this conference; the message says why and what to do.

    `template` is the English msgid and `params` fill it, so each layer can translate.
    """

    def __init__(self, template: str, **params: str) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


def case_of(conference: Conference) -> str:
    """The case the conference belongs to: the case id along a chain, else its own id."""
    return conference.case_id or conference.id


def plan_goes_on(conference: Conference, child_id: str) -> bool:
    """Whether this child leaves the conference with a child protection plan."""
    decision = conference.decision_for(child_id)
    return (decision is not None and decision.outcome is Outcome.CHILD_PROTECTION_PLAN
            and decision.review_action is not ReviewAction.DISCONTINUE)


def review_refusal(previous: Conference, on: date | None = None) -> ReviewRefused | None:
    """Why no review can start from this conference, or None."""
    day = previous.date.isoformat()
    if not previous.is_signed:
        return ReviewRefused(N_(
            "The conference of {date} is not signed yet: a review starts from the signed "
            "record. Finish it and have the chair sign it first."), date=day)
    if not any(plan_goes_on(previous, child.id) for child in previous.children):
        return ReviewRefused(N_(
            "The conference of {date} left no child with a child protection plan, so there "
            "is no plan to review. Hold a new initial conference instead if there are new "
            "concerns."), date=day)
    if on is not None and on <= previous.date:
        return ReviewRefused(N_(
            "The review must be held after the conference it follows ({date}); {on} is not."),
            date=day, on=on.isoformat())
    return None


def start_review(previous: Conference, on: date, at: time | None = None) -> Conference:
    """A new review conference from the signed previous one; raises ReviewRefused."""
    problem = review_refusal(previous, on)
    if problem is not None:
        raise problem
    children = [copy.deepcopy(c) for c in previous.children if plan_goes_on(previous, c.id)]
    child_ids = {c.id for c in children}
    invitees = [_reset(p) for p in previous.invitees if _carried(p, child_ids)]
    invitee_ids = {p.id for p in invitees}
    review = Conference(
        kind=ConferenceKind.REVIEW, date=on, start_time=at, venue=previous.venue,
        authority=previous.authority, status=ConferenceStatus.SCHEDULED,
        previous_conference_date=previous.date, previous_conference_kind=previous.kind,
        previous_conference_id=previous.id, case_id=case_of(previous),
        children=children, invitees=invitees,
        analysis_framework=previous.analysis_framework,
        stage_budgets_minutes=dict(previous.stage_budgets_minutes),
        plan=_carried_plan(previous, child_ids, invitee_ids),
    )
    # The categories stand until the review decides otherwise (domain.md §8).
    review.decisions = [Decision(child_id=c.id, categories=set(_categories(previous, c.id)),
                                 previous_categories=set(_categories(previous, c.id)))
                        for c in children]
    # What the review goes through: each outcome and action of the plan it follows.
    review.outcome_progress = [OutcomeProgress(o.id, o.what_must_change)
                               for o in review.plan.outcomes]
    review.action_progress = [ActionProgress(a.id, a.description, _owner_name(review, a))
                              for a in review.plan.actions]
    review.scaling_history = scaling_so_far(previous, child_ids)
    return review


def _categories(previous: Conference, child_id: str) -> set:
    decision = previous.decision_for(child_id)
    return decision.categories if decision is not None else set()


def _owner_name(conference: Conference, action: PlanAction) -> str:
    owner = conference.invitee(action.owner_id)
    return owner.name if owner is not None else action.owner_text


def scaling_so_far(conference: Conference, child_ids: set[str] | None = None) -> list[ScalingPoint]:
    """Every scaling of the case up to and including this conference, earliest first."""
    points = [copy.deepcopy(p) for p in conference.scaling_history]
    for scale in conference.scaling:
        person = conference.invitee(scale.invitee_id)
        points.append(ScalingPoint(conference.date, scale.child_id,
                                   person.name if person else "", scale.score,
                                   person.role.value if person else ""))
    return [p for p in points if child_ids is None or p.child_id in child_ids]


def _carried(person: Invitee, child_ids: set[str]) -> bool:
    if person.role not in CARRIED_ROLES or person.substitute_for is not None:
        return False  # a substitute stood in at that meeting only
    return person.child_id is None or person.child_id in child_ids


def _reset(person: Invitee) -> Invitee:
    """The same person, invited again: nothing of the last meeting's attendance kept."""
    return replace(copy.deepcopy(person), attendance=AttendanceStatus.NOT_RECORDED,
                   video_agreed_by_chair=False, presence=[], part_items="",
                   report_received=None, report_shared_with_family=None)


def _carried_plan(previous: Conference, child_ids: set[str],
                  invitee_ids: set[str]) -> ProtectionPlan:
    old = previous.plan
    outcomes = [copy.deepcopy(o) for o in old.outcomes
                if not o.child_ids or set(o.child_ids) & child_ids]
    for outcome in outcomes:
        outcome.child_ids = [c for c in outcome.child_ids if c in child_ids]
    outcome_ids = {o.id for o in outcomes}
    actions = [_carried_action(previous, a, invitee_ids) for a in old.actions
               if a.outcome_id is None or a.outcome_id in outcome_ids]
    lead = old.lead_social_worker_id if old.lead_social_worker_id in invitee_ids else None
    return ProtectionPlan(
        lead_statutory_body=old.lead_statutory_body, lead_social_worker_id=lead,
        childs_needs=old.childs_needs, outcomes=outcomes, actions=actions,
        contingency=old.contingency,
        core_group=CoreGroup(member_ids=[m for m in old.core_group.member_ids if m in invitee_ids],
                             frequency=old.core_group.frequency),
    )


def _carried_action(previous: Conference, action: PlanAction, invitee_ids: set[str]) -> PlanAction:
    carried = copy.deepcopy(action)
    carried.not_for = {p for p in carried.not_for if p in invitee_ids}
    if carried.owner_id is not None and carried.owner_id not in invitee_ids:
        # The owner is not invited this time: keep who it was, in words.
        owner = previous.invitee(carried.owner_id)
        carried.owner_text = carried.owner_text or (owner.name if owner else "")
        carried.owner_id = None
    return carried


def chain_loop(previous_of: dict[str, str | None]) -> list[str] | None:
    """The ids of a loop in the links conference -> previous conference, or None.

    `previous_of` maps every known conference id to the id of the one before it.
    """
    done: set[str] = set()
    for start in previous_of:
        path: list[str] = []
        seen: set[str] = set()
        current: str | None = start
        while current is not None and current not in done:
            if current in seen:
                return path[path.index(current):]
            seen.add(current)
            path.append(current)
            current = previous_of.get(current)
        done.update(path)
    return None


def case_chain(conferences: list[Conference], last: Conference) -> list[Conference]:
    """The conferences of last's case, earliest first, following the previous links back."""
    by_id = {c.id: c for c in conferences}
    chain = [last]
    seen = {last.id}
    current = last
    while current.previous_conference_id in by_id and current.previous_conference_id not in seen:
        current = by_id[current.previous_conference_id]
        seen.add(current.id)
        chain.append(current)
    return list(reversed(chain))
