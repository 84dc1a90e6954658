"""Progress since the last conference, recorded at a review (domain.md §7: "at a review, work
done and impact against the plan's outcomes").

Each record keeps the words of the last plan it reports on, so the review's own plan can be
changed at the plan stage without the progress losing what it was about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .ids import new_id
from .text import N_


class ActionStatus(StrEnum):
    """How far one action of the last plan was carried out."""

    DONE = "done"
    PARTLY_DONE = "partly_done"
    NOT_DONE = "not_done"
    NO_LONGER_NEEDED = "no_longer_needed"

    @property
    def title(self) -> str:
        return ACTION_STATUS_TITLES[self]


ACTION_STATUS_TITLES: dict[ActionStatus, str] = {
    ActionStatus.DONE: N_("Done"),
    ActionStatus.PARTLY_DONE: N_("Partly done"),
    ActionStatus.NOT_DONE: N_("Not done"),
    ActionStatus.NO_LONGER_NEEDED: N_("No longer needed"),
}


class OutcomeStatus(StrEnum):
    """Red, amber or green for one outcome: always shown with its symbol and words."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    @property
    def title(self) -> str:
        return OUTCOME_STATUS_TITLES[self]

    @property
    def symbol(self) -> str:
        """A shape for each, so the status reads in black and white and without colour."""
        return OUTCOME_STATUS_SYMBOLS[self]


OUTCOME_STATUS_TITLES: dict[OutcomeStatus, str] = {
    OutcomeStatus.RED: N_("Red: little or no progress"),
    OutcomeStatus.AMBER: N_("Amber: some progress, not yet enough"),
    OutcomeStatus.GREEN: N_("Green: achieved or on track"),
}

OUTCOME_STATUS_SYMBOLS: dict[OutcomeStatus, str] = {
    OutcomeStatus.RED: "✗",
    OutcomeStatus.AMBER: "◐",
    OutcomeStatus.GREEN: "✓",
}


@dataclass
class ActionProgress:
    """One action of the last plan: how far it got, the evidence, and who said so."""

    action_id: str
    description: str
    owner: str = ""
    status: ActionStatus | None = None
    evidence: str = ""
    reported_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class OutcomeProgress:
    """One outcome of the last plan, with its status and what shows it."""

    outcome_id: str
    what_must_change: str
    status: OutcomeStatus | None = None
    comment: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class CoreGroupMeeting:
    """A core group meeting held since the last conference."""

    held_on: date
    note: str = ""
    id: str = field(default_factory=new_id)


def status_text(status: OutcomeStatus | None, translate=lambda text: text) -> str:
    """'✓ Green: achieved or on track', or the words for no status yet."""
    if status is None:
        return translate(N_("Not yet assessed"))
    return f"{status.symbol} {translate(status.title)}"


@dataclass
class ScalingPoint:
    """One participant's scaling for one child at an earlier conference of the case.

    A review carries these forward from the conference before it, so the chart of the case
    over time needs no other record; the participant is kept by name and role, as they
    were then.
    """

    held_on: date
    child_id: str
    participant: str
    score: int
    role: str = ""
    id: str = field(default_factory=new_id)
