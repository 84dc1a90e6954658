"""What each agency told the conference (domain.md §7)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import new_id


@dataclass
class AgencyContribution:
    """One agency's contribution, from a person present or a written report."""

    invitee_id: str
    summary: str = ""
    progress_against_plan: str = ""
    view_on_decision: str = ""
    id: str = field(default_factory=new_id)
