"""The decision for each child and every participant's view of it (domain.md §8)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .ids import new_id
from .text import N_


class Category(StrEnum):
    NEGLECT = "neglect"
    PHYSICAL = "physical"
    EMOTIONAL = "emotional"
    SEXUAL = "sexual"

    @property
    def title(self) -> str:
        return CATEGORY_TITLES[self]


CATEGORY_TITLES: dict[Category, str] = {
    Category.NEGLECT: N_("Neglect"),
    Category.PHYSICAL: N_("Physical abuse"),
    Category.EMOTIONAL: N_("Emotional abuse"),
    Category.SEXUAL: N_("Sexual abuse"),
}


class Outcome(StrEnum):
    """What the conference decides for a child."""

    CHILD_PROTECTION_PLAN = "child_protection_plan"
    CHILD_IN_NEED_PLAN = "child_in_need_plan"
    EARLY_HELP_PLAN = "early_help_plan"
    NO_FURTHER_ACTION = "no_further_action"

    @property
    def title(self) -> str:
        return OUTCOME_TITLES[self]

    @property
    def needs_plan(self) -> bool:
        return self is Outcome.CHILD_PROTECTION_PLAN


OUTCOME_TITLES: dict[Outcome, str] = {
    Outcome.CHILD_PROTECTION_PLAN: N_("Child protection plan"),
    Outcome.CHILD_IN_NEED_PLAN: N_("Child in need plan"),
    Outcome.EARLY_HELP_PLAN: N_("Family early help plan"),
    Outcome.NO_FURTHER_ACTION: N_("No further action"),
}


class ReviewAction(StrEnum):
    """At a review: what happens to the existing plan."""

    CONTINUE = "continue"
    CHANGE = "change"
    DISCONTINUE = "discontinue"


class DiscontinueReason(StrEnum):
    NO_LONGER_AT_RISK = "no_longer_at_risk"
    MOVED_AREA = "moved_area"
    REACHED_18 = "reached_18"
    DIED = "died"
    LEFT_UK = "left_uk"
    LOOKED_AFTER = "looked_after"


REVIEW_ACTION_TITLES: dict[ReviewAction, str] = {
    ReviewAction.CONTINUE: N_("Continue the plan"),
    ReviewAction.CHANGE: N_("Change the plan"),
    ReviewAction.DISCONTINUE: N_("Discontinue the plan"),
}

DISCONTINUE_TITLES: dict[DiscontinueReason, str] = {
    DiscontinueReason.NO_LONGER_AT_RISK: N_("No longer at risk of significant harm"),
    DiscontinueReason.MOVED_AREA: N_("Moved permanently to another area"),
    DiscontinueReason.REACHED_18: N_("Reached 18"),
    DiscontinueReason.DIED: N_("Died"),
    DiscontinueReason.LEFT_UK: N_("Left the UK permanently"),
    DiscontinueReason.LOOKED_AFTER: N_("Became looked after"),
}


@dataclass
class ParticipantView:
    """What one participant recommends for one child."""

    invitee_id: str
    child_id: str
    recommendation: Outcome | None = None
    categories: set[Category] = field(default_factory=set)
    comment: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Decision:
    """The chair's decision for one child, with reasons and any dissent."""

    child_id: str
    significant_harm: bool | None = None
    outcome: Outcome | None = None
    categories: set[Category] = field(default_factory=set)
    review_action: ReviewAction | None = None
    discontinue_reason: DiscontinueReason | None = None
    # At a review: the categories the last conference gave, and why they changed if they did.
    previous_categories: set[Category] = field(default_factory=set)
    category_change_reasons: str = ""
    reasons: str = ""
    dissent: str = ""
    legal_proceedings_considered: bool = False
    decided_at: datetime | None = None
    quorate_when_decided: bool | None = None
    # When the chair told the room: the room view shows the decision from then (domain/room.py).
    announced_at: datetime | None = None
    id: str = field(default_factory=new_id)

    @property
    def is_made(self) -> bool:
        return self.outcome is not None


def dissenting_views(decision: Decision, views: list[ParticipantView]) -> list[ParticipantView]:
    """The recorded views for this child whose recommendation differs from the decision."""
    return [
        view for view in views
        if view.child_id == decision.child_id
        and view.recommendation is not None
        and decision.outcome is not None
        and view.recommendation is not decision.outcome
    ]
