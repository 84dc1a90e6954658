"""Excluding a family member from all or part of a conference (domain.md §6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from .ids import new_id
from .text import N_


class ExclusionGround(StrEnum):
    """The recorded grounds for exclusion; one or more apply."""

    WELFARE_PREJUDICE = "1_welfare_prejudice"
    INTERFERENCE = "2_interference"
    CHILD_REQUEST = "3_child_request"
    PRACTITIONER_FEAR = "4_practitioner_fear"
    CONFIDENTIAL_INFORMATION = "5_confidential_information"
    FAMILY_CONFLICT = "6_family_conflict"
    BAIL_CONDITIONS = "bail_conditions"

    @property
    def description(self) -> str:
        return GROUND_DESCRIPTIONS[self]


GROUND_DESCRIPTIONS: dict[ExclusionGround, str] = {
    ExclusionGround.WELFARE_PREJUDICE:
        N_("Their presence may seriously prejudice the welfare of the child."),
    ExclusionGround.INTERFERENCE:
        N_("There is sufficient evidence that they may behave so as to interfere seriously "
        "with the conference."),
    ExclusionGround.CHILD_REQUEST:
        N_("The child asks that they are not present while the child is."),
    ExclusionGround.PRACTITIONER_FEAR:
        N_("Their presence would prevent a practitioner contributing, through fear of violence "
        "or intimidation."),
    ExclusionGround.CONFIDENTIAL_INFORMATION:
        N_("Members need to receive confidential information that would otherwise be unavailable."),
    ExclusionGround.FAMILY_CONFLICT:
        N_("Conflict between family members who cannot attend together."),
    ExclusionGround.BAIL_CONDITIONS:
        N_("Bail conditions prohibit contact."),
}


class ExclusionScope(StrEnum):
    WHOLE = "whole"
    PART = "part"


SCOPE_TITLES: dict[ExclusionScope, str] = {
    ExclusionScope.WHOLE: N_("The whole conference"),
    ExclusionScope.PART: N_("Part of the conference"),
}


class ViewsRepresentation(StrEnum):
    """How an excluded person's views reach the conference."""

    ADVOCATE = "advocate"
    WRITTEN = "written"
    SOCIAL_WORKER = "social_worker"
    CHAIR_BEFOREHAND = "chair_beforehand"
    OTHER = "other"


@dataclass
class Exclusion:
    """One exclusion decision, recorded in full."""

    invitee_id: str
    grounds: set[ExclusionGround] = field(default_factory=set)
    scope: ExclusionScope = ExclusionScope.PART
    requested_by: str = ""
    requested_on: date | None = None
    late_request_reason: str = ""
    evidence: str = ""
    legal_advice_taken: bool = False
    legal_advice_note: str = ""
    items: str = ""
    start: datetime | None = None
    end: datetime | None = None
    views_represented_by: ViewsRepresentation | None = None
    views_representation_note: str = ""
    receives_report: bool = True
    receives_minutes: bool = False
    how_told_outcome: str = ""
    told_in_writing_on: date | None = None
    complaints_procedure_given: bool = False
    asked_to_leave_during_meeting: bool = False
    id: str = field(default_factory=new_id)

    def applies_at(self, moment: datetime) -> bool:
        """Whether the person is excluded at this moment."""
        if self.scope is ExclusionScope.WHOLE:
            return True
        if self.start is None:
            return False
        return self.start <= moment and (self.end is None or moment < self.end)
