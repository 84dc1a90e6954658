"""What each agency told the conference (domain.md §7)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .ids import new_id


@dataclass
class AgencyContribution:
    """One agency's contribution, from a person present or a written report.

    not_for and third_party_confidential keep it out of family copies, as for a minute entry
    (a GP's report about one parent, say, is not for the other).
    """

    invitee_id: str
    summary: str = ""
    progress_against_plan: str = ""
    view_on_decision: str = ""
    not_for: set[str] = field(default_factory=set)
    third_party_confidential: bool = False
    id: str = field(default_factory=new_id)

    def visible_to_family_member(self, invitee_id: str) -> bool:
        """Whether a family copy for this person may include the contribution."""
        return invitee_id not in self.not_for and not self.third_party_confidential
