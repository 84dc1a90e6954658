"""What the minute-taker records, and who may not see it (domain.md §10)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .ids import new_id
from .stages import Stage


@dataclass
class MinuteEntry:
    """One entry in the minutes.

    not_for holds the invitees who must not see it (someone excluded at the time, say);
    third_party_confidential keeps it out of every family copy.
    """

    text: str
    stage: Stage
    at: datetime
    speaker_id: str | None = None
    not_for: set[str] = field(default_factory=set)
    third_party_confidential: bool = False
    id: str = field(default_factory=new_id)

    def visible_to_family_member(self, invitee_id: str) -> bool:
        """Whether a family copy for this person may include the entry."""
        return invitee_id not in self.not_for and not self.third_party_confidential
