"""The outline child protection plan (domain.md §9)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .ids import new_id


class LeadStatutoryBody(StrEnum):
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    NSPCC = "nspcc"


@dataclass
class PlanOutcome:
    """What must change, how success is judged, and by when."""

    what_must_change: str
    measure: str = ""
    by_when: date | None = None
    child_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class PlanAction:
    """Who does what by when; the owner is an invitee (family included) or free text.

    not_for and third_party_confidential keep it out of family copies, as for a minute entry
    (a safety plan with one parent is not for the other).
    """

    description: str
    owner_id: str | None = None
    owner_text: str = ""
    due: date | None = None
    outcome_id: str | None = None
    not_for: set[str] = field(default_factory=set)
    third_party_confidential: bool = False
    id: str = field(default_factory=new_id)

    def visible_to_family_member(self, invitee_id: str) -> bool:
        """Whether a family copy for this person may include the action."""
        return invitee_id not in self.not_for and not self.third_party_confidential


@dataclass
class CoreGroup:
    """Practitioners and family who develop the outline plan into a detailed one."""

    member_ids: list[str] = field(default_factory=list)
    first_meeting: date | None = None
    frequency: str = "At least monthly"


@dataclass
class DateOverride:
    """A computed date the chair changed, with the reason."""

    what: str
    on: date
    reason: str


@dataclass
class ProtectionPlan:
    """The outline plan for the children with a child protection plan."""

    lead_statutory_body: LeadStatutoryBody = LeadStatutoryBody.CHILDRENS_SOCIAL_CARE
    lead_social_worker_id: str | None = None
    childs_needs: str = ""
    outcomes: list[PlanOutcome] = field(default_factory=list)
    actions: list[PlanAction] = field(default_factory=list)
    contingency: str = ""
    core_group: CoreGroup = field(default_factory=CoreGroup)
    date_overrides: list[DateOverride] = field(default_factory=list)

    def override_for(self, what: str) -> DateOverride | None:
        return next((o for o in self.date_overrides if o.what == what), None)
