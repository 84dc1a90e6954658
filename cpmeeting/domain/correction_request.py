"""A request to correct the minutes after circulation, or a family's disagreement with them
(the rules are in domain/corrections.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .ids import new_id
from .text import N_


class RequestKind(StrEnum):
    CORRECTION = "correction"  # a passage to reword
    DISAGREEMENT = "disagreement"  # a family's account, attached as it is


class RequestStatus(StrEnum):
    ASKED = "asked"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    ATTACHED = "attached"  # a disagreement, attached to the minutes

    @property
    def title(self) -> str:
        return STATUS_TITLES[self]


STATUS_TITLES: dict[RequestStatus, str] = {
    RequestStatus.ASKED: N_("Waiting for the chair"),
    RequestStatus.ACCEPTED: N_("Accepted"),
    RequestStatus.REFUSED: N_("Refused"),
    RequestStatus.ATTACHED: N_("Attached to the minutes"),
}


@dataclass
class CorrectionRequest:
    """Who asked, the passage as it stands, the wording asked for, and why; then the chair's
    answer with its reason, and the version that carries an accepted change."""

    requested_by: str
    requested_on: date
    passage: str
    wording: str
    reason: str
    kind: RequestKind = RequestKind.CORRECTION
    invitee_id: str | None = None
    status: RequestStatus = RequestStatus.ASKED
    decided_by: str = ""
    decided_on: date | None = None
    decision_reason: str = ""
    amended_version: int | None = None
    id: str = field(default_factory=new_id)

    @property
    def is_open(self) -> bool:
        return self.status is RequestStatus.ASKED

    def change_line(self) -> str:
        """The change as the amendment lists it (English; the record's own words)."""
        return (f"Correction asked for by {self.requested_by} on {self.requested_on.isoformat()}:"
                f" \u201c{self.passage}\u201d now reads \u201c{self.wording}\u201d. "
                f"Accepted: {self.decision_reason}")
